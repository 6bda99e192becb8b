#pragma once
// Streaming CSV on top of libcsv (RFC 4180 plus the real world: CRLF records
// with bare LF inside quoted fields, a BOM, ';' or tab delimiters, a last
// record without newline). Each row knows the line it starts on, so rejects
// read "FILE:LINE: reason". Memory stays flat: one chunk and a few rows.

#include "Result.h"
#include "import/TextInput.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>

struct csv_parser;

namespace cr {

struct CsvRow
{
    int line = 0; // where the row starts, 1-based
    QStringList fields;
    QString raw(QChar delimiter = QLatin1Char(',')) const; // for the reject log
};

class CsvReader
{
public:
    // delimiter 0 = sniff from the first lines (',', ';', tab or '|').
    explicit CsvReader(const QString& path, const QByteArray& encoding = {}, char delimiter = 0);
    ~CsvReader();

    Status open();
    // open() and the first row, the header; an Error for a file without
    // rows: `whenEmpty`, by default "The file is empty.".
    Status openAtHeader(CsvRow& header, const QString& whenEmpty = {});
    // The next non-blank row; false at the end. An Error: the file cannot be
    // read on (bad encoding, a quoted field still open at the end).
    Result<bool> next(CsvRow& row);

    char delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_input.bytesRead(); }
    qint64 size() const { return m_input.size(); }
    QString path() const { return m_input.path(); }

    // Sniffing a delimiter from a text sample (also used by importers' sniff()).
    static char sniffDelimiter(const QString& sample);
    // Splits the first `maxRows` rows of a text sample (sniffing only; no line numbers needed).
    static QVector<QStringList> parseSample(const QString& sample, int maxRows, char delimiter = 0);

private:
    Status fill();
    static void onField(void* data, size_t length, void* self);
    static void onRecordEnd(int terminator, void* self);
    void countBreaks(const char* data, size_t length);

    TextInput m_input;
    char m_delimiter;
    csv_parser* m_parser = nullptr;
    std::deque<CsvRow> m_ready;
    CsvRow m_current;
    bool m_inRecord = false;
    int m_line = 1;            // line the parser has reached
    int m_lastTerminator = 0;  // to count CRLF once
    bool m_finished = false;
    bool m_firstChunk = true;
};

// Finds our fields among a header row: case-insensitive, trimmed, with
// --map FIELD=COLUMN overrides and a list of known aliases per field.
class ColumnMap
{
public:
    ColumnMap() = default;
    ColumnMap(const QStringList& header, const QHash<QString, QString>& userMap);

    // Index of the column for `field`, trying the user's map first, then the aliases.
    int find(const QString& field, const QStringList& aliases = {}) const;
    // Remembers a found column under the field name; -1 when absent.
    int bind(const QString& field, const QStringList& aliases = {});
    int operator[](const QString& field) const { return m_bound.value(field, -1); }
    bool has(const QString& field) const { return m_bound.value(field, -1) >= 0; }
    // Value of a bound field in a row, trimmed; empty when absent.
    QString value(const CsvRow& row, const QString& field) const;
    const QStringList& header() const { return m_header; }
    // A --map entry naming a column that is not in the header.
    QString unknownMappedColumn() const;

    static QString normalise(const QString& name); // lower case, no BOM, trimmed, spaces squeezed

private:
    QStringList m_header;
    QStringList m_normalised;
    QHash<QString, QString> m_userMap;
    QHash<QString, int> m_bound;
};

} // namespace cr
