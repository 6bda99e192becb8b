#include "render/ReportData.h"

#include "store/FixStore.h"
#include "store/FollowUpStore.h"
#include "store/RoomStore.h"
#include "text/PersonalData.h"

#include <QCoreApplication>

namespace cr::render {

namespace {

QString stageName(const WallSnapshot& wall, std::optional<RowId> id)
{
    if (!id)
        return {};
    for (const StageWall& s : wall.stages)
        if (s.report.stage.id == *id)
            return s.report.stage.name;
    return {};
}

QString metricName(const Fix& fix, const QHash<RowId, Kpi>& kpis)
{
    if (fix.kpiId)
        return kpis.contains(*fix.kpiId) ? kpis.value(*fix.kpiId).name
                                         : QCoreApplication::translate("Report", "KPI");
    return fix.metric.toUpper();
}

Error cancelled()
{
    return Error(QCoreApplication::translate("Report", "The PDF report was cancelled; no file was written."));
}

} // namespace

Result<ReportData> gatherReportData(RoomStore& store, const Period& period, const QDate& today,
                                    JobControl::Span progress)
{
    ReportData data;
    data.today = today;
    progress.progress(0, QCoreApplication::translate("Report", "Reading the room"));
    auto wall = buildWallSnapshot(store, period, today);
    if (!wall)
        return wall.error();
    data.wall = std::move(*wall);
    for (StageWall& s : data.wall.stages) {
        for (CategoryTrend& c : s.categories)
            if (c.quote)
                c.quote->text = maskPersonalData(c.quote->text);
        for (Fix& f : s.fixes) {
            f.title = maskPersonalData(f.title);
            f.description = maskPersonalData(f.description);
        }
    }
    if (progress.isCancelled())
        return cancelled();
    progress.progress(0.5, QCoreApplication::translate("Report", "Reading artifacts"));

    for (const StageWall& s : data.wall.stages) {
        for (const Artifact& a : s.artifacts) {
            if (a.thumbnailSha256.isEmpty() || data.thumbnails.contains(a.thumbnailSha256))
                continue;
            // A thumbnail that cannot be read shows the artifact's kind instead.
            if (auto bytes = store.media(a.thumbnailSha256))
                data.thumbnails.insert(a.thumbnailSha256, QImage::fromData(*bytes));
        }
    }
    if (progress.isCancelled())
        return cancelled();
    progress.progress(0.7, QCoreApplication::translate("Report", "Measuring fixes"));

    QHash<RowId, Kpi> kpiById;
    auto kpis = store.allKpis();
    if (!kpis)
        return kpis.error();
    for (const Kpi& k : *kpis)
        kpiById.insert(k.id, k);
    auto fixes = FixStore(store).fixes();
    if (!fixes)
        return fixes.error();
    for (const Fix& f : *fixes) {
        FixEntry e;
        e.fix = f;
        e.fix.title = maskPersonalData(f.title);
        e.fix.description = maskPersonalData(f.description);
        e.stageName = stageName(data.wall, f.stageId);
        e.ownerName = data.wall.departmentName(f.ownerDepartmentId);
        e.metricName = f.metric.isEmpty() ? QString() : metricName(f, kpiById);
        if (f.kpiId)
            e.kpiUnit = kpiById.value(*f.kpiId).unit;
        if (!f.metric.isEmpty()) {
            auto outcome = fixes::measure(store, f, today);
            if (!outcome)
                return outcome.error();
            e.outcome = *outcome;
        }
        data.fixes.append(e);
        if (progress.isCancelled())
            return cancelled();
    }
    progress.progress(0.9, QCoreApplication::translate("Report", "Reading follow-ups"));

    auto followUps = FollowUpStore(store).followUps();
    if (!followUps)
        return followUps.error();
    for (const FollowUp& f : *followUps) {
        if (!f.isOpen()) {
            ++data.resolvedFollowUps;
            continue;
        }
        FollowUpEntry e;
        e.followUp = f;
        e.followUp.title = maskPersonalData(f.title);
        e.followUp.detail = maskPersonalData(f.detail);
        e.followUp.resolutionNote = maskPersonalData(f.resolutionNote);
        e.followUp.escalationReason = maskPersonalData(f.escalationReason);
        e.stageName = stageName(data.wall, f.stageId);
        e.departmentName = f.departmentId ? data.wall.departmentName(*f.departmentId) : QString();
        e.escalatedToName =
            f.escalatedToDepartmentId ? data.wall.departmentName(*f.escalatedToDepartmentId) : QString();
        data.followUps.append(e);
    }
    progress.progress(1);
    return data;
}

} // namespace cr::render
