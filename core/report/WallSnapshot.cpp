#include "report/WallSnapshot.h"

namespace cr {

QString WallSnapshot::departmentName(RowId id) const
{
    for (const auto& d : departments)
        if (d.id == id)
            return d.name;
    return {};
}

Result<WallSnapshot> buildWallSnapshot(const RoomStore& store, const Period& period)
{
    WallSnapshot wall;
    wall.roomName = store.roomName();
    wall.period = period;
    wall.previousPeriod = period.previous();
    auto departments = store.departments();
    if (!departments)
        return departments.error();
    wall.departments = *departments;

    auto current = buildReport(store, period.range());
    if (!current)
        return current.error();
    wall.unassigned = current->unassigned;
    const bool comparable = period.kind != Period::Kind::Everything;
    const DateRange previousRange = wall.previousPeriod.range();

    QDate trendEnd = period.to;
    if (!trendEnd.isValid()) {
        auto months = store.monthsWithData();
        if (!months)
            return months.error();
        trendEnd = months->isEmpty() ? QDate::currentDate() : months->last();
    }
    const QVector<QDate> trendMonths = monthsEndingAt(trendEnd, kTrendPeriods);

    for (const StageReport& report : current->stages) {
        StageWall s;
        s.report = report;
        const RowId stageId = report.stage.id;
        if (comparable) {
            auto previous = stageNps(store, stageId, previousRange);
            if (!previous)
                return previous.error();
            s.previousNps = *previous;
            if (s.previousNps && report.nps)
                s.npsChange = metrics::compareNps(*s.previousNps, *report.nps);
        }
        s.trendPeriods = trendMonths;
        for (const QDate& month : trendMonths) {
            auto nps = stageNps(store, stageId, Period::month(month).range());
            if (!nps)
                return nps.error();
            s.npsTrend.append(*nps);
        }

        auto previousCategories =
            comparable ? store.complaintCounts(stageId, RoomStore::ComplaintGrouping::Category, previousRange)
                       : Result<QVector<RoomStore::Count>>(QVector<RoomStore::Count>{});
        if (!previousCategories)
            return previousCategories.error();
        if (comparable) {
            auto previousTotal = store.complaintTotal(stageId, previousRange);
            if (!previousTotal)
                return previousTotal.error();
            s.previousComplaintTotal = *previousTotal;
        }
        for (const auto& c : report.complaints.byCategory) {
            CategoryTrend t{c.key, c.count, 0};
            for (const auto& p : *previousCategories)
                if (p.key == c.key)
                    t.previousCount = p.count;
            s.categories.append(t);
        }

        auto moments = store.moments(stageId);
        if (!moments)
            return moments.error();
        s.moments = *moments;

        auto artifacts = store.artifacts(stageId);
        if (!artifacts)
            return artifacts.error();
        s.artifacts = *artifacts;

        // Calls of this period first; when it has none, the most recent ones
        // so the room always has a voice to play.
        auto calls = store.calls(stageId, period.range(), 20);
        if (!calls)
            return calls.error();
        s.calls = *calls;
        if (s.calls.isEmpty()) {
            auto older = store.calls(stageId, {}, 5);
            if (!older)
                return older.error();
            s.calls = *older;
        }

        auto fixes = store.fixes(stageId);
        if (!fixes)
            return fixes.error();
        s.fixes = *fixes;
        wall.stages.append(s);
    }
    return wall;
}

} // namespace cr
