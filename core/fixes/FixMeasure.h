#pragma once
// What a fix moved: its metric over the window before it was created (the
// baseline, captured then) against the window after it was marked done, with
// the same significance tests as the period compare. One definition, used by
// the board, the wall, the celebration, the CLI and the PDF.

#include "Domain.h"
#include "Result.h"
#include "metrics/Metrics.h"
#include "store/RoomStore.h"

#include <optional>

namespace cr::fixes {

// Survey metrics: the 90 days before the fix was created, and the 90 days
// after it was marked done (up to today). KPIs, which come by month: the
// three whole months before the month of creation, and the months after the
// month it was done.
constexpr int kWindowDays = 90;
constexpr int kKpiWindowMonths = 3;

struct MetricReading
{
    std::optional<double> value; // nullopt: no evidence in the window
    int n = 0;                   // answers (survey metrics) or months (KPIs)
    DateRange window;
    QVector<int> counts; // answers per score (survey metrics), for the tests
};

struct FixOutcome
{
    std::optional<MetricReading> before;
    std::optional<MetricReading> after;         // nullopt until the fix is done and a day has passed
    std::optional<metrics::ScoreChange> change; // survey metrics with both sides measured
    // After is better than before in the metric's direction (CES and some
    // KPIs: lower); nullopt until both sides have a value.
    std::optional<bool> better;
    // Survey metrics: the change passed the 95 % test with n >= 30 on both
    // sides. KPIs carry no sample, so no test (nullopt).
    std::optional<bool> significant;
};

// The metric a fix names: "nps", "csat", "ces" or "kpi" with its id.
bool isSurveyMetric(const QString& metric);

DateRange baselineWindow(const QString& metric, const QDate& createdOn);
// Empty (from > to) when no day after `doneOn` has passed by `today`.
DateRange resultWindow(const QString& metric, const QDate& doneOn, const QDate& today);

Result<MetricReading> readMetric(const RoomStore& store, std::optional<RowId> stageId, const QString& metric,
                                 std::optional<RowId> kpiId, const DateRange& window);

// Fills the fix's baseline fields (value, n, window, counts) as of its creation day.
Status captureBaseline(const RoomStore& store, Fix& fix);

// The baseline as captured, the result window measured now, and the change.
Result<FixOutcome> measure(const RoomStore& store, const Fix& fix, const QDate& today);

} // namespace cr::fixes
