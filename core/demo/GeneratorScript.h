#pragma once
// The words of a generated room (customer-room-cli generate): Kestrel
// Fibre's journey of the demo, grown to twenty stages. The seven demo stages
// keep their script; thirteen more stages (moving home, faults, repairs,
// arrears...) are written here in the same shape, each naming the demo
// stage whose recorded calls and artifacts it borrows.

#include "demo/DemoScript.h"

namespace cr::generator {

struct JourneyStage
{
    demo::StageScript script;
    const char* mediaStage; // the demo stage whose calls and artifacts this stage reuses
};

// Twenty stages in journey order.
QVector<JourneyStage> journey();
// Indexes into journey(): which stages a room of fewer than twenty keeps first.
QVector<int> stagePriority();
// The demo's departments and the ones the extra stages name.
QVector<demo::DepartmentScript> departments();

// KPIs any stage can carry, so that every stage has three or four: "%1" is
// the stage name.
QVector<demo::KpiScript> commonKpis();

QStringList csatComments(int score); // 1-5
QStringList cesComments(int score);  // 1-7, 1 = very easy
QStringList agents();
QStringList products();

// Fix ideas for a stage without scripted fixes: "%1" is a complaint category.
QStringList fixTitles();

} // namespace cr::generator
