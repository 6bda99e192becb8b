// Qualtrics CSV/TSV: the real exports in tests/data/real/qualtrics (no NPS
// question: refused, or read with --question), the generated NPS export in
// tests/data/layout, and the quirks written to a temporary folder.
#include "ImportTestSupport.h"
#include "TestRoom.h"

#include "import/ImportSession.h"
#include "import/ImporterRegistry.h"

#include <QFile>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

ReadOutcome readQualtrics(const QString& path, ImportOptions options = {})
{
    return readWith(ImportKind::Surveys, QStringLiteral("qualtrics"), path, std::move(options));
}

ImportOptions withQuestion(const QString& question)
{
    ImportOptions o;
    o.question = question;
    return o;
}

QSet<QString> externalIds(const ReadOutcome& out)
{
    QSet<QString> ids;
    for (const ImportRecord& r : out.sink.records)
        ids.insert(r.externalId);
    return ids;
}

// A current 3-row export with an NPS question; `rows` are the data lines.
QByteArray threeRow(const QByteArray& rows)
{
    return "StartDate,EndDate,Status,Progress,Finished,RecordedDate,ResponseId,ExternalReference,Q1,Q1_NPS_"
           "GROUP,"
           "Q2\r\n"
           "Start Date,End Date,Response Type,Progress,Finished,Recorded Date,Response ID,External Data "
           "Reference,"
           "How likely are you to recommend us?,How likely are you to recommend us? - Group,Why?\r\n"
           "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"endDate\"\"}\","
           "\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":\"\"progress\"\"}\","
           "\"{\"\"ImportId\"\":\"\"finished\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\","
           "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"externalDataReference\"\"}\","
           "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_NPS_GROUP\"\"}\","
           "\"{\"\"ImportId\"\":\"\"QID2_TEXT\"\"}\"\r\n" +
           rows;
}

} // namespace

TEST_CASE("Qualtrics: generated 3-row NPS export gives the expected NPS counts", "[qualtrics]")
{
    ImportOptions options;
    options.map.insert(QStringLiteral("stage"), QStringLiteral("touchpoint"));
    const auto out = readQualtrics(importData(QStringLiteral("layout/qualtrics_nps_3row.csv")), options);
    REQUIRE_FALSE(out.refusal);
    const auto responses = out.sink.all<SurveyResponse>();
    // layout/EXPECTED.json: nps_n 822, promoters 332, passives 289, detractors 201, records 900.
    REQUIRE(responses.size() == 822);
    int promoters = 0, passives = 0, detractors = 0;
    for (const SurveyResponse& r : responses) {
        CHECK(r.metric == SurveyMetric::Nps);
        (r.score >= 9 ? promoters : r.score >= 7 ? passives : detractors)++;
    }
    CHECK(promoters == 332);
    CHECK(passives == 289);
    CHECK(detractors == 201);
    CHECK(out.sink.rejects.isEmpty());
    // 52 in progress (Finished 0) and 26 finished without an NPS answer: 900 - 822.
    REQUIRE(out.sink.skips.size() == 78);
    CHECK(out.sink.skips.filter(QStringLiteral("unfinished")).size() == 52);
    CHECK(out.sink.skips.filter(QStringLiteral("no answer to Q1")).size() == 26);
    CHECK(externalIds(out).size() == 822);

    const ImportRecord* first = recordFor(out, QStringLiteral("R_GZoD9iPCFdcERFm"));
    REQUIRE(first);
    CHECK(first->line == 4);
    CHECK(first->stage == QStringLiteral("Claim"));
    const auto& r1 = std::get<SurveyResponse>(first->value);
    CHECK(r1.score == 9);
    CHECK(r1.respondedAt == QDateTime(QDate(2025, 1, 1), QTime(8, 0, 30))); // RecordedDate
    CHECK(r1.respondentRef == QStringLiteral("R_GZoD9iPCFdcERFm"));         // no ExternalReference
    CHECK(r1.comment.isEmpty());

    // The comment column is found by its wording ("What is the main reason for your score?"),
    // and keeps its bare-LF line breaks inside a CRLF file.
    const ImportRecord* multiLine = recordFor(out, QStringLiteral("R_KhcCtEzmn173WXv"));
    REQUIRE(multiLine);
    CHECK(multiLine->line == 8);
    CHECK(std::get<SurveyResponse>(multiLine->value).comment ==
          QStringLiteral("I waited 45 minutes on hold.\n\nThen the line dropped, twice."));
    const ImportRecord* after = recordFor(out, QStringLiteral("R_gvtEDxvVsnu3eUw"));
    REQUIRE(after);
    CHECK(after->line == 11); // the record above spans lines 8-10
    CHECK(std::get<SurveyResponse>(after->value).comment ==
          QString::fromUtf8("Überweisung hat gedauert; sonst gut"));

    REQUIRE(out.sink.notes.size() == 1);
    CHECK(out.sink.notes.first().contains(QStringLiteral("Q1_NPS_GROUP")));
    CHECK(out.sink.notes.first().contains(QStringLiteral("comment from Q3")));
    CHECK(out.sink.notes.first().contains(QStringLiteral("52 unfinished")));
}

TEST_CASE("Qualtrics: the NPS export lands in a room once, on the stages it names", "[qualtrics]")
{
    TempRoom room;
    int position = 0;
    for (const char* name : {"Onboarding call", "First bill", "App login", "Claim", "Renewal letter"}) {
        Stage s;
        s.name = QString::fromLatin1(name);
        s.position = ++position;
        require(room.store->addStage(s));
    }
    ImportRequest request;
    request.path = importData(QStringLiteral("layout/qualtrics_nps_3row.csv"));
    request.options.kind = ImportKind::Surveys;
    request.options.map.insert(QStringLiteral("stage"), QStringLiteral("touchpoint"));
    request.options.map.insert(QStringLiteral("csat"), QStringLiteral("Q2"));
    const ImportSummary first = importFile(*room.store, request);
    INFO(first.refusal.toStdString());
    REQUIRE_FALSE(first.refused);
    CHECK(first.format == QStringLiteral("qualtrics"));
    CHECK(first.imported == 822 + 848);
    CHECK(first.rejected == 0);
    CHECK(first.skipped == 52 + 26); // unfinished; finished without an NPS answer (all answered Q2)
    CHECK(first.unassigned == 0);
    CHECK(require(room.store->rowCount(QStringLiteral("survey_response"))) == 822 + 848);
    const ImportSummary again = importFile(*room.store, request);
    CHECK(again.imported == 0);
    CHECK(again.unchanged == 822 + 848);
    CHECK(require(room.store->rowCount(QStringLiteral("survey_response"))) == 822 + 848);
}

TEST_CASE("Qualtrics: --question by column id or ImportId, and --map csat", "[qualtrics]")
{
    const QString path = importData(QStringLiteral("layout/qualtrics_nps_3row.csv"));
    const auto byId = readQualtrics(path, withQuestion(QStringLiteral("Q1")));
    const auto byImportId = readQualtrics(path, withQuestion(QStringLiteral("QID1")));
    REQUIRE_FALSE(byId.refusal);
    REQUIRE_FALSE(byImportId.refusal);
    CHECK(byId.sink.records.size() == 822);
    CHECK(externalIds(byImportId) == externalIds(byId));
    CHECK(byId.sink.notes.first().contains(QStringLiteral("chosen with --question")));

    ImportOptions csat;
    csat.map.insert(QStringLiteral("csat"), QStringLiteral("Q2"));
    const auto both = readQualtrics(path, csat);
    REQUIRE_FALSE(both.refusal);
    const auto responses = both.sink.all<SurveyResponse>();
    const auto csatCount = std::count_if(responses.begin(), responses.end(), [](const SurveyResponse& r) {
        return r.metric == SurveyMetric::Csat;
    });
    CHECK(csatCount == 848); // finished responses with a Q2 answer
    CHECK(responses.size() == 822 + 848);
    // Both answers of a response carry its id; the session keys them by id and metric.
    QVector<const ImportRecord*> first;
    for (const ImportRecord& r : both.sink.records)
        if (r.externalId == QStringLiteral("R_GZoD9iPCFdcERFm"))
            first << &r;
    REQUIRE(first.size() == 2);
    CHECK(std::get<SurveyResponse>(first.at(0)->value).metric == SurveyMetric::Nps);
    CHECK(std::get<SurveyResponse>(first.at(1)->value).metric == SurveyMetric::Csat);
    CHECK(std::get<SurveyResponse>(first.at(1)->value).score == 2);
    CHECK(std::get<SurveyResponse>(first.at(1)->value).comment.isEmpty()); // the comment goes with NPS
}

TEST_CASE("Qualtrics: real exports without an NPS question are refused with candidates", "[qualtrics]")
{
    struct Case
    {
        const char* file;
        const char* candidate; // a column that must be offered
    };
    for (const Case& c : {Case{"real/qualtrics/sample_3row_de.csv", "Q1 ("},
                          Case{"real/qualtrics/long_exhaustive_3row_wide.csv", "Q2 ("},
                          Case{"real/qualtrics/no_basis_3row.csv", "Q2_1"},
                          Case{"real/qualtrics/no_basis_legacy_bom.csv", "Q2_1"}}) {
        INFO(c.file);
        const auto out = readQualtrics(importData(QString::fromLatin1(c.file)));
        REQUIRE(out.refusal);
        const QString message = out.refusal->message;
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("No NPS question found")));
        CHECK(message.contains(QStringLiteral("--question")));
        CHECK(message.contains(QString::fromLatin1(c.candidate)));
        CHECK_FALSE(message.contains(QStringLiteral("Finished")));
        CHECK_FALSE(message.contains(QStringLiteral("Status")));
        CHECK_FALSE(message.contains(QStringLiteral("V10")));
        CHECK(out.sink.records.isEmpty());
    }
    // The widest file lists its 7-point questions first and says how many more there are.
    const auto wide =
        readQualtrics(importData(QStringLiteral("real/qualtrics/long_exhaustive_3row_wide.csv")));
    REQUIRE(wide.refusal);
    CHECK(wide.refusal->message.contains(QStringLiteral("holding whole numbers 0-10: Q2 (")));
    CHECK(wide.refusal->message.contains(QStringLiteral("(1-7)")));
    CHECK(wide.refusal->message.contains(QStringLiteral("more")));
}

TEST_CASE("Qualtrics: real exports read with --question", "[qualtrics]")
{
    SECTION("current 3-row, German question texts")
    {
        const auto out = readQualtrics(importData(QStringLiteral("real/qualtrics/sample_3row_de.csv")),
                                       withQuestion(QStringLiteral("Q1")));
        REQUIRE_FALSE(out.refusal);
        REQUIRE(out.sink.records.size() == 1); // EXPECTED.json: records 1, finished_1 1
        const ImportRecord& r = out.sink.records.first();
        CHECK(r.externalId == QStringLiteral("R_2YPOQ602ER1jkf1"));
        CHECK(r.line == 4);
        const auto& s = std::get<SurveyResponse>(r.value);
        CHECK(s.score == 2);
        CHECK(s.respondedAt == QDateTime(QDate(2017, 7, 18), QTime(8, 28, 48)));
        // Q2 is "This is a free text question.": no comment wording, so no comment.
        CHECK(s.comment.isEmpty());
        CHECK(out.sink.notes.first().contains(QStringLiteral("Qualtrics 3-row export")));
    }
    SECTION("Insights variant: ResponseID and Python-dict ImportIds")
    {
        const QString path = importData(QStringLiteral("real/qualtrics/long_exhaustive_3row_wide.csv"));
        const auto out = readQualtrics(path, withQuestion(QStringLiteral("Q2")));
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 31); // EXPECTED.json: records 31, all finished
        CHECK(out.sink.skips.isEmpty());
        CHECK(out.sink.rejects.isEmpty());
        CHECK(out.sink.notes.first().contains(QStringLiteral("Insights")));
        for (const SurveyResponse& s : out.sink.all<SurveyResponse>()) {
            CHECK(s.score >= 1);
            CHECK(s.score <= 7);
        }
        const auto byImportId = readQualtrics(path, withQuestion(QStringLiteral("QID2")));
        CHECK(externalIds(byImportId) == externalIds(out));
        CHECK(recordFor(out, QStringLiteral("R_5jOny0MNHNU6WS9")));
        CHECK(std::get<SurveyResponse>(recordFor(out, QStringLiteral("R_5jOny0MNHNU6WS9"))->value)
                  .respondedAt ==
              QDateTime(QDate(2016, 7, 28), QTime(12, 53, 18))); // EndDate: no RecordedDate in 2016
    }
    SECTION("3-row and legacy exports of one survey give the same response ids")
    {
        const auto current = readQualtrics(importData(QStringLiteral("real/qualtrics/no_basis_3row.csv")),
                                           withQuestion(QStringLiteral("Q1")));
        const auto legacy =
            readQualtrics(importData(QStringLiteral("real/qualtrics/no_basis_legacy_bom.csv")),
                          withQuestion(QStringLiteral("Q1")));
        REQUIRE_FALSE(current.refusal);
        REQUIRE_FALSE(legacy.refusal);
        // 15 finished responses; two answered -1 ("no basis for evaluation"): rejected, not stored as 0.
        CHECK(current.sink.records.size() == 13);
        CHECK(current.sink.rejects.size() == 2);
        CHECK(current.sink.rejects.first().contains(QStringLiteral("-1")));
        CHECK(legacy.sink.records.size() == 13);
        CHECK(legacy.sink.rejects.size() == 2);
        CHECK(externalIds(current) == externalIds(legacy));
        CHECK(externalIds(current).contains(QStringLiteral("R_ebopwASnJ6p0KSp")));
        CHECK(legacy.sink.notes.first().contains(QStringLiteral("legacy")));
        // Legacy dates are V9 EndDate, 2 hours earlier than the 3-row export (its time zone).
        const auto* a = recordFor(current, QStringLiteral("R_ebopwASnJ6p0KSp"));
        const auto* b = recordFor(legacy, QStringLiteral("R_ebopwASnJ6p0KSp"));
        REQUIRE(a);
        REQUIRE(b);
        CHECK(std::get<SurveyResponse>(b->value).respondedAt.secsTo(
                  std::get<SurveyResponse>(a->value).respondedAt) == 2 * 3600);
        CHECK(b->line == 3); // 2 header rows
    }
}

TEST_CASE("Qualtrics: auto-detection", "[qualtrics]")
{
    for (const char* file :
         {"real/qualtrics/sample_3row_de.csv", "real/qualtrics/long_exhaustive_3row_wide.csv",
          "real/qualtrics/no_basis_3row.csv", "real/qualtrics/no_basis_legacy_bom.csv",
          "layout/qualtrics_nps_3row.csv"}) {
        INFO(file);
        CHECK(autoChoice(ImportKind::Surveys, importData(QString::fromLatin1(file))) ==
              QStringLiteral("qualtrics"));
    }
}

TEST_CASE("Qualtrics: TSV in UTF-16 LE with BOM", "[qualtrics]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral(
        "StartDate\tEndDate\tFinished\tRecordedDate\tResponseId\tQ5\tQ5_NPS_GROUP\tQ6\tstage\r\n"
        "Start Date\tEnd Date\tFinished\tRecorded Date\tResponse ID\tEmpfehlung\tEmpfehlung - Group\tAny "
        "comments?\tstage\r\n"
        "{\"ImportId\":\"startDate\"}\t{\"ImportId\":\"endDate\"}\t{\"ImportId\":\"finished\"}\t"
        "{\"ImportId\":\"recordedDate\"}\t{\"ImportId\":\"_recordId\"}\t{\"ImportId\":\"QID5\"}\t"
        "{\"ImportId\":\"QID5_NPS_GROUP\"}\t{\"ImportId\":\"QID6_TEXT\"}\t{\"ImportId\":\"stage\"}\r\n"
        "2024-05-01 10:00:00\t2024-05-01 10:01:00\tTrue\t2024-05-01 10:01:00\tR_a1\t10 - Extremely "
        "likely\tPromoter\t"
        "Schnell und freundlich – danke\tPay\r\n"
        "2024-05-02 10:00:00\t2024-05-02 10:01:00\tTrue\t2024-05-02 10:01:00\tR_a2\tNot at all likely - "
        "0\tDetractor\t"
        "\"Zwei Zeilen\nim Kommentar\"\tPay\r\n"
        "2024-05-03 10:00:00\t2024-05-03 10:01:00\tFalse\t2024-05-03 10:01:00\tR_a3\t\t\t\tPay\r\n"
        "2024-05-04 10:00:00\t2024-05-04 10:01:00\tTrue\t2024-05-04 10:01:00\tR_a4\t7\tPassive\t\tUse\r\n");
    QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QString path = writeFile(dir, QStringLiteral("export.tsv"), toUtf16.encode(text));
    CHECK(autoChoice(ImportKind::Surveys, path) == QStringLiteral("qualtrics"));
    const auto out = readQualtrics(path);
    REQUIRE_FALSE(out.refusal);
    REQUIRE(out.sink.records.size() == 3);
    CHECK(out.sink.rejects.isEmpty());
    CHECK(out.sink.skips.size() == 1); // Finished False
    CHECK(std::get<SurveyResponse>(out.sink.records.at(0).value).score == 10);
    CHECK(std::get<SurveyResponse>(out.sink.records.at(0).value).comment ==
          QString::fromUtf8("Schnell und freundlich – danke"));
    CHECK(out.sink.records.at(0).stage == QStringLiteral("Pay")); // a column literally named stage
    CHECK(std::get<SurveyResponse>(out.sink.records.at(1).value).score == 0);
    CHECK(std::get<SurveyResponse>(out.sink.records.at(1).value).comment ==
          QStringLiteral("Zwei Zeilen\nim Kommentar"));
    CHECK(out.sink.records.at(2).line == 8);
    CHECK(out.sink.records.at(2).stage == QStringLiteral("Use"));
}

TEST_CASE("Qualtrics: choice-text export, CSV and UTF-16 TSV", "[qualtrics]")
{
    // layout-docs/README.md: 10 responses, 1 unfinished, 1 survey preview; NPS without the
    // preview P3 Pa2 D3 (n 8); labels instead of numbers; dates with a timeZone in row 3.
    const QString csv =
        importData(QStringLiteral("layout-docs/qualtrics_choicetext/nps_choice_text_3row.csv"));
    const QString tsv =
        importData(QStringLiteral("layout-docs/qualtrics_choicetext/nps_choice_text_3row.tsv"));
    ImportOptions options;
    options.map.insert(QStringLiteral("csat"), QStringLiteral("Q2"));
    const auto out = readQualtrics(csv, options);
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejects.isEmpty());
    REQUIRE(out.sink.skips.size() == 2);
    CHECK(out.sink.skips.at(0).contains(QStringLiteral("R_4dE5fG6hI7jK8lM is unfinished")));
    CHECK(out.sink.skips.at(1).contains(QStringLiteral("R_7gH8iJ9kL0mN1oP is a survey preview")));
    int promoters = 0, passives = 0, detractors = 0, csat = 0;
    for (const SurveyResponse& r : out.sink.all<SurveyResponse>()) {
        if (r.metric == SurveyMetric::Csat) {
            ++csat;
            continue;
        }
        (r.score >= 9 ? promoters : r.score >= 7 ? passives : detractors)++;
    }
    CHECK(promoters == 3);
    CHECK(passives == 2);
    CHECK(detractors == 3);
    CHECK(csat == 8);

    const auto& first = std::get<SurveyResponse>(out.sink.records.at(0).value);
    CHECK(out.sink.records.at(0).externalId == QStringLiteral("R_1aB2cD3eF4gH5iJ"));
    CHECK(first.score == 10);
    CHECK(first.respondentRef == QStringLiteral("CUST-1001"));
    CHECK(first.comment == QStringLiteral("Schnell und freundlich."));
    const QTimeZone berlin("Europe/Berlin");
    if (berlin.isValid())
        CHECK(first.respondedAt == QDateTime(QDate(2024, 3, 4), QTime(9, 2, 6), berlin));
    const auto& firstCsat = std::get<SurveyResponse>(out.sink.records.at(1).value);
    CHECK(firstCsat.metric == SurveyMetric::Csat);
    CHECK(firstCsat.score == 5); // "Very satisfied"
    QStringList comments;
    for (const SurveyResponse& r : out.sink.all<SurveyResponse>())
        if (r.metric == SurveyMetric::Nps)
            comments << r.comment;
    CHECK(comments.contains(QStringLiteral("Waited 40 minutes.\nThen the call dropped, twice.")));
    CHECK(comments.contains(QStringLiteral("OK, \"fine\" I guess")));
    CHECK(comments.contains(QStringLiteral("Fine;\tnothing special")));
    CHECK(comments.contains(QString::fromUtf8("Überweisung kam nie an")));

    const auto fromTsv = readQualtrics(tsv, options);
    REQUIRE_FALSE(fromTsv.refusal);
    REQUIRE(fromTsv.sink.records.size() == out.sink.records.size());
    for (int i = 0; i < out.sink.records.size(); ++i) {
        const auto& a = std::get<SurveyResponse>(out.sink.records.at(i).value);
        const auto& b = std::get<SurveyResponse>(fromTsv.sink.records.at(i).value);
        CHECK(fromTsv.sink.records.at(i).externalId == out.sink.records.at(i).externalId);
        CHECK(fromTsv.sink.records.at(i).line == out.sink.records.at(i).line);
        CHECK(b.score == a.score);
        CHECK(b.comment == a.comment);
        CHECK(b.respondedAt == a.respondedAt);
    }
    CHECK(autoChoice(ImportKind::Surveys, csv) == QStringLiteral("qualtrics"));
    CHECK(autoChoice(ImportKind::Surveys, tsv) == QStringLiteral("qualtrics"));
}

TEST_CASE("Qualtrics: legacy layout with an NPS question", "[qualtrics]")
{
    QTemporaryDir dir;
    const QByteArray legacy =
        "\xEF\xBB\xBFV1,V2,V3,V4,V5,V6,V7,V8,V9,V10,Q1,Q1_NPS_GROUP,Q2,\n"
        "ResponseID,ResponseSet,Name,ExternalDataReference,EmailAddress,IPAddress,Status,StartDate,EndDate,"
        "Finished,"
        "Recommend?,Recommend? - Group,Why did you give this score?,\n"
        "R_l1,Default Response Set,Anonymous,CUST-9,x@example.com,,0,2016-06-24 12:27:08,2016-06-24 "
        "12:30:00,1,9,3,Good,\n"
        "R_l2,Default Response Set,Anonymous,,,,0,2016-06-24 12:27:08,2016-06-24 12:30:00,0,,,,\n"
        "R_l3,Default Response Set,Anonymous,,,,0,2016-06-24 13:00:00,,1,5,1,,\n";
    const auto out = readQualtrics(writeFile(dir, QStringLiteral("legacy.csv"), legacy));
    REQUIRE_FALSE(out.refusal);
    REQUIRE(out.sink.records.size() == 2);
    CHECK(out.sink.skips.size() == 1);
    const auto& first = std::get<SurveyResponse>(out.sink.records.at(0).value);
    CHECK(first.score == 9);
    CHECK(first.comment == QStringLiteral("Good"));
    CHECK(first.respondentRef == QStringLiteral("CUST-9")); // the external reference, never the e-mail
    CHECK(first.respondedAt == QDateTime(QDate(2016, 6, 24), QTime(12, 30)));
    // No EndDate: StartDate (V8).
    CHECK(std::get<SurveyResponse>(out.sink.records.at(1).value).respondedAt ==
          QDateTime(QDate(2016, 6, 24), QTime(13, 0)));
}

TEST_CASE("Qualtrics: bad rows are rejected with a reason, the rest is read", "[qualtrics]")
{
    QTemporaryDir dir;
    const QByteArray rows =
        "2024-01-01 09:00,2024-01-01 09:05,0,100,1,2024-01-01 09:05,R_ok,CUST-1,8,2,Fine\r\n"
        "2024-01-01 09:00,2024-01-01 09:05,0,100,1,2024-01-01 09:05,R_ok,CUST-1,8,2,Fine again\r\n"
        "2024-01-02 09:00,2024-01-02 09:05,0,100,1,2024-01-02 09:05,R_high,,11,3,\r\n"
        "2024-01-03 09:00,2024-01-03 09:05,0,100,1,yesterday,R_date,,7,2,\r\n"
        "2024-01-04 09:00,2024-01-04 09:05,0,100,1,2024-01-04 09:05,R_recode,,8,3,\r\n"
        "2024-01-05 09:00,2024-01-05 09:05,0,100,1,2024-01-05 09:05,R_text,,maybe,,\r\n"
        "2024-01-06 09:00,2024-01-06 09:05,0,100,1,2024-01-06 09:05,R_short,,9\r\n"
        "2024-01-07 09:00,2024-01-07 09:05,1,100,1,2024-01-07 09:05,R_preview,,10,3,\r\n"
        "2024-01-08 09:00,2024-01-08 09:05,2,100,1,2024-01-08 09:05,R_anchor,,Extremely likely,3,\r\n";
    const auto out = readQualtrics(writeFile(dir, QStringLiteral("bad.csv"), threeRow(rows)));
    REQUIRE_FALSE(out.refusal);
    REQUIRE(out.sink.records.size() == 2);
    CHECK(out.sink.records.at(0).externalId == QStringLiteral("R_ok"));
    CHECK(std::get<SurveyResponse>(out.sink.records.at(0).value).comment == QStringLiteral("Fine"));
    CHECK(std::get<SurveyResponse>(out.sink.records.at(0).value).respondentRef == QStringLiteral("CUST-1"));
    CHECK(out.sink.records.at(1).externalId == QStringLiteral("R_anchor"));
    CHECK(std::get<SurveyResponse>(out.sink.records.at(1).value).score == 10);
    REQUIRE(out.sink.rejects.size() == 6);
    CHECK(out.sink.rejectLines == QVector<int>{5, 6, 7, 8, 9, 10});
    CHECK(out.sink.rejects.at(0).contains(QStringLiteral("appears twice")));
    CHECK(out.sink.rejects.at(1).contains(QStringLiteral("outside the NPS scale 0-10")));
    CHECK(out.sink.rejects.at(2).contains(QStringLiteral("\"yesterday\" is not a date")));
    CHECK(out.sink.rejects.at(3).contains(QStringLiteral("recode values")));
    CHECK(out.sink.rejects.at(4).contains(QStringLiteral("not a score on the NPS scale 0-10")));
    CHECK(out.sink.rejects.at(5).contains(QStringLiteral("cut short")));
    // Status 1: the owner's preview, left out; Status 2: a generated test response, kept with a warning.
    REQUIRE(out.sink.skips.size() == 1);
    CHECK(out.sink.skips.first().startsWith(QStringLiteral("11: Response R_preview is a survey preview")));
    CHECK(out.sink.notes.first().contains(QStringLiteral("1 survey previews or spam left out")));
    CHECK(out.sink.notes.first().contains(QStringLiteral("1 responses are generated test responses")));
}

TEST_CASE("Qualtrics: files refused whole", "[qualtrics]")
{
    QTemporaryDir dir;
    SECTION("empty file")
    {
        const auto out = readQualtrics(writeFile(dir, QStringLiteral("empty.csv"), {}));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("empty")));
    }
    SECTION("header only: nothing to import, nothing refused")
    {
        const auto out = readQualtrics(writeFile(dir, QStringLiteral("header.csv"), threeRow({})));
        CHECK_FALSE(out.refusal);
        CHECK(out.sink.records.isEmpty());
    }
    SECTION("binary garbage")
    {
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 37 + 11) % 256);
        const auto out = readQualtrics(writeFile(dir, QStringLiteral("garbage.csv"), garbage));
        REQUIRE(out.refusal);
    }
    SECTION("cut mid-record: the last row is rejected, the rest read")
    {
        const auto out = readQualtrics(
            writeFile(dir, QStringLiteral("cut.csv"),
                      threeRow("2024-01-01 09:00,2024-01-01 09:05,0,100,1,2024-01-01 09:05,R_1,,8,2,\r\n"
                               "2024-01-02 09:00,2024-01-02 09:05,0,100,1,2024-01-02 09:05,R_2,,")));
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 1);
        CHECK(out.sink.rejectLines == QVector<int>{5});
    }
    SECTION("not a Qualtrics export")
    {
        const auto out = readQualtrics(
            writeFile(dir, QStringLiteral("plain.csv"), "responded_at,metric,score\n2024-01-01,nps,9\n"));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("ResponseId")));
    }
    SECTION("--question names a column that is not there")
    {
        const auto out = readQualtrics(importData(QStringLiteral("layout/qualtrics_nps_3row.csv")),
                                       withQuestion(QStringLiteral("Q99")));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("\"Q99\"")));
    }
    SECTION("--map with a field Qualtrics does not have")
    {
        ImportOptions o;
        o.map.insert(QStringLiteral("score"), QStringLiteral("Q1"));
        const auto out = readQualtrics(importData(QStringLiteral("layout/qualtrics_nps_3row.csv")), o);
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("--map score")));
    }
}

TEST_CASE("Qualtrics: cancelling stops the read", "[qualtrics]")
{
    const auto out = readCancelled(ImportKind::Surveys, QStringLiteral("qualtrics"),
                                   importData(QStringLiteral("layout/qualtrics_nps_3row.csv")));
    REQUIRE(out.refusal);
    CHECK(out.refusal->message == QStringLiteral("Cancelled."));
    CHECK(out.sink.records.isEmpty());
}

TEST_CASE("Qualtrics: a file cut inside a quoted comment is refused", "[qualtrics]")
{
    QTemporaryDir dir;
    const auto out = readQualtrics(
        writeFile(dir, QStringLiteral("cut.csv"),
                  threeRow("2024-01-01 09:00,2024-01-01 09:05,0,100,1,2024-01-01 09:05,R_1,,8,2,\"It was")));
    REQUIRE(out.refusal);
    CHECK(out.refusal->line == 4);
}
