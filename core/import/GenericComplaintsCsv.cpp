// The documented generic complaints CSV (docs/formats.md): received_at and
// text, optional id, channel, category, product, status, stage, customer;
// other header names through --map FIELD=COLUMN.
#include "import/CsvReader.h"
#include "import/Importer.h"
#include "import/Parsing.h"

#include <QCoreApplication>

namespace cr::formats {

namespace {

const QStringList& knownChannels()
{
    static const QStringList channels = {
        QStringLiteral("phone"),  QStringLiteral("email"),  QStringLiteral("web"),
        QStringLiteral("chat"),   QStringLiteral("store"),  QStringLiteral("social"),
        QStringLiteral("letter"), QStringLiteral("return"), QStringLiteral("other")};
    return channels;
}

// Channel words as exports spell them -> the room's channels.
QString normaliseChannel(const QString& raw)
{
    const QString c = raw.trimmed().toLower();
    if (c.isEmpty())
        return QStringLiteral("other");
    if (knownChannels().contains(c))
        return c;
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("e-mail"), QStringLiteral("email")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("telephone"), QStringLiteral("phone")},
        {QStringLiteral("call"), QStringLiteral("phone")},
        {QStringLiteral("voice"), QStringLiteral("phone")},
        {QStringLiteral("online"), QStringLiteral("web")},
        {QStringLiteral("web form"), QStringLiteral("web")},
        {QStringLiteral("webform"), QStringLiteral("web")},
        {QStringLiteral("portal"), QStringLiteral("web")},
        {QStringLiteral("live chat"), QStringLiteral("chat")},
        {QStringLiteral("messaging"), QStringLiteral("chat")},
        {QStringLiteral("shop"), QStringLiteral("store")},
        {QStringLiteral("branch"), QStringLiteral("store")},
        {QStringLiteral("in person"), QStringLiteral("store")},
        {QStringLiteral("twitter"), QStringLiteral("social")},
        {QStringLiteral("facebook"), QStringLiteral("social")},
        {QStringLiteral("postal mail"), QStringLiteral("letter")},
        {QStringLiteral("post"), QStringLiteral("letter")},
        {QStringLiteral("fax"), QStringLiteral("letter")},
        {QStringLiteral("returns"), QStringLiteral("return")},
    };
    return aliases.value(c, QStringLiteral("other"));
}

std::optional<ComplaintStatus> normaliseStatus(const QString& raw)
{
    const QString s = raw.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    if (s.isEmpty() || s == QLatin1String("new") || s == QLatin1String("open"))
        return ComplaintStatus::Open;
    if (s == QLatin1String("in_progress") || s == QLatin1String("pending") || s == QLatin1String("on_hold") ||
        s == QLatin1String("hold") || s == QLatin1String("in-progress"))
        return ComplaintStatus::InProgress;
    if (s == QLatin1String("resolved") || s == QLatin1String("solved"))
        return ComplaintStatus::Resolved;
    if (s == QLatin1String("closed"))
        return ComplaintStatus::Closed;
    return std::nullopt;
}

class GenericComplaintsCsv final : public Importer
{
public:
    QString id() const override { return QStringLiteral("generic"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "Generic complaints CSV");
    }
    ImportKind kind() const override { return ImportKind::Complaints; }
    QStringList suffixes() const override
    {
        return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")};
    }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText)
            return {};
        const auto rows = CsvReader::parseSample(sample.text, 1);
        if (rows.isEmpty())
            return {};
        const ColumnMap columns(rows.first(), {});
        if (columns.find(QStringLiteral("received_at")) >= 0 && columns.find(QStringLiteral("text")) >= 0)
            return {20, QCoreApplication::translate("Importers", "header has received_at and text")};
        return {5, QCoreApplication::translate("Importers",
                                               "a CSV file; the generic layout needs --map for its columns")};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        CsvReader csv(path, options.encoding);
        CsvRow header;
        if (auto opened = csv.openAtHeader(header); !opened)
            return opened;
        ColumnMap columns(header.fields, options.map);
        if (const QString missing = columns.unknownMappedColumn(); !missing.isEmpty())
            return Error(QCoreApplication::translate(
                             "Importers", "--map names a column \"%1\" that is not in the header (%2).")
                             .arg(missing, header.fields.join(QStringLiteral(", "))),
                         path, header.line);
        for (const char* required : {"received_at", "text"}) {
            if (columns.bind(QString::fromLatin1(required)) < 0)
                return Error(
                    QCoreApplication::translate(
                        "Importers",
                        "No \"%1\" column. The header has: %2. Name the column with --map %1=COLUMN.")
                        .arg(QString::fromLatin1(required), header.fields.join(QStringLiteral(" | "))),
                    path, header.line);
        }
        for (const char* optional : {"id", "channel", "category", "product", "status", "stage", "customer"})
            columns.bind(QString::fromLatin1(optional));
        sink.note(QCoreApplication::translate("Importers", "Generic complaints CSV, delimiter '%1'.")
                      .arg(QLatin1Char(csv.delimiter())));

        CsvRow row;
        int count = 0;
        while (true) {
            auto more = csv.next(row);
            if (!more)
                return more.error();
            if (!*more || !sink.wantsMore())
                break;
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
            if (++count % 512 == 0)
                sink.progress(csv.bytesRead(), csv.size());
            if (row.fields.size() != header.fields.size()) {
                sink.reject(row.line,
                            QCoreApplication::translate(
                                "Importers",
                                "The row has %1 fields where the header has %2 (a wrong delimiter or a stray "
                                "quote?).")
                                .arg(row.fields.size())
                                .arg(header.fields.size()),
                            row.raw(QLatin1Char(csv.delimiter())));
                continue;
            }
            const QString when = columns.value(row, QStringLiteral("received_at"));
            const auto receivedAt = parse::dateTime(when);
            if (!receivedAt) {
                sink.reject(row.line,
                            when.isEmpty()
                                ? QCoreApplication::translate("Importers", "received_at is empty.")
                                : QCoreApplication::translate(
                                      "Importers", "received_at \"%1\" is not a date (write 2026-10-31 or "
                                                   "2026-10-31T14:05).")
                                      .arg(when),
                            row.raw(QLatin1Char(csv.delimiter())));
                continue;
            }
            const auto status = normaliseStatus(columns.value(row, QStringLiteral("status")));
            if (!status) {
                sink.reject(
                    row.line,
                    QCoreApplication::translate(
                        "Importers", "Unknown status \"%1\" (use open, in_progress, resolved or closed).")
                        .arg(columns.value(row, QStringLiteral("status"))),
                    row.raw(QLatin1Char(csv.delimiter())));
                continue;
            }
            Complaint c;
            c.receivedAt = *receivedAt;
            c.text = columns.value(row, QStringLiteral("text"));
            c.channel = normaliseChannel(columns.value(row, QStringLiteral("channel")));
            c.category = columns.value(row, QStringLiteral("category"));
            c.product = columns.value(row, QStringLiteral("product"));
            c.status = *status;
            c.customerRef = columns.value(row, QStringLiteral("customer"));
            ImportRecord record;
            record.line = row.line;
            record.externalId = columns.value(row, QStringLiteral("id"));
            record.stage = columns.value(row, QStringLiteral("stage"));
            record.value = std::move(c);
            sink.accept(std::move(record));
        }
        sink.progress(csv.size(), csv.size());
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeGenericComplaintsCsv()
{
    return std::make_unique<GenericComplaintsCsv>();
}

} // namespace cr::formats
