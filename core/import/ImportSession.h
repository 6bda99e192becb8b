#pragma once
// Imports one file into a room: picks the importer, runs it inside one
// transaction (all of the file's good rows or none), resolves stages
// (--stage, the file's own stage column, the room's mapping rules, else
// Unassigned), upserts by source key so a re-import adds nothing twice, and
// logs the run with its rejects (import_run, import_reject).

#include "Result.h"
#include "import/ImportTypes.h"
#include "jobs/Job.h"

#include <QString>
#include <QStringList>

namespace cr {

class RoomStore;

struct ImportSummary
{
    QString file;
    QString format;       // importer id that read it
    QString formatReason; // why auto chose it
    RowId runId = 0;
    int imported = 0;  // new records
    int updated = 0;   // known records whose content changed
    int unchanged = 0; // known records, same content
    int rejected = 0;
    int skipped = 0;   // left out on purpose (unfinished responses)
    int unassigned = 0; // imported without a stage
    QStringList rejects; // "FILE:LINE: reason", in file order
    QStringList notes;   // what the importer found; KPIs created without a target
    QStringList createdKpis;
    bool refused = false; // nothing written (error, --strict, cancel)
    QString refusal;      // why, when refused
    bool cancelled = false;
    int followUpsRaised = 0; // by the closed-loop rules run after the import
    QString fileSha256;      // of the file as imported (sync remembers it)
};

struct ImportRequest
{
    QString path;
    QString sourceName; // what provenance and rejects name (a feed's URL); empty = path
    ImportOptions options;
    std::optional<RowId> feedId;
    QString fileSha256; // empty: the session takes it while the file imports
};

// Runs the import on the calling thread (the GUI calls it from a worker with
// its own RoomStore). Never throws; a refused file is a summary with refused.
ImportSummary importFile(RoomStore& store, const ImportRequest& request,
                         JobControl::Span progress = {nullptr, 0, 1});

// SHA-256 of a file, read in chunks (sync compares it with the last run's).
Result<QString> fileSha256(const QString& path);

} // namespace cr
