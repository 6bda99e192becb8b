#pragma once
// Mapping rules and the Unassigned tray: records that no stage claimed wait
// here until a person (or a rule) sorts them. Removing a stage sends its
// evidence here too (stage_id becomes NULL), so nothing is ever lost.

#include "Domain.h"
#include "Result.h"
#include "import/StageRules.h"

#include <QString>
#include <QVector>

namespace cr {

class RoomStore;

struct UnassignedItem
{
    ImportKind kind = ImportKind::Complaints;
    RowId id = 0;
    QDateTime when;
    QString title;    // complaint/comment text, call title, artifact title
    QString category; // complaints; metric for surveys
    QString channel;
    QString sourceFile;
    int sourceLine = 0;
};

class RuleStore
{
public:
    explicit RuleStore(RoomStore& store) : m_store(store) {}

    Result<QVector<MappingRule>> rules(std::optional<ImportKind> kind = std::nullopt) const;
    Result<RowId> addRule(MappingRule rule); // position: after the last one
    Status removeRule(RowId id);
    // Rules run top to bottom and the first match wins: moves a rule up
    // (negative) or down by that many places, clamped to the list.
    Status moveRule(RowId id, int places);

    Result<UnassignedCounts> unassignedCounts() const;
    // Oldest first; kind nullopt = every kind.
    Result<QVector<UnassignedItem>> unassigned(std::optional<ImportKind> kind, int limit, int offset = 0) const;
    // Puts many records on a stage (and sets the category of complaints) at once.
    Result<int> assign(ImportKind kind, const QVector<RowId>& ids, RowId stageId, const QString& category = {});

    // Runs the rules over the Unassigned tray; returns how many records found a stage.
    Result<int> applyRulesToUnassigned();

private:
    RoomStore& m_store;
};

} // namespace cr
