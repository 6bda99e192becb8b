// Help-desk tickets as CSV, from the three places they usually come from:
// - Zendesk's CSV export (Admin Center > Reports > Export): Title Case
//   columns "Id", "Requester id", "Subject", "Tags", "Status", "Via",
//   "Ticket type", "Created at", "Solved at"... (no description: the export
//   leaves comments out);
// - Zendesk's ticket table as the API and warehouse loaders (Fivetran) write
//   it: id, created_at, subject, description, status, type, via_channel,
//   requester_id...; times are UTC;
// - Freshdesk's ticket export: "Ticket ID", "Subject", "Description",
//   "Status", "Source", "Type", "Created time", "Resolved time", "Tags",
//   "Product", "Contact ID"...
// Mapping: the ticket id is the external id; text is the subject, then the
// description; category is the ticket's category field, else its type, else
// its first tag; the customer is the requester's id (never an e-mail address).
#include "import/CsvReader.h"
#include "import/Parsing.h"
#include "import/formats/ComplaintsCommon.h"
#include "import/formats/Formats.h"
#include "import/formats/TicketsCommon.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace cr::formats {

namespace {

using namespace complaints;
using namespace tickets;

enum class Vendor { Unknown, ZendeskExport, ZendeskTable, Freshdesk };

Vendor vendorOf(const QStringList& header)
{
    QSet<QString> names;
    for (const QString& h : header)
        names.insert(ColumnMap::normalise(h));
    const auto has = [&](const char* name) { return names.contains(QLatin1String(name)); };
    if (has("ticket id") && has("created time") && has("status"))
        return Vendor::Freshdesk;
    if (has("id") && has("via_channel") && has("created_at") && has("status"))
        return Vendor::ZendeskTable;
    if (has("id") && has("via") && has("created at") && has("status"))
        return Vendor::ZendeskExport;
    return Vendor::Unknown;
}

QString vendorName(Vendor vendor)
{
    switch (vendor) {
    case Vendor::ZendeskExport:
        return QCoreApplication::translate("Importers", "Zendesk ticket CSV export");
    case Vendor::ZendeskTable:
        return QCoreApplication::translate("Importers", "Zendesk ticket table (API / Fivetran)");
    case Vendor::Freshdesk:
        return QCoreApplication::translate("Importers", "Freshdesk ticket export");
    case Vendor::Unknown:
        break;
    }
    return QCoreApplication::translate("Importers", "help-desk tickets CSV");
}

// Help desks write local times in the account's zone unless told otherwise;
// a slash date is refused when it could be either D/M or M/D (the account's
// date format is not in the file).
std::optional<QDateTime> ticketTime(const QString& text, Vendor vendor)
{
    auto t = parse::dateTime(text, parse::DayMonthOrder::Refuse);
    if (!t)
        return std::nullopt;
    // Zendesk's API returns UTC, and loaders such as Fivetran store it without
    // the "Z": read those times as UTC.
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)\\s*$"));
    if (vendor == Vendor::ZendeskTable && !zone.match(text).hasMatch())
        return QDateTime(t->date(), t->time(), Qt::UTC).toLocalTime();
    return t;
}

// Header names that hold a category: "Category", "Ticket Category",
// Zendesk custom fields such as "Categories [list]" or "Category [txt]".
QStringList categoryColumns(const QStringList& header)
{
    static const QRegularExpression typeSuffix(QStringLiteral("\\s*\\[\\w+\\]$"));
    static const QStringList names{QStringLiteral("category"), QStringLiteral("categories"),
                                   QStringLiteral("ticket category"), QStringLiteral("ticket categories")};
    QStringList found;
    for (const QString& h : header)
        if (names.contains(ColumnMap::normalise(h).remove(typeSuffix)))
            found << h;
    return found;
}

class HelpDeskTicketsCsv final : public Importer
{
public:
    QString id() const override { return QStringLiteral("tickets"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "Help-desk tickets CSV (Zendesk, Freshdesk)");
    }
    ImportKind kind() const override { return ImportKind::Complaints; }
    QStringList suffixes() const override { return {QStringLiteral("csv")}; }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText)
            return {};
        const auto rows = CsvReader::parseSample(sample.text, 1);
        if (rows.isEmpty())
            return {};
        switch (vendorOf(rows.first())) {
        case Vendor::ZendeskExport:
            return {80, QCoreApplication::translate("Importers",
                                                    "Zendesk export header (Id, Status, Via, Created at)")};
        case Vendor::ZendeskTable:
            return {80,
                    QCoreApplication::translate(
                        "Importers", "Zendesk ticket table header (id, status, via_channel, created_at)")};
        case Vendor::Freshdesk:
            return {80, QCoreApplication::translate(
                            "Importers", "Freshdesk export header (Ticket ID, Status, Created time)")};
        case Vendor::Unknown:
            break;
        }
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        CsvReader reader(path, options.encoding);
        CsvRow row;
        if (auto opened = reader.openAtHeader(row); !opened)
            return opened;

        const Vendor vendor = vendorOf(row.fields);
        ColumnMap columns(row.fields, options.map);
        columns.bind(QStringLiteral("id"), {QStringLiteral("ticket id"), QStringLiteral("ticket_id")});
        columns.bind(QStringLiteral("received_at"),
                     {QStringLiteral("created at"), QStringLiteral("created_at"),
                      QStringLiteral("created time"), QStringLiteral("created")});
        columns.bind(QStringLiteral("resolved_at"),
                     {QStringLiteral("solved at"), QStringLiteral("solved_at"),
                      QStringLiteral("resolved time"), QStringLiteral("resolved at"),
                      QStringLiteral("resolved_at")});
        columns.bind(QStringLiteral("closed_at"), {QStringLiteral("closed time"), QStringLiteral("closed at"),
                                                   QStringLiteral("closed_at")});
        columns.bind(QStringLiteral("text"));
        columns.bind(QStringLiteral("subject"));
        columns.bind(QStringLiteral("description"), {QStringLiteral("description_text")});
        columns.bind(QStringLiteral("status"));
        columns.bind(QStringLiteral("channel"),
                     {QStringLiteral("via"), QStringLiteral("via_channel"), QStringLiteral("source")});
        // A category custom field (Zendesk's export names custom fields
        // "Name [type]") says more than the ticket type; the type more than a tag.
        columns.bind(QStringLiteral("category"), categoryColumns(row.fields));
        columns.bind(QStringLiteral("type"), {QStringLiteral("ticket type"), QStringLiteral("ticket_type")});
        columns.bind(QStringLiteral("tags"), {QStringLiteral("tag")});
        columns.bind(QStringLiteral("product"));
        columns.bind(QStringLiteral("customer"),
                     {QStringLiteral("requester id"), QStringLiteral("requester_id"),
                      QStringLiteral("contact id"), QStringLiteral("contact_id")});
        columns.bind(QStringLiteral("stage"));

        if (const QString unknown = columns.unknownMappedColumn(); !unknown.isEmpty())
            return Error(QCoreApplication::translate(
                             "Importers", "--map names the column \"%1\", which is not in the header.")
                             .arg(unknown),
                         path, row.line);
        if (!columns.has(QStringLiteral("received_at")))
            return Error(QCoreApplication::translate(
                             "Importers",
                             "No creation time column: expected \"Created at\" (Zendesk), \"created_at\" or "
                             "\"Created time\" (Freshdesk). Name it with --map received_at=COLUMN."),
                         path, row.line);
        if (!columns.has(QStringLiteral("text")) && !columns.has(QStringLiteral("subject")) &&
            !columns.has(QStringLiteral("description")))
            return Error(QCoreApplication::translate(
                             "Importers",
                             "No subject or description column: a ticket without words says nothing on the "
                             "wall. Name one with --map text=COLUMN."),
                         path, row.line);

        const int headerLine = row.line;
        const int width = headerWidth(columns.header());
        const QChar delimiter = QLatin1Char(reader.delimiter());
        DuplicateIds ids;
        DataRows rows(reader, width, headerLine);
        int deleted = 0;
        for (;;) {
            auto more = rows.next(row, sink);
            if (!more)
                return more.error();
            if (!*more)
                break;
            const QString raw = row.raw(delimiter);
            const auto value = [&](const char* field) { return columns.value(row, QLatin1String(field)); };

            const TicketState state = stateOf(value("status"));
            if (state == TicketState::Deleted) {
                sink.skip(row.line, QCoreApplication::translate("Importers", "deleted in the help desk"));
                ++deleted;
                continue;
            }
            const QString created = value("received_at");
            if (created.isEmpty()) {
                sink.reject(row.line,
                            QCoreApplication::translate(
                                "Importers", "No creation time: a ticket needs the time it was opened."),
                            raw);
                continue;
            }
            const auto receivedAt = ticketTime(created, vendor);
            if (!receivedAt) {
                sink.reject(
                    row.line,
                    QCoreApplication::translate(
                        "Importers",
                        "\"%1\" is not a creation time (write 2020-02-19 01:54:52; a date such as 03/04/2020 "
                        "is refused because it could be March or April).")
                        .arg(created),
                    raw);
                continue;
            }
            std::optional<QDateTime> resolvedAt;
            QString resolved = value("resolved_at");
            if (resolved.isEmpty())
                resolved = value("closed_at"); // closed without a resolution time (Freshdesk)
            if (!resolved.isEmpty()) {
                resolvedAt = ticketTime(resolved, vendor);
                if (!resolvedAt) {
                    sink.reject(row.line,
                                QCoreApplication::translate(
                                    "Importers", "\"%1\" is not a time for when the ticket was solved.")
                                    .arg(resolved),
                                raw);
                    continue;
                }
            }
            // Without an id column the session identifies the ticket by its content.
            const QString externalId = value("id");
            if (!externalId.isEmpty()) {
                if (const int first = ids.firstLine(externalId, row.line)) {
                    sink.reject(row.line,
                                QCoreApplication::translate(
                                    "Importers", "Ticket %1 was already on line %2; this copy is left out.")
                                    .arg(externalId)
                                    .arg(first),
                                raw);
                    continue;
                }
            }

            Complaint c;
            c.receivedAt = *receivedAt;
            c.resolvedAt = resolvedAt;
            c.status = complaintStatus(state);
            c.channel = channelOf(value("channel"));
            c.text =
                textOf(value("text"), value("subject"), columns.value(row, QStringLiteral("description")));
            c.category = value("category");
            if (c.category.isEmpty())
                c.category = value("type");
            if (c.category.isEmpty()) {
                // Without a type, the first tag is the team's own label for it.
                static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
                const QStringList tags = value("tags").split(separators, Qt::SkipEmptyParts);
                if (!tags.isEmpty())
                    c.category = tags.first();
            }
            c.product = value("product");
            c.customerRef = value("customer");

            ImportRecord record;
            record.line = row.line;
            record.externalId = externalId;
            record.stage = value("stage");
            record.value = std::move(c);
            sink.accept(std::move(record));
        }
        sink.progress(reader.bytesRead(), reader.size());
        QString note = vendorName(vendor);
        if (deleted > 0)
            note += QCoreApplication::translate("Importers", "; deleted tickets left out: %1").arg(deleted);
        sink.note(note);
        return success();
    }

private:
    // The subject is the first line, the description follows (unless it only
    // repeats the subject). --map text=COLUMN takes one column instead.
    static QString textOf(const QString& text, const QString& subject, QString description)
    {
        if (!text.isEmpty())
            return QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n"));
        description.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        if (subject.isEmpty() || description == subject)
            return description.isEmpty() ? subject : description;
        if (description.isEmpty())
            return subject;
        return subject + QLatin1Char('\n') + description;
    }
};

} // namespace

std::unique_ptr<Importer> makeHelpDeskTicketsCsv()
{
    return std::make_unique<HelpDeskTicketsCsv>();
}

} // namespace cr::formats
