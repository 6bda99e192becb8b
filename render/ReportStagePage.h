#pragma once
// One stage of the journey on paper, in the wall's lane order: header
// (name, maturity, owner, target experience), scores with n and margins,
// KPIs with their status and trend, top complaint categories in the
// customers' words, artifact thumbnails, and the stage's open fixes. Long
// lists run on to continuation pages.

#include "render/PageFlow.h"
#include "render/ReportData.h"
#include "render/ReportStyle.h"

namespace cr::render {

// Page title of a stage's pages, for the footer and the tests.
QString stageSectionKey(const StageWall& stage);

void addStagePages(PageFlow& flow, const ReportStyle& style, const ReportData& data, int stageIndex);

} // namespace cr::render
