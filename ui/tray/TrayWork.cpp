#include "tray/TrayWork.h"

#include "jobs/WorkerRoom.h"
#include "followups/FollowUpRules.h"
#include "store/RoomStore.h"
#include "store/RuleStore.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace cr::ui {

namespace {

TrayCounts toTray(const UnassignedCounts& c)
{
    return TrayCounts{c.complaints, c.surveyResponses, c.calls, c.artifacts};
}

bool takeCounts(Result<UnassignedCounts> result, TrayCounts& into, QString& error)
{
    if (!result) {
        error = result.error().toString();
        return false;
    }
    into = toTray(*result);
    return true;
}

TrayRecord toTray(const UnassignedItem& i)
{
    return TrayRecord{i.kind, i.id, i.when, i.title, i.category, i.channel, i.sourceFile, i.sourceLine};
}

} // namespace

TrayOverview loadTrayOverview(const QString& roomPath)
{
    TrayOverview out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    RuleStore rules(*store);
    QVector<MappingRule> all;
    if (!takeCounts(rules.unassignedCounts(), out.counts, out.error) ||
        !take(store->stages(), out.stages, out.error) || !take(rules.rules(), all, out.error))
        return out;
    out.ruleCount = int(all.size());
    return out;
}

bool matchesNeedle(const TrayRecord& item, const QString& needle)
{
    if (needle.isEmpty())
        return true;
    for (const QString* field : {&item.title, &item.category, &item.channel, &item.sourceFile})
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

UnassignedPage loadUnassignedPage(const QString& roomPath, const UnassignedQuery& query, int offset,
                                  int wanted)
{
    UnassignedPage page;
    page.nextOffset = offset;
    auto store = openRoomOnWorker(roomPath, page.error);
    if (!store)
        return page;
    const RuleStore rules(*store);
    const QString needle = query.needle.trimmed();
    // Without a search a page is one read; with one, the tray is read in
    // chunks until enough records match, so a rare word still fills a page.
    const int chunk = needle.isEmpty() ? wanted : qMax(wanted, 1000);
    for (;;) {
        auto read = rules.unassigned(query.kind, chunk, page.nextOffset);
        if (!read) {
            page.error = read.error().toString();
            return page;
        }
        const QVector<UnassignedItem>& items = *read;
        int consumed = 0;
        for (const UnassignedItem& found : items) {
            ++consumed;
            TrayRecord item = toTray(found);
            if (matchesNeedle(item, needle))
                page.items.append(std::move(item));
            if (page.items.size() >= wanted)
                break;
        }
        page.nextOffset += consumed;
        if (items.size() < chunk && consumed == int(items.size())) {
            page.exhausted = true; // a short read that was used up is the end of the tray
            break;
        }
        if (page.items.size() >= wanted)
            break;
    }
    return page;
}

// Records that found a stage can now raise follow-ups (a detractor's answer
// has a department only once it has a stage), as after an import.
static void runFollowUpRules(RoomStore& store, WriteOutcome& out)
{
    if (out.count == 0 || !out.error.isEmpty())
        return;
    if (auto loop = FollowUpRules::run(store, QDateTime::currentDateTime()); !loop)
        out.error = loop.error().toString();
}

WriteOutcome assignRecords(const QString& roomPath, const QHash<ImportKind, QVector<RowId>>& ids,
                           RowId stageId, const QString& category)
{
    WriteOutcome out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    RuleStore rules(*store);
    {
        // All kinds or none: a half-done assignment would leave the person guessing.
        RoomStore::Transaction tx(*store);
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            auto placed = rules.assign(it.key(), it.value(), stageId, category.trimmed());
            if (!placed) {
                out.error = placed.error().toString();
                return out;
            }
            out.count += *placed;
        }
        if (auto committed = tx.commit(); !committed) {
            out.error = committed.error().toString();
            out.count = 0;
            return out;
        }
    }
    takeCounts(rules.unassignedCounts(), out.countsAfter, out.error);
    runFollowUpRules(*store, out);
    return out;
}

WriteOutcome applyRules(const QString& roomPath)
{
    WriteOutcome out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    RuleStore rules(*store);
    if (!take(rules.applyRulesToUnassigned(), out.count, out.error))
        return out;
    takeCounts(rules.unassignedCounts(), out.countsAfter, out.error);
    runFollowUpRules(*store, out);
    return out;
}

RulesSnapshot loadRules(const QString& roomPath)
{
    RulesSnapshot out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    const RuleStore rules(*store);
    if (!take(rules.rules(), out.rules, out.error) || !take(store->stages(), out.stages, out.error))
        return out;
    takeCounts(rules.unassignedCounts(), out.counts, out.error);
    return out;
}

WriteOutcome addRule(const QString& roomPath, const MappingRule& rule)
{
    WriteOutcome out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    RuleStore rules(*store);
    take(rules.addRule(rule), out.ruleId, out.error);
    return out;
}

namespace {

// One change to the rules on a worker's own connection; its error, if any.
WriteOutcome changeRules(const QString& roomPath, const std::function<Status(RuleStore&)>& change)
{
    WriteOutcome out;
    auto store = openRoomOnWorker(roomPath, out.error);
    if (!store)
        return out;
    RuleStore rules(*store);
    if (auto changed = change(rules); !changed)
        out.error = changed.error().toString();
    return out;
}

} // namespace

WriteOutcome removeRule(const QString& roomPath, RowId ruleId)
{
    return changeRules(roomPath, [ruleId](RuleStore& rules) { return rules.removeRule(ruleId); });
}

WriteOutcome moveRule(const QString& roomPath, RowId ruleId, int places)
{
    return changeRules(roomPath, [ruleId, places](RuleStore& rules) { return rules.moveRule(ruleId, places); });
}

} // namespace cr::ui
