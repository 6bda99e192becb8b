#include "fixes/FixMeasure.h"

#include <QCoreApplication>

namespace cr::fixes {

namespace {

QDate firstOfMonth(const QDate& d)
{
    return QDate(d.year(), d.month(), 1);
}

std::optional<SurveyMetric> surveyMetric(const QString& metric)
{
    return surveyMetricFromString(metric);
}

// The score a histogram gives, as the metric defines it.
struct SurveyScores
{
    std::optional<metrics::NpsScore> nps;
    std::optional<metrics::CsatScore> csat;
    std::optional<metrics::CesScore> ces;
};

Result<SurveyScores> scoresOf(SurveyMetric metric, const QVector<int>& counts)
{
    SurveyScores out;
    const int low = surveyScale(metric).min;
    metrics::NpsTally nps;
    metrics::CsatTally csat;
    metrics::CesTally ces;
    for (int i = 0; i < counts.size(); ++i) {
        if (counts[i] == 0)
            continue;
        Status added = success();
        switch (metric) {
        case SurveyMetric::Nps:
            added = nps.add(low + i, counts[i]);
            break;
        case SurveyMetric::Csat:
            added = csat.add(low + i, counts[i]);
            break;
        case SurveyMetric::Ces:
            added = ces.add(low + i, counts[i]);
            break;
        }
        if (!added)
            return added.error();
    }
    out.nps = nps.result();
    out.csat = csat.result();
    out.ces = ces.result();
    return out;
}

std::optional<double> valueOf(SurveyMetric metric, const SurveyScores& s)
{
    switch (metric) {
    case SurveyMetric::Nps:
        return s.nps ? std::optional<double>(s.nps->score) : std::nullopt;
    case SurveyMetric::Csat:
        return s.csat ? std::optional<double>(s.csat->score) : std::nullopt;
    case SurveyMetric::Ces:
        return s.ces ? std::optional<double>(s.ces->mean) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<metrics::ScoreChange> compare(SurveyMetric metric, const SurveyScores& before,
                                            const SurveyScores& after)
{
    switch (metric) {
    case SurveyMetric::Nps:
        if (before.nps && after.nps)
            return metrics::compareNps(*before.nps, *after.nps);
        break;
    case SurveyMetric::Csat:
        if (before.csat && after.csat)
            return metrics::compareCsat(*before.csat, *after.csat);
        break;
    case SurveyMetric::Ces:
        if (before.ces && after.ces)
            return metrics::compareCes(*before.ces, *after.ces);
        break;
    }
    return std::nullopt;
}

} // namespace

bool isSurveyMetric(const QString& metric)
{
    return surveyMetric(metric).has_value();
}

DateRange baselineWindow(const QString& metric, const QDate& createdOn)
{
    if (isSurveyMetric(metric))
        return DateRange{createdOn.addDays(-kWindowDays), createdOn.addDays(-1)};
    const QDate month = firstOfMonth(createdOn);
    return DateRange{month.addMonths(-kKpiWindowMonths), month.addDays(-1)};
}

DateRange resultWindow(const QString& metric, const QDate& doneOn, const QDate& today)
{
    if (isSurveyMetric(metric))
        return DateRange{doneOn.addDays(1), std::min(doneOn.addDays(kWindowDays), today)};
    // Whole months after the month it was done, up to the month before today's.
    const QDate from = firstOfMonth(doneOn).addMonths(1);
    const QDate lastWhole = firstOfMonth(today).addDays(-1);
    return DateRange{from, std::min(from.addMonths(kKpiWindowMonths).addDays(-1), lastWhole)};
}

Result<MetricReading> readMetric(const RoomStore& store, std::optional<RowId> stageId, const QString& metric,
                                 std::optional<RowId> kpiId, const DateRange& window)
{
    MetricReading reading;
    reading.window = window;
    if (window.from && window.to && *window.from > *window.to)
        return reading;
    if (const auto survey = surveyMetric(metric)) {
        if (!stageId)
            return reading; // a journey-wide survey fix has no one stage to measure
        auto counts = store.scoreHistogram(stageId, *survey, window);
        if (!counts)
            return counts.error();
        reading.counts = *counts;
        for (int c : reading.counts)
            reading.n += c;
        auto scores = scoresOf(*survey, reading.counts);
        if (!scores)
            return scores.error();
        reading.value = valueOf(*survey, *scores);
        return reading;
    }
    if (!kpiId)
        return reading;
    auto values = store.kpiValues(*kpiId, window);
    if (!values)
        return values.error();
    auto kpis = store.allKpis();
    if (!kpis)
        return kpis.error();
    KpiAggregate aggregate = KpiAggregate::Mean;
    for (const Kpi& k : *kpis)
        if (k.id == *kpiId)
            aggregate = k.aggregate;
    // A count KPI summed over three months is not comparable with one month
    // after: both sides are read per month.
    if (aggregate == KpiAggregate::Sum)
        aggregate = KpiAggregate::Mean;
    QVector<double> monthly;
    for (const KpiValue& v : *values)
        monthly.append(v.value);
    reading.n = monthly.size();
    reading.value = metrics::combineMonthlyValues(monthly, aggregate);
    return reading;
}

Status captureBaseline(const RoomStore& store, Fix& fix)
{
    const QDate created = fix.createdOn.isValid() ? fix.createdOn : QDate::currentDate();
    auto reading = readMetric(store, fix.stageId, fix.metric, fix.kpiId, baselineWindow(fix.metric, created));
    if (!reading)
        return reading.error();
    fix.baseline = reading->value;
    fix.baselineN = reading->n;
    fix.baselineFrom = reading->window.from;
    fix.baselineTo = reading->window.to;
    fix.baselineCounts = reading->counts;
    return success();
}

Result<FixOutcome> measure(const RoomStore& store, const Fix& fix, const QDate& today)
{
    FixOutcome outcome;
    MetricReading before;
    before.value = fix.baseline;
    before.n = fix.baselineN.value_or(0);
    before.window = DateRange{fix.baselineFrom, fix.baselineTo};
    before.counts = fix.baselineCounts;
    outcome.before = before;
    if (!fix.doneOn || (fix.status != FixStatus::Done && fix.status != FixStatus::Verified))
        return outcome;
    const DateRange window = resultWindow(fix.metric, *fix.doneOn, today);
    if (*window.from > *window.to)
        return outcome;
    auto after = readMetric(store, fix.stageId, fix.metric, fix.kpiId, window);
    if (!after)
        return after.error();
    outcome.after = *after;
    const auto survey = surveyMetric(fix.metric);
    if (survey && !before.counts.isEmpty() && !after->counts.isEmpty()) {
        auto b = scoresOf(*survey, before.counts);
        auto a = scoresOf(*survey, after->counts);
        if (!b)
            return b.error();
        if (!a)
            return a.error();
        outcome.change = compare(*survey, *b, *a);
        if (outcome.change)
            outcome.significant = outcome.change->significant;
    }
    if (before.value && after->value) {
        bool lowerIsBetter = survey == SurveyMetric::Ces;
        if (!survey && fix.kpiId) {
            auto kpis = store.allKpis();
            if (!kpis)
                return kpis.error();
            for (const Kpi& k : *kpis)
                if (k.id == *fix.kpiId)
                    lowerIsBetter = k.direction == KpiDirection::LowerIsBetter;
        }
        outcome.better = lowerIsBetter ? *after->value < *before.value : *after->value > *before.value;
    }
    return outcome;
}

} // namespace cr::fixes
