#pragma once
// What the complaint importers (CFPB CSV and JSON, help-desk tickets) share:
// the names CFPB gives its fields in every published layout, one mapping of a
// CFPB complaint to our Complaint, the bookkeeping of ids within a file, and
// the data rows under a CSV header.

#include "import/CsvReader.h"
#include "import/ImportTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace cr::formats::complaints {

// Remembers the ids seen in one file: a second row with the same id would
// overwrite the first in the room, so it is rejected. Numeric ids (CFPB,
// Zendesk, Freshdesk) are kept as numbers: the whole CFPB database (about
// five million complaints) then costs ~100 MB here, not ~400 MB of strings.
class DuplicateIds
{
public:
    // 0 when new; else the line where the id was first seen.
    int firstLine(const QString& id, int line);

    static constexpr int kMaxRememberedIds = 50000; // then the session's store check takes over

private:
    QHash<quint64, int> m_numeric;
    QHash<QString, int> m_other;
};

// A data row as wide as its header; empty cells past the end (a trailing
// delimiter) are harmless. Otherwise a quote or delimiter went astray and
// the values would land in the wrong fields.
bool fitsHeader(const CsvRow& row, int width);
// The header's width without trailing unnamed columns (a trailing delimiter
// that the data rows may or may not repeat).
int headerWidth(const QStringList& header);
QString widthMismatch(const CsvRow& row, int width, int headerLine);

// The data rows under a header, for the sink: false at the end or when the
// sink has enough; an Error on Cancel (looked at every 512 rows, with the
// progress). Rows that do not fit the header are rejected on the way.
class DataRows
{
public:
    DataRows(CsvReader& reader, int width, int headerLine)
        : m_reader(reader), m_width(width), m_headerLine(headerLine)
    {
    }
    Result<bool> next(CsvRow& row, ImportSink& sink);

private:
    CsvReader& m_reader;
    int m_width;
    int m_headerLine;
    int m_rows = 0;
};

namespace cfpb {

// Our fields (the names --map FIELD=COLUMN takes) and CFPB's names for them.
enum Field {
    kReceivedAt,
    kId,
    kText,
    kChannel,
    kCategory,
    kSubIssue,
    kProduct,
    kStatus,
    kStage,
    kFieldCount
};

struct FieldSpec
{
    const char* field; // our name: "received_at"
    QStringList names; // CFPB's, as normaliseKey() leaves them: "date received"
};
const std::array<FieldSpec, kFieldCount>& fields();

// "Date received", "date_received", "date-received" -> "date received": the
// published layouts differ in case and separators only.
QString normaliseKey(const QString& name);

// One complaint's values, by Field, as the file writes them.
using Values = std::array<QString, kFieldCount>;

// Turns one file's complaints into records, remembering its ids.
class Mapper
{
public:
    // A complaint from its values, or nullopt after telling the sink why not.
    // `raw` is the row as written, for the reject log. Without a Complaint ID
    // (the five-column extract) the external id stays empty and the session
    // identifies the complaint by its content.
    std::optional<ImportRecord> toRecord(const Values& values, int line, const QString& raw,
                                         ImportSink& sink);

private:
    DuplicateIds m_ids;
};

// "Date received" as CFPB writes it: 2019-09-24, 2019-09-24T12:00:00-05:00,
// 2019/9/24, 9/24/19, 09/24/2019 (US month first).
std::optional<QDate> receivedDate(const QString& text);
QString channelOf(const QString& submittedVia);
ComplaintStatus statusOf(const QString& companyResponse);

} // namespace cfpb

} // namespace cr::formats::complaints
