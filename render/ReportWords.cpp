#include "render/ReportWords.h"

#include "render/Format.h"
#include "render/Palette.h"

#include <QCoreApplication>

#include <cmath>

namespace cr::render {

QString maturityWord(Maturity maturity)
{
    switch (maturity) {
    case Maturity::Broken:
        return QCoreApplication::translate("Report", "Broken");
    case Maturity::Reliable:
        return QCoreApplication::translate("Report", "Reliable");
    case Maturity::Differentiating:
        return QCoreApplication::translate("Report", "Differentiating");
    }
    return {};
}

QString fixStatusWord(FixStatus status)
{
    switch (status) {
    case FixStatus::Proposed:
        return QCoreApplication::translate("Report", "proposed");
    case FixStatus::InProgress:
        return QCoreApplication::translate("Report", "in progress");
    case FixStatus::Done:
        return QCoreApplication::translate("Report", "done");
    case FixStatus::Verified:
        return QCoreApplication::translate("Report", "verified");
    }
    return {};
}

QString followUpRuleWord(FollowUpRule rule)
{
    switch (rule) {
    case FollowUpRule::Detractor:
        return QCoreApplication::translate("Report", "Detractor with a comment");
    case FollowUpRule::ComplaintSpike:
        return QCoreApplication::translate("Report", "Complaint spike");
    case FollowUpRule::KpiRed:
        return QCoreApplication::translate("Report", "KPI turned red");
    }
    return {};
}

QString followUpStatusWord(const FollowUp& f)
{
    if (f.escalatedAt)
        return QCoreApplication::translate("Report", "escalated");
    switch (f.status) {
    case FollowUpStatus::Open:
        return QCoreApplication::translate("Report", "open");
    case FollowUpStatus::Acknowledged:
        return QCoreApplication::translate("Report", "acknowledged");
    case FollowUpStatus::Resolved:
        return QCoreApplication::translate("Report", "resolved");
    }
    return {};
}

ChangeCue changeCue(const metrics::ScoreChange& change, bool lowerIsBetter, int decimals,
                    const Palette& palette)
{
    // Rounded first, so a tiny change reads "0", never "−0.0".
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(change.delta * scale) / scale;
    const QString delta = formatSigned(rounded == 0 ? 0.0 : rounded, decimals);
    if (!change.significant)
        return {QStringLiteral("≈ %1").arg(delta), palette.neutral};
    const bool better = lowerIsBetter ? change.delta < 0 : change.delta > 0;
    return {QStringLiteral("%1 %2").arg(change.delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼"), delta),
            better ? palette.green : palette.red};
}

} // namespace cr::render
