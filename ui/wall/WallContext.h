#pragma once
// What every cell needs besides its stage: the period words for tooltips and
// whether "compare to previous" is on.

#include <QString>

namespace cr::ui {

struct WallContext
{
    QString periodLabel;         // "October 2026"
    QString previousPeriodLabel; // "September 2026"
    QString previousPeriodShort; // "Sep 2026", for tight cells
    bool compare = true;
};

} // namespace cr::ui
