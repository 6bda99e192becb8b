#include "report/WallSnapshot.h"

#include <algorithm>

namespace cr {

QString WallSnapshot::departmentName(RowId id) const
{
    for (const auto& d : departments)
        if (d.id == id)
            return d.name;
    return {};
}

CategoryTrend::Direction CategoryTrend::direction() const
{
    if (!change.significant)
        return change.enoughSample || count + previousCount > 0 ? Direction::Same : Direction::Unclear;
    return change.delta > 0 ? Direction::Up : Direction::Down;
}

Result<WallSnapshot> buildWallSnapshot(const RoomStore& store, const Period& period, QDate today)
{
    WallSnapshot wall;
    wall.roomName = store.roomName();
    wall.period = period;
    wall.previousPeriod = period.previous();
    auto departments = store.departments();
    if (!departments)
        return departments.error();
    wall.departments = *departments;

    auto lastEvidence = store.latestEvidenceDate();
    if (!lastEvidence)
        return lastEvidence.error();
    wall.comparison = comparePeriods(period, today, *lastEvidence);
    const Comparison& compared = wall.comparison;
    const bool comparable = compared.comparable();

    auto report = buildComparedReport(store, compared);
    if (!report)
        return report.error();
    wall.unassigned = report->unassigned;

    const QDate lastDay = period.to.isValid() ? period.to : lastEvidence->value_or(today);
    wall.trendWindows = trendWindows(period, kTrendPeriods, lastDay);

    for (int i = 0; i < report->stages.size(); ++i) {
        StageWall s;
        s.report = report->stages[i];
        const RowId stageId = s.report.stage.id;
        if (comparable && i < report->previousStages.size()) {
            s.previous = report->previousStages[i];
            s.previousNps = s.previous->nps;
            if (s.report.change)
                s.npsChange = s.report.change->nps;
            s.previousComplaintTotal = s.previous->complaints.total;
        }
        for (const DateRange& window : wall.trendWindows)
            s.trendPeriods.append(*window.from);
        auto npsTrend = stageNpsTrend(store, stageId, wall.trendWindows);
        if (!npsTrend)
            return npsTrend.error();
        s.npsTrend = *npsTrend;

        const auto& previousCategories =
            s.previous ? s.previous->complaints.byCategory : QVector<RoomStore::Count>{};
        for (const auto& c : s.report.complaints.byCategory) {
            CategoryTrend t;
            t.category = c.key;
            t.count = c.count;
            for (const auto& p : previousCategories)
                if (p.key == c.key)
                    t.previousCount = p.count;
            if (comparable)
                t.change = metrics::compareCounts(t.previousCount, t.count);
            s.categories.append(t);
        }
        // Categories that were complained about before and not at all now.
        for (const auto& p : previousCategories) {
            const bool present = std::any_of(s.categories.cbegin(), s.categories.cend(),
                                             [&](const CategoryTrend& t) { return t.category == p.key; });
            if (!present) {
                CategoryTrend t;
                t.category = p.key;
                t.previousCount = p.count;
                t.change = metrics::compareCounts(p.count, 0);
                s.categories.append(t);
            }
        }
        auto categoryTrend = store.complaintCategoryCounts(stageId, wall.trendWindows);
        if (!categoryTrend)
            return categoryTrend.error();
        for (int c = 0; c < s.categories.size() && c < kCategoryTrends; ++c) {
            for (const QHash<QString, int>& window : *categoryTrend)
                s.categories[c].trend.append(window.value(s.categories[c].category));
            auto quote = store.complaintQuote(stageId, s.categories[c].category, compared.current);
            if (!quote)
                return quote.error();
            s.categories[c].quote = *quote;
        }

        auto moments = store.moments(stageId);
        if (!moments)
            return moments.error();
        s.moments = *moments;

        auto artifacts = store.artifacts(stageId);
        if (!artifacts)
            return artifacts.error();
        s.artifacts = *artifacts;

        // Only this period's calls: an empty month says so instead of
        // replaying older voices as if they were new.
        auto calls = store.calls(stageId, period.range(), kWallCalls);
        if (!calls)
            return calls.error();
        s.calls = *calls;

        auto fixes = store.fixes(stageId);
        if (!fixes)
            return fixes.error();
        s.fixes = *fixes;
        wall.stages.append(s);
    }
    return wall;
}

} // namespace cr
