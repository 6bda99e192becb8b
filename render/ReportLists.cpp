// The fixes and follow-ups pages of the PDF report (declared in ReportPages.h).
#include "render/Format.h"
#include "render/ReportPages.h"
#include "render/ReportWords.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace cr::render {

namespace {

constexpr int kTitleLines = 2;
constexpr int kDetailLines = 2;

// A reading of a fix's metric as the metric prints: NPS signed, CSAT in %,
// CES with a decimal, a KPI with its unit.
QString readingText(const FixEntry& e, double value)
{
    if (e.fix.kpiId)
        return formatKpiValue(value, e.kpiUnit);
    if (e.fix.metric == QLatin1String("nps"))
        return formatNps(value);
    if (e.fix.metric == QLatin1String("csat"))
        return QStringLiteral("%1\u202F%").arg(qRound(value));
    return formatNumber(value, 1);
}

// "NPS +12 (n 320) → +19 (n 140) · ▲ +7, significant"
QString outcomeText(const FixEntry& e, const Palette& palette, QColor* color)
{
    *color = palette.mutedText;
    if (e.metricName.isEmpty())
        return QCoreApplication::translate("Report", "No metric to move was named.");
    const auto& o = e.outcome;
    const bool kpi = e.fix.kpiId.has_value();
    auto reading = [&](const fixes::MetricReading& r) {
        if (!r.value)
            return noDataDash();
        if (!kpi)
            return QCoreApplication::translate("Report", "%1 (n %2)").arg(readingText(e, *r.value)).arg(r.n);
        return r.n == 1 ? QCoreApplication::translate("Report", "%1 (1 month)").arg(readingText(e, *r.value))
                        : QCoreApplication::translate("Report", "%1 (%2 months)")
                              .arg(readingText(e, *r.value))
                              .arg(r.n);
    };
    if (!o || !o->before)
        return QCoreApplication::translate("Report", "%1: no baseline captured.").arg(e.metricName);
    QString text =
        QCoreApplication::translate("Report", "%1 before: %2").arg(e.metricName, reading(*o->before));
    if (!o->after)
        return text + QStringLiteral(" · ") +
               QCoreApplication::translate("Report", "after: measured once the fix is done");
    text +=
        QStringLiteral(" → ") + QCoreApplication::translate("Report", "after: %1").arg(reading(*o->after));
    if (o->change && o->significant) {
        const bool lowerIsBetter = e.fix.metric == QLatin1String("ces");
        const ChangeCue cue =
            changeCue(*o->change, lowerIsBetter, e.fix.metric == QLatin1String("ces") ? 1 : 0, palette);
        *color = cue.color;
        return text + QStringLiteral(" · ") + cue.text + QStringLiteral(" · ") +
               (*o->significant ? QCoreApplication::translate("Report", "significant")
                                : QCoreApplication::translate("Report", "not significant"));
    }
    if (o->better) {
        *color = palette.text;
        return text + QStringLiteral(" · ") +
               (*o->better ? QCoreApplication::translate("Report", "better (a KPI carries no sample test)")
                           : QCoreApplication::translate("Report", "not better"));
    }
    return text;
}

void addFixRow(PageFlow& flow, const ReportStyle& style, const FixEntry& e, const QDate& today)
{
    const Palette palette = style.palette();
    const QFont title = style.body(QFont::DemiBold);
    const QFont small = style.small();
    const double lh = lineHeight(title);
    const double sl = lineHeight(small);
    const double indent = lh * 1.4;
    const double titleWidth = flow.width() * 0.72;
    const Fix& fix = e.fix;
    const QStringList titleLines = wrapText(fix.title, title, titleWidth - indent, kTitleLines);
    QStringList meta{fixStatusWord(fix.status)};
    meta << (e.ownerName.isEmpty() ? QCoreApplication::translate("Report", "no owner")
                                   : QCoreApplication::translate("Report", "Owner: %1").arg(e.ownerName));
    const bool overdue = fix.isOverdue(today);
    if (fix.verifiedOn)
        meta << QCoreApplication::translate("Report", "verified %1").arg(formatDate(*fix.verifiedOn));
    else if (fix.doneOn)
        meta << QCoreApplication::translate("Report", "done %1").arg(formatDate(*fix.doneOn));
    else if (fix.due)
        meta << (overdue
                     ? QCoreApplication::translate("Report", "✕ overdue since %1").arg(formatDate(*fix.due))
                     : QCoreApplication::translate("Report", "due %1").arg(formatDate(*fix.due)));
    QColor outcomeColor;
    const QString outcome = outcomeText(e, palette, &outcomeColor);
    const QStringList detail = fix.description.isEmpty()
                                   ? QStringList()
                                   : wrapText(fix.description, small, flow.width() - indent, kDetailLines);
    const QString stage =
        e.stageName.isEmpty() ? QCoreApplication::translate("Report", "No stage") : e.stageName;
    const ChipStyle chip =
        style.chip(fixStatusColor(palette, fix.status), fixStatusGlyph(fix.status), QString(), title);
    const double height = lh * titleLines.size() + sl * (2 + detail.size()) + style.pt(7);
    addBand(flow, height, [=](QPainter& p, const QRectF& band) {
        const QSize size = chipSize(chip);
        drawChip(p, QRect(band.topLeft().toPoint(), QSize(size.width(), int(lh))), chip);
        const double x = band.left() + indent;
        drawLines(p, titleLines, title, palette.text, QPointF(x, band.top()), titleWidth - indent);
        drawLine(p, QRectF(band.left() + titleWidth, band.top(), band.width() - titleWidth, lh), stage, small,
                 palette.mutedText, Qt::AlignRight);
        double y = band.top() + lh * titleLines.size();
        drawLine(p, QRectF(x, y, band.right() - x, sl), meta.join(QStringLiteral(" · ")),
                 overdue ? style.small(QFont::Bold) : small,
                 overdue ? palette.red.darker(120) : palette.mutedText);
        y += sl;
        drawLine(p, QRectF(x, y, band.right() - x, sl), outcome, small, outcomeColor);
        drawLines(p, detail, small, palette.mutedText, QPointF(x, y + sl), band.right() - x);
    });
}

void addFollowUpRow(PageFlow& flow, const ReportStyle& style, const FollowUpEntry& e, const QDate& today)
{
    const Palette palette = style.palette();
    const QFont title = style.body(QFont::DemiBold);
    const QFont small = style.small();
    const double lh = lineHeight(title);
    const double sl = lineHeight(small);
    const double indent = lh * 1.4;
    const double titleWidth = flow.width() * 0.72;
    const FollowUp& f = e.followUp;
    const QStringList titleLines = wrapText(f.title, title, titleWidth - indent, kTitleLines);
    QStringList meta{followUpRuleWord(f.rule)};
    meta << (e.stageName.isEmpty() ? QCoreApplication::translate("Report", "No stage") : e.stageName);
    QString routed = e.departmentName.isEmpty()
                         ? QCoreApplication::translate("Report", "not routed yet")
                         : QCoreApplication::translate("Report", "to %1").arg(e.departmentName);
    if (f.escalatedAt)
        routed += QStringLiteral(" → ") +
                  QCoreApplication::translate("Report", "escalated %1%2")
                      .arg(formatDate(f.escalatedAt->date()),
                           e.escalatedToName.isEmpty()
                               ? QString()
                               : QCoreApplication::translate("Report", " to %1").arg(e.escalatedToName));
    meta << routed;
    meta << QCoreApplication::translate("Report", "raised %1").arg(formatDate(f.raisedAt.date()));
    const qint64 waiting = f.raisedAt.date().daysTo(today);
    const QString right = QCoreApplication::translate("Report", "%1 · waiting %2 days")
                              .arg(followUpStatusWord(f))
                              .arg(std::max<qint64>(0, waiting));
    const QStringList detail =
        f.detail.isEmpty() ? QStringList() : wrapText(f.detail, small, flow.width() - indent, kDetailLines);
    const QColor cueColor = f.escalatedAt                              ? palette.red
                            : f.status == FollowUpStatus::Acknowledged ? palette.accent
                                                                       : palette.amber;
    const QString glyph = f.escalatedAt                              ? QStringLiteral("!")
                          : f.status == FollowUpStatus::Acknowledged ? QStringLiteral("◑")
                                                                     : QStringLiteral("○");
    const ChipStyle chip = style.chip(cueColor, glyph, QString(), title);
    const double height = lh * titleLines.size() + sl * (1 + detail.size()) + style.pt(7);
    addBand(flow, height, [=](QPainter& p, const QRectF& band) {
        const QSize size = chipSize(chip);
        drawChip(p, QRect(band.topLeft().toPoint(), QSize(size.width(), int(lh))), chip);
        const double x = band.left() + indent;
        drawLines(p, titleLines, title, palette.text, QPointF(x, band.top()), titleWidth - indent);
        drawLine(p, QRectF(band.left() + titleWidth, band.top(), band.width() - titleWidth, lh), right,
                 f.escalatedAt ? style.small(QFont::Bold) : small,
                 f.escalatedAt ? palette.red.darker(120) : palette.mutedText, Qt::AlignRight);
        const double y = band.top() + lh * titleLines.size();
        drawLine(p, QRectF(x, y, band.right() - x, sl), meta.join(QStringLiteral(" · ")), small,
                 palette.mutedText);
        drawLines(p, detail, small, palette.text, QPointF(x, y + sl), band.right() - x);
    });
}

void addListGroup(PageFlow& flow, const ReportStyle& style, const QString& heading, const QString& pageTitle,
                  const QString& kicker, const std::function<void()>& rows)
{
    addHeading(flow, style, heading, lineHeight(style.body()) * 3);
    flow.setContinuation([&style, heading, pageTitle, kicker](PageFlow& f) {
        addPageTitle(f, style, kicker, pageTitle);
        addHeading(f, style, QCoreApplication::translate("Report", "%1 (continued)").arg(heading), 0);
    });
    rows();
    flow.setContinuation(nullptr);
}

} // namespace

void addFixesPages(PageFlow& flow, const ReportStyle& style, const ReportData& data)
{
    const QString title = QCoreApplication::translate("Report", "Fixes");
    const QString kicker = QCoreApplication::translate("Report", "Across the journey");
    flow.startSection(kFixesSection, title);
    addPageTitle(flow, style, kicker, title);
    QVector<FixEntry> open, done, verified;
    int overdue = 0;
    for (const FixEntry& e : data.fixes) {
        if (e.fix.isOpen())
            open.append(e);
        else if (e.fix.status == FixStatus::Done)
            done.append(e);
        else
            verified.append(e);
        overdue += e.fix.isOverdue(data.today) ? 1 : 0;
    }
    if (data.fixes.isEmpty()) {
        addParagraph(flow,
                     QCoreApplication::translate("Report",
                                                 "No fixes yet: assign one in the review, with an owner, "
                                                 "a due date and the metric it must move."),
                     style.body(), style.palette().mutedText);
        return;
    }
    addParagraph(flow,
                 QCoreApplication::translate("Report",
                                             "As of %1: %2 fixes, %3 open (%4 overdue), %5 done and being "
                                             "measured, %6 verified.")
                     .arg(formatDate(data.today))
                     .arg(data.fixes.size())
                     .arg(open.size())
                     .arg(overdue)
                     .arg(done.size())
                     .arg(verified.size()),
                 style.body(), style.palette().mutedText);
    // Overdue first, then by due date; fixes with no due date last.
    std::stable_sort(open.begin(), open.end(), [&](const FixEntry& a, const FixEntry& b) {
        const bool ao = a.fix.isOverdue(data.today), bo = b.fix.isOverdue(data.today);
        if (ao != bo)
            return ao;
        return a.fix.due.value_or(QDate(9999, 12, 31)) < b.fix.due.value_or(QDate(9999, 12, 31));
    });
    const QVector<QPair<QString, const QVector<FixEntry>*>> groups{
        {QCoreApplication::translate("Report", "Open, overdue first"), &open},
        {QCoreApplication::translate("Report", "Done, being measured"), &done},
        {QCoreApplication::translate("Report", "Verified: what worked"), &verified}};
    for (const auto& [heading, entries] : groups) {
        if (entries->isEmpty())
            continue;
        addListGroup(flow, style, QStringLiteral("%1 · %2").arg(heading).arg(entries->size()), title, kicker,
                     [&] {
                         for (const FixEntry& e : *entries)
                             addFixRow(flow, style, e, data.today);
                     });
    }
}

void addFollowUpPages(PageFlow& flow, const ReportStyle& style, const ReportData& data)
{
    const QString title = QCoreApplication::translate("Report", "Follow-ups");
    const QString kicker = QCoreApplication::translate("Report", "Closing the loop");
    flow.startSection(kFollowUpsSection, title);
    addPageTitle(flow, style, kicker, title);
    int escalated = 0, acknowledged = 0;
    for (const FollowUpEntry& e : data.followUps) {
        escalated += e.followUp.escalatedAt ? 1 : 0;
        acknowledged += e.followUp.status == FollowUpStatus::Acknowledged ? 1 : 0;
    }
    if (data.followUps.isEmpty()) {
        addParagraph(
            flow,
            data.resolvedFollowUps > 0
                ? QCoreApplication::translate("Report", "No open follow-ups: all %1 raised so far are "
                                                        "resolved.")
                      .arg(data.resolvedFollowUps)
                : QCoreApplication::translate("Report", "No follow-ups raised yet: a detractor with a "
                                                        "comment, a complaint spike or a KPI turning red "
                                                        "raises one."),
            style.body(), style.palette().mutedText);
        return;
    }
    addParagraph(flow,
                 QCoreApplication::translate("Report",
                                             "As of %1: %2 open (%3 escalated, %4 acknowledged), the "
                                             "longest waiting first; %5 resolved so far.")
                     .arg(formatDate(data.today))
                     .arg(data.followUps.size())
                     .arg(escalated)
                     .arg(acknowledged)
                     .arg(data.resolvedFollowUps),
                 style.body(), style.palette().mutedText);
    addListGroup(flow, style,
                 QCoreApplication::translate("Report", "Open follow-ups · %1").arg(data.followUps.size()),
                 title, kicker, [&] {
                     for (const FollowUpEntry& e : data.followUps)
                         addFollowUpRow(flow, style, e, data.today);
                 });
}

} // namespace cr::render
