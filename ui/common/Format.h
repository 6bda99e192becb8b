#pragma once
// How numbers read on the wall. The rules live in render/Format.h, so the
// PDF report prints every number exactly as the wall shows it.

#include "render/Format.h"

namespace cr::ui {

using render::artifactKindWord;
using render::complaintStatusWord;
using render::formatDate;
using render::formatDuration;
using render::formatKpiTarget;
using render::formatKpiValue;
using render::formatNps;
using render::formatNumber;
using render::formatSigned;
using render::kpiPeriodDefinition;
using render::noDataDash;
using render::noDataText;

} // namespace cr::ui
