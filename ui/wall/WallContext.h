#pragma once
// What every cell needs besides its stage: the period words for tooltips and
// whether "compare to previous" is on.

#include "report/Period.h"

#include <QString>

namespace cr::ui {

struct WallContext
{
    QString periodLabel;         // "October 2026"
    QString previousPeriodLabel; // "September 2026"
    QString previousPeriodShort; // "Sep 2026", for tight cells
    bool compare = true;
    bool partial = false; // the period is not over or its data stops early: compared over the same days
    Period::Kind trendLength = Period::Kind::Month; // trends run over 13 periods of this length
};

} // namespace cr::ui
