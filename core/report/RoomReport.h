#pragma once
// The room's numbers for one period, stage by stage. `report --json`, the
// wall and the PDF export all read this structure, so they always agree.

#include "Domain.h"
#include "Result.h"
#include "jobs/Job.h"
#include "metrics/Metrics.h"
#include "report/Period.h"
#include "store/FixStore.h"
#include "store/RoomStore.h"

#include <QJsonObject>

namespace cr {

constexpr int kTrendPeriods = 13; // DESIGN.md: trend = last 13 periods

struct KpiReport
{
    Kpi kpi;
    // The period's value: its month's value, or the months inside a longer
    // period combined as kpi.aggregate says (mean, sum or last).
    std::optional<double> value;
    int months = 0;                   // monthly values behind `value`
    std::optional<QDate> valuePeriod; // the last month behind `value`
    std::optional<metrics::KpiStatus> status;
    QVector<DateRange> trendWindows;      // kTrendPeriods periods of the chosen length, oldest first
    QVector<QDate> trendPeriods;          // their first days
    QVector<std::optional<double>> trend; // value per trend period, nullopt = no data
};

struct ComplaintSummary
{
    int total = 0;
    QVector<RoomStore::Count> byCategory; // most frequent first
    QVector<RoomStore::Count> byChannel;
};

// Change against the previous period (like with like; see Comparison).
struct StageChange
{
    std::optional<metrics::ScoreChange> nps; // set when both periods have answers
    std::optional<metrics::ScoreChange> csat;
    std::optional<metrics::ScoreChange> ces;
    metrics::ScoreChange complaints; // counts; fewer is better
};

struct StageReport
{
    Stage stage;
    QString ownerDepartment;
    QStringList contributingDepartments;
    std::optional<metrics::NpsScore> nps;
    std::optional<metrics::CsatScore> csat;
    std::optional<metrics::CesScore> ces;
    ComplaintSummary complaints;
    QVector<KpiReport> kpis;
    RoomStore::CallTotals calls;
    int artifacts = 0;
    FixCounts fixes;    // now, whatever the period: open, done, verified, overdue
    int openFollowUps = 0; // now, whatever the period
    std::optional<StageChange> change; // set when the report compares periods
};

struct RoomReport
{
    QString roomName;
    int schemaVersion = 0;
    DateRange period;
    std::optional<Comparison> comparison; // set when the report compares periods
    QVector<StageReport> stages;
    QVector<StageReport> previousStages; // same order as stages; empty without a comparison
    UnassignedCounts unassigned;
};

// NPS of one stage (or of unassigned records) over a range; nullopt when it
// has no answers there.
// NPS of a stage in each of `windows` (a trend), in one query.
Result<QVector<std::optional<metrics::NpsScore>>> stageNpsTrend(const RoomStore& store, std::optional<RowId> stageId,
                                                                const QVector<DateRange>& windows);
Result<std::optional<metrics::NpsScore>> stageNps(const RoomStore& store, std::optional<RowId> stageId,
                                                  const DateRange& range);

// On a big room this takes a while: progress per stage, and Cancel stops it.
// Over a plain range (no comparison; trends by month).
Result<RoomReport> buildReport(const RoomStore& store, const DateRange& period,
                               JobControl::Span progress = {nullptr, 0, 1});
// Over a chosen period with the previous one: the days of comparison.current,
// against comparison.previous, with each stage's change.
Result<RoomReport> buildComparedReport(const RoomStore& store, const Comparison& comparison,
                               JobControl::Span progress = {nullptr, 0, 1});
// The period a --from/--to pair names: a whole month or quarter when it is
// one, else a custom range; both unset = everything.
Period periodOfRange(const DateRange& range);
QJsonObject reportToJson(const RoomReport& report);

} // namespace cr
