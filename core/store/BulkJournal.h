#pragma once
// A large import into a room that no other connection has open writes its
// pages once: SQLite's rollback journal records only the pages the import
// changes (the new ones at the end of the file need no record), where the
// write-ahead log writes every page twice, to the log and then back into
// the room. Atomicity is the same: a killed import leaves a hot journal
// that the next open rolls back. With another connection open (the wall,
// a second program) the room stays in WAL mode and nothing changes.
// Outside any transaction: begin before the import's, let go after it.

namespace cr {

class RoomStore;

class BulkJournal
{
public:
    explicit BulkJournal(RoomStore& store);
    ~BulkJournal(); // the room back in WAL mode
    BulkJournal(const BulkJournal&) = delete;
    BulkJournal& operator=(const BulkJournal&) = delete;

    bool isActive() const { return m_active; }

private:
    RoomStore& m_store;
    bool m_active = false;
};

} // namespace cr
