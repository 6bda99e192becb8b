#pragma once
// The rows every stage column shares, in the fixed order of DESIGN.md.

#include <QString>

namespace cr::ui {

enum class Lane { Header, Scores, Kpis, Complaints, Calls, Artifacts, Fixes };
constexpr int kLaneCount = 7;

QString laneKey(Lane lane);   // "header", "scores"... (object names, tests)
QString laneTitle(Lane lane); // translated label for the pinned lane column

} // namespace cr::ui
