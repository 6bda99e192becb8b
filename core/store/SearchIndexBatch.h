#pragma once
// Indexes the evidence a write transaction adds in one statement per table
// instead of one trigger run per row. FTS5 writes out its pending terms at
// the end of every statement that touches it, and a table with a trigger
// makes SQLite keep a statement journal for every insert: an import of
// 200,000 survey answers spent most of its time on those two. begin()
// inside the transaction sets the search index's insert triggers aside;
// finish(), before the commit, indexes the rows that arrived and puts the
// triggers back. A transaction rolled back without finish() restores them
// with everything else, so no other connection ever sees them missing.

#include "Domain.h"
#include "Result.h"

#include <QStringList>

namespace cr {

class RoomStore;

class SearchIndexBatch
{
public:
    static Result<SearchIndexBatch> begin(RoomStore& store);
    Status finish();

private:
    explicit SearchIndexBatch(RoomStore& store) : m_store(&store) {}

    RoomStore* m_store;
    // Rows above these ids arrived during the batch (rowids only grow).
    RowId m_lastComplaint = 0;
    RowId m_lastSurvey = 0;
    RowId m_lastCall = 0;
    QStringList m_triggers; // CREATE TRIGGER statements, as the schema holds them
    bool m_finished = false;
};

} // namespace cr
