#include "report/RoomReport.h"
#include "store/FollowUpStore.h"

#include "report/Period.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace cr {

namespace {

template <typename Tally>
Result<Tally> tally(const RoomStore& store, std::optional<RowId> stageId, SurveyMetric metric,
                    const DateRange& range, int scaleMin)
{
    auto histogram = store.scoreHistogram(stageId, metric, range);
    if (!histogram)
        return histogram.error();
    Tally t;
    for (int i = 0; i < histogram->size(); ++i)
        if (auto added = t.add(i + scaleMin, histogram->at(i)); !added)
            return added.error();
    return t;
}

QString departmentName(const QVector<Department>& departments, RowId id)
{
    for (const auto& d : departments)
        if (d.id == id)
            return d.name;
    return {};
}

// A KPI over `period` with its trend over `windows` (periods of the chosen
// length, oldest first; empty = 13 months ending with its latest value).
Result<KpiReport> kpiReport(const RoomStore& store, const Kpi& kpi, const DateRange& period,
                            QVector<DateRange> windows)
{
    KpiReport r;
    r.kpi = kpi;
    auto inPeriod = store.kpiValues(kpi.id, period);
    if (!inPeriod)
        return inPeriod.error();
    if (!inPeriod->isEmpty()) {
        QVector<double> monthly;
        for (const KpiValue& v : *inPeriod)
            monthly.append(v.value);
        r.value = metrics::combineMonthlyValues(monthly, kpi.aggregate);
        r.months = int(monthly.size());
        r.valuePeriod = inPeriod->last().period;
        if (kpi.target && r.value)
            r.status = metrics::kpiStatus(*r.value, *kpi.target, kpi.direction, kpi.amberBand);
    }
    if (windows.isEmpty()) {
        QDate end = period.to.value_or(QDate());
        if (!end.isValid())
            end = r.valuePeriod.value_or(QDate::currentDate());
        windows = trendWindows(Period::month(end), kTrendPeriods, end);
    }
    r.trendWindows = windows;
    auto values = store.kpiValues(kpi.id, {windows.first().from, windows.last().to});
    if (!values)
        return values.error();
    QVector<QVector<double>> perWindow(windows.size());
    for (const KpiValue& v : *values)
        for (int i = 0; i < windows.size(); ++i)
            if (v.period >= *windows[i].from && v.period <= *windows[i].to)
                perWindow[i].append(v.value);
    for (int i = 0; i < windows.size(); ++i) {
        r.trendPeriods.append(*windows[i].from);
        r.trend.append(metrics::combineMonthlyValues(perWindow[i], kpi.aggregate));
    }
    return r;
}

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// One decimal place is what the room shows; JSON keeps the same rounding.
double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

QJsonArray countsToJson(const QVector<RoomStore::Count>& counts, const QString& keyName)
{
    QJsonArray a;
    for (const auto& c : counts)
        a.append(QJsonObject{{keyName, c.key}, {QStringLiteral("count"), c.count}});
    return a;
}

} // namespace

Result<std::optional<metrics::NpsScore>> stageNps(const RoomStore& store, std::optional<RowId> stageId,
                                                  const DateRange& range)
{
    auto t = tally<metrics::NpsTally>(store, stageId, SurveyMetric::Nps, range, 0);
    if (!t)
        return t.error();
    return t->result();
}

Result<QVector<std::optional<metrics::NpsScore>>> stageNpsTrend(const RoomStore& store, std::optional<RowId> stageId,
                                                                const QVector<DateRange>& windows)
{
    auto histograms = store.scoreHistograms(stageId, SurveyMetric::Nps, windows);
    if (!histograms)
        return histograms.error();
    QVector<std::optional<metrics::NpsScore>> out;
    for (const QVector<int>& histogram : *histograms) {
        metrics::NpsTally t;
        for (int score = 0; score < histogram.size(); ++score)
            if (auto added = t.add(score, histogram[score]); !added)
                return added.error();
        out.append(t.result());
    }
    return out;
}

namespace {

// The stages' numbers over `period`; KPI trends over `windows` (empty: by month).
Result<RoomReport> buildStages(const RoomStore& store, const DateRange& period,
                               const QVector<DateRange>& windows, JobControl::Span progress)
{
    RoomReport report;
    report.roomName = store.roomName();
    report.schemaVersion = store.schemaVersion();
    report.period = period;
    auto stages = store.stages();
    if (!stages)
        return stages.error();
    auto departments = store.departments();
    if (!departments)
        return departments.error();
    // Reads only: the follow-up store is not handed anything it could write.
    auto openFollowUps = FollowUpStore(const_cast<RoomStore&>(store)).openCountsByStage();
    if (!openFollowUps)
        return openFollowUps.error();

    for (const Stage& stage : *stages) {
        if (progress.isCancelled())
            return Error(QCoreApplication::translate("Report", "Cancelled."));
        progress.progress(double(report.stages.size()) / qMax<qsizetype>(1, stages->size()), stage.name);
        StageReport s;
        s.stage = stage;
        if (stage.ownerDepartmentId)
            s.ownerDepartment = departmentName(*departments, *stage.ownerDepartmentId);
        for (RowId d : stage.contributingDepartmentIds)
            s.contributingDepartments << departmentName(*departments, d);

        auto nps = tally<metrics::NpsTally>(store, stage.id, SurveyMetric::Nps, period, 0);
        if (!nps)
            return nps.error();
        s.nps = nps->result();
        auto csat = tally<metrics::CsatTally>(store, stage.id, SurveyMetric::Csat, period, 1);
        if (!csat)
            return csat.error();
        s.csat = csat->result();
        auto ces = tally<metrics::CesTally>(store, stage.id, SurveyMetric::Ces, period, 1);
        if (!ces)
            return ces.error();
        s.ces = ces->result();

        auto complaints = store.complaintBreakdown(stage.id, period); // one pass for both groupings
        if (!complaints)
            return complaints.error();
        s.complaints = {complaints->total, complaints->byCategory, complaints->byChannel};

        auto kpis = store.kpis(stage.id);
        if (!kpis)
            return kpis.error();
        for (const Kpi& k : *kpis) {
            auto r = kpiReport(store, k, period, windows);
            if (!r)
                return r.error();
            s.kpis.append(*r);
        }

        auto calls = store.callTotals(stage.id, period);
        if (!calls)
            return calls.error();
        s.calls = *calls;
        auto artifacts = store.artifactCount(stage.id);
        if (!artifacts)
            return artifacts.error();
        s.artifacts = *artifacts;

        auto fixes = store.fixes(stage.id);
        if (!fixes)
            return fixes.error();
        const QDate today = QDate::currentDate();
        for (const Fix& f : *fixes) {
            if (f.status == FixStatus::Verified)
                ++s.fixes.verified;
            else if (f.status == FixStatus::Done)
                ++s.fixes.done;
            else
                ++s.fixes.open;
            if (f.isOverdue(today))
                ++s.fixes.overdue;
        }
        s.openFollowUps = openFollowUps->value(stage.id);
        report.stages.append(s);
    }

    auto complaints = store.complaintTotal(std::nullopt, period);
    auto calls = store.callTotals(std::nullopt, period);
    if (!complaints || !calls)
        return !complaints ? complaints.error() : calls.error();
    int responses = 0;
    for (SurveyMetric m : {SurveyMetric::Nps, SurveyMetric::Csat, SurveyMetric::Ces}) {
        auto h = store.scoreHistogram(std::nullopt, m, period);
        if (!h)
            return h.error();
        for (int c : *h)
            responses += c;
    }
    auto artifacts = store.artifactCount(std::nullopt); // artifacts are not dated: all of them
    if (!artifacts)
        return artifacts.error();
    report.unassigned = {*complaints, responses, calls->count, *artifacts};
    return report;
}

StageChange compareStages(const StageReport& previous, const StageReport& current)
{
    StageChange c;
    if (previous.nps && current.nps)
        c.nps = metrics::compareNps(*previous.nps, *current.nps);
    if (previous.csat && current.csat)
        c.csat = metrics::compareCsat(*previous.csat, *current.csat);
    if (previous.ces && current.ces)
        c.ces = metrics::compareCes(*previous.ces, *current.ces);
    c.complaints = metrics::compareCounts(previous.complaints.total, current.complaints.total);
    return c;
}

} // namespace

Result<RoomReport> buildReport(const RoomStore& store, const DateRange& period, JobControl::Span progress)
{
    return buildStages(store, period, {}, progress);
}

Result<RoomReport> buildComparedReport(const RoomStore& store, const Comparison& comparison, JobControl::Span progress)
{
    if (!comparison.comparable())
        return buildReport(store, comparison.current, progress);
    const QVector<DateRange> windows = trendWindows(comparison.period, kTrendPeriods, comparison.period.to);
    auto report = buildStages(store, comparison.current, windows, progress.part(0, 0.6));
    if (!report)
        return report;
    auto previous = buildStages(store, comparison.previous,
                                trendWindows(comparison.previousPeriod, kTrendPeriods, comparison.previousPeriod.to),
                                progress.part(0.6, 1));
    if (!previous)
        return previous.error();
    report->comparison = comparison;
    report->previousStages = previous->stages;
    for (int i = 0; i < report->stages.size() && i < previous->stages.size(); ++i)
        report->stages[i].change = compareStages(previous->stages[i], report->stages[i]);
    return report;
}

Period periodOfRange(const DateRange& range)
{
    if (!range.from && !range.to)
        return Period::everything();
    const QDate from = range.from.value_or(QDate(1970, 1, 1));
    const QDate to = range.to.value_or(QDate::currentDate());
    if (Period::month(from) == Period{Period::Kind::Month, from, to})
        return Period::month(from);
    if (Period::quarter(from) == Period{Period::Kind::Quarter, from, to})
        return Period::quarter(from);
    return Period::custom(from, to);
}

namespace {

QJsonValue dateJson(const std::optional<QDate>& d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
}

// The numbers of one stage over one period (the current one or "previous").
QJsonObject stageMetricsJson(const StageReport& s)
{
    QJsonObject o;
    if (s.nps)
        o[QStringLiteral("nps")] = QJsonObject{{QStringLiteral("score"), round1(s.nps->score)},
                                               {QStringLiteral("n"), s.nps->n},
                                               {QStringLiteral("promoters"), s.nps->promoters},
                                               {QStringLiteral("passives"), s.nps->passives},
                                               {QStringLiteral("detractors"), s.nps->detractors},
                                               {QStringLiteral("margin95"), round1(s.nps->margin95)},
                                               {QStringLiteral("low_sample"), s.nps->lowSample()}};
    else
        o[QStringLiteral("nps")] = QJsonValue();
    o[QStringLiteral("csat")] =
        s.csat ? QJsonValue(QJsonObject{{QStringLiteral("score"), round1(s.csat->score)},
                                        {QStringLiteral("n"), s.csat->n},
                                        {QStringLiteral("low_sample"), s.csat->lowSample()}})
               : QJsonValue();
    o[QStringLiteral("ces")] =
        s.ces ? QJsonValue(QJsonObject{{QStringLiteral("mean"), std::round(s.ces->mean * 100) / 100},
                                       {QStringLiteral("n"), s.ces->n},
                                       {QStringLiteral("low_sample"), s.ces->lowSample()}})
              : QJsonValue();
    o[QStringLiteral("complaints")] = QJsonObject{
        {QStringLiteral("total"), s.complaints.total},
        {QStringLiteral("by_category"), countsToJson(s.complaints.byCategory, QStringLiteral("category"))},
        {QStringLiteral("by_channel"), countsToJson(s.complaints.byChannel, QStringLiteral("channel"))}};
    QJsonArray kpis;
    for (const KpiReport& k : s.kpis)
        kpis.append(QJsonObject{{QStringLiteral("name"), k.kpi.name},
                                {QStringLiteral("unit"), k.kpi.unit},
                                {QStringLiteral("value"), orNull(k.value)},
                                {QStringLiteral("target"), orNull(k.kpi.target)},
                                {QStringLiteral("direction"), toString(k.kpi.direction)},
                                {QStringLiteral("status"),
                                 k.status ? QJsonValue(QString::fromLatin1(metrics::kpiStatusName(*k.status)))
                                          : QJsonValue()},
                                {QStringLiteral("period"), dateJson(k.valuePeriod)},
                                {QStringLiteral("aggregate"), toString(k.kpi.aggregate)},
                                {QStringLiteral("months"), k.months}});
    o[QStringLiteral("kpis")] = kpis;
    o[QStringLiteral("calls")] = QJsonObject{{QStringLiteral("count"), s.calls.count},
                                             {QStringLiteral("seconds"), std::round(s.calls.seconds * 10) / 10}};
    return o;
}

QJsonValue changeJson(const std::optional<metrics::ScoreChange>& c, double scale = 10)
{
    if (!c)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("delta"), std::round(c->delta * scale) / scale},
                       {QStringLiteral("threshold"), std::round(c->threshold * scale) / scale},
                       {QStringLiteral("enough_sample"), c->enoughSample},
                       {QStringLiteral("significant"), c->significant}};
}

} // namespace

QJsonObject reportToJson(const RoomReport& report)
{
    QJsonArray stages;
    for (int i = 0; i < report.stages.size(); ++i) {
        const StageReport& s = report.stages[i];
        QJsonObject o = stageMetricsJson(s);
        o[QStringLiteral("name")] = s.stage.name;
        o[QStringLiteral("position")] = s.stage.position;
        o[QStringLiteral("maturity")] = toString(s.stage.maturity);
        o[QStringLiteral("target_experience")] = s.stage.targetExperience;
        o[QStringLiteral("artifacts")] = QJsonObject{{QStringLiteral("count"), s.artifacts}};
        o[QStringLiteral("fixes")] = QJsonObject{{QStringLiteral("open"), s.fixes.open},
                                                 {QStringLiteral("done"), s.fixes.done},
                                                 {QStringLiteral("verified"), s.fixes.verified},
                                                 {QStringLiteral("overdue"), s.fixes.overdue}};
        o[QStringLiteral("followups")] = QJsonObject{{QStringLiteral("open"), s.openFollowUps}};
        if (report.comparison && i < report.previousStages.size() && s.change) {
            o[QStringLiteral("previous")] = stageMetricsJson(report.previousStages[i]);
            o[QStringLiteral("change")] =
                QJsonObject{{QStringLiteral("nps"), changeJson(s.change->nps)},
                            {QStringLiteral("csat"), changeJson(s.change->csat)},
                            {QStringLiteral("ces"), changeJson(s.change->ces, 100)},
                            {QStringLiteral("complaints"), changeJson(s.change->complaints)}};
        } else {
            o[QStringLiteral("previous")] = QJsonValue();
            o[QStringLiteral("change")] = QJsonValue();
        }
        stages.append(o);
    }
    QJsonObject period{{QStringLiteral("from"), dateJson(report.period.from)},
                       {QStringLiteral("to"), dateJson(report.period.to)}};
    if (report.comparison) {
        const Comparison& c = *report.comparison;
        period[QStringLiteral("from")] = dateJson(c.period.from);
        period[QStringLiteral("to")] = dateJson(c.period.to);
        period[QStringLiteral("partial")] = c.partial;
        period[QStringLiteral("measured")] = QJsonObject{{QStringLiteral("from"), dateJson(c.current.from)},
                                                         {QStringLiteral("to"), dateJson(c.current.to)}};
        period[QStringLiteral("previous")] = QJsonObject{{QStringLiteral("from"), dateJson(c.previous.from)},
                                                         {QStringLiteral("to"), dateJson(c.previous.to)}};
    }
    return QJsonObject{
        {QStringLiteral("room"), QJsonObject{{QStringLiteral("name"), report.roomName},
                                             {QStringLiteral("schema_version"), report.schemaVersion}}},
        {QStringLiteral("period"), period},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("unassigned"),
         QJsonObject{{QStringLiteral("complaints"), report.unassigned.complaints},
                     {QStringLiteral("survey_responses"), report.unassigned.surveyResponses},
                     {QStringLiteral("calls"), report.unassigned.calls},
                     {QStringLiteral("artifacts"), report.unassigned.artifacts}}}};
}

} // namespace cr
