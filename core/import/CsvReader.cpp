#include "import/CsvReader.h"

#include <QCoreApplication>

#include <csv.h>

namespace cr {

namespace {

int isSpace(unsigned char c)
{
    return c == ' ' ? 1 : 0; // tabs may be delimiters; libcsv's default trims them too
}

int isTerminator(unsigned char c)
{
    return c == '\n' || c == '\r' ? 1 : 0;
}

} // namespace

QString CsvRow::raw(QChar delimiter) const
{
    return fields.join(delimiter);
}

CsvReader::CsvReader(const QString& path, const QByteArray& encoding, char delimiter)
    : m_input(path, encoding), m_delimiter(delimiter)
{
}

CsvReader::~CsvReader()
{
    if (m_parser) {
        csv_free(m_parser);
        delete m_parser;
    }
}

Status CsvReader::open()
{
    if (auto opened = m_input.open(); !opened)
        return opened;
    m_parser = new csv_parser;
    // Quotes are lenient inside unquoted fields (exports write 5" screens);
    // a quoted field still open at the end of the file is an error.
    if (csv_init(m_parser, CSV_STRICT_FINI | CSV_REPALL_NL | CSV_EMPTY_IS_NULL) != 0)
        return Error(QCoreApplication::translate("Importers", "Cannot start the CSV reader (out of memory)."),
                     m_input.path());
    csv_set_space_func(m_parser, isSpace);
    csv_set_term_func(m_parser, isTerminator);
    return success();
}

Status CsvReader::openAtHeader(CsvRow& header, const QString& whenEmpty)
{
    if (auto opened = open(); !opened)
        return opened;
    auto more = next(header);
    if (!more)
        return more.error();
    if (!*more)
        return Error(whenEmpty.isEmpty() ? QCoreApplication::translate("Importers", "The file is empty.")
                                         : whenEmpty,
                     m_input.path());
    return success();
}

char CsvReader::sniffDelimiter(const QString& sample)
{
    // The delimiter is the candidate that appears most, outside quotes, and
    // the same number of times on the first lines.
    const char candidates[] = {',', ';', '\t', '|'};
    int best = ',';
    int bestScore = 0;
    QStringList lines;
    {
        QString current;
        bool quoted = false;
        for (const QChar c : sample) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (!current.trimmed().isEmpty())
                    lines << current;
                current.clear();
                if (lines.size() >= 12)
                    break;
                continue;
            }
            if (!quoted || c == QLatin1Char('"'))
                current += c;
        }
        if (!current.trimmed().isEmpty() && lines.size() < 12)
            lines << current;
    }
    // Title lines above the header ("Call centre report, 2024") hold no
    // delimiter at all: the header is the first line that does.
    while (lines.size() > 1 && std::none_of(std::begin(candidates), std::end(candidates),
                                            [&](char d) { return lines.first().contains(QLatin1Char(d)); }))
        lines.removeFirst();
    // The header names the columns: a delimiter must split it. Among those
    // that do, the one that splits the most lines into as many fields wins.
    for (char d : candidates) {
        if (lines.isEmpty())
            break;
        const int headerCount = int(lines.first().count(QLatin1Char(d)));
        if (headerCount == 0)
            continue;
        int consistent = 0;
        for (const QString& line : lines)
            if (line.count(QLatin1Char(d)) == headerCount)
                ++consistent;
        const int score = consistent * 1000 + headerCount;
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return char(best);
}

QVector<QStringList> CsvReader::parseSample(const QString& sample, int maxRows, char delimiter)
{
    if (delimiter == 0)
        delimiter = sniffDelimiter(sample);
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const QChar d = QLatin1Char(delimiter);
    for (int i = 0; i < sample.size() && rows.size() < maxRows; ++i) {
        const QChar c = sample.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < sample.size() && sample.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
            fieldStarted = true;
        } else if (c == d) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    // A last row without newline is kept only when the sample ended (not cut mid-row).
    if ((fieldStarted || !row.isEmpty()) && rows.size() < maxRows && !quoted) {
        row << field;
        rows << row;
    }
    return rows;
}

void CsvReader::countBreaks(const char* data, size_t length)
{
    for (size_t i = 0; i < length; ++i) {
        if (data[i] == '\n')
            ++m_line;
        else if (data[i] == '\r' && (i + 1 >= length || data[i + 1] != '\n'))
            ++m_line;
    }
}

void CsvReader::onField(void* data, size_t length, void* self)
{
    auto* reader = static_cast<CsvReader*>(self);
    if (!reader->m_inRecord) {
        reader->m_inRecord = true;
        reader->m_current.line = reader->m_line;
        reader->m_current.fields.clear();
    }
    if (data) {
        const char* text = static_cast<const char*>(data);
        reader->m_current.fields.append(QString::fromUtf8(text, qsizetype(length)));
        reader->countBreaks(text, length);
    } else {
        reader->m_current.fields.append(QString());
    }
    reader->m_lastTerminator = 0;
}

void CsvReader::onRecordEnd(int terminator, void* self)
{
    auto* reader = static_cast<CsvReader*>(self);
    // CSV_REPALL_NL reports every line break: "\r\n" arrives as '\r' (ending
    // the record) then '\n' (an empty row), which is still one line.
    if (terminator == '\n') {
        if (reader->m_lastTerminator != '\r' || reader->m_inRecord)
            ++reader->m_line;
    } else if (terminator == '\r') {
        ++reader->m_line;
    }
    reader->m_lastTerminator = terminator;
    if (!reader->m_inRecord)
        return; // a blank line
    reader->m_inRecord = false;
    const QStringList& f = reader->m_current.fields;
    const bool blank =
        std::all_of(f.begin(), f.end(), [](const QString& s) { return s.trimmed().isEmpty(); });
    if (!blank)
        reader->m_ready.push_back(reader->m_current);
    reader->m_current.fields.clear();
}

Status CsvReader::fill()
{
    if (m_finished)
        return success();
    auto chunk = m_input.read();
    if (!chunk)
        return chunk.error();
    if (m_firstChunk) {
        m_firstChunk = false;
        if (m_delimiter == 0)
            m_delimiter = sniffDelimiter(QString::fromUtf8(chunk->left(16 * 1024)));
        csv_set_delim(m_parser, static_cast<unsigned char>(m_delimiter));
    }
    if (chunk->isEmpty()) {
        m_finished = true;
        const int line = m_inRecord ? m_current.line : m_line;
        // libcsv only reports an open quote at the end in its strict mode,
        // which also refuses the stray quotes real exports hold; ask its state.
        constexpr int kFieldBegun = 2; // libcsv.c's FIELD_BEGUN
        const bool openQuote = m_parser->quoted && m_parser->pstate == kFieldBegun;
        if (openQuote || csv_fini(m_parser, onField, onRecordEnd, this) != 0)
            return Error(QCoreApplication::translate(
                             "Importers",
                             "The file ends inside a quoted field that starts on line %1: it was cut "
                             "short, or a quote is missing.")
                             .arg(line),
                         m_input.path(), line);
        return success();
    }
    const size_t parsed =
        csv_parse(m_parser, chunk->constData(), size_t(chunk->size()), onField, onRecordEnd, this);
    if (parsed != size_t(chunk->size()))
        return Error(QCoreApplication::translate("Importers", "Cannot read the CSV near line %1: %2")
                         .arg(m_line)
                         .arg(QString::fromLatin1(csv_strerror(csv_error(m_parser)))),
                     m_input.path(), m_line);
    return success();
}

Result<bool> CsvReader::next(CsvRow& row)
{
    while (m_ready.empty()) {
        if (m_finished)
            return false;
        if (auto filled = fill(); !filled)
            return filled.error();
    }
    row = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

// --- ColumnMap ---------------------------------------------------------------

QString ColumnMap::normalise(const QString& name)
{
    QString s = name;
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    return s.simplified().toLower();
}

ColumnMap::ColumnMap(const QStringList& header, const QHash<QString, QString>& userMap)
    : m_header(header), m_userMap(userMap)
{
    for (const QString& h : header)
        m_normalised << normalise(h);
}

int ColumnMap::find(const QString& field, const QStringList& aliases) const
{
    if (m_userMap.contains(field))
        return int(m_normalised.indexOf(normalise(m_userMap.value(field))));
    int at = int(m_normalised.indexOf(normalise(field)));
    if (at >= 0)
        return at;
    for (const QString& alias : aliases) {
        at = int(m_normalised.indexOf(normalise(alias)));
        if (at >= 0)
            return at;
    }
    return -1;
}

int ColumnMap::bind(const QString& field, const QStringList& aliases)
{
    const int at = find(field, aliases);
    m_bound.insert(field, at);
    return at;
}

QString ColumnMap::value(const CsvRow& row, const QString& field) const
{
    const int at = m_bound.value(field, -1);
    if (at < 0 || at >= row.fields.size())
        return {};
    return row.fields.at(at).trimmed();
}

QString ColumnMap::unknownMappedColumn() const
{
    for (auto it = m_userMap.begin(); it != m_userMap.end(); ++it)
        if (!m_normalised.contains(normalise(it.value())))
            return it.value();
    return {};
}

} // namespace cr
