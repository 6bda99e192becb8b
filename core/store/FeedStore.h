#pragma once
// The room's feeds (store/ keeps the SQL). Removing a feed keeps what it
// imported: the evidence only forgets which feed brought it.

#include "Result.h"
#include "feeds/Feed.h"

#include <QVector>

namespace cr {

class RoomStore;

class FeedStore
{
public:
    explicit FeedStore(RoomStore& store) : m_store(store) {}

    Result<RowId> add(const Feed& feed);
    Status update(const Feed& feed); // name, kind, format, location, stage, options
    Result<QVector<Feed>> feeds() const;
    Result<Feed> byName(const QString& name) const;
    Status remove(RowId id);
    Status saveSyncState(RowId id, const QJsonObject& state, const QDateTime& syncedAt);

private:
    RoomStore& m_store;
};

} // namespace cr
