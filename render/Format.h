#pragma once
// How numbers read on the wall and in the PDF report: signed NPS with a real
// minus sign, "—" for no data (never 0), durations as m:ss, KPI values with
// their unit.

#include "Domain.h"

#include <QString>
#include <optional>

namespace cr {
struct KpiReport;
}

namespace cr::render {

QString noDataDash();                                 // "—"
QString noDataText();                                 // "no data in this period"
QString formatSigned(double value, int decimals = 0); // "+12", "−3", "0"
QString formatNps(double score);
QString formatDuration(double seconds); // "3:07"
QString formatNumber(double value, int decimals);
QString formatKpiValue(double value, const QString& unit);
QString formatKpiTarget(const Kpi& kpi); // "target ≥ 18 %"
QString formatDate(const QDate& date);   // "12 Nov 2026"
// How a KPI's value over the period and each trend point are made, for
// tooltips and chart captions ("The mean of its 3 monthly values…").
QString kpiPeriodDefinition(const KpiReport& kpi);

// Words a person reads (the room file stores "web_page", "in_progress").
QString artifactKindWord(ArtifactKind kind);         // "Web page"
QString complaintStatusWord(ComplaintStatus status); // "in progress"

} // namespace cr::render
