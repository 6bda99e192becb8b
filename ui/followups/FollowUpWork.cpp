#include "followups/FollowUpWork.h"

#include "jobs/WorkerRoom.h"
#include "followups/FollowUpRules.h"
#include "followups/FollowUpWords.h"
#include "store/RoomStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace cr::ui {

namespace {

void count(InboxCounts& counts, const FollowUp& f, int escalateAfterDays, const QDateTime& now)
{
    if (!f.isOpen())
        return;
    ++counts.open;
    counts.escalated += f.escalatedAt ? 1 : 0;
    counts.overdue += isFollowUpOverdue(f, escalateAfterDays, now) ? 1 : 0;
}

} // namespace

bool inInbox(const FollowUp& f, const InboxKey& inbox)
{
    switch (inbox.kind) {
    case InboxKey::Kind::All:
        return true;
    case InboxKey::Kind::Department:
        return f.departmentId == inbox.departmentId || f.escalatedToDepartmentId == inbox.departmentId;
    case InboxKey::Kind::NoDepartment:
        return !f.departmentId;
    }
    return false;
}

InboxSnapshot loadInbox(const QString& roomPath, const InboxQuery& query, const QDateTime& now)
{
    InboxSnapshot out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    FollowUpStore followUps(*store);
    QVector<FollowUp> open;
    if (!take(store->departments(), out.departments, out.error) ||
        !take(store->stages(), out.stages, out.error) ||
        !take(followUps.followUps(FollowUpFilter{std::nullopt, std::nullopt, true}), open, out.error))
        return out;
    out.escalateAfterDays = followUps.escalateAfterDays();

    // The counts beside every inbox come from one read of the open ones.
    Inbox all{InboxKey::all(), QCoreApplication::translate("FollowUps", "All departments"), {}, {}};
    Inbox none{InboxKey::noDepartment(), QCoreApplication::translate("FollowUps", "No department"), {}, {}};
    QVector<Department> byName = out.departments;
    std::sort(byName.begin(), byName.end(), [](const Department& a, const Department& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QVector<Inbox> departments;
    for (const Department& d : byName)
        departments.append(Inbox{InboxKey::department(d.id), d.name, {}, d.leader});
    for (const FollowUp& f : open) {
        count(all.counts, f, out.escalateAfterDays, now);
        if (inInbox(f, none.key))
            count(none.counts, f, out.escalateAfterDays, now);
        for (Inbox& d : departments)
            if (inInbox(f, d.key))
                count(d.counts, f, out.escalateAfterDays, now);
    }
    out.inboxes.append(all);
    out.inboxes += departments;
    if (none.counts.open > 0 || query.inbox.kind == InboxKey::Kind::NoDepartment)
        out.inboxes.append(none);

    // The list: the store filters a department's inbox itself.
    FollowUpFilter filter;
    filter.openOnly = query.openOnly;
    filter.stageId = query.stageId;
    if (query.inbox.kind == InboxKey::Kind::Department)
        filter.departmentId = query.inbox.departmentId;
    QVector<FollowUp> listed;
    if (!take(followUps.followUps(filter), listed, out.error))
        return out;
    for (FollowUp& f : listed)
        if (inInbox(f, query.inbox))
            out.followUps.append(std::move(f));
    return out;
}

FollowUpEvidence loadEvidence(const QString& roomPath, RowId followUpId)
{
    FollowUpEvidence out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    FollowUpStore followUps(*store);
    if (!take(followUps.followUp(followUpId), out.followUp, out.error))
        return out;
    QVector<RowId> complaintIds;
    QVector<Kpi> kpis;
    bool kpisRead = false;
    for (const FollowUp::EvidenceLink& link : out.followUp.evidence) {
        switch (link.kind) {
        case EvidenceKind::SurveyResponse:
            // An answer removed since is said in the pane, not an error of the whole follow-up.
            if (auto answer = followUps.answer(link.id))
                out.answer = *answer;
            break;
        case EvidenceKind::Complaint:
            complaintIds.append(link.id);
            break;
        case EvidenceKind::Kpi: {
            if (!kpisRead && !take(store->allKpis(), kpis, out.error))
                return out;
            kpisRead = true;
            const auto kpi =
                std::find_if(kpis.cbegin(), kpis.cend(), [&](const Kpi& k) { return k.id == link.id; });
            if (kpi == kpis.cend())
                break;
            KpiEvidence e{*kpi, {}};
            // The months up to the one that turned red and a little after.
            const QDate last = out.followUp.raisedAt.date();
            const QDate from = QDate(last.year(), last.month(), 1).addMonths(-kEvidenceKpiMonths);
            if (!take(store->kpiValues(kpi->id, DateRange{from, last}), e.values, out.error))
                return out;
            while (e.values.size() > kEvidenceKpiMonths)
                e.values.removeFirst();
            out.kpis.append(e);
            break;
        }
        case EvidenceKind::Call:
            if (auto call = store->call(link.id))
                out.calls.append(*call);
            break;
        case EvidenceKind::Clip:
        case EvidenceKind::Artifact:
            break; // the rules link neither
        }
    }
    out.complaintCount = int(complaintIds.size());
    if (!complaintIds.isEmpty() &&
        !take(followUps.complaintsById(complaintIds, kEvidenceComplaints), out.complaints, out.error))
        return out;
    return out;
}

ActionOutcome applyAction(const QString& roomPath, const ActionRequest& request)
{
    ActionOutcome out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    FollowUpStore followUps(*store);
    if (!take(followUps.followUp(request.id), out.before, out.error))
        return out;
    Status done = success();
    switch (request.action) {
    case FollowUpAction::Acknowledge:
        done = followUps.acknowledge(request.id, request.now);
        break;
    case FollowUpAction::Resolve:
        done = followUps.resolve(request.id, request.note, request.now);
        break;
    case FollowUpAction::Escalate:
        done = followUps.escalate(request.id, request.toDepartmentId, request.reason.trimmed(), request.now);
        break;
    case FollowUpAction::Restore:
        done = followUps.restore(request.restore);
        break;
    }
    if (!done) {
        out.error = done.error().toString();
        return out;
    }
    take(followUps.followUp(request.id), out.after, out.error);
    return out;
}

EscalateSetting setEscalateAfter(const QString& roomPath, int days, const QDateTime& now)
{
    EscalateSetting out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    FollowUpStore followUps(*store);
    if (auto saved = followUps.setEscalateAfterDays(days); !saved) {
        out.error = saved.error().toString();
        return out;
    }
    out.days = followUps.escalateAfterDays();
    auto run = FollowUpRules::run(*store, now);
    if (!run) {
        out.error = run.error().toString();
        return out;
    }
    out.escalated = run->escalated;
    return out;
}

} // namespace cr::ui
