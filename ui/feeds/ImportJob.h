#pragma once
// The import work the dialog, a drop on the wall and the menu share: which
// kind a file holds, and files into a room on a worker with its own
// connection, each file in its own transaction.

#include "import/ImportSession.h"
#include "jobs/Job.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace cr::ui {

// What a file most likely holds. `kind` is empty when no importer is sure
// enough (a CSV whose columns only a mapping can explain).
struct KindGuess
{
    QString path;
    std::optional<ImportKind> kind;       // set when an importer is sure
    std::optional<ImportKind> likelyKind; // the best guess, sure or not
    QString format;                       // the importer that would read it
    QString reason;                       // "Generic complaints CSV (header has received_at and text)"
    QString error;                        // the file cannot be read at all
};

// Reads the file's head; call it on a worker.
KindGuess guessKind(const QString& path);

struct ImportBatch
{
    QVector<ImportSummary> files; // in the order asked; a cancelled batch stops early
    QString openError;            // the room could not be opened
    bool cancelled = false;
    int imported() const;
    int updated() const;
    int rejected() const;
    int unassigned() const;
    int refusedFiles() const;
};

// The room's stage names in journey order (for the stage dropdowns); on a worker.
QStringList readStageNames(const QString& roomPath);

// Imports the files one after the other into the room at roomPath.
ImportBatch importFiles(const QString& roomPath, const QVector<ImportRequest>& requests, JobControl& job);

// One line for the job bar: "complaints.csv: 12 new, 2 rejected".
QString batchNote(const ImportBatch& batch, const QString& stage = {});

} // namespace cr::ui
