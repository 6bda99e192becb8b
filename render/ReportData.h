#pragma once
// Everything the PDF report prints, read from the room once before a page
// is laid out: the wall's snapshot of the period (the same numbers the
// wall shows), artifact thumbnails, every fix with what it moved, and the
// open follow-ups. Free text is masked here, once, so no page can forget.

#include "Result.h"
#include "fixes/FixMeasure.h"
#include "jobs/Job.h"
#include "report/WallSnapshot.h"

#include <QHash>
#include <QImage>

namespace cr {
class RoomStore;
}

namespace cr::render {

struct FixEntry
{
    Fix fix;           // title and description masked
    QString stageName; // empty: a fix of no stage
    QString ownerName;
    QString metricName; // "NPS", "CSAT", "CES" or the KPI's name; empty when none
    QString kpiUnit;    // the KPI's unit, for a KPI fix
    std::optional<fixes::FixOutcome> outcome;
};

struct FollowUpEntry
{
    FollowUp followUp; // title, detail and notes masked
    QString stageName;
    QString departmentName;
    QString escalatedToName;
};

struct ReportData
{
    WallSnapshot wall; // complaint quotes and fixes masked
    QDate today;
    QHash<QString, QImage> thumbnails; // by SHA-256
    QVector<FixEntry> fixes;           // every fix, board order
    QVector<FollowUpEntry> followUps;  // open ones, the longest waiting first
    int resolvedFollowUps = 0;
};

Result<ReportData> gatherReportData(RoomStore& store, const Period& period, const QDate& today,
                                    JobControl::Span progress = {nullptr, 0, 1});

} // namespace cr::render
