#pragma once
// The report's pages around the stages: the cover (room, period, the
// journey at a glance, contents), every fix with what it moved, the open
// follow-ups, and the appendix that states each metric's formula.

#include "render/PageFlow.h"
#include "render/ReportData.h"
#include "render/ReportStyle.h"

namespace cr::render {

// Section keys, for the contents and the tests.
inline const QString kCoverSection = QStringLiteral("cover");
inline const QString kFixesSection = QStringLiteral("fixes");
inline const QString kFollowUpsSection = QStringLiteral("followups");
inline const QString kAppendixSection = QStringLiteral("appendix");

void addCoverPage(PageFlow& flow, const ReportStyle& style, const ReportData& data);
void addFixesPages(PageFlow& flow, const ReportStyle& style, const ReportData& data);
void addFollowUpPages(PageFlow& flow, const ReportStyle& style, const ReportData& data);
void addAppendix(PageFlow& flow, const ReportStyle& style);

// "Page 3 of 11" and the room and period, under every page.
void drawFooter(QPainter& painter, const ReportStyle& style, const QString& left, int page, int pageCount);

} // namespace cr::render
