// Zendesk tickets as the API returns them: the incremental export
// ({"tickets": [...], "end_of_stream": ...}, GET /api/v2/incremental/tickets),
// a ticket list page (GET /api/v2/tickets.json), one ticket ({"ticket": {...}})
// or a plain array of tickets. Time-based incremental exports return a ticket
// again each time it changes: the copy with the latest updated_at is kept.
// Mapping as for the CSV layouts: id -> external id (shared with them, so a
// ticket is one complaint whichever file brought it), subject then
// description -> text, type else first tag -> category, via.channel ->
// channel, requester_id -> customer (never an e-mail address).
#include "import/Parsing.h"
#include "import/TextInput.h"
#include "import/formats/Formats.h"
#include "import/formats/TicketsCommon.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cr::formats {

namespace {

using namespace tickets;

QString text(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString().trimmed();
}

QJsonArray ticketsOf(const QJsonDocument& doc)
{
    if (doc.isArray())
        return doc.array();
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("tickets")).isArray())
        return root.value(QStringLiteral("tickets")).toArray();
    if (root.value(QStringLiteral("ticket")).isObject())
        return QJsonArray{root.value(QStringLiteral("ticket"))};
    return {};
}

bool looksLikeTicket(const QJsonObject& t)
{
    return t.contains(QStringLiteral("id")) && t.contains(QStringLiteral("created_at")) &&
           (t.contains(QStringLiteral("via")) || t.contains(QStringLiteral("requester_id")));
}

class ZendeskTicketsJson final : public Importer
{
public:
    QString id() const override { return QStringLiteral("zendesk-json"); }
    QString sourceFamily() const override
    {
        return QStringLiteral("tickets");
    } // ids shared with the CSV layouts
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "Zendesk tickets (API JSON)");
    }
    ImportKind kind() const override { return ImportKind::Complaints; }
    QStringList suffixes() const override { return {QStringLiteral("json")}; }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText)
            return {};
        const QString head = sample.text.left(4096);
        if ((head.contains(QLatin1String("\"tickets\"")) || head.contains(QLatin1String("\"ticket\""))) &&
            head.contains(QLatin1String("\"via\"")) && head.contains(QLatin1String("\"requester_id\"")))
            return {85, QCoreApplication::translate("Importers",
                                                    "JSON with Zendesk tickets (via, requester_id)")};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        auto bytes = TextInput::readAllUtf8(path, options.encoding);
        if (!bytes)
            return bytes.error();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const int line = int(bytes->left(error.offset).count('\n')) + 1;
            return Error(QCoreApplication::translate("Importers", "This is not valid JSON (%1): cut short?")
                             .arg(error.errorString()),
                         path, line);
        }
        const QJsonArray list = ticketsOf(doc);
        if (list.isEmpty())
            return Error(QCoreApplication::translate(
                             "Importers",
                             "No Zendesk tickets here: expected {\"tickets\": [...]}, {\"ticket\": "
                             "{...}} or an array of tickets."),
                         path);

        // The latest copy of each ticket wins (incremental exports repeat them).
        QHash<QString, int> latest;
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject t = list.at(i).toObject();
            const QString id = text(t.value(QStringLiteral("id")));
            if (id.isEmpty())
                continue;
            const auto it = latest.constFind(id);
            if (it == latest.constEnd() ||
                text(list.at(*it).toObject().value(QStringLiteral("updated_at"))) <=
                    text(t.value(QStringLiteral("updated_at"))))
                latest.insert(id, i);
        }

        int deleted = 0;
        int superseded = 0;
        for (int i = 0; i < list.size() && sink.wantsMore(); ++i) {
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
            const int record = i + 1; // JSON has no useful lines: the record's number in the file
            const QJsonObject t = list.at(i).toObject();
            const QString raw = QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Compact)).left(500);
            if (!looksLikeTicket(t)) {
                sink.reject(record,
                            QCoreApplication::translate(
                                "Importers", "Record %1 is not a ticket (no id, created_at or via).")
                                .arg(record),
                            raw);
                continue;
            }
            const QString id = text(t.value(QStringLiteral("id")));
            if (latest.value(id) != i) {
                ++superseded;
                sink.skip(record, QCoreApplication::translate(
                                      "Importers", "an older copy of ticket %1; a later one is kept")
                                      .arg(id));
                continue;
            }
            const TicketState state = stateOf(text(t.value(QStringLiteral("status"))));
            if (state == TicketState::Deleted) {
                ++deleted;
                sink.skip(record, QCoreApplication::translate("Importers", "deleted in the help desk"));
                continue;
            }
            const QString created = text(t.value(QStringLiteral("created_at")));
            const auto receivedAt = parse::dateTime(created, parse::DayMonthOrder::Refuse);
            if (!receivedAt) {
                sink.reject(
                    record,
                    QCoreApplication::translate("Importers", "Ticket %1: created_at \"%2\" is not a date.")
                        .arg(id, created),
                    raw);
                continue;
            }
            Complaint c;
            c.receivedAt = *receivedAt;
            const QString subject = text(t.value(QStringLiteral("subject")));
            const QString description = t.value(QStringLiteral("description")).toString().trimmed();
            c.text = description.isEmpty() || description == subject
                         ? subject
                         : subject + QStringLiteral("\n\n") + description;
            c.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            c.channel = channelOf(
                t.value(QStringLiteral("via")).toObject().value(QStringLiteral("channel")).toString());
            c.status = complaintStatus(state);
            c.category = text(t.value(QStringLiteral("type")));
            if (c.category.isEmpty())
                c.category = t.value(QStringLiteral("tags")).toArray().first().toString();
            c.customerRef = text(t.value(QStringLiteral("requester_id")));
            ImportRecord r;
            r.line = record;
            r.externalId = id;
            r.value = std::move(c);
            sink.accept(std::move(r));
        }
        QString note =
            QCoreApplication::translate("Importers", "Zendesk tickets (API JSON): tickets read: %1")
                .arg(list.size());
        if (superseded > 0)
            note +=
                QCoreApplication::translate("Importers", "; older copies of a changed ticket left out: %1")
                    .arg(superseded);
        if (deleted > 0)
            note += QCoreApplication::translate("Importers", "; deleted tickets left out: %1").arg(deleted);
        sink.note(note + QLatin1Char('.'));
        sink.progress(1, 1);
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeZendeskTicketsJson()
{
    return std::make_unique<ZendeskTicketsJson>();
}

} // namespace cr::formats
