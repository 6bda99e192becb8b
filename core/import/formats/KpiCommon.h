#pragma once
// What the two KPI sheets (long and wide) share: reading a period cell, a
// value cell and a unit hint from a header, learning from the first rows
// how the file writes dates and decimals, and handing rows and values on.

#include "import/CsvReader.h"
#include "import/ImportTypes.h"
#include "import/Parsing.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace cr::formats::kpi {

struct Period
{
    QDate date;
    bool isMonth = false; // the cell names a month ("Apr 2024"), not a day or week
};

// A period cell: ISO week ("2024-W10", "KW 10/2024"), a day in any form
// parse::date knows ("2024-03-15", "15.03.2024"), or a month ("Apr 2024",
// "2024-03", "03/2024", "März 2024", "avr. 2024", "2024M03").
std::optional<Period> readPeriod(const QString& text, parse::DayMonthOrder order);

// Which of day/month comes first in slash dates, from the values of a column
// (a part > 12 settles it). Refuse when both orders appear, or when nothing
// settles it in a ','-delimited file; day first in a ';'-delimited one.
parse::DayMonthOrder learnDayMonthOrder(const QStringList& values, char delimiter);

// Whether numbers are written with a decimal comma ("8,7", "1.234,5"): the
// delimiter ';' says so unless the values clearly say otherwise.
bool learnDecimalComma(const QStringList& values, char delimiter);

struct Value
{
    double value = 0;
    bool percent = false;
};
std::optional<Value> readValue(const QString& text, bool decimalComma);

// Hands one value to the sink as an observation of the period's day or month.
void acceptObservation(ImportSink& sink, int line, const QString& stage, const QString& kpiName,
                       const Period& period, double value, const QString& unit);

// Sentences both sheets add to their note, each after a space: how dates
// and numbers were read, and that days and weeks roll up to months.
QString readingNotes(bool firstOfMonth, bool decimalComma);
QString rollUpNote();

// Cells that mark a missing value ("n/a", "-", "#N/A"): a gap, like a blank.
bool isMissingMarker(const QString& text);

// A total or average row under the data ("Total", "Summe", "Moyenne").
bool isSummaryLabel(const QString& text);

// "Average Speed of Answer in Secs" -> "s", "Call Abandonment Rate" -> "%",
// "Umsatz [EUR]" -> "EUR"; empty when the header says nothing.
QString unitFromHeader(const QString& header);

// Lower case, accents removed, spaces squeezed: "Période" -> "periode".
QString fold(const QString& text);

// Whether a folded header is one of `names`, or starts or ends with one as a
// whole word ("date (utc)", "reporting period").
bool headerMatches(const QString& header, const QStringList& names);

// The header row: the first row with at least two filled cells and at least
// half as many as the widest of the first rows (title lines above it are
// skipped). -1 when the rows hold no header.
int findHeaderRow(const QVector<QStringList>& rows);

// More filled cells than the header has columns: the values are shifted (a
// decimal comma in a comma-separated file), so none can be trusted. The
// reject message, or empty when the row fits.
QString extraCells(const QStringList& fields, qsizetype columns);

// CsvReader::sniffDelimiter with title lines above the header left out (it
// reads the first line as the header, and a title has no delimiter).
char sniffDelimiter(const QString& sample);

// Reads up to `count` rows ahead so an importer can decide its columns before
// it emits anything; the rows are then replayed in order.
class BufferedCsv
{
public:
    BufferedCsv(const QString& path, const QByteArray& encoding);
    // Buffers the first `count` rows; an Error for a file without any.
    Status open(int count);
    const QVector<CsvRow>& buffered() const { return m_rows; }
    QVector<QStringList> bufferedFields() const;
    // Drops the first `n` buffered rows (lines above the header, the header).
    void dropFront(int n);
    // The next row for `sink`, with progress: false at the end or when the
    // sink has enough; an Error when it is cancelled.
    Result<bool> next(CsvRow& row, ImportSink& sink);
    CsvReader& reader() { return *m_reader; }

private:
    QString m_path;
    QByteArray m_encoding;
    std::unique_ptr<CsvReader> m_reader;
    QVector<CsvRow> m_rows;
    int m_at = 0;
    int m_rowsRead = 0;
};

} // namespace cr::formats::kpi
