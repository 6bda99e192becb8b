#pragma once
// The room work behind the department page: who leads the department, the
// stages it owns and shapes, its KPIs over the latest complete month (from
// the same report the wall reads), its open fixes and open follow-ups. Runs
// on a worker with its own connection.

#include "Domain.h"
#include "report/Period.h"
#include "report/RoomReport.h"

#include <QString>
#include <QVector>

namespace cr::ui {

struct DepartmentKpi
{
    KpiReport report; // value and status over the month, the trend by month
    QString stageName;
    int stagePosition = 0;
};

struct DepartmentPageData
{
    Department department;
    QVector<Stage> ownedStages;       // journey order
    QVector<Stage> contributedStages; // journey order
    std::optional<Period> month;      // the latest complete month with data; none in an empty room
    QVector<DepartmentKpi> kpis;      // off target first
    QVector<Fix> openFixes;           // owned or contributed to; overdue first, then by due date
    QVector<FollowUp> openFollowUps;  // routed or escalated to it
    QVector<Department> departments;  // for names
    QVector<Stage> stages;
    int escalateAfterDays = 7;
    QString error;
};

// A department's KPIs: those it owns, and those of its stages that name no
// owner (the follow-up rules route a red one to the stage owner too).
bool isDepartmentKpi(const Kpi& kpi, RowId departmentId, const QVector<Stage>& stages);

DepartmentPageData loadDepartmentPage(const QString& roomPath, RowId departmentId, const QDate& today);

} // namespace cr::ui
