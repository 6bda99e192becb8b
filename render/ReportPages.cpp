#include "render/ReportPages.h"

#include "fixes/FixMeasure.h"
#include "render/Format.h"
#include "render/ReportStagePage.h"
#include "render/ReportWords.h"

#include <QCoreApplication>
#include <QPainter>

namespace cr::render {

namespace {

// The columns of "the journey at a glance", as shares of the body width.
constexpr double kStageColumn = 0.21;
constexpr double kMaturityColumn = 0.16;
constexpr double kNpsColumn = 0.19;
constexpr double kComplaintsColumn = 0.11;
constexpr double kKpisColumn = 0.13;
constexpr double kFixesColumn = 0.10;

struct GlanceRow
{
    QString stage;
    Maturity maturity = Maturity::Reliable;
    QString nps;
    bool npsMuted = false;
    QString complaints;
    int kpiCounts[3] = {0, 0, 0}; // green, amber, red
    QString fixes;
    QString followUps;
};

void drawGlanceHeader(QPainter& p, const QRectF& band, const ReportStyle& style)
{
    const QFont f = style.small(QFont::Bold);
    const QColor c = style.palette().mutedText;
    double x = band.left();
    const QStringList titles{QCoreApplication::translate("Report", "Stage"),
                             QCoreApplication::translate("Report", "Maturity"),
                             QCoreApplication::translate("Report", "NPS (± margin, n)"),
                             QCoreApplication::translate("Report", "Complaints"),
                             QCoreApplication::translate("Report", "KPIs"),
                             QCoreApplication::translate("Report", "Open fixes"),
                             QCoreApplication::translate("Report", "Follow-ups")};
    const double shares[] = {kStageColumn,
                             kMaturityColumn,
                             kNpsColumn,
                             kComplaintsColumn,
                             kKpisColumn,
                             kFixesColumn,
                             1 - kStageColumn - kMaturityColumn - kNpsColumn - kComplaintsColumn -
                                 kKpisColumn - kFixesColumn};
    for (int i = 0; i < titles.size(); ++i) {
        drawLine(p, QRectF(x, band.top(), band.width() * shares[i], band.height()), titles[i], f, c);
        x += band.width() * shares[i];
    }
    p.fillRect(QRectF(band.left(), band.bottom() - style.pt(0.6), band.width(), style.pt(0.6)),
               style.palette().hairline);
}

void drawGlanceRow(QPainter& p, const QRectF& band, const ReportStyle& style, const GlanceRow& row)
{
    const Palette palette = style.palette();
    const QFont body = style.body();
    const QFont small = style.small();
    double x = band.left();
    auto cell = [&](double share) {
        const QRectF r(x, band.top(), band.width() * share - style.pt(4), band.height());
        x += band.width() * share;
        return r;
    };
    drawLine(p, cell(kStageColumn), row.stage, style.body(QFont::DemiBold), palette.text);
    const QRectF maturity = cell(kMaturityColumn);
    const ChipStyle chip = style.chip(maturityColor(palette, row.maturity), maturityGlyph(row.maturity),
                                      maturityWord(row.maturity), small);
    const QSize size = chipSize(chip);
    drawChip(p,
             QRect(QPoint(int(maturity.left()), int(maturity.center().y() - size.height() / 2.0)),
                   QSize(std::min(size.width(), int(maturity.width())), size.height())),
             chip);
    drawLine(p, cell(kNpsColumn), row.nps, body, row.npsMuted ? palette.mutedText : palette.text);
    drawLine(p, cell(kComplaintsColumn), row.complaints, body, palette.text);
    // KPI statuses as glyphs with their counts: colour is never the only cue.
    QRectF kpis = cell(kKpisColumn);
    const metrics::KpiStatus order[] = {metrics::KpiStatus::Green, metrics::KpiStatus::Amber,
                                        metrics::KpiStatus::Red};
    for (int i = 0; i < 3; ++i) {
        const QString glyph = kpiStatusIcon(order[i]);
        const QString count = QStringLiteral("%1 ").arg(row.kpiCounts[i]);
        drawLine(p, kpis, glyph, style.body(QFont::Bold), palette.statusColor(order[i]));
        kpis.setLeft(kpis.left() + textWidth(style.body(QFont::Bold), glyph) + style.pt(1));
        drawLine(p, kpis, count, body, palette.text);
        kpis.setLeft(kpis.left() + textWidth(body, count) + style.pt(3));
    }
    drawLine(p, cell(kFixesColumn), row.fixes, body, palette.text);
    drawLine(p, QRectF(x, band.top(), band.right() - x, band.height()), row.followUps, body, palette.text);
    p.fillRect(QRectF(band.left(), band.bottom() - style.pt(0.3), band.width(), style.pt(0.3)),
               palette.hairline);
}

GlanceRow glanceRow(const StageWall& s)
{
    const StageReport& r = s.report;
    GlanceRow row;
    row.stage = r.stage.name;
    row.maturity = r.stage.maturity;
    if (r.nps) {
        row.nps = QCoreApplication::translate("Report", "%1 ±%2 · n %3")
                      .arg(formatNps(r.nps->score))
                      .arg(qRound(r.nps->margin95))
                      .arg(r.nps->n);
    } else {
        row.nps = noDataDash();
        row.npsMuted = true;
    }
    row.complaints = QString::number(r.complaints.total);
    for (const KpiReport& k : r.kpis)
        if (k.status)
            ++row.kpiCounts[int(*k.status)];
    row.fixes =
        r.fixes.overdue > 0
            ? QCoreApplication::translate("Report", "%1 (%2 late)").arg(r.fixes.open).arg(r.fixes.overdue)
            : QString::number(r.fixes.open);
    row.followUps = QString::number(r.openFollowUps);
    return row;
}

void addContentsLine(PageFlow& flow, const ReportStyle& style, const QString& text, const QString& section)
{
    const QFont body = style.body();
    const Palette palette = style.palette();
    const QRectF band = flow.take(lineHeight(body) * 1.15);
    flow.add([band, text, section, body, palette](QPainter& p, const DocumentInfo& info) {
        const QString page = QString::number(info.sectionStarts.value(section));
        drawLine(p, band, text, body, palette.text);
        drawLine(p, band, page, body, palette.text, Qt::AlignRight);
    });
}

} // namespace

void addCoverPage(PageFlow& flow, const ReportStyle& style, const ReportData& data)
{
    const Palette palette = style.palette();
    const WallSnapshot& wall = data.wall;
    flow.startSection(kCoverSection, wall.roomName);
    flow.skip(style.pt(40));
    addParagraph(flow, QCoreApplication::translate("Report", "CUSTOMER ROOM REPORT"),
                 style.small(QFont::Bold), palette.accent);
    flow.skip(style.pt(4));
    addParagraph(flow, wall.roomName, style.coverTitle(), palette.text, 0, 2);
    addParagraph(flow, wall.comparison.label(), style.font(16), palette.text);
    flow.skip(style.pt(6));
    QString compared;
    if (!wall.period.isComparable())
        compared = QCoreApplication::translate("Report",
                                               "Everything in the room; no earlier period to compare with.");
    else if (wall.comparison.noEvidenceYet)
        compared = QCoreApplication::translate("Report", "The room has no evidence in this period yet.");
    else if (wall.comparison.partial)
        compared = QCoreApplication::translate("Report",
                                               "A partial period, compared with the same days before (%1).")
                       .arg(wall.comparison.previousLabel());
    else
        compared = QCoreApplication::translate("Report", "Compared with %1.")
                       .arg(wall.comparison.previousPeriod.label());
    addParagraph(flow, compared, style.body(), palette.mutedText);
    const QString stages = wall.stages.size() == 1
                               ? QCoreApplication::translate("Report", "1 stage")
                               : QCoreApplication::translate("Report", "%1 stages").arg(wall.stages.size());
    addParagraph(flow,
                 QCoreApplication::translate("Report",
                                             "Prepared %1 · %2 · personal data in customers' words is "
                                             "masked")
                     .arg(formatDate(data.today), stages),
                 style.body(), palette.mutedText);

    const double rowHeight = lineHeight(style.body()) * 1.6;
    addHeading(flow, style, QCoreApplication::translate("Report", "The journey at a glance"), rowHeight * 2);
    if (wall.stages.isEmpty()) {
        addParagraph(flow, QCoreApplication::translate("Report", "This room has no stages yet."),
                     style.body(), palette.mutedText);
    } else {
        const ReportStyle s = style;
        addBand(flow, rowHeight, [s](QPainter& p, const QRectF& band) { drawGlanceHeader(p, band, s); });
        flow.setContinuation([&style](PageFlow& f) {
            addHeading(f, style, QCoreApplication::translate("Report", "The journey at a glance (continued)"),
                       0);
            const ReportStyle s = style;
            addBand(f, lineHeight(style.body()) * 1.6,
                    [s](QPainter& p, const QRectF& band) { drawGlanceHeader(p, band, s); });
        });
        for (const StageWall& stage : wall.stages) {
            const GlanceRow row = glanceRow(stage);
            addBand(flow, rowHeight,
                    [s, row](QPainter& p, const QRectF& band) { drawGlanceRow(p, band, s, row); });
        }
        flow.setContinuation(nullptr);
    }
    if (wall.unassigned.total() > 0)
        addParagraph(flow,
                     QCoreApplication::translate("Report", "Not in any stage yet (the Unassigned tray): %1 "
                                                           "complaints, %2 survey answers, %3 calls.")
                         .arg(wall.unassigned.complaints)
                         .arg(wall.unassigned.surveyResponses)
                         .arg(wall.unassigned.calls),
                     style.small(), palette.mutedText);

    addHeading(flow, style, QCoreApplication::translate("Report", "Contents"), lineHeight(style.body()) * 2);
    for (int i = 0; i < wall.stages.size(); ++i)
        addContentsLine(flow, style,
                        QStringLiteral("%1. %2").arg(i + 1).arg(wall.stages[i].report.stage.name),
                        stageSectionKey(wall.stages[i]));
    addContentsLine(flow, style, QCoreApplication::translate("Report", "Fixes"), kFixesSection);
    addContentsLine(flow, style, QCoreApplication::translate("Report", "Follow-ups"), kFollowUpsSection);
    addContentsLine(flow, style, QCoreApplication::translate("Report", "How the numbers are made"),
                    kAppendixSection);
}

void addAppendix(PageFlow& flow, const ReportStyle& style)
{
    const Palette palette = style.palette();
    flow.startSection(kAppendixSection, QCoreApplication::translate("Report", "How the numbers are made"));
    addPageTitle(flow, style, QCoreApplication::translate("Report", "Appendix"),
                 QCoreApplication::translate("Report", "How the numbers are made"));
    addParagraph(flow,
                 QCoreApplication::translate("Report",
                                             "Every number in this report is computed by the same "
                                             "functions as the wall and customer-room-cli report --json."),
                 style.body(), palette.mutedText);
    const int n = metrics::kLowSampleThreshold;
    const QVector<QPair<QString, QStringList>> sections{
        {QCoreApplication::translate("Report", "Net Promoter Score (NPS)"),
         {QCoreApplication::translate("Report",
                                      "NPS = %promoters(9-10) − %detractors(0-6) over n answers, range "
                                      "−100..100."),
          QCoreApplication::translate("Report",
                                      "Margin of error (95 %): 1.96·100·√((p+ + p− − (p+ − p−)²)/n), "
                                      "where p+ and p− are the shares of promoters and detractors."),
          QCoreApplication::translate("Report", "A change between two periods is significant only when |Δ| > "
                                                "1.96·√(SE₁² + SE₂²) and both periods have n ≥ %1; otherwise "
                                                "it is shown grey with “≈”.")
              .arg(n)}},
        {QCoreApplication::translate("Report", "Customer satisfaction (CSAT)"),
         {QCoreApplication::translate("Report", "CSAT = % of answers 4-5 on a 1-5 scale (top-2-box)."),
          QCoreApplication::translate("Report",
                                      "Its change uses the two-proportion test, |p₁ − p₂| > "
                                      "1.96·√(p(1 − p)(1/n₁ + 1/n₂)) with the pooled share p, and the "
                                      "same n ≥ %1 rule.")
              .arg(n)}},
        {QCoreApplication::translate("Report", "Customer effort (CES)"),
         {QCoreApplication::translate("Report", "CES = mean on 1-7 (lower is easier)."),
          QCoreApplication::translate("Report",
                                      "Its change counts when |Δ| > 1.96·√(s₁²/n₁ + s₂²/n₂) (Welch) and "
                                      "both periods have n ≥ %1.")
              .arg(n)}},
        {QCoreApplication::translate("Report", "Sample size"),
         {QCoreApplication::translate("Report",
                                      "Every score is printed with its n. Below n = %1 any score (NPS, "
                                      "CSAT, CES) is marked “low sample”. No data shows “—”, never 0.")
              .arg(n)}},
        {QCoreApplication::translate("Report", "KPIs"),
         {QCoreApplication::translate("Report",
                                      "A KPI is green when it meets its target in its direction, amber "
                                      "inside its amber band, red otherwise."),
          QCoreApplication::translate("Report",
                                      "For a period longer than a month the KPI value is the mean of its "
                                      "monthly values (a count KPI may declare the sum). Trend = the last "
                                      "%1 periods of the chosen length.")
              .arg(kTrendPeriods)}},
        {QCoreApplication::translate("Report", "Complaints"),
         {QCoreApplication::translate("Report",
                                      "A category's count moves (▲ or ▼) only when |c₂ − c₁| > "
                                      "1.96·√(c₁ + c₂) and at least %1 complaints lie between the two "
                                      "periods; otherwise “≈”.")
              .arg(metrics::kCountMinimum)}},
        {QCoreApplication::translate("Report", "Periods"),
         {QCoreApplication::translate("Report",
                                      "Compare like with like: a period that is not over yet, or has "
                                      "data for only part of it, is compared with the same days of the "
                                      "previous period and labelled “partial”.")}},
        {QCoreApplication::translate("Report", "Fixes"),
         {QCoreApplication::translate("Report",
                                      "A fix's baseline is its metric over the %1 days before it was "
                                      "created (KPIs: the %2 whole months before); its result is the "
                                      "metric after it was marked done, tested as above.")
              .arg(fixes::kWindowDays)
              .arg(fixes::kKpiWindowMonths)}},
        {QCoreApplication::translate("Report", "Personal data"),
         {QCoreApplication::translate("Report",
                                      "Customers' words (complaint quotes, follow-ups, fix notes) are "
                                      "printed with e-mail addresses, phone, card and account numbers "
                                      "and street addresses masked: [e-mail], [phone], [card], "
                                      "[account], [address].")}},
    };
    for (const auto& [title, paragraphs] : sections) {
        addHeading(flow, style, title, lineHeight(style.body()) * 2);
        for (const QString& text : paragraphs) {
            addParagraph(flow, text, style.body(), palette.text);
            flow.skip(style.pt(3));
        }
    }
}

void drawFooter(QPainter& p, const ReportStyle& style, const QString& left, int page, int pageCount)
{
    const PageGeometry& g = style.geometry();
    const Palette palette = style.palette();
    p.fillRect(QRectF(g.footer.left(), g.footer.top() - style.pt(4), g.footer.width(), style.pt(0.5)),
               palette.hairline);
    const QString right = QCoreApplication::translate("Report", "Page %1 of %2").arg(page).arg(pageCount);
    const QFont f = style.small();
    const double rightWidth = textWidth(f, right) + style.pt(12);
    drawLine(p, QRectF(g.footer.left(), g.footer.top(), g.footer.width() - rightWidth, g.footer.height()),
             left, f, palette.mutedText);
    drawLine(p, g.footer, right, f, palette.mutedText, Qt::AlignRight);
}

} // namespace cr::render
