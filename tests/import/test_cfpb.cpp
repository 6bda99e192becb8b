// CFPB complaints, CSV and JSON: the real samples (counts from EXPECTED.json,
// computed by an independent script), JSON in every shape CFPB serves it
// (generated here from the real CSV, plus the layout-docs fixtures), and the
// ways files go wrong.
#include "ImportTestSupport.h"
#include "TestRoom.h"

#include "import/CsvReader.h"
#include "import/ImportSession.h"
#include "import/ImporterRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

QMap<QString, int> countsOf(const QJsonObject& object)
{
    QMap<QString, int> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toInt());
    return out;
}

ReadOutcome readCfpb(const QString& path, const QString& id = QStringLiteral("cfpb"),
                     ImportOptions options = {})
{
    return readWith(ImportKind::Complaints, id, path, std::move(options));
}

// A record's text is the narrative unless it is the "Issue: Sub-issue" stand-in.
bool hasNarrative(const Complaint& c)
{
    return !c.text.isEmpty() && c.text != c.category && !c.text.startsWith(c.category + QStringLiteral(": "));
}

const char* const kCsvHeader =
    "Date received,Product,Sub-product,Issue,Sub-issue,Consumer complaint narrative,Company public response,"
    "Company,State,ZIP code,Tags,Consumer consent provided?,Submitted via,Date sent to company,"
    "Company response to consumer,Timely response?,Consumer disputed?,Complaint ID\n";

QByteArray csvRow(const char* date, const char* narrative, const char* id, const char* via = "Web",
                  const char* response = "Closed with explanation")
{
    return QByteArray(date) + ",Mortgage,Other mortgage,Struggling to pay mortgage,," + narrative +
           ",,ACME BANK,CA,940XX,,Consent provided," + via + "," + date + "," + response + ",Yes,N/A," + id +
           "\n";
}

// The GUI's preview: stops asking after five records.
struct PreviewSink final : ImportSink
{
    QVector<ImportRecord> records;
    void accept(ImportRecord record) override { records.append(std::move(record)); }
    void reject(int, const QString&, const QString&) override {}
    void skip(int, const QString&) override {}
    void note(const QString&) override {}
    bool isCancelled() const override { return false; }
    void progress(qint64, qint64) override {}
    bool wantsMore() const override { return records.size() < 5; }
};

} // namespace

TEST_CASE("CFPB CSV: the real samples give the independently computed counts", "[cfpb]")
{
    const std::string name =
        GENERATE(as<std::string>{}, "complaints_real_sample.csv", "v2-public.csv", "complaints-subset.csv");
    INFO(name);
    const QString relative = QStringLiteral("cfpb/") + QString::fromStdString(name);
    const QJsonObject e = expectedFor(relative);
    const ReadOutcome out = readCfpb(importData(QStringLiteral("real/") + relative));
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejects.isEmpty());
    CHECK(out.sink.skips.isEmpty());
    REQUIRE(out.sink.notes.size() == 1);

    const auto complaints = out.sink.all<Complaint>();
    REQUIRE(complaints.size() == e.value(QStringLiteral("records")).toInt());

    QMap<QString, int> byProduct;
    QMap<QString, int> byIssue;
    QDate first;
    QDate last;
    int withNarrative = 0;
    int withBreaks = 0;
    for (const Complaint& c : complaints) {
        ++byProduct[c.product];
        ++byIssue[c.category];
        const QDate d = c.receivedAt.date();
        REQUIRE(d.isValid());
        CHECK(c.receivedAt.time() == QTime(0, 0));
        first = first.isValid() ? std::min(first, d) : d;
        last = last.isValid() ? std::max(last, d) : d;
        if (hasNarrative(c))
            ++withNarrative;
        if (c.text.contains(QLatin1Char('\n')))
            ++withBreaks;
        CHECK_FALSE(c.text.isEmpty());
        CHECK(c.customerRef.isEmpty());
    }
    CHECK(byProduct == countsOf(e.value(QStringLiteral("by_product")).toObject()));
    CHECK(byIssue == countsOf(e.value(QStringLiteral("by_issue")).toObject()));
    CHECK(first.toString(Qt::ISODate) == e.value(QStringLiteral("date_min")).toString());
    CHECK(last.toString(Qt::ISODate) == e.value(QStringLiteral("date_max")).toString());
    CHECK(withNarrative == e.value(QStringLiteral("with_narrative")).toInt());
    CHECK(withBreaks == e.value(QStringLiteral("narratives_with_line_breaks")).toInt());

    QSet<QString> ids;
    for (const ImportRecord& r : out.sink.records)
        ids.insert(r.externalId);
    if (e.value(QStringLiteral("ids_unique")).isNull()) {
        // No Complaint ID column: the session identifies these by content.
        CHECK(ids == QSet<QString>{QString()});
        CHECK(out.sink.notes.first().contains(QStringLiteral("no Complaint ID")));
    } else {
        CHECK(ids.size() == e.value(QStringLiteral("ids_unique")).toInt());
        CHECK_FALSE(ids.contains(QString()));
    }
    // Records start right below the header (no lines above it in these files).
    CHECK(out.sink.records.first().line == 2 + e.value(QStringLiteral("lines_before_header")).toInt());
}

TEST_CASE("CFPB CSV: record lines count the line breaks inside narratives", "[cfpb]")
{
    const QString path = importData(QStringLiteral("real/cfpb/complaints_real_sample.csv"));
    const ReadOutcome out = readCfpb(path);
    REQUIRE_FALSE(out.refusal);
    const auto& records = out.sink.records;
    REQUIRE(records.size() == 1000);
    for (int i = 0; i + 1 < records.size(); ++i) {
        const auto& c = std::get<Complaint>(records[i].value);
        const int breaks = hasNarrative(c) ? int(c.text.count(QLatin1Char('\n'))) : 0;
        INFO("record " << i << " on line " << records[i].line);
        REQUIRE(records[i + 1].line == records[i].line + 1 + breaks);
    }
    // The file has 1377 line feeds and ends with one: the last record ends on line 1377.
    const auto& lastComplaint = std::get<Complaint>(records.last().value);
    CHECK(records.last().line + lastComplaint.text.count(QLatin1Char('\n')) == 1377);

    // Spot values of the first record.
    const auto& c = std::get<Complaint>(records.first().value);
    CHECK(records.first().externalId == QStringLiteral("3200289"));
    CHECK(c.receivedAt.date() == QDate(2019, 4, 3));
    CHECK(c.channel == QStringLiteral("web"));
    CHECK(c.status == ComplaintStatus::Closed);
    CHECK(c.category == QStringLiteral("Unable to get your credit report or credit score"));
    CHECK(c.text ==
          QStringLiteral(
              "Unable to get your credit report or credit score: Other problem getting your report or "
              "credit score"));
}

TEST_CASE("CFPB CSV: a bad date in the real file is rejected with its own line", "[cfpb]")
{
    // Break the date of the last record (a one-line record after 76
    // narratives with line breaks). Its line is counted here from the bytes.
    QByteArray bytes = readFile(importData(QStringLiteral("real/cfpb/complaints_real_sample.csv")));
    const qsizetype lastStart = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
    const int expectedLine = int(bytes.left(lastStart).count('\n')) + 1;
    REQUIRE(bytes.mid(lastStart, 9) == QByteArray("2019/5/2,"));
    bytes.replace(lastStart, 8, "2019/5/32");
    QTemporaryDir dir;
    const ReadOutcome out = readCfpb(writeFile(dir, QStringLiteral("bad_last.csv"), bytes));
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.records.size() == 999);
    REQUIRE(out.sink.rejectLines == QVector<int>{expectedLine});
    CHECK(expectedLine == 1377);
    CHECK(out.sink.rejects.first().contains(QStringLiteral("2019/5/32")));
}

TEST_CASE("CFPB CSV: lines above the header, multi-line narratives and exact reject lines", "[cfpb]")
{
    QByteArray file = "Consumer Complaint Database export\r\n"
                      "Downloaded 2024-03-05 from consumerfinance.gov\r\n"
                      "\r\n";
    file += kCsvHeader;                                                           // line 4
    file += csvRow("2019-09-24", "\"Line one\nline two\nline three\"", "1001");   // lines 5-7
    file += csvRow("9/24/19", "\"Called twice,\r\nno answer\"", "1002", "Phone"); // lines 8-9
    file += csvRow("2019/9/31", "", "1003");                                      // line 10: no 31 September
    file += csvRow("2019-09-25T12:00:00-05:00", "", "1004", "Postal mail", "In progress"); // line 11
    file += csvRow("", "", "1005");                                                        // line 12: no date
    file += csvRow("09/26/2019", "\"\"\"Quoted\"\" start\"", "1002");                   // line 13: duplicate
    file += csvRow("10/1/2019", "", "1007", "Referral", "Closed with monetary relief"); // line 14
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("junk_above.csv"), file);

    CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("cfpb"));
    const ReadOutcome out = readCfpb(path);
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejectLines == QVector<int>{10, 12, 13});
    CHECK(out.sink.rejects.at(2).contains(QStringLiteral("already on line 8")));
    REQUIRE(out.sink.records.size() == 4);
    QVector<int> lines;
    for (const auto& r : out.sink.records)
        lines << r.line;
    CHECK(lines == QVector<int>{5, 8, 11, 14});
    const auto complaints = out.sink.all<Complaint>();
    CHECK(complaints[0].text == QStringLiteral("Line one\nline two\nline three"));
    CHECK(complaints[1].text == QStringLiteral("Called twice,\nno answer"));
    CHECK(complaints[1].receivedAt.date() == QDate(2019, 9, 24));
    CHECK(complaints[1].channel == QStringLiteral("phone"));
    // Noon Eastern on 25 September is the 25th, in every time zone.
    CHECK(complaints[2].receivedAt.date() == QDate(2019, 9, 25));
    CHECK(complaints[2].channel == QStringLiteral("letter"));
    CHECK(complaints[2].status == ComplaintStatus::InProgress);
    CHECK(complaints[2].text == QStringLiteral("Struggling to pay mortgage"));
    CHECK(complaints[3].receivedAt.date() == QDate(2019, 10, 1));
    CHECK(complaints[3].channel == QStringLiteral("other"));
    CHECK(complaints[3].status == ComplaintStatus::Resolved);
    CHECK(out.sink.notes.first().contains(QStringLiteral("rows above the header left out: 2")));
}

TEST_CASE("CFPB CSV: channel and status tables", "[cfpb]")
{
    QByteArray file = kCsvHeader;
    const char* const vias[] = {
        "Web", "Web Referral",  "Servicemember profile", "Phone", "Email", "Postal mail", "Fax", "Referral",
        "",    "Carrier pigeon"};
    const char* const responses[] = {"Closed with explanation",
                                     "Closed with non-monetary relief",
                                     "Closed with monetary relief",
                                     "Closed with relief",
                                     "Closed without relief",
                                     "Closed",
                                     "In progress",
                                     "Untimely response",
                                     "",
                                     "Something new"};
    for (int i = 0; i < 10; ++i)
        file += csvRow("2020-01-02", "", QByteArray::number(2000 + i).constData(), vias[i], responses[i]);
    QTemporaryDir dir;
    const ReadOutcome out = readCfpb(writeFile(dir, QStringLiteral("tables.csv"), file));
    REQUIRE_FALSE(out.refusal);
    const auto c = out.sink.all<Complaint>();
    REQUIRE(c.size() == 10);
    QStringList channels;
    QList<ComplaintStatus> statuses;
    for (const auto& x : c) {
        channels << x.channel;
        statuses << x.status;
    }
    CHECK(channels == QStringList{QStringLiteral("web"), QStringLiteral("web"), QStringLiteral("web"),
                                  QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("letter"),
                                  QStringLiteral("letter"), QStringLiteral("other"), QStringLiteral("other"),
                                  QStringLiteral("other")});
    using S = ComplaintStatus;
    CHECK(statuses == QList<S>{S::Closed, S::Resolved, S::Resolved, S::Resolved, S::Closed, S::Closed,
                               S::InProgress, S::Open, S::Open, S::Open});
}

TEST_CASE("CFPB CSV: bad files are refused or rejected row by row", "[cfpb]")
{
    QTemporaryDir dir;
    SECTION("empty file")
    {
        const ReadOutcome out = readCfpb(writeFile(dir, QStringLiteral("empty.csv"), {}));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("empty")));
    }
    SECTION("header only: nothing to import, nothing wrong")
    {
        const ReadOutcome out = readCfpb(writeFile(dir, QStringLiteral("header.csv"), kCsvHeader));
        CHECK_FALSE(out.refusal);
        CHECK(out.sink.records.isEmpty());
        CHECK(out.sink.rejects.isEmpty());
    }
    SECTION("not a CFPB file")
    {
        const ReadOutcome out = readCfpb(
            writeFile(dir, QStringLiteral("other.csv"), "received_at,text\n2024-01-01,Late delivery\n"));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("No CFPB header")));
        CHECK(autoChoice(ImportKind::Complaints, dir.filePath(QStringLiteral("other.csv"))) ==
              QStringLiteral("generic"));
    }
    SECTION("binary garbage")
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919) % 256);
        const ReadOutcome out = readCfpb(writeFile(dir, QStringLiteral("garbage.csv"), garbage));
        CHECK(out.refusal);
        CHECK(out.sink.records.isEmpty());
    }
    SECTION("cut off inside a quoted narrative")
    {
        QByteArray file = kCsvHeader;
        file += csvRow("2020-01-02", "", "1");
        file += "2020-01-03,Mortgage,Other mortgage,Struggling to pay mortgage,,\"I called and";
        const ReadOutcome out = readCfpb(writeFile(dir, QStringLiteral("cut.csv"), file));
        REQUIRE(out.refusal);
        CHECK(out.refusal->line == 3);
    }
    SECTION("a row with a missing delimiter")
    {
        QByteArray file = kCsvHeader;
        file += csvRow("2020-01-02", "", "1");
        file +=
            "2020-01-03,Mortgage,Struggling to pay mortgage,,,,ACME,CA,,,,Web,2020-01-03,Closed,Yes,N/A,2\n";
        file += csvRow("2020-01-04", "", "3");
        const ReadOutcome out = readCfpb(writeFile(dir, QStringLiteral("short.csv"), file));
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 2);
        CHECK(out.sink.rejectLines == QVector<int>{3});
        CHECK(out.sink.rejects.first().contains(QStringLiteral("17 fields")));
    }
    SECTION("semicolons and a trailing delimiter")
    {
        QByteArray file = QByteArray(kCsvHeader).replace(',', ';');
        file.replace('\n', ";\n");
        // The header ends in a delimiter; one row repeats it, one does not.
        file += "2020-01-02;Mortgage;;Struggling to pay "
                "mortgage;;;;ACME;CA;;;;Web;2020-01-02;Closed;Yes;N/A;9;\n";
        file += "2020-01-03;Mortgage;;Struggling to pay "
                "mortgage;;;;ACME;CA;;;;Web;2020-01-03;Closed;Yes;N/A;10\n";
        const ReadOutcome out = readCfpb(writeFile(dir, QStringLiteral("semi.csv"), file));
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.rejects.isEmpty());
        REQUIRE(out.sink.records.size() == 2);
        CHECK(out.sink.records.first().externalId == QStringLiteral("9"));
        CHECK(out.sink.records.last().externalId == QStringLiteral("10"));
    }
    SECTION("header names through --map")
    {
        ImportOptions options;
        options.map.insert(QStringLiteral("received_at"), QStringLiteral("Fecha"));
        options.map.insert(QStringLiteral("product"), QStringLiteral("Producto"));
        options.map.insert(QStringLiteral("category"), QStringLiteral("Problema"));
        const QString path = writeFile(dir, QStringLiteral("es.csv"),
                                       "Fecha,Producto,Problema\n2021-05-06,Hipoteca,Cobro indebido\n");
        const ReadOutcome out = readCfpb(path, QStringLiteral("cfpb"), options);
        REQUIRE_FALSE(out.refusal);
        const auto c = out.sink.all<Complaint>();
        REQUIRE(c.size() == 1);
        CHECK(c.first().product == QStringLiteral("Hipoteca"));
        CHECK(c.first().text == QStringLiteral("Cobro indebido"));
        options.map.insert(QStringLiteral("id"), QStringLiteral("Numero"));
        const ReadOutcome unknown = readCfpb(path, QStringLiteral("cfpb"), options);
        REQUIRE(unknown.refusal);
        CHECK(unknown.refusal->message.contains(QStringLiteral("Numero")));
    }
    SECTION("cancel, and a preview that stops early")
    {
        QByteArray file = kCsvHeader;
        for (int i = 0; i < 2000; ++i)
            file += csvRow("2020-01-02", "", QByteArray::number(i + 1).constData());
        const QString path = writeFile(dir, QStringLiteral("many.csv"), file);
        CHECK(readCfpb(path).sink.records.size() == 2000);
        const auto cancelled = readCancelled(ImportKind::Complaints, QStringLiteral("cfpb"), path);
        REQUIRE(cancelled.refusal);
        CHECK(cancelled.refusal->message == QStringLiteral("Cancelled."));
        CHECK(cancelled.sink.records.size() < 2000);
        const Importer* importer = importerById(ImportKind::Complaints, QStringLiteral("cfpb"));
        REQUIRE(importer);
        PreviewSink preview;
        REQUIRE(importer->read(path, ImportOptions{}, preview).ok());
        CHECK(preview.records.size() == 5);
    }
}

namespace {

// The real v2-public.csv rewritten as the JSON CFPB serves: snake_case keys
// (complaints/ccdb/fields-s3/v2-json.txt), ISO dates.
QVector<QJsonObject> v2PublicAsJson(bool apiDates)
{
    static const QHash<QString, QString> keys{
        {QStringLiteral("Date received"), QStringLiteral("date_received")},
        {QStringLiteral("Product"), QStringLiteral("product")},
        {QStringLiteral("Sub-product"), QStringLiteral("sub_product")},
        {QStringLiteral("Issue"), QStringLiteral("issue")},
        {QStringLiteral("Sub-issue"), QStringLiteral("sub_issue")},
        {QStringLiteral("Consumer complaint narrative"), QStringLiteral("complaint_what_happened")},
        {QStringLiteral("Company public response"), QStringLiteral("company_public_response")},
        {QStringLiteral("Company"), QStringLiteral("company")},
        {QStringLiteral("State"), QStringLiteral("state")},
        {QStringLiteral("ZIP code"), QStringLiteral("zip_code")},
        {QStringLiteral("Tags"), QStringLiteral("tags")},
        {QStringLiteral("Consumer consent provided?"), QStringLiteral("consumer_consent_provided")},
        {QStringLiteral("Submitted via"), QStringLiteral("submitted_via")},
        {QStringLiteral("Date sent to company"), QStringLiteral("date_sent_to_company")},
        {QStringLiteral("Company response to consumer"), QStringLiteral("company_response")},
        {QStringLiteral("Timely response?"), QStringLiteral("timely")},
        {QStringLiteral("Consumer disputed?"), QStringLiteral("consumer_disputed")},
        {QStringLiteral("Complaint ID"), QStringLiteral("complaint_id")},
        {QStringLiteral("Event tag"), QStringLiteral("event_tag")},
    };
    CsvReader reader(importData(QStringLiteral("real/cfpb/v2-public.csv")));
    REQUIRE(reader.open().ok());
    CsvRow header;
    REQUIRE(*reader.next(header));
    QVector<QJsonObject> out;
    CsvRow row;
    while (*reader.next(row)) {
        QJsonObject o;
        for (int i = 0; i < header.fields.size(); ++i) {
            const QString key = keys.value(header.fields[i]);
            REQUIRE_FALSE(key.isEmpty());
            QString value = row.fields.value(i);
            if (key.startsWith(QStringLiteral("date_"))) {
                // M/D/YY in the CSV; Qt reads two-digit years as 19xx.
                const QDate d = QDate::fromString(value, QStringLiteral("M/d/yy")).addYears(100);
                REQUIRE(d.isValid());
                value = d.toString(Qt::ISODate);
                if (apiDates)
                    value += QStringLiteral("T12:00:00-05:00");
            }
            if (value.isEmpty())
                o.insert(key, QJsonValue::Null);
            else
                o.insert(key, value);
        }
        out << o;
    }
    REQUIRE(out.size() == 30);
    return out;
}

void requireSameComplaints(const ReadOutcome& json, const ReadOutcome& csv)
{
    REQUIRE_FALSE(json.refusal);
    CHECK(json.sink.rejects.isEmpty());
    REQUIRE(json.sink.records.size() == csv.sink.records.size());
    for (int i = 0; i < csv.sink.records.size(); ++i) {
        const auto& a = std::get<Complaint>(json.sink.records[i].value);
        const auto& b = std::get<Complaint>(csv.sink.records[i].value);
        INFO("record " << i);
        CHECK(json.sink.records[i].externalId == csv.sink.records[i].externalId);
        CHECK(a.receivedAt == b.receivedAt);
        CHECK(a.product == b.product);
        CHECK(a.category == b.category);
        CHECK(a.text == b.text);
        CHECK(a.channel == b.channel);
        CHECK(a.status == b.status);
    }
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("CFPB JSON: array, NDJSON and search-API files give the same complaints as the CSV", "[cfpb]")
{
    const ReadOutcome csv = readCfpb(importData(QStringLiteral("real/cfpb/v2-public.csv")));
    REQUIRE(csv.sink.records.size() == 30);
    QTemporaryDir dir;

    SECTION("the database's JSON download: one array, pretty-printed")
    {
        QJsonArray array;
        for (const QJsonObject& o : v2PublicAsJson(false))
            array.append(o);
        const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
        const QString path = writeFile(dir, QStringLiteral("complaints.json"), bytes);
        CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("cfpb-json"));
        const ReadOutcome out = readCfpb(path, QStringLiteral("cfpb-json"));
        requireSameComplaints(out, csv);
        // Each record's line is where its "{" is.
        QVector<int> starts;
        int line = 1;
        for (const QByteArray& l : bytes.split('\n')) {
            if (l == "    {")
                starts << line;
            ++line;
        }
        QVector<int> lines;
        for (const auto& r : out.sink.records)
            lines << r.line;
        CHECK(lines == starts);
        CHECK(out.sink.notes.first().contains(QStringLiteral("JSON download")));
        // --format cfpb reads JSON too.
        requireSameComplaints(readCfpb(path), csv);
    }
    SECTION("NDJSON, ids as numbers")
    {
        QByteArray bytes;
        for (QJsonObject o : v2PublicAsJson(false)) {
            o.insert(QStringLiteral("complaint_id"),
                     o.value(QStringLiteral("complaint_id")).toString().toLongLong());
            bytes += compact(o) + "\n";
        }
        const QString path = writeFile(dir, QStringLiteral("complaints.ndjson"), bytes);
        CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("cfpb-json"));
        const ReadOutcome out = readCfpb(path, QStringLiteral("cfpb-json"));
        requireSameComplaints(out, csv);
        CHECK(out.sink.records.last().line == 30);
        CHECK(out.sink.notes.first().contains(QStringLiteral("NDJSON")));
    }
    SECTION("search API response: hits.hits[]._source, aggregations first")
    {
        QJsonArray hits;
        for (const QJsonObject& o : v2PublicAsJson(true)) {
            QJsonObject hit{{QStringLiteral("_index"), QStringLiteral("complaint-public-v2")},
                            {QStringLiteral("_id"), o.value(QStringLiteral("complaint_id"))},
                            {QStringLiteral("_score"), 1.0},
                            {QStringLiteral("_source"), o}};
            hits.append(hit);
        }
        // Keys in this order on purpose: "aggregations" holds a nested "hits" too.
        QByteArray bytes =
            "{\"took\": 4, \"timed_out\": false,\n\"aggregations\": {\"product\": {\"buckets\": "
            "[{\"key\": \"Mortgage\", \"hits\": {\"hits\": [{\"x\": 1}]}}]}},\n\"hits\": {\"total\": "
            "{\"value\": 30, \"relation\": \"eq\"}, \"max_score\": 1.0, \"hits\": ";
        bytes += QJsonDocument(hits).toJson(QJsonDocument::Indented);
        bytes += "}, \"_meta\": {\"total_record_count\": 30}}\n";
        const QString path = writeFile(dir, QStringLiteral("search.json"), bytes);
        CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("cfpb-json"));
        const ReadOutcome out = readCfpb(path, QStringLiteral("cfpb-json"));
        requireSameComplaints(out, csv);
        CHECK(out.sink.notes.first().contains(QStringLiteral("search API")));
    }
    SECTION("a bare array of hits on one line")
    {
        QJsonArray hits;
        for (const QJsonObject& o : v2PublicAsJson(true))
            hits.append(QJsonObject{{QStringLiteral("_id"), o.value(QStringLiteral("complaint_id"))},
                                    {QStringLiteral("_source"), o}});
        const QString path =
            writeFile(dir, QStringLiteral("export.json"), QJsonDocument(hits).toJson(QJsonDocument::Compact));
        const ReadOutcome out = readCfpb(path, QStringLiteral("cfpb-json"));
        requireSameComplaints(out, csv);
        CHECK(out.sink.records.last().line == 1);
        CHECK(out.sink.notes.first().contains(QStringLiteral("search hits")));
    }
}

TEST_CASE("CFPB JSON: layout-docs fixtures of every served shape", "[cfpb]")
{
    const std::string name = GENERATE(as<std::string>{}, "api_search_response.json", "api_export.json",
                                      "bulk_complaints.json", "es_bulk.ndjson");
    INFO(name);
    const QString path = importData(QStringLiteral("layout-docs/cfpb_json/") + QString::fromStdString(name));
    CHECK(autoChoice(ImportKind::Complaints, path) == QStringLiteral("cfpb-json"));
    const ReadOutcome out = readCfpb(path, QStringLiteral("cfpb-json"));
    REQUIRE_FALSE(out.refusal);
    const bool bulk = name == "bulk_complaints.json";
    // The bulk file's complaint 7712501 has "date_received": null.
    CHECK(out.sink.rejects.size() == (bulk ? 1 : 0));
    const auto c = out.sink.all<Complaint>();
    REQUIRE(c.size() == (bulk ? 5 : 6));
    QSet<QString> ids;
    for (const auto& r : out.sink.records)
        ids.insert(r.externalId);
    CHECK(ids.contains(QStringLiteral("7712345")));
    CHECK(ids.contains(QStringLiteral("7712588")));
    CHECK(ids.contains(QStringLiteral("7712501")) == !bulk);

    QMap<ComplaintStatus, int> statuses;
    QMap<QString, int> channels;
    int narratives = 0;
    int breaks = 0;
    QDate first(9999, 1, 1);
    QDate last(1, 1, 1);
    for (const auto& x : c) {
        ++statuses[x.status];
        ++channels[x.channel];
        narratives += hasNarrative(x) ? 1 : 0;
        breaks += x.text.contains(QLatin1Char('\n')) ? 1 : 0;
        first = std::min(first, x.receivedAt.date());
        last = std::max(last, x.receivedAt.date());
    }
    CHECK(statuses[ComplaintStatus::Closed] == (bulk ? 2 : 3));
    CHECK(statuses[ComplaintStatus::InProgress] == 1);
    CHECK(statuses[ComplaintStatus::Resolved] == 2);
    CHECK(channels[QStringLiteral("web")] == 3);
    CHECK(channels[QStringLiteral("phone")] == 1);
    CHECK(channels[QStringLiteral("letter")] == (bulk ? 0 : 1));
    CHECK(channels[QStringLiteral("other")] == 1);
    CHECK(narratives == 2);
    CHECK(breaks == 1);
    CHECK(first == QDate(2023, 9, 14));
    CHECK(last == QDate(2023, 9, 18));
}

TEST_CASE("CFPB JSON: bad files", "[cfpb]")
{
    QTemporaryDir dir;
    const QByteArray good = compact(v2PublicAsJson(false).first());
    SECTION("a bad date on a known NDJSON line, after multi-line records")
    {
        // Records 1-2 pretty-printed over several lines, then one per line.
        const auto rows = v2PublicAsJson(false);
        QByteArray bytes = QJsonDocument(rows[0]).toJson(QJsonDocument::Indented);
        bytes += QJsonDocument(rows[1]).toJson(QJsonDocument::Indented);
        const int linesSoFar = int(bytes.count('\n'));
        QJsonObject bad = rows[2];
        bad.insert(QStringLiteral("date_received"), QStringLiteral("2019-02-30"));
        bytes += compact(bad) + "\n" + compact(rows[3]) + "\n";
        const ReadOutcome out =
            readCfpb(writeFile(dir, QStringLiteral("bad.ndjson"), bytes), QStringLiteral("cfpb-json"));
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 3);
        REQUIRE(out.sink.rejectLines == QVector<int>{linesSoFar + 1});
        CHECK(out.sink.records.last().line == linesSoFar + 2);
    }
    SECTION("cut short inside a record")
    {
        QByteArray bytes = "[\n" + good + ",\n" + good.left(good.size() / 2);
        const ReadOutcome out =
            readCfpb(writeFile(dir, QStringLiteral("cut.json"), bytes), QStringLiteral("cfpb-json"));
        REQUIRE(out.refusal);
        CHECK(out.refusal->line == 3);
        CHECK(out.refusal->message.contains(QStringLiteral("cut short")));
    }
    SECTION("a broken record is rejected, the rest imported")
    {
        QJsonObject second = v2PublicAsJson(false).at(1);
        QByteArray broken = compact(second);
        broken.replace("\"product\":", "\"product\" "); // missing colon
        const QByteArray bytes = "[\n" + good + ",\n" + broken + ",\n42\n]\n";
        const ReadOutcome out =
            readCfpb(writeFile(dir, QStringLiteral("broken.json"), bytes), QStringLiteral("cfpb-json"));
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 1);
        CHECK(out.sink.rejectLines == QVector<int>{3, 4});
    }
    SECTION("duplicate ids")
    {
        const QByteArray bytes = good + "\n" + good + "\n";
        const ReadOutcome out =
            readCfpb(writeFile(dir, QStringLiteral("dup.ndjson"), bytes), QStringLiteral("cfpb-json"));
        CHECK(out.sink.records.size() == 1);
        CHECK(out.sink.rejectLines == QVector<int>{2});
    }
    SECTION("empty array, empty file, not JSON, binary")
    {
        const ReadOutcome none =
            readCfpb(writeFile(dir, QStringLiteral("none.json"), "[ ]\n"), QStringLiteral("cfpb-json"));
        CHECK_FALSE(none.refusal);
        CHECK(none.sink.records.isEmpty());
        const ReadOutcome empty =
            readCfpb(writeFile(dir, QStringLiteral("empty.json"), "\n"), QStringLiteral("cfpb-json"));
        CHECK(empty.refusal);
        const ReadOutcome csv =
            readCfpb(importData(QStringLiteral("real/cfpb/v2-public.csv")), QStringLiteral("cfpb-json"));
        REQUIRE(csv.refusal);
        CHECK(csv.refusal->line == 1);
        QByteArray garbage;
        for (int i = 0; i < 2048; ++i)
            garbage += char((i * 131) % 256);
        const ReadOutcome binary =
            readCfpb(writeFile(dir, QStringLiteral("bin.json"), garbage), QStringLiteral("cfpb-json"));
        CHECK(binary.refusal);
        CHECK(binary.sink.records.isEmpty());
    }
    SECTION("a JSON object that is not a complaint")
    {
        const ReadOutcome out = readCfpb(
            writeFile(dir, QStringLiteral("other.json"), "{\"meta\": {\"view\": 1}, \"data\": [[1, 2]]}\n"),
            QStringLiteral("cfpb-json"));
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.isEmpty());
        CHECK(out.sink.rejectLines == QVector<int>{1});
    }
    SECTION("cancel, and a preview that stops early")
    {
        // The preview stops before the cut-short end: no refusal.
        QByteArray bytes;
        for (const QJsonObject& o : v2PublicAsJson(false))
            bytes += compact(o) + "\n";
        bytes += good.left(20);
        const QString path = writeFile(dir, QStringLiteral("many.ndjson"), bytes);
        const auto cancelled = readCancelled(ImportKind::Complaints, QStringLiteral("cfpb-json"), path);
        REQUIRE(cancelled.refusal);
        CHECK(cancelled.refusal->message == QStringLiteral("Cancelled."));
        const Importer* importer = importerById(ImportKind::Complaints, QStringLiteral("cfpb-json"));
        REQUIRE(importer);
        PreviewSink preview;
        REQUIRE(importer->read(path, ImportOptions{}, preview).ok());
        CHECK(preview.records.size() == 5);
        CHECK(readCfpb(path, QStringLiteral("cfpb-json")).refusal);
    }
}

TEST_CASE("CFPB into a room: every row once, and a second import adds nothing", "[cfpb]")
{
    // The five-column extract has no id: 24 rows differ only in State (not
    // kept) and one row is there twice. They must all stay.
    const std::string name = GENERATE(as<std::string>{}, "complaints-subset.csv", "v2-public.csv");
    INFO(name);
    const QString relative = QStringLiteral("cfpb/") + QString::fromStdString(name);
    const int records = expectedFor(relative).value(QStringLiteral("records")).toInt();
    TempRoom room;
    ImportRequest request;
    request.path = importData(QStringLiteral("real/") + relative);
    request.options.kind = ImportKind::Complaints;
    const ImportSummary first = importFile(*room.store, request);
    INFO(first.refusal.toStdString());
    REQUIRE_FALSE(first.refused);
    CHECK(first.format == QStringLiteral("cfpb"));
    CHECK(first.imported == records);
    CHECK(first.rejected == 0);
    const ImportSummary second = importFile(*room.store, request);
    REQUIRE_FALSE(second.refused);
    CHECK(second.imported == 0);
    CHECK(second.unchanged == records);
}
