#include "followups/FollowUpWords.h"

#include <QCoreApplication>

namespace cr::ui {

QString followUpRuleWord(FollowUpRule rule)
{
    switch (rule) {
    case FollowUpRule::Detractor:
        return QCoreApplication::translate("FollowUps", "Detractor");
    case FollowUpRule::ComplaintSpike:
        return QCoreApplication::translate("FollowUps", "Complaint spike");
    case FollowUpRule::KpiRed:
        return QCoreApplication::translate("FollowUps", "KPI turned red");
    }
    return {};
}

QString followUpStatusWord(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Open:
        return QCoreApplication::translate("FollowUps", "open");
    case FollowUpStatus::Acknowledged:
        return QCoreApplication::translate("FollowUps", "acknowledged");
    case FollowUpStatus::Resolved:
        return QCoreApplication::translate("FollowUps", "resolved");
    }
    return {};
}

QString followUpStatusGlyph(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Open:
        return QStringLiteral("○");
    case FollowUpStatus::Acknowledged:
        return QStringLiteral("◑");
    case FollowUpStatus::Resolved:
        return QStringLiteral("✓");
    }
    return {};
}

int followUpAgeDays(const FollowUp& followUp, const QDateTime& now)
{
    if (!followUp.raisedAt.isValid())
        return 0;
    return int(qMax<qint64>(0, followUp.raisedAt.date().daysTo(now.date())));
}

QString daysText(int days)
{
    if (days == 0)
        return QCoreApplication::translate("FollowUps", "today");
    // Spelled out: English has no plural catalogue, so "%n days" would say "1 days".
    if (days == 1)
        return QCoreApplication::translate("FollowUps", "1 day");
    return QCoreApplication::translate("FollowUps", "%1 days").arg(days);
}

bool isFollowUpOverdue(const FollowUp& followUp, int escalateAfterDays, const QDateTime& now)
{
    return followUp.isOverdue(escalateAfterDays, now);
}

QString escalatedGlyph()
{
    return QStringLiteral("▲");
}

QString overdueGlyph()
{
    return QStringLiteral("⚠");
}

} // namespace cr::ui
