#pragma once
// Fixes as the board keeps them: created with their baseline captured,
// edited, moved between proposed → in progress → done → verified (the day a
// fix is done starts its result window; verifying keeps the measured result),
// evidence linked and unlinked, removed and restored (undo).

#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace cr {

class RoomStore;

struct FixFilter
{
    bool allStages = true;
    std::optional<RowId> stageId;      // with allStages false; nullopt = fixes of no stage
    std::optional<RowId> departmentId; // owner or contributor
    std::optional<FixStatus> status;
};

struct FixCounts
{
    int open = 0; // proposed or in progress
    int done = 0;
    int verified = 0;
    int overdue = 0; // open and past its due date
};

class FixStore
{
    Q_DECLARE_TR_FUNCTIONS(FixStore)

public:
    explicit FixStore(RoomStore& store) : m_store(store) {}

    // Board order: by status, then the position within the column.
    Result<QVector<Fix>> fixes(const FixFilter& filter = {}) const;
    Result<Fix> fix(RowId id) const;

    // A new fix: checked (title, owner, stage, KPI), its baseline captured as
    // of its creation day (today when unset), placed last in its column.
    Result<RowId> create(Fix fix);
    // Writes a fix exactly as given, id included (undo of a removal, the demo).
    Result<RowId> insert(const Fix& fix);
    // Edits what a person may change; a changed stage or metric recaptures the baseline.
    Status update(const Fix& fix);
    // Moves a fix to a column at a position (board drag). Reaching done
    // records the day; verified records the day and the measured result;
    // moving back clears what no longer holds.
    Status move(RowId id, FixStatus status, int position, const QDate& today);
    Status setStatus(RowId id, FixStatus status, const QDate& today); // last in the column
    Status remove(RowId id);
    Status link(RowId fixId, const Fix::EvidenceLink& evidence);
    Status unlink(RowId fixId, const Fix::EvidenceLink& evidence);

    // A short line a person reads for each piece of evidence ("Missed
    // engineer appointment: “Took the day off…”"), keyed "kind:id".
    Result<QHash<QString, QString>> evidenceLabels(const QVector<Fix::EvidenceLink>& links) const;

    // Per stage id (0 = fixes of no stage).
    Result<QHash<RowId, FixCounts>> countsByStage(const QDate& today) const;

private:
    Status check(const Fix& fix) const;
    Status writeLinks(const Fix& fix);
    Status renumber(FixStatus status, RowId moving, int position);

    RoomStore& m_store;
};

} // namespace cr
