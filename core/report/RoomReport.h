#pragma once
// The room's numbers for one period, stage by stage. `report --json`, the
// wall and the PDF export all read this structure, so they always agree.

#include "Domain.h"
#include "Result.h"
#include "jobs/Job.h"
#include "metrics/Metrics.h"
#include "store/RoomStore.h"

#include <QJsonObject>

namespace cr {

constexpr int kTrendPeriods = 13; // DESIGN.md: trend = last 13 periods

struct KpiReport
{
    Kpi kpi;
    std::optional<double> value; // latest value inside the period
    std::optional<QDate> valuePeriod;
    std::optional<metrics::KpiStatus> status;
    QVector<QDate> trendPeriods;          // kTrendPeriods month starts, oldest first
    QVector<std::optional<double>> trend; // value per trend period, nullopt = no data
};

struct ComplaintSummary
{
    int total = 0;
    QVector<RoomStore::Count> byCategory; // most frequent first
    QVector<RoomStore::Count> byChannel;
};

struct FixCounts
{
    int open = 0; // proposed + in progress
    int done = 0;
    int verified = 0;
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
    FixCounts fixes;
};

struct RoomReport
{
    QString roomName;
    int schemaVersion = 0;
    DateRange period;
    QVector<StageReport> stages;
    UnassignedCounts unassigned;
};

// NPS of one stage (or of unassigned records) over a range; nullopt when it
// has no answers there.
Result<std::optional<metrics::NpsScore>> stageNps(const RoomStore& store, std::optional<RowId> stageId,
                                                  const DateRange& range);

// On a big room this takes a while: progress per stage, and Cancel stops it.
Result<RoomReport> buildReport(const RoomStore& store, const DateRange& period,
                               JobControl::Span progress = {nullptr, 0, 1});
QJsonObject reportToJson(const RoomReport& report);

} // namespace cr
