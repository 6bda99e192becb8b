#pragma once
// `export --csv complaints|fixes|followups`: one table of the room as CSV
// (RFC 4180: a header row, fields quoted when they need it, CRLF), written
// whole or not at all.

#include "Result.h"
#include "store/RoomStore.h"

#include <QCoreApplication>

namespace cr {

enum class CsvTable { Complaints, Fixes, FollowUps };
std::optional<CsvTable> csvTableFromString(const QString& name);

struct CsvExportOptions
{
    DateRange range;    // complaints received, fixes created, follow-ups raised
    bool mask = false;  // personal data in free text masked as on a shared screen
    QDate today = QDate::currentDate();
};

// Returns the number of rows written.
Result<int> exportCsv(RoomStore& store, CsvTable table, const QString& outPath, const CsvExportOptions& options);

// One CSV field: quoted when it holds a comma, a quote, a line break or
// leading/trailing space; quotes doubled.
QString csvField(const QString& value);

} // namespace cr
