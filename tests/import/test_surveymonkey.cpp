// SurveyMonkey API v3 JSON: the real bulk reply (a quiz: no NPS, no details
// saved with it), the documented details and NPS pages in
// tests/data/layout-docs/surveymonkey_details, and broken files.
#include "ImportTestSupport.h"
#include "TestRoom.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

const QString kQuiz = QStringLiteral("real/surveymonkey/responses_bulk_quiz.json");
const QString kQuizDetails = QStringLiteral("layout-docs/surveymonkey_details/quiz_capitals_details.json");
const QString kNpsDetails = QStringLiteral("layout-docs/surveymonkey_details/nps_details.json");
const QString kPage1 = QStringLiteral("layout-docs/surveymonkey_details/nps_responses_bulk_page1.json");
const QString kPage2 = QStringLiteral("layout-docs/surveymonkey_details/nps_responses_bulk_page2.json");

ImportOptions withDetails(const QString& details = importData(kNpsDetails))
{
    ImportOptions o;
    o.details = details;
    return o;
}

ReadOutcome readMonkey(const QString& path, ImportOptions options = withDetails())
{
    return readWith(ImportKind::Surveys, QStringLiteral("surveymonkey"), path, std::move(options));
}

QStringList idsOf(const ReadOutcome& out)
{
    QStringList ids;
    for (const ImportRecord& r : out.sink.records)
        ids << r.externalId;
    return ids;
}

} // namespace

TEST_CASE("SurveyMonkey: the real bulk reply needs the survey details", "[surveymonkey]")
{
    const auto out = readMonkey(importData(kQuiz), ImportOptions{});
    REQUIRE(out.refusal);
    CHECK(out.refusal->message.contains(QStringLiteral("--details FILE")));
    CHECK(out.refusal->message.contains(QStringLiteral("/v3/surveys/152299598/details")));
    CHECK(out.sink.records.isEmpty());
    CHECK(autoChoice(ImportKind::Surveys, importData(kQuiz)) == QStringLiteral("surveymonkey"));
}

TEST_CASE("SurveyMonkey: a quiz has no NPS question", "[surveymonkey]")
{
    SECTION("found none: refused, saying what the survey holds")
    {
        const auto out = readMonkey(importData(kQuiz), withDetails(importData(kQuizDetails)));
        REQUIRE(out.refusal);
        INFO(out.refusal->message.toStdString());
        CHECK(out.refusal->message.contains(QStringLiteral("No NPS question")));
        CHECK(out.refusal->message.contains(QStringLiteral("10 single_choice/vertical")));
        CHECK(out.refusal->message.contains(QStringLiteral("--question QUESTION_ID")));
    }
    SECTION("a multiple-choice question named with --question is not a 0-10 scale")
    {
        ImportOptions o = withDetails(importData(kQuizDetails));
        o.question = QStringLiteral("84795226");
        const auto out = readMonkey(importData(kQuiz), o);
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("84795226")));
        CHECK(out.refusal->message.contains(QStringLiteral("NPS scale 0-10")));
    }
    SECTION("an unknown question id")
    {
        ImportOptions o = withDetails(importData(kQuizDetails));
        o.question = QStringLiteral("123");
        const auto out = readMonkey(importData(kQuiz), o);
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("84795235")));
    }
    SECTION("details of another survey")
    {
        const auto out = readMonkey(importData(kQuiz), withDetails(importData(kNpsDetails)));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("408123456")));
        CHECK(out.refusal->message.contains(QStringLiteral("152299598")));
    }
}

TEST_CASE("SurveyMonkey: NPS pages with their details", "[surveymonkey]")
{
    ImportOptions options = withDetails();
    options.map.insert(QStringLiteral("stage"), QStringLiteral("ticket"));
    const auto page1 = readMonkey(importData(kPage1), options);
    REQUIRE_FALSE(page1.refusal);
    // 5 responses: 4 completed (10, 9, 3, 8), 1 partial left out.
    REQUIRE(page1.sink.records.size() == 4);
    CHECK(idsOf(page1) == QStringList{QStringLiteral("13500000001"), QStringLiteral("13500000002"),
                                      QStringLiteral("13500000003"), QStringLiteral("13500000005")});
    QVector<int> scores;
    for (const SurveyResponse& r : page1.sink.all<SurveyResponse>())
        scores << r.score;
    CHECK(scores == QVector<int>{10, 9, 3, 8});
    REQUIRE(page1.sink.skips.size() == 1);
    CHECK(page1.sink.skips.first().contains(QStringLiteral("13500000004 is partial")));
    CHECK(page1.sink.rejects.isEmpty());

    const ImportRecord* first = recordFor(page1, QStringLiteral("13500000001"));
    REQUIRE(first);
    CHECK(first->line == 1);
    CHECK(first->stage == QStringLiteral("T-001"));
    const auto& r1 = std::get<SurveyResponse>(first->value);
    CHECK(r1.metric == SurveyMetric::Nps);
    CHECK(r1.comment == QStringLiteral("Quick and friendly.")); // the open question after the NPS one
    CHECK(r1.respondedAt == QDateTime(QDate(2024, 3, 4), QTime(8, 1, 10), Qt::UTC));
    CHECK(r1.respondentRef == QStringLiteral("13500000001"));
    CHECK(std::get<SurveyResponse>(recordFor(page1, QStringLiteral("13500000003"))->value).comment ==
          QStringLiteral("Waited 40 minutes.\nThen the call dropped."));
    REQUIRE(page1.sink.notes.size() == 1);
    CHECK(page1.sink.notes.first().contains(QStringLiteral("770000101")));
    CHECK(page1.sink.notes.first().contains(QStringLiteral("choice texts")));

    const auto page2 = readMonkey(importData(kPage2));
    REQUIRE_FALSE(page2.refusal);
    REQUIRE(page2.sink.records.size() == 1);
    const auto& r6 = std::get<SurveyResponse>(page2.sink.records.first().value);
    CHECK(r6.score == 0);
    CHECK(r6.comment == QString::fromUtf8("Überweisung kam nie an"));
    // overquota is left out; so is the owner's preview (completed, without an NPS answer).
    REQUIRE(page2.sink.skips.size() == 2);
    CHECK(page2.sink.skips.filter(QStringLiteral("overquota")).size() == 1);
    CHECK(page2.sink.skips.filter(QStringLiteral("13500000008 is a preview")).size() == 1);
    CHECK(autoChoice(ImportKind::Surveys, importData(kPage1)) == QStringLiteral("surveymonkey"));
}

TEST_CASE("SurveyMonkey: --question and --map csat name questions by id", "[surveymonkey]")
{
    ImportOptions options = withDetails();
    options.question = QStringLiteral("770000101");
    options.map.insert(QStringLiteral("csat"), QStringLiteral("770000102"));
    const auto out = readMonkey(importData(kPage1), options);
    REQUIRE_FALSE(out.refusal);
    // 4 NPS + 4 CSAT (five labelled choices: scored 1-5 by their order).
    REQUIRE(out.sink.records.size() == 8);
    const auto responses = out.sink.all<SurveyResponse>();
    // Each response gives its NPS then its CSAT record, both under the response id.
    CHECK(out.sink.records.at(1).externalId == QStringLiteral("13500000001"));
    CHECK(responses.at(1).metric == SurveyMetric::Csat);
    CHECK(responses.at(1).score == 5);
    CHECK(responses.at(1).comment.isEmpty()); // the comment goes with NPS
    CHECK(responses.at(3).score == 4);        // 13500000002: "Satisfied"
}

TEST_CASE("SurveyMonkey: paginated replies saved as an array or one page per line", "[surveymonkey]")
{
    QTemporaryDir dir;
    const QByteArray p1 = readFile(importData(kPage1));
    const QByteArray p2 = readFile(importData(kPage2));
    const QByteArray c1 = QJsonDocument::fromJson(p1).toJson(QJsonDocument::Compact);
    const QByteArray c2 = QJsonDocument::fromJson(p2).toJson(QJsonDocument::Compact);
    const QStringList expected{QStringLiteral("13500000001"), QStringLiteral("13500000002"),
                               QStringLiteral("13500000003"), QStringLiteral("13500000005"),
                               QStringLiteral("13500000006")};

    const auto array = readMonkey(writeFile(dir, QStringLiteral("pages.json"), "[" + c1 + ",\n" + c2 + "]"));
    REQUIRE_FALSE(array.refusal);
    CHECK(idsOf(array) == expected);
    CHECK(array.sink.skips.size() == 3);
    CHECK(array.sink.notes.first().contains(QStringLiteral("2 pages")));

    const auto ndjson = readMonkey(writeFile(dir, QStringLiteral("pages.ndjson"), c1 + "\n" + c2 + "\n"));
    REQUIRE_FALSE(ndjson.refusal);
    CHECK(idsOf(ndjson) == expected);
    CHECK(ndjson.sink.records.at(4).line == 6); // record number in the file: 5 on page 1, then this one

    // A page per line, the second one cut short.
    const auto cut =
        readMonkey(writeFile(dir, QStringLiteral("cut.ndjson"), c1 + "\n" + c2.left(c2.size() / 2)));
    REQUIRE(cut.refusal);
    CHECK(cut.refusal->line == 2);

    // A single response (GET .../responses/{id}/details).
    const QJsonObject one =
        QJsonDocument::fromJson(p1).object().value(QLatin1String("data")).toArray().at(0).toObject();
    const auto single = readMonkey(writeFile(dir, QStringLiteral("one.json"), QJsonDocument(one).toJson()));
    REQUIRE_FALSE(single.refusal);
    CHECK(idsOf(single) == QStringList{QStringLiteral("13500000001")});
}

TEST_CASE("SurveyMonkey: bad responses are rejected, broken files refused", "[surveymonkey]")
{
    QTemporaryDir dir;
    QJsonObject page = QJsonDocument::fromJson(readFile(importData(kPage1))).object();
    QJsonArray data = page.value(QLatin1String("data")).toArray();
    const QJsonObject good = data.at(0).toObject();
    // A duplicate, an unknown choice, a bad date.
    QJsonObject unknownChoice = data.at(1).toObject();
    QJsonArray pages = unknownChoice.value(QLatin1String("pages")).toArray();
    QJsonObject p0 = pages.at(0).toObject();
    QJsonArray questions = p0.value(QLatin1String("questions")).toArray();
    QJsonObject q0 = questions.at(0).toObject();
    q0.insert(QLatin1String("answers"),
              QJsonArray{QJsonObject{{QLatin1String("choice_id"), QLatin1String("999")},
                                     {QLatin1String("row_id"), QLatin1String("5100000100")}}});
    questions.replace(0, q0);
    p0.insert(QLatin1String("questions"), questions);
    pages.replace(0, p0);
    unknownChoice.insert(QLatin1String("pages"), pages);
    QJsonObject badDate = data.at(2).toObject();
    badDate.insert(QLatin1String("date_created"), QLatin1String("31/31/2024"));
    // A completed response that skipped the NPS question.
    QJsonObject noAnswer = data.at(4).toObject();
    QJsonArray noAnswerPages = noAnswer.value(QLatin1String("pages")).toArray();
    QJsonObject np0 = noAnswerPages.at(0).toObject();
    QJsonArray npQuestions = np0.value(QLatin1String("questions")).toArray();
    npQuestions.removeAt(0);
    np0.insert(QLatin1String("questions"), npQuestions);
    noAnswerPages.replace(0, np0);
    noAnswer.insert(QLatin1String("pages"), noAnswerPages);
    page.insert(QLatin1String("data"), QJsonArray{good, good, unknownChoice, badDate, noAnswer});

    const auto out = readMonkey(writeFile(dir, QStringLiteral("bad.json"), QJsonDocument(page).toJson()));
    REQUIRE_FALSE(out.refusal);
    REQUIRE(out.sink.records.size() == 1);
    REQUIRE(out.sink.rejects.size() == 3);
    CHECK(out.sink.rejectLines == QVector<int>{2, 3, 4});
    CHECK(out.sink.rejects.at(0).contains(QStringLiteral("appears twice")));
    CHECK(out.sink.rejects.at(1).contains(QStringLiteral("Choice 999")));
    CHECK(out.sink.rejects.at(2).contains(QStringLiteral("is not a date")));
    REQUIRE(out.sink.skips.size() == 1);
    CHECK(out.sink.skips.first().startsWith(
        QStringLiteral("5: Response 13500000005 has no answer to question 770000101")));

    SECTION("empty file")
    {
        const auto e = readMonkey(writeFile(dir, QStringLiteral("empty.json"), {}));
        REQUIRE(e.refusal);
        CHECK(e.refusal->message.contains(QStringLiteral("empty")));
    }
    SECTION("cut short")
    {
        const QByteArray whole = readFile(importData(kQuiz));
        const auto e = readMonkey(writeFile(dir, QStringLiteral("cut.json"), whole.left(whole.size() - 40)),
                                  withDetails(importData(kQuizDetails)));
        REQUIRE(e.refusal);
        CHECK(e.refusal->message.contains(QStringLiteral("Not valid JSON")));
    }
    SECTION("binary garbage")
    {
        QByteArray garbage(2048, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 53 + 7) % 256);
        const auto e = readMonkey(writeFile(dir, QStringLiteral("garbage.json"), garbage));
        REQUIRE(e.refusal);
    }
    SECTION("the details given as the responses file")
    {
        const auto e = readMonkey(importData(kNpsDetails));
        REQUIRE(e.refusal);
        CHECK(e.refusal->message.contains(QStringLiteral("survey details, not responses")));
        CHECK(autoChoice(ImportKind::Surveys, importData(kNpsDetails)) != QStringLiteral("surveymonkey"));
    }
    SECTION("responses given as the details")
    {
        const auto e = readMonkey(importData(kPage1), withDetails(importData(kPage2)));
        REQUIRE(e.refusal);
        CHECK(e.refusal->message.contains(QStringLiteral("responses file, not the survey details")));
    }
}
