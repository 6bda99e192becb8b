#include "store/SearchIndexBatch.h"

#include "store/RoomStore.h"

#include <QSqlQuery>

namespace cr {

namespace {

const char* const kInsertTriggers[] = {"complaint_fts_insert", "survey_fts_insert", "call_fts_insert"};

} // namespace

Result<SearchIndexBatch> SearchIndexBatch::begin(RoomStore& store)
{
    SearchIndexBatch batch(store);
    QSqlQuery q(store.db());
    if (!q.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM complaint), "
                               "(SELECT coalesce(max(id), 0) FROM survey_response), "
                               "(SELECT coalesce(max(id), 0) FROM call)")) ||
        !q.next())
        return store.sqlError(q, RoomStore::tr("Preparing the search index"));
    batch.m_lastComplaint = q.value(0).toLongLong();
    batch.m_lastSurvey = q.value(1).toLongLong();
    batch.m_lastCall = q.value(2).toLongLong();
    q.finish();
    for (const char* name : kInsertTriggers) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        q.bindValue(0, QString::fromLatin1(name));
        if (!q.exec() || !q.next())
            return store.sqlError(q, RoomStore::tr("Preparing the search index"));
        batch.m_triggers << q.value(0).toString();
        q.finish();
        if (!q.exec(QStringLiteral("DROP TRIGGER %1").arg(QString::fromLatin1(name))))
            return store.sqlError(q, RoomStore::tr("Preparing the search index"));
    }
    return batch;
}

Status SearchIndexBatch::finish()
{
    if (m_finished)
        return success();
    QSqlQuery q(m_store->db());
    const auto index = [&](const QString& sql, RowId after) {
        q.prepare(sql);
        q.bindValue(0, after);
        return q.exec();
    };
    if (!index(QStringLiteral("INSERT INTO complaint_fts(rowid, text, category) "
                              "SELECT id, text, category FROM complaint WHERE id > ?"),
               m_lastComplaint) ||
        !index(QStringLiteral("INSERT INTO survey_fts(rowid, comment) "
                              "SELECT id, comment FROM survey_response WHERE id > ? AND comment <> ''"),
               m_lastSurvey) ||
        !index(QStringLiteral("INSERT INTO call_fts(rowid, title, summary, transcript) "
                              "SELECT id, title, summary, (SELECT group_concat(json_extract(s.value, '$.text'), ' ') "
                              "FROM json_each(call.transcript) s) FROM call WHERE id > ?"),
               m_lastCall))
        return m_store->sqlError(q, RoomStore::tr("Updating the search index"));
    for (const QString& trigger : m_triggers)
        if (!q.exec(trigger))
            return m_store->sqlError(q, RoomStore::tr("Updating the search index"));
    m_finished = true;
    return success();
}

} // namespace cr
