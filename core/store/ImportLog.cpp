#include "store/ImportLog.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cr {

Result<RowId> ImportLog::begin(const ImportRun& run)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO import_run(feed_id, kind, format, file, file_sha256, started_at, status) "
                             "VALUES(?, ?, ?, ?, ?, ?, 'running')"));
    q.addBindValue(sql::nullable(run.feedId));
    q.addBindValue(run.kind);
    q.addBindValue(run.format);
    q.addBindValue(run.file);
    q.addBindValue(sql::nullableText(run.fileSha256));
    q.addBindValue(sql::isoDateTime(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTime()));
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Recording the import"));
    return q.lastInsertId().toLongLong();
}

Status ImportLog::finish(const ImportRun& run)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE import_run SET status = ?, imported = ?, updated = ?, unchanged = ?, "
                             "rejected = ?, skipped = ?, message = ?, format = ?, file_sha256 = ?, finished_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(run.status);
    q.addBindValue(run.imported);
    q.addBindValue(run.updated);
    q.addBindValue(run.unchanged);
    q.addBindValue(run.rejected);
    q.addBindValue(run.skipped);
    q.addBindValue(sql::text(run.message));
    q.addBindValue(run.format);
    q.addBindValue(sql::nullableText(run.fileSha256));
    q.addBindValue(sql::isoDateTime(QDateTime::currentDateTime()));
    q.addBindValue(run.id);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Recording the import"));
    return success();
}

Status ImportLog::addReject(RowId runId, const ImportReject& reject)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO import_reject(import_run_id, file, line, reason, raw) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(reject.file);
    q.addBindValue(reject.line);
    q.addBindValue(reject.reason);
    q.addBindValue(sql::nullableText(reject.raw.left(2000)));
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Recording a rejected row"));
    return success();
}

Result<QVector<ImportRun>> ImportLog::runs(std::optional<RowId> feedId, int limit) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id, feed_id, kind, format, file, file_sha256, started_at, finished_at, status, "
                             "imported, updated, unchanged, rejected, skipped, message FROM import_run %1 "
                             "ORDER BY id DESC LIMIT ?")
                  .arg(feedId ? QStringLiteral("WHERE feed_id = ?") : QString()));
    if (feedId)
        q.addBindValue(*feedId);
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Reading the import log"));
    QVector<ImportRun> out;
    while (q.next()) {
        ImportRun r;
        r.id = q.value(0).toLongLong();
        r.feedId = sql::optionalId(q.value(1));
        r.kind = q.value(2).toString();
        r.format = q.value(3).toString();
        r.file = q.value(4).toString();
        r.fileSha256 = q.value(5).toString();
        r.startedAt = sql::parseDateTime(q.value(6));
        r.finishedAt = sql::parseDateTime(q.value(7));
        r.status = q.value(8).toString();
        r.imported = q.value(9).toInt();
        r.updated = q.value(10).toInt();
        r.unchanged = q.value(11).toInt();
        r.rejected = q.value(12).toInt();
        r.skipped = q.value(13).toInt();
        r.message = q.value(14).toString();
        out.append(r);
    }
    return out;
}

Result<QVector<ImportReject>> ImportLog::rejects(RowId runId, int limit) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT file, line, reason, raw FROM import_reject WHERE import_run_id = ? "
                             "ORDER BY line, id LIMIT ?"));
    q.addBindValue(runId);
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Reading rejected rows"));
    QVector<ImportReject> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

} // namespace cr
