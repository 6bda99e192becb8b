#pragma once
// The record of every import: one import_run per file and its rejects
// (FILE:LINE: reason), for the CLI summary and the GUI's import log.

#include "Domain.h"
#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace cr {

class RoomStore;

struct ImportRun
{
    RowId id = 0;
    std::optional<RowId> feedId;
    QString kind;
    QString format;
    QString file;
    QString fileSha256;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // running, ok, partial, refused
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    int skipped = 0;
    QString message;
};

struct ImportReject
{
    QString file;
    int line = 0;
    QString reason;
    QString raw;
};

class ImportLog
{
public:
    explicit ImportLog(RoomStore& store) : m_store(store) {}

    Result<RowId> begin(const ImportRun& run);
    Status finish(const ImportRun& run); // by run.id: status, counts, message, finished_at
    Status addReject(RowId runId, const ImportReject& reject);
    // Newest first; feedId limits to one feed.
    Result<QVector<ImportRun>> runs(std::optional<RowId> feedId, int limit) const;
    Result<QVector<ImportReject>> rejects(RowId runId, int limit) const;

private:
    RoomStore& m_store;
};

} // namespace cr
