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
    int count = 0;         // this period
    int previousCount = 0; // the period before
};

struct StageWall
{
    StageReport report; // this period
    std::optional<metrics::NpsScore> previousNps;
    std::optional<metrics::NpsChange> npsChange;        // set when both periods have NPS
    QVector<std::optional<metrics::NpsScore>> npsTrend; // monthly NPS, kTrendPeriods, oldest first
    QVector<QDate> trendPeriods;
    QVector<CategoryTrend> categories; // all categories, most frequent first
    std::optional<int> previousComplaintTotal; // the period before; unset for "all time"
    QVector<Moment> moments;                     // moments of truth, journey order; key ones carry a KPI
    QVector<Artifact> artifacts;
    QVector<Call> calls; // this period first, newest first; then older
    QVector<Fix> fixes;  // every fix of the stage, open ones first
};

struct WallSnapshot
{
    QString roomName;
    Period period;
    Period previousPeriod;
    QVector<Department> departments;
    QVector<StageWall> stages; // journey order
    UnassignedCounts unassigned;

    QString departmentName(RowId id) const;
};

Result<WallSnapshot> buildWallSnapshot(const RoomStore& store, const Period& period);

} // namespace cr
