#include "store/FeedStore.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cr {

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const QString kColumns =
    QStringLiteral("id, name, kind, format, location, stage_id, mapping, last_sync_at, sync_state");

Feed readFeed(const QSqlQuery& q)
{
    Feed f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.kind = importKindFromString(q.value(2).toString()).value_or(ImportKind::Complaints);
    f.format = q.value(3).toString();
    f.location = q.value(4).toString();
    f.stageId = sql::optionalId(q.value(5));
    f.options = optionsFromJson(object(q.value(6)));
    if (!q.value(7).isNull())
        f.lastSyncAt = sql::parseDateTime(q.value(7));
    f.syncState = object(q.value(8));
    return f;
}

// name, kind, format, location, stage_id, mapping: what add and update write.
void bindFeed(QSqlQuery& q, const Feed& f)
{
    q.addBindValue(f.name);
    q.addBindValue(toString(f.kind));
    q.addBindValue(f.format.isEmpty() ? QStringLiteral("auto") : f.format);
    q.addBindValue(f.location);
    q.addBindValue(sql::nullable(f.stageId));
    q.addBindValue(json(optionsToJson(f.options)));
}

} // namespace

Result<RowId> FeedStore::add(const Feed& f)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "INSERT INTO feed(name, kind, format, location, stage_id, mapping) VALUES(?, ?, ?, ?, ?, ?)"));
    bindFeed(q, f);
    if (!q.exec()) {
        if (byName(f.name))
            return Error(RoomStore::tr("There is already a feed named \"%1\".").arg(f.name), m_store.path());
        return m_store.sqlError(q, RoomStore::tr("Adding feed \"%1\"").arg(f.name));
    }
    return q.lastInsertId().toLongLong();
}

Status FeedStore::update(const Feed& f)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE feed SET name = ?, kind = ?, format = ?, location = ?, stage_id = ?, mapping = ? "
                             "WHERE id = ?"));
    bindFeed(q, f);
    q.addBindValue(f.id);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Saving feed \"%1\"").arg(f.name));
    return success();
}

Result<QVector<Feed>> FeedStore::feeds() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM feed ORDER BY name").arg(kColumns)))
        return m_store.sqlError(q, RoomStore::tr("Reading feeds"));
    QVector<Feed> out;
    while (q.next())
        out.append(readFeed(q));
    return out;
}

Result<Feed> FeedStore::byName(const QString& name) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT %1 FROM feed WHERE name = ?").arg(kColumns));
    q.addBindValue(name);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Reading feeds"));
    if (!q.next())
        return Error(RoomStore::tr("There is no feed named \"%1\".").arg(name), m_store.path());
    return readFeed(q);
}

Status FeedStore::remove(RowId id)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM feed WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Removing a feed"));
    return success();
}

Status FeedStore::saveSyncState(RowId id, const QJsonObject& state, const QDateTime& syncedAt)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE feed SET sync_state = ?, last_sync_at = ? WHERE id = ?"));
    q.addBindValue(json(state));
    q.addBindValue(sql::isoDateTime(syncedAt));
    q.addBindValue(id);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Saving the feed's sync state"));
    return success();
}

} // namespace cr
