#include "render/Format.h"

#include "report/RoomReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtMath>

namespace cr::render {

namespace {

int decimalsFor(double value, const QString& unit)
{
    if (unit == QLatin1String("count"))
        return 0;
    if (qAbs(value) >= 100)
        return 0;
    return qFuzzyCompare(value, qRound(value)) ? 0 : 1;
}
} // namespace

QString noDataDash()
{
    return QStringLiteral("—");
}

QString noDataText()
{
    return QCoreApplication::translate("Format", "no data in this period");
}

QString formatNumber(double value, int decimals)
{
    QString s = QLocale().toString(value, 'f', decimals);
    return s.replace(QLatin1Char('-'), QChar(0x2212));
}

QString formatSigned(double value, int decimals)
{
    const double rounded = decimals == 0 ? double(qRound(value)) : value;
    QString s = formatNumber(qAbs(rounded), decimals);
    if (rounded > 0)
        return QLatin1Char('+') + s;
    if (rounded < 0)
        return QChar(0x2212) + s;
    return s;
}

QString formatNps(double score)
{
    return formatSigned(score, 0);
}

QString formatDuration(double seconds)
{
    const int total = qMax(0, qRound(seconds));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString formatKpiValue(double value, const QString& unit)
{
    const QString number = formatNumber(value, decimalsFor(value, unit));
    if (unit.isEmpty() || unit == QLatin1String("count"))
        return number;
    if (unit == QLatin1String("%"))
        return number + QStringLiteral("\u202F%"); // narrow no-break space: "18.4 %" never splits
    return number + QChar(0x00A0) + unit;
}

QString formatKpiTarget(const Kpi& kpi)
{
    if (!kpi.target)
        return QCoreApplication::translate("Format", "no target set");
    const QString sign =
        kpi.direction == KpiDirection::HigherIsBetter ? QStringLiteral("≥") : QStringLiteral("≤");
    return QCoreApplication::translate("Format", "target %1 %2")
        .arg(sign, formatKpiValue(*kpi.target, kpi.unit));
}

QString formatDate(const QDate& date)
{
    if (!date.isValid())
        return noDataDash();
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString artifactKindWord(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::Letter:
        return QCoreApplication::translate("Format", "Letter");
    case ArtifactKind::Invoice:
        return QCoreApplication::translate("Format", "Bill");
    case ArtifactKind::Email:
        return QCoreApplication::translate("Format", "E-mail");
    case ArtifactKind::AppScreen:
        return QCoreApplication::translate("Format", "App screen");
    case ArtifactKind::WebPage:
        return QCoreApplication::translate("Format", "Web page");
    case ArtifactKind::Other:
        return QCoreApplication::translate("Format", "Other");
    }
    return {};
}

QString complaintStatusWord(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Open:
        return QCoreApplication::translate("Format", "open");
    case ComplaintStatus::InProgress:
        return QCoreApplication::translate("Format", "in progress");
    case ComplaintStatus::Resolved:
        return QCoreApplication::translate("Format", "resolved");
    case ComplaintStatus::Closed:
        return QCoreApplication::translate("Format", "closed");
    }
    return {};
}

QString kpiPeriodDefinition(const KpiReport& k)
{
    const bool quarters = k.trendPeriods.size() >= 2 && k.trendPeriods[0].addMonths(3) == k.trendPeriods[1];
    QString how;
    switch (k.kpi.aggregate) {
    case KpiAggregate::Mean:
        how = QCoreApplication::translate("Format", "the mean of its monthly values");
        break;
    case KpiAggregate::Sum:
        how = QCoreApplication::translate("Format", "the sum of its monthly values (a count)");
        break;
    case KpiAggregate::Last:
        how = QCoreApplication::translate("Format", "its last monthly value");
        break;
    }
    QString text;
    if (k.months > 1)
        text = QCoreApplication::translate("Format", "The period's value is %1 (%2 months).").arg(how).arg(k.months);
    else
        text = QCoreApplication::translate("Format", "The period's value is its month's value.");
    text += QLatin1Char(' ');
    text += quarters ? QCoreApplication::translate("Format", "Trend: the last %1 quarters, each %2.")
                           .arg(k.trendPeriods.size())
                           .arg(how)
                     : QCoreApplication::translate("Format", "Trend: the last %1 months.").arg(k.trendPeriods.size());
    return text;
}

} // namespace cr::render
