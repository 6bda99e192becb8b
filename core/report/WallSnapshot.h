#pragma once
// Everything the wall paints for one period: the report plus what the
// panels need beyond it (previous period, trends, items to click).
// Built in core, off the GUI thread; the UI only lays it out.

#include "report/Period.h"
#include "report/RoomReport.h"

namespace cr {

struct CategoryTrend
{
    QString category;
    int count = 0;         // this period (the days compared)
    int previousCount = 0; // the same days of the period before
    metrics::ScoreChange change; // significant only beyond Poisson noise (metrics::compareCounts)
    QVector<int> trend;          // counts per trend window (top categories only), oldest first
    std::optional<Complaint> quote; // a complaint that says it in the customer's words (top categories only)
    enum class Direction { Up, Down, Same, Unclear };
    Direction direction() const; // Up/Down only when the change is significant
};

struct StageWall
{
    StageReport report;                   // this period, with its change when comparing
    std::optional<StageReport> previous;  // the same days of the period before
    std::optional<metrics::NpsScore> previousNps;
    std::optional<metrics::NpsChange> npsChange;        // set when both periods have NPS
    QVector<std::optional<metrics::NpsScore>> npsTrend; // NPS per trend window, oldest first
    QVector<QDate> trendPeriods;                        // first days of the trend windows
    QVector<CategoryTrend> categories; // all categories, most frequent first
    std::optional<int> previousComplaintTotal; // the period before; unset for "all time"
    QVector<Moment> moments;                     // moments of truth, journey order; key ones carry a KPI
    QVector<Artifact> artifacts;
    QVector<Call> calls; // this period's calls, newest first (at most kWallCalls)
    QVector<Fix> fixes;  // every fix of the stage, open ones first
};

constexpr int kWallCalls = 20;
constexpr int kCategoryTrends = 3; // categories that carry a trend line

struct WallSnapshot
{
    QString roomName;
    Period period;
    Period previousPeriod;
    Comparison comparison; // the days compared (partial periods: the same days before)
    QVector<DateRange> trendWindows;
    QVector<Department> departments;
    QVector<StageWall> stages; // journey order
    UnassignedCounts unassigned;

    QString departmentName(RowId id) const;
};

// `today` decides whether the period is over (partial periods).
Result<WallSnapshot> buildWallSnapshot(const RoomStore& store, const Period& period,
                                       QDate today = QDate::currentDate());

} // namespace cr
