// CFPB consumer complaint CSV, in the layouts it is published in: the public
// download (Title Case headers, 18 columns, 19 with "Event tag" since 2020),
// snake_case extracts (date_received, complaint_id,
// consumer_complaint_narrative...), the five-column extract without id or
// narrative, and files with lines above the header (titles, notes) that
// spreadsheets and scrapers add. Narratives span lines; dates come as ISO,
// M/D/YY or Y/M/D. The file is streamed: the full database is gigabytes.
#include "import/CsvReader.h"
#include "import/formats/ComplaintsCommon.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace cr::formats {

namespace {

using namespace complaints;
using namespace complaints::cfpb;

// How far down a file the header may be (titles and notes above it).
constexpr int kHeaderSearchRows = 20;

QStringList spellingsOf(const QStringList& normalisedNames)
{
    // ColumnMap compares names case-insensitively but keeps '_' and '-':
    // give it every way CFPB's layouts write the separator.
    QStringList out;
    for (const QString& n : normalisedNames) {
        out << n;
        if (n.contains(QLatin1Char(' '))) {
            out << QString(n).replace(QLatin1Char(' '), QLatin1Char('_'));
            out << QString(n).replace(QLatin1Char(' '), QLatin1Char('-'));
        }
    }
    return out;
}

// Binds our fields in a candidate header row; true when it is a CFPB header:
// the date received and at least two of the other known columns.
bool bindHeader(const QStringList& row, const ImportOptions& options, ColumnMap& columns)
{
    columns = ColumnMap(row, options.map);
    int known = 0;
    for (const FieldSpec& spec : fields()) {
        const QString field = QString::fromLatin1(spec.field);
        if (columns.bind(field, spellingsOf(spec.names)) >= 0 && field != QLatin1String("received_at") &&
            field != QLatin1String("stage"))
            ++known;
    }
    return columns.has(QStringLiteral("received_at")) && known >= 2;
}

bool startsLikeJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.read(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head = head.trimmed();
    return head.startsWith('[') || head.startsWith('{');
}

class CfpbCsv final : public Importer
{
public:
    QString id() const override { return QStringLiteral("cfpb"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "CFPB complaints CSV");
    }
    ImportKind kind() const override { return ImportKind::Complaints; }
    QStringList suffixes() const override { return {QStringLiteral("csv")}; }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText)
            return {};
        const auto rows = CsvReader::parseSample(sample.text, kHeaderSearchRows);
        for (const QStringList& row : rows) {
            QSet<QString> names;
            for (const QString& cell : row)
                names.insert(normaliseKey(cell));
            const auto has = [&](const char* name) { return names.contains(QLatin1String(name)); };
            if (!has("date received"))
                continue;
            if (has("complaint id"))
                return {90, QCoreApplication::translate("Importers",
                                                        "header has Complaint ID and Date received")};
            if (has("product") && has("issue") && has("date sent to company"))
                return {90, QCoreApplication::translate(
                                "Importers",
                                "header has CFPB's date_received, product, issue and date_sent_to_company")};
            if (has("product") && has("issue"))
                return {70, QCoreApplication::translate("Importers",
                                                        "header has Date received, Product and Issue")};
        }
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        // --format cfpb names CFPB data, whichever of its downloads it is.
        if (startsLikeJson(path))
            return makeCfpbJson()->read(path, options, sink);

        CsvReader reader(path, options.encoding);
        if (auto opened = reader.open(); !opened)
            return opened;

        CsvRow row;
        ColumnMap columns;
        int rowsAbove = 0;
        bool found = false;
        while (!found && rowsAbove <= kHeaderSearchRows) {
            auto more = reader.next(row);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (bindHeader(row.fields, options, columns))
                found = true;
            else
                ++rowsAbove;
        }
        if (!found) {
            if (rowsAbove == 0)
                return Error(QCoreApplication::translate("Importers", "The file is empty."), path);
            return Error(
                QCoreApplication::translate(
                    "Importers",
                    "No CFPB header in the first %1 rows: expected columns such as \"Date received\", "
                    "\"Product\", \"Issue\", \"Complaint ID\" (or date_received, product, issue). For "
                    "other complaint files use --format generic, or name the columns with --map.")
                    .arg(kHeaderSearchRows),
                path);
        }
        if (const QString unknown = columns.unknownMappedColumn(); !unknown.isEmpty())
            return Error(
                QCoreApplication::translate(
                    "Importers", "--map names the column \"%1\", which is not in the header on line %2.")
                    .arg(unknown)
                    .arg(row.line),
                path, row.line);

        const int headerLine = row.line;
        const int width = headerWidth(columns.header());
        std::array<int, kFieldCount> at{};
        for (int f = 0; f < kFieldCount; ++f)
            at[size_t(f)] = columns[QString::fromLatin1(fields()[size_t(f)].field)];

        Mapper mapper;
        DataRows rows(reader, width, headerLine);
        const QChar delimiter = QLatin1Char(reader.delimiter());
        for (;;) {
            auto more = rows.next(row, sink);
            if (!more)
                return more.error();
            if (!*more)
                break;
            Values values;
            for (int f = 0; f < kFieldCount; ++f) {
                const int column = at[size_t(f)];
                if (column >= 0)
                    values[size_t(f)] = row.fields.at(column).trimmed();
            }
            if (auto record = mapper.toRecord(values, row.line, row.raw(delimiter), sink))
                sink.accept(std::move(*record));
        }
        sink.progress(reader.bytesRead(), reader.size());
        sink.note(describe(columns, width, rowsAbove));
        return success();
    }

private:
    static QString describe(const ColumnMap& columns, int width, int rowsAbove)
    {
        const QString dateHeader = columns.header().at(columns[QStringLiteral("received_at")]);
        QStringList parts;
        parts << (dateHeader.contains(QLatin1Char('_'))
                      ? QCoreApplication::translate("Importers", "CFPB CSV, snake_case layout (%1 columns)")
                      : QCoreApplication::translate("Importers",
                                                    "CFPB CSV, public download layout (%1 columns)"))
                     .arg(width);
        if (!columns.has(QStringLiteral("id")))
            parts << QCoreApplication::translate(
                "Importers", "no Complaint ID: complaints are identified by their content");
        if (!columns.has(QStringLiteral("text")))
            parts << QCoreApplication::translate("Importers",
                                                 "no narrative: the text is the issue and sub-issue");
        if (rowsAbove > 0)
            parts << QCoreApplication::translate("Importers", "rows above the header left out: %1")
                         .arg(rowsAbove);
        return parts.join(QStringLiteral("; "));
    }
};

} // namespace

std::unique_ptr<Importer> makeCfpbCsv()
{
    return std::make_unique<CfpbCsv>();
}

} // namespace cr::formats
