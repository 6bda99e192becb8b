#include "followups/FollowUpDetail.h"

#include "common/Format.h"
#include "followups/FollowUpTableModel.h"
#include "followups/FollowUpWords.h"
#include "metrics/Metrics.h"

#include <QCoreApplication>
#include <QLocale>

namespace cr::ui {

namespace {

constexpr int kComplaintChars = 420;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime& t)
{
    return QLocale().toString(t, QStringLiteral("d MMM yyyy, HH:mm"));
}

QString section(const QString& title, const Theme& theme)
{
    return QStringLiteral("<p style='margin:14px 0 4px 0; color:%1; font-weight:600; font-size:%2px'>%3</p>")
        .arg(theme.mutedText.name())
        .arg(theme.smallPx())
        .arg(esc(title.toUpper()));
}

QString answerHtml(const FollowUpStore::Answer& a, const Theme& theme)
{
    const QString score = QStringLiteral("<span style='font-size:%1px; font-weight:700; color:%2'>%3</span>"
                                         "<span style='color:%4'> %5</span>")
                              .arg(theme.valuePx() + theme.px(6))
                              .arg(theme.red.darker(130).name())
                              .arg(a.score)
                              .arg(theme.mutedText.name(),
                                   esc(QCoreApplication::translate("FollowUps", "of 10 · NPS detractor")));
    QString who = QLocale().toString(a.respondedAt, QStringLiteral("d MMM yyyy"));
    if (!a.respondentRef.isEmpty())
        who = esc(QCoreApplication::translate("FollowUps", "%1 answered %2")).arg(esc(a.respondentRef), who);
    else
        who = esc(QCoreApplication::translate("FollowUps", "Answered %1")).arg(who);
    return QStringLiteral("<p style='margin:0'>%1 &nbsp; <span style='color:%2'>%3</span></p>"
                          "<blockquote style='margin:6px 0 0 0; font-style:italic'>“%4”</blockquote>")
        .arg(score, theme.mutedText.name(), who, esc(a.comment));
}

QString complaintsHtml(const FollowUpEvidence& e, const Theme& theme)
{
    QString html;
    if (e.complaintCount > e.complaints.size())
        html += QStringLiteral("<p style='margin:0 0 4px 0; color:%1'>%2</p>")
                    .arg(theme.mutedText.name(),
                         esc(QCoreApplication::translate("FollowUps", "%1 complaints linked; the latest %2:"))
                             .arg(QLocale().toString(e.complaintCount))
                             .arg(e.complaints.size()));
    for (const Complaint& c : e.complaints) {
        QStringList meta{QLocale().toString(c.receivedAt.date(), QStringLiteral("d MMM yyyy"))};
        if (!c.channel.isEmpty())
            meta << c.channel;
        if (!c.category.isEmpty())
            meta << c.category;
        if (!c.customerRef.isEmpty())
            meta << c.customerRef;
        QString text = c.text.simplified();
        if (text.size() > kComplaintChars)
            text = text.left(kComplaintChars - 1) + QStringLiteral("…");
        html +=
            QStringLiteral("<p style='margin:6px 0 0 0; color:%1'>%2</p><p style='margin:0 0 0 14px'>%3</p>")
                .arg(theme.mutedText.name(), esc(meta.join(QStringLiteral(" · "))), esc(text));
    }
    return html;
}

QString kpiHtml(const KpiEvidence& e, const Theme& theme)
{
    const Kpi& k = e.kpi;
    QString html = QStringLiteral("<p style='margin:0'><b>%1</b> <span style='color:%2'>· %3</span></p>")
                       .arg(esc(k.name), theme.mutedText.name(), esc(formatKpiTarget(k)));
    if (e.values.isEmpty())
        return html +
               QStringLiteral("<p style='color:%1'>%2</p>").arg(theme.mutedText.name(), esc(noDataText()));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' style='margin-top:4px'>");
    for (const KpiValue& v : e.values) {
        QString status;
        QColor color = theme.text;
        if (k.target) {
            const auto s = metrics::kpiStatus(v.value, *k.target, k.direction, k.amberBand);
            status = Theme::statusIcon(s) + QLatin1Char(' ') + Theme::statusWord(s);
            color = theme.statusColor(s).darker(s == metrics::KpiStatus::Amber ? 160 : 130);
        }
        html +=
            QStringLiteral("<tr><td style='color:%1; padding-right:14px'>%2</td>"
                           "<td align='right' style='padding-right:14px'><b>%3</b></td>"
                           "<td style='color:%4'>%5</td></tr>")
                .arg(theme.mutedText.name(), esc(QLocale().toString(v.period, QStringLiteral("MMM yyyy"))),
                     esc(formatKpiValue(v.value, k.unit)), color.name(), esc(status));
    }
    return html + QStringLiteral("</table>");
}

QString historyHtml(const FollowUp& f, const FollowUpTableModel& names, const Theme& theme)
{
    QStringList lines;
    const QString routed = names.departmentName(f.departmentId);
    lines << esc(QCoreApplication::translate("FollowUps", "Raised %1 by the rule “%2”, routed to %3."))
                 .arg(esc(when(f.raisedAt)), esc(followUpRuleWord(f.rule)),
                      routed.isEmpty() ? esc(QCoreApplication::translate("FollowUps", "no department"))
                                       : QStringLiteral("<b>%1</b>").arg(esc(routed)));
    if (f.acknowledgedAt)
        lines << esc(QCoreApplication::translate("FollowUps", "Acknowledged %1."))
                     .arg(esc(when(*f.acknowledgedAt)));
    if (f.escalatedAt) {
        const QString to = names.departmentName(f.escalatedToDepartmentId);
        QString line =
            QStringLiteral("<span style='color:%1; font-weight:600'>%2</span>")
                .arg(theme.red.darker(130).name(),
                     esc(QCoreApplication::translate("FollowUps", "%1 Escalated %2 to %3."))
                         .arg(escalatedGlyph(), esc(when(*f.escalatedAt)),
                              esc(to.isEmpty() ? QCoreApplication::translate("FollowUps", "no department")
                                               : to)));
        if (!f.escalationReason.isEmpty())
            line += QStringLiteral(" ") + esc(f.escalationReason);
        lines << line;
    }
    if (f.resolvedAt)
        lines << QStringLiteral("<span style='color:%1; font-weight:600'>%2</span> %3")
                     .arg(theme.green.darker(140).name(),
                          esc(QCoreApplication::translate("FollowUps", "✓ Resolved %1:"))
                              .arg(esc(when(*f.resolvedAt))),
                          esc(f.resolutionNote));
    else if (isFollowUpOverdue(f, names.escalateAfterDays(), names.now()))
        lines << QStringLiteral("<span style='color:%1; font-weight:600'>%2</span>")
                     .arg(theme.red.darker(130).name(),
                          esc(QCoreApplication::translate("FollowUps",
                                                          "%1 Open for %2, longer than the room's %3 days."))
                              .arg(overdueGlyph(), daysText(followUpAgeDays(f, names.now())))
                              .arg(names.escalateAfterDays()));
    QString html;
    for (const QString& line : lines)
        html += QStringLiteral("<p style='margin:2px 0'>%1</p>").arg(line);
    return html;
}

} // namespace

QString followUpDetailHtml(const FollowUpEvidence& e, const FollowUpTableModel& names, const Theme& theme)
{
    const FollowUp& f = e.followUp;
    QStringList meta{followUpRuleWord(f.rule)};
    const QString stage = names.stageName(f.stageId);
    if (!stage.isEmpty())
        meta << stage;
    meta << followUpStatusGlyph(f.status) + QLatin1Char(' ') + followUpStatusWord(f.status);
    QString html = QStringLiteral("<html><body style='color:%1'>").arg(theme.text.name());
    html += QStringLiteral("<p style='margin:0; color:%1'>%2</p>")
                .arg(theme.mutedText.name(), esc(meta.join(QStringLiteral(" · "))));
    html += QStringLiteral("<p style='margin:2px 0 6px 0; font-size:%1px; font-weight:600'>%2</p>")
                .arg(theme.valuePx())
                .arg(esc(f.title));
    // The detractor's answer below says what the detail would repeat.
    if (!f.detail.isEmpty() && !e.answer)
        html += QStringLiteral("<p style='margin:0 0 4px 0'>%1</p>").arg(esc(f.detail));
    html += historyHtml(f, names, theme);

    html += section(QCoreApplication::translate("FollowUps", "Evidence"), theme);
    bool any = false;
    if (e.answer) {
        html += answerHtml(*e.answer, theme);
        any = true;
    }
    if (!e.complaints.isEmpty()) {
        html += complaintsHtml(e, theme);
        any = true;
    }
    for (const KpiEvidence& k : e.kpis) {
        html += kpiHtml(k, theme);
        any = true;
    }
    for (const Call& c : e.calls) {
        html +=
            QStringLiteral("<p style='margin:4px 0'>%1 <b>%2</b> <span style='color:%3'>· %4 · %5</span></p>")
                .arg(esc(QCoreApplication::translate("FollowUps", "Call")), esc(c.title),
                     theme.mutedText.name(),
                     esc(QLocale().toString(c.startedAt.date(), QStringLiteral("d MMM yyyy"))),
                     esc(formatDuration(c.durationSeconds)));
        any = true;
    }
    if (!any)
        html +=
            QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(theme.mutedText.name(),
                     esc(f.evidence.isEmpty()
                             ? QCoreApplication::translate("FollowUps", "This follow-up links no evidence.")
                             : QCoreApplication::translate(
                                   "FollowUps", "The evidence it linked is no longer in the room.")));
    return html + QStringLiteral("</body></html>");
}

} // namespace cr::ui
