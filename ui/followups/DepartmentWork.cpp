#include "followups/DepartmentWork.h"

#include "jobs/WorkerRoom.h"
#include "metrics/Metrics.h"
#include "store/FixStore.h"
#include "store/FollowUpStore.h"
#include "store/RoomStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace cr::ui {

namespace {

int severity(const std::optional<metrics::KpiStatus>& status)
{
    if (!status)
        return 3; // no value or no target: after the ones that say something
    switch (*status) {
    case metrics::KpiStatus::Red:
        return 0;
    case metrics::KpiStatus::Amber:
        return 1;
    case metrics::KpiStatus::Green:
        return 2;
    }
    return 3;
}

} // namespace

bool isDepartmentKpi(const Kpi& kpi, RowId departmentId, const QVector<Stage>& stages)
{
    if (kpi.ownerDepartmentId)
        return *kpi.ownerDepartmentId == departmentId;
    if (!kpi.stageId)
        return false;
    const auto stage =
        std::find_if(stages.cbegin(), stages.cend(), [&](const Stage& s) { return s.id == *kpi.stageId; });
    return stage != stages.cend() && stage->ownerDepartmentId == departmentId;
}

DepartmentPageData loadDepartmentPage(const QString& roomPath, RowId departmentId, const QDate& today)
{
    DepartmentPageData out;
    auto opened = RoomStore::open(roomPath, RoomStore::OpenMode::OpenExisting);
    if (!opened) {
        out.error =
            QCoreApplication::translate(
                "FollowUps", "The room cannot be read (%1). Close this window and open the room again.")
                .arg(opened.error().toString());
        return out;
    }
    RoomStore& store = **opened;
    if (!take(store.departments(), out.departments, out.error) ||
        !take(store.stages(), out.stages, out.error))
        return out;
    const auto department = std::find_if(out.departments.cbegin(), out.departments.cend(),
                                         [&](const Department& d) { return d.id == departmentId; });
    if (department == out.departments.cend()) {
        out.error = QCoreApplication::translate("FollowUps", "This department is no longer in the room.");
        return out;
    }
    out.department = *department;
    for (const Stage& s : std::as_const(out.stages)) {
        if (s.ownerDepartmentId == departmentId)
            out.ownedStages.append(s);
        else if (s.contributingDepartmentIds.contains(departmentId))
            out.contributedStages.append(s);
    }

    // KPIs as the wall shows them for the month it opens on.
    QVector<QDate> months;
    if (!take(store.monthsWithData(), months, out.error))
        return out;
    QVector<Kpi> kpis;
    if (!take(store.allKpis(), kpis, out.error))
        return out;
    if (!months.isEmpty()) {
        out.month = latestCompleteMonth(months, today);
        auto report = buildReport(store, out.month->range());
        if (!report) {
            out.error = report.error().toString();
            return out;
        }
        for (const StageReport& s : report->stages)
            for (const KpiReport& k : s.kpis)
                if (isDepartmentKpi(k.kpi, departmentId, out.stages))
                    out.kpis.append(DepartmentKpi{k, s.stage.name, s.stage.position});
    }
    for (const Kpi& k : std::as_const(kpis)) {
        // The report holds the KPIs of stages; one of no stage is read here the same way.
        if (k.stageId || !isDepartmentKpi(k, departmentId, out.stages))
            continue;
        DepartmentKpi row;
        row.report.kpi = k;
        row.stagePosition = INT_MAX;
        if (out.month) {
            QVector<KpiValue> values;
            if (!take(store.kpiValues(k.id, out.month->range()), values, out.error))
                return out;
            if (!values.isEmpty()) {
                row.report.value = values.last().value;
                row.report.months = 1;
                row.report.valuePeriod = values.last().period;
                if (k.target)
                    row.report.status =
                        metrics::kpiStatus(values.last().value, *k.target, k.direction, k.amberBand);
            }
        }
        out.kpis.append(row);
    }
    std::stable_sort(out.kpis.begin(), out.kpis.end(), [](const DepartmentKpi& a, const DepartmentKpi& b) {
        if (severity(a.report.status) != severity(b.report.status))
            return severity(a.report.status) < severity(b.report.status);
        return a.stagePosition < b.stagePosition;
    });

    FixFilter fixFilter;
    fixFilter.departmentId = departmentId;
    QVector<Fix> fixes;
    if (!take(FixStore(store).fixes(fixFilter), fixes, out.error))
        return out;
    for (const Fix& f : std::as_const(fixes))
        if (f.isOpen())
            out.openFixes.append(f);
    std::stable_sort(out.openFixes.begin(), out.openFixes.end(), [&](const Fix& a, const Fix& b) {
        if (a.isOverdue(today) != b.isOverdue(today))
            return a.isOverdue(today);
        return a.due.value_or(QDate(9999, 12, 31)) < b.due.value_or(QDate(9999, 12, 31));
    });

    FollowUpStore followUps(store);
    out.escalateAfterDays = followUps.escalateAfterDays();
    take(followUps.followUps(FollowUpFilter{departmentId, std::nullopt, true}), out.openFollowUps, out.error);
    return out;
}

} // namespace cr::ui
