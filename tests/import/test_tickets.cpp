// Help-desk tickets: the real Zendesk ticket table (Fivetran seed, counts
// from EXPECTED.json), the Zendesk UI export and the Freshdesk export built
// from their documented headers (tests/data/layout-docs/), and bad files.
#include "ImportTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

ReadOutcome readTickets(const QString& path, ImportOptions options = {})
{
    return readWith(ImportKind::Complaints, QStringLiteral("tickets"), path, std::move(options));
}

const Complaint& byId(const ReadOutcome& out, const QString& id)
{
    for (const auto& r : out.sink.records)
        if (r.externalId == id)
            return std::get<Complaint>(r.value);
    FAIL("no ticket " << id.toStdString());
    static Complaint none;
    return none;
}

template <typename F> QMap<QString, int> countBy(const QVector<Complaint>& complaints, F key)
{
    QMap<QString, int> out;
    for (const auto& c : complaints)
        ++out[key(c)];
    return out;
}

QString statusName(const Complaint& c)
{
    return toString(c.status);
}

QDateTime local(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

TEST_CASE("Tickets: the real Zendesk ticket table (Fivetran)", "[tickets]")
{
    const QString path = importData(QStringLiteral("real/tickets/zendesk_tickets_fivetran.csv"));
    const QJsonObject e = expectedFor(QStringLiteral("tickets/zendesk_tickets_fivetran.csv"));
    CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("tickets"));
    const ReadOutcome out = readTickets(path);
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejects.isEmpty());

    // 10 tickets, of which the 2 deleted are left out on purpose.
    const int deleted =
        e.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("deleted")).toInt();
    REQUIRE(deleted == 2);
    CHECK(out.sink.records.size() == e.value(QStringLiteral("records")).toInt() - deleted);
    REQUIRE(out.sink.skips.size() == deleted);
    for (const QString& skip : out.sink.skips)
        CHECK(skip.endsWith(QStringLiteral("deleted in the help desk")));
    CHECK(out.sink.skips.first().startsWith(QStringLiteral("2: "))); // ticket 1595, the first row

    const auto complaints = out.sink.all<Complaint>();
    const auto statuses = countBy(complaints, statusName);
    CHECK(statuses == QMap<QString, int>{{QStringLiteral("closed"), 7}, {QStringLiteral("resolved"), 1}});
    // by_via_channel: email 9, web 1 — the web ticket is one of the deleted.
    CHECK(countBy(complaints, [](const Complaint& c) { return c.channel; }) ==
          QMap<QString, int>{{QStringLiteral("email"), 8}});

    // created_at is UTC in the API and in Fivetran's copy of it.
    QDateTime first;
    QDateTime last;
    for (const auto& c : complaints) {
        first = first.isValid() ? std::min(first, c.receivedAt) : c.receivedAt;
        last = last.isValid() ? std::max(last, c.receivedAt) : c.receivedAt;
    }
    const auto utc = [](const QString& s) {
        QDateTime t = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        t.setTimeZone(QTimeZone::utc());
        return t;
    };
    CHECK(first.toUTC() == utc(e.value(QStringLiteral("created_at_min")).toString()));
    CHECK(last.toUTC() == utc(e.value(QStringLiteral("created_at_max")).toString()));

    const Complaint& solved = byId(out, QStringLiteral("16988"));
    CHECK(solved.status == ComplaintStatus::Resolved);
    CHECK(solved.text == QStringLiteral("subject1\ndescription1"));
    CHECK(solved.customerRef == QStringLiteral("1500656884401"));
    CHECK(solved.category.isEmpty());
    CHECK(byId(out, QStringLiteral("11071")).text ==
          QStringLiteral("subject1\nTicket to test field history changes"));
    CHECK(out.sink.records.first().line == 3);
    CHECK(out.sink.records.last().line == 11);
    REQUIRE(out.sink.notes.size() == 1);
    CHECK(out.sink.notes.first().contains(QStringLiteral("Zendesk ticket table")));
    CHECK(out.sink.notes.first().contains(QStringLiteral("deleted tickets left out: 2")));
}

TEST_CASE("Tickets: Zendesk's CSV export (layout-docs)", "[tickets]")
{
    const QString path = importData(QStringLiteral("layout-docs/zendesk_ui/tickets_export.csv"));
    CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("tickets"));
    const ReadOutcome out = readTickets(path);
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejects.isEmpty());
    CHECK(out.sink.skips.isEmpty());
    const auto complaints = out.sink.all<Complaint>();
    REQUIRE(complaints.size() == 8);
    // Solved 3, Open 1, Pending 1, Closed 1, New 1, Hold 1
    CHECK(countBy(complaints, statusName) == QMap<QString, int>{{QStringLiteral("resolved"), 3},
                                                                {QStringLiteral("open"), 2},
                                                                {QStringLiteral("in_progress"), 2},
                                                                {QStringLiteral("closed"), 1}});
    // Via email 4, web 2, voice 1, api 1
    CHECK(countBy(complaints, [](const Complaint& c) { return c.channel; }) ==
          QMap<QString, int>{{QStringLiteral("email"), 4},
                             {QStringLiteral("web"), 2},
                             {QStringLiteral("phone"), 1},
                             {QStringLiteral("other"), 1}});
    // Times are in the account's zone, written without one: local time.
    QDateTime first;
    QDateTime last;
    for (const auto& c : complaints) {
        first = first.isValid() ? std::min(first, c.receivedAt) : c.receivedAt;
        last = last.isValid() ? std::max(last, c.receivedAt) : c.receivedAt;
    }
    CHECK(first == local("2024-03-01 07:55:00"));
    CHECK(last == local("2024-03-06 18:47:00"));

    const Complaint& t101 = byId(out, QStringLiteral("101"));
    CHECK(t101.text == QStringLiteral("Invoice shows wrong amount")); // the export has no description
    CHECK(t101.category == QStringLiteral("billing"));                // "Ticket Category [list]"
    CHECK(t101.customerRef == QStringLiteral("380001"));              // the id, not the e-mail address
    REQUIRE(t101.resolvedAt);
    CHECK(*t101.resolvedAt == local("2024-03-05 10:40:00"));
    CHECK(byId(out, QStringLiteral("102")).text == QStringLiteral("App crashes on login, \"error 500\""));
    CHECK(byId(out, QStringLiteral("103")).category == QStringLiteral("Task")); // no category: the type
    CHECK_FALSE(byId(out, QStringLiteral("103")).resolvedAt);
    CHECK(byId(out, QStringLiteral("104")).text == QStringLiteral("Kündigung zum 31.03., bitte bestätigen"));
    REQUIRE(out.sink.notes.size() == 1);
    CHECK(out.sink.notes.first().contains(QStringLiteral("Zendesk ticket CSV export")));
}

TEST_CASE("Tickets: Freshdesk's ticket export (layout-docs)", "[tickets]")
{
    const QString path = importData(QStringLiteral("layout-docs/freshdesk/tickets_export.csv"));
    CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("tickets"));
    const ReadOutcome out = readTickets(path);
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejects.isEmpty());
    const auto complaints = out.sink.all<Complaint>();
    REQUIRE(complaints.size() == 8);
    // Closed 2, Open 2, Pending 1, Resolved 1, Waiting on Third Party 1, Waiting on Customer 1
    CHECK(countBy(complaints, statusName) == QMap<QString, int>{{QStringLiteral("closed"), 2},
                                                                {QStringLiteral("open"), 2},
                                                                {QStringLiteral("in_progress"), 3},
                                                                {QStringLiteral("resolved"), 1}});
    // Email 3, Outbound Email, Portal, Feedback Widget, Phone, Chat
    CHECK(countBy(complaints, [](const Complaint& c) { return c.channel; }) ==
          QMap<QString, int>{{QStringLiteral("email"), 4},
                             {QStringLiteral("web"), 2},
                             {QStringLiteral("phone"), 1},
                             {QStringLiteral("chat"), 1}});
    QDateTime first;
    QDateTime last;
    for (const auto& c : complaints) {
        first = first.isValid() ? std::min(first, c.receivedAt) : c.receivedAt;
        last = last.isValid() ? std::max(last, c.receivedAt) : c.receivedAt;
    }
    CHECK(first == local("2024-03-01 08:55:12"));
    CHECK(last == local("2024-03-06 19:47:21"));

    const Complaint& t5002 = byId(out, QStringLiteral("5002"));
    CHECK(t5002.product == QStringLiteral("Mobile App"));
    CHECK(t5002.customerRef == QStringLiteral("43000000002"));
    CHECK(t5002.category == QStringLiteral("Incident"));
    CHECK(byId(out, QStringLiteral("5003")).category.isEmpty()); // no type, no tags
    // Resolved time when there is one, else Closed time.
    REQUIRE(byId(out, QStringLiteral("5001")).resolvedAt);
    CHECK(*byId(out, QStringLiteral("5001")).resolvedAt == local("2024-03-05 10:40:11"));
    CHECK(byId(out, QStringLiteral("5006")).status == ComplaintStatus::InProgress);
    CHECK(out.sink.notes.first().contains(QStringLiteral("Freshdesk")));
}

TEST_CASE("Tickets: descriptions over several lines, tags as category, bad rows", "[tickets]")
{
    QTemporaryDir dir;
    const QByteArray header =
        "id,created_at,subject,description,status,priority,type,tags,via_channel,requester_id\n";
    QByteArray file = header;
    file +=
        "1,2024-01-02 10:00:00,Broken,\"First line\r\nsecond line\",open,high,,refund vip,twitter,77\n"; // 2-3
    file += "2,2024-01-02 11:00:00Z,Late,\"Late\",pending,,question,,chat,78\n";                         // 4
    file += "3,03/04/2024 10:00,Ambiguous,,open,,,,email,79\n";                                          // 5
    file += "4,,No date,,open,,,,email,80\n";                                                            // 6
    file += "1,2024-01-03 10:00:00,Again,,closed,,,,web,77\n";                                           // 7
    file += "5,2024-01-04 09:00:00,Too wide,,open,,,,web,81,extra\n";                                    // 8
    file += "6,2024-01-31 09:00:00,Gone,,deleted,,,,web,82\n";                                           // 9
    file += "7,31/01/2024 09:00,Day first,,solved,,,,api,83\n";                                          // 10
    const QString path = writeFile(dir, QStringLiteral("api.csv"), file);
    const ReadOutcome out = readTickets(path);
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejectLines == QVector<int>{5, 6, 7, 8});
    CHECK(out.sink.rejects.at(0).contains(QStringLiteral("03/04/2024")));
    CHECK(out.sink.rejects.at(2).contains(QStringLiteral("already on line 2")));
    CHECK(out.sink.skips == QStringList{QStringLiteral("9: deleted in the help desk")});
    REQUIRE(out.sink.records.size() == 3);
    QVector<int> lines;
    for (const auto& r : out.sink.records)
        lines << r.line;
    CHECK(lines == QVector<int>{2, 4, 10});
    const Complaint& first = byId(out, QStringLiteral("1"));
    CHECK(first.text == QStringLiteral("Broken\nFirst line\nsecond line"));
    CHECK(first.category == QStringLiteral("refund"));
    CHECK(first.channel == QStringLiteral("social"));
    CHECK(first.customerRef == QStringLiteral("77"));
    // Ticket-table times without a zone are UTC; with "Z" they say so.
    QDateTime tenUtc(QDate(2024, 1, 2), QTime(10, 0), QTimeZone::utc());
    CHECK(first.receivedAt == tenUtc);
    const Complaint& second = byId(out, QStringLiteral("2"));
    CHECK(second.text == QStringLiteral("Late"));
    CHECK(second.category == QStringLiteral("question"));
    CHECK(second.channel == QStringLiteral("chat"));
    CHECK(second.status == ComplaintStatus::InProgress);
    CHECK(second.receivedAt == tenUtc.addSecs(3600));
    const Complaint& seventh = byId(out, QStringLiteral("7"));
    CHECK(seventh.receivedAt.toUTC() == QDateTime(QDate(2024, 1, 31), QTime(9, 0), QTimeZone::utc()));
    CHECK(seventh.status == ComplaintStatus::Resolved);
    CHECK(seventh.channel == QStringLiteral("other"));
}

TEST_CASE("Tickets: files refused whole", "[tickets]")
{
    QTemporaryDir dir;
    SECTION("empty")
    {
        const ReadOutcome out = readTickets(writeFile(dir, QStringLiteral("empty.csv"), {}));
        REQUIRE(out.refusal);
    }
    SECTION("header only")
    {
        const ReadOutcome out =
            readTickets(writeFile(dir, QStringLiteral("h.csv"), "Ticket ID,Subject,Status,Created time\n"));
        CHECK_FALSE(out.refusal);
        CHECK(out.sink.records.isEmpty());
        CHECK(out.sink.notes.first().contains(QStringLiteral("Freshdesk")));
    }
    SECTION("no creation time")
    {
        const ReadOutcome out =
            readTickets(writeFile(dir, QStringLiteral("n.csv"), "Id,Subject,Status\n1,Hi,open\n"));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("--map received_at")));
    }
    SECTION("no words")
    {
        const ReadOutcome out = readTickets(
            writeFile(dir, QStringLiteral("w.csv"), "Id,Created at,Status\n1,2024-01-01 10:00,open\n"));
        REQUIRE(out.refusal);
    }
    SECTION("binary garbage")
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919) % 256);
        const ReadOutcome out = readTickets(writeFile(dir, QStringLiteral("g.csv"), garbage));
        CHECK(out.refusal);
        CHECK(out.sink.records.isEmpty());
    }
    SECTION("a quoted description cut off at the end")
    {
        const ReadOutcome out =
            readTickets(writeFile(dir, QStringLiteral("cut.csv"),
                                  "Ticket ID,Subject,Description,Status,Created "
                                  "time\n1,Hi,\"ok\",Open,2024-01-01 10:00:00\n2,Ho,\"cut"));
        REQUIRE(out.refusal);
        CHECK(out.refusal->line == 3);
    }
    SECTION("semicolons are sniffed")
    {
        const ReadOutcome out = readTickets(
            writeFile(dir, QStringLiteral("semi.csv"),
                      "Ticket ID;Subject;Status;Source;Created time\n9;Hi;Open;Email;2024-01-01 10:00:00\n"));
        REQUIRE_FALSE(out.refusal);
        REQUIRE(out.sink.records.size() == 1);
        CHECK(std::get<Complaint>(out.sink.records.first().value).channel == QStringLiteral("email"));
    }
    SECTION("--map for another help desk")
    {
        ImportOptions options;
        options.map.insert(QStringLiteral("received_at"), QStringLiteral("Opened"));
        options.map.insert(QStringLiteral("text"), QStringLiteral("Summary"));
        const ReadOutcome out =
            readTickets(writeFile(dir, QStringLiteral("m.csv"),
                                  "Ref,Opened,Summary,Status\nA-1,2024-02-03 08:00,Slow refund,Open\n"),
                        options);
        REQUIRE_FALSE(out.refusal);
        REQUIRE(out.sink.records.size() == 1);
        CHECK(std::get<Complaint>(out.sink.records.first().value).text == QStringLiteral("Slow refund"));
        CHECK(out.sink.records.first().externalId.isEmpty()); // no id column: identified by content
    }
}

TEST_CASE("Tickets: a Zendesk custom category field beats the ticket type", "[tickets]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("cat.csv"),
                                   "Id,Subject,Tags,Status,Via,Ticket type,Created at,Categories [list]\n"
                                   "1,Refund,vip,Open,Mail,Question,2024-01-02 10:00,Billing\n"
                                   "2,Refund,vip,Open,Web form,Question,2024-01-02 10:00,\n"
                                   "3,Refund,vip refund,Open,Phone call (incoming),,2024-01-02 10:00,\n");
    CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("tickets"));
    const ReadOutcome out = readTickets(path);
    REQUIRE_FALSE(out.refusal);
    const auto c = out.sink.all<Complaint>();
    REQUIRE(c.size() == 3);
    CHECK(c[0].category == QStringLiteral("Billing"));
    CHECK(c[1].category == QStringLiteral("Question"));
    CHECK(c[2].category == QStringLiteral("vip"));
    CHECK(c[0].channel == QStringLiteral("email"));
    CHECK(c[1].channel == QStringLiteral("web"));
    CHECK(c[2].channel == QStringLiteral("phone"));
}

TEST_CASE("Zendesk API JSON: the incremental export keeps the latest copy of each ticket", "[tickets]")
{
    // layout-docs/README.md: 7 objects, 6 distinct ids; latest copies: solved 2, pending 1, new 1,
    // hold 1, closed 1; channels email 2, web 2, voice 1, api 1; 3 descriptions with a line break.
    const QString path = importData(QStringLiteral("layout-docs/zendesk_api/incremental_tickets.json"));
    CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("zendesk-json"));
    const ReadOutcome out = readWith(ImportKind::Complaints, QStringLiteral("zendesk-json"), path);
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejects.isEmpty());
    CHECK(out.sink.skips.size() == 1); // the older copy of ticket 102
    const auto c = out.sink.all<Complaint>();
    REQUIRE(c.size() == 6);
    QMap<ComplaintStatus, int> statuses;
    QMap<QString, int> channels;
    int multiLine = 0;
    for (const Complaint& complaint : c) {
        ++statuses[complaint.status];
        ++channels[complaint.channel];
        multiLine += complaint.text.count(QLatin1Char('\n')) > 2 ? 1 : 0; // beyond the subject's blank line
        CHECK_FALSE(complaint.text.contains(QLatin1Char('\r')));
    }
    CHECK(statuses[ComplaintStatus::Resolved] == 2);
    CHECK(statuses[ComplaintStatus::InProgress] == 2); // pending and hold
    CHECK(statuses[ComplaintStatus::Open] == 1);
    CHECK(statuses[ComplaintStatus::Closed] == 1);
    CHECK(channels[QStringLiteral("email")] == 2);
    CHECK(channels[QStringLiteral("web")] == 2);
    CHECK(channels[QStringLiteral("phone")] == 1);
    CHECK(channels[QStringLiteral("other")] == 1);
    CHECK(multiLine == 3);
    const ImportRecord* first = recordFor(out, QStringLiteral("101"));
    REQUIRE(first);
    const auto& invoice = std::get<Complaint>(first->value);
    CHECK(invoice.receivedAt.toUTC() == QDateTime(QDate(2024, 3, 4), QTime(7, 12, 3), Qt::UTC));
    CHECK(invoice.text.startsWith(QStringLiteral("Invoice shows wrong amount\n\nHello,")));
    CHECK(invoice.category == QStringLiteral("question"));
    CHECK(invoice.customerRef == QStringLiteral("380001"));

    QTemporaryDir dir;
    CHECK(readWith(ImportKind::Complaints, QStringLiteral("zendesk-json"),
                   writeFile(dir, QStringLiteral("cut.json"), readFile(path).left(900)))
              .refusal.has_value());
    CHECK(readWith(ImportKind::Complaints, QStringLiteral("zendesk-json"),
                   writeFile(dir, QStringLiteral("other.json"), "{\"users\": []}"))
              .refusal.has_value());
}
