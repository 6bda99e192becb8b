#include "store/BulkJournal.h"

#include "store/RoomStore.h"

#include <QSqlQuery>

namespace cr {

BulkJournal::BulkJournal(RoomStore& store) : m_store(store)
{
    QSqlQuery q(m_store.db());
    // Leaving WAL mode needs the room to itself; if another connection has
    // it open, fail at once rather than wait for it.
    q.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    m_active = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next() &&
               q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    q.finish();
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    // A rollback journal is only safe against power loss with full syncs.
    if (m_active)
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

BulkJournal::~BulkJournal()
{
    if (!m_active)
        return;
    QSqlQuery q(m_store.db());
    // If a connection arrived meanwhile and this fails, the next open of
    // the room switches it back (RoomStore::open always asks for WAL).
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

} // namespace cr
