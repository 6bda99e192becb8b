// Generic survey CSV: the documented example (docs/formats/surveys-generic.csv),
// --map for other header names, and rows and files that must not pass.
#include "ImportTestSupport.h"
#include "TestRoom.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

ReadOutcome readGeneric(const QString& path, ImportOptions options = {})
{
    return readWith(ImportKind::Surveys, QStringLiteral("generic"), path, std::move(options));
}

QString example()
{
    return importData(QStringLiteral("../../docs/formats/surveys-generic.csv"));
}

} // namespace

TEST_CASE("Generic surveys: the documented example imports whole", "[generic-surveys]")
{
    const auto out = readGeneric(example());
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejects.isEmpty());
    CHECK(out.sink.skips.isEmpty());
    const auto responses = out.sink.all<SurveyResponse>();
    REQUIRE(responses.size() == 12);
    int nps = 0, csat = 0, ces = 0;
    for (const SurveyResponse& r : responses)
        (r.metric == SurveyMetric::Nps ? nps : r.metric == SurveyMetric::Csat ? csat : ces)++;
    CHECK(nps == 7);
    CHECK(csat == 3);
    CHECK(ces == 2);

    const ImportRecord& first = out.sink.records.at(0);
    CHECK(first.line == 2);
    CHECK(first.externalId == QStringLiteral("RSP-1001"));
    CHECK(first.stage == QStringLiteral("Join"));
    const auto& r0 = std::get<SurveyResponse>(first.value);
    CHECK(r0.score == 10);
    CHECK(r0.respondentRef == QStringLiteral("CUST-20417"));
    CHECK(r0.respondedAt == QDateTime(QDate(2024, 3, 4), QTime(8, 1, 10), QTimeZone(3600)));
    CHECK(r0.comment == QStringLiteral("Sign-up took two minutes, no paperwork."));
    // The same response's CSAT has the same id (the session keys by id and metric).
    CHECK(out.sink.records.at(1).externalId == QStringLiteral("RSP-1001"));
    CHECK(std::get<SurveyResponse>(out.sink.records.at(3).value).comment ==
          QStringLiteral("The bill was right, but the \"amount due\" line is hard to find."));
    CHECK(std::get<SurveyResponse>(out.sink.records.at(3).value).respondedAt ==
          QDateTime(QDate(2024, 3, 5), QTime(0, 0)));
    // A comment with a line break; the next row starts two lines later.
    CHECK(std::get<SurveyResponse>(out.sink.records.at(6).value).comment.contains(QLatin1Char('\n')));
    CHECK(out.sink.records.at(7).line == 10);
    // No id: the session identifies the row by its content.
    CHECK(out.sink.records.at(10).externalId.isEmpty());
    CHECK(out.sink.records.at(11).stage == QStringLiteral("Renew or leave"));
    CHECK(std::get<SurveyResponse>(out.sink.records.at(11).value).score == 0);
    REQUIRE(out.sink.notes.size() == 1);
    CHECK(out.sink.notes.first().contains(QStringLiteral("7 NPS, 3 CSAT, 2 CES")));
    CHECK(autoChoice(ImportKind::Surveys, example()) == QStringLiteral("generic"));
}

TEST_CASE("Generic surveys: a missing column is refused with the --map fix", "[generic-surveys]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("rating.csv"),
                                   "When,Metric,Rating\n2024-03-01,nps,9\n2024-03-02,CSAT,4\n");
    const auto refused = readGeneric(path);
    REQUIRE(refused.refusal);
    CHECK(refused.refusal->message.contains(QStringLiteral("\"responded_at\" is missing")));
    CHECK(refused.refusal->message.contains(QStringLiteral("--map responded_at=")));

    ImportOptions options;
    options.map.insert(QStringLiteral("responded_at"), QStringLiteral("When"));
    const auto stillMissing = readGeneric(path, options);
    REQUIRE(stillMissing.refusal);
    CHECK(stillMissing.refusal->message.contains(QStringLiteral("--map score=")));

    options.map.insert(QStringLiteral("score"), QStringLiteral("rating")); // header lookup ignores case
    const auto out = readGeneric(path, options);
    REQUIRE_FALSE(out.refusal);
    REQUIRE(out.sink.records.size() == 2);
    CHECK(std::get<SurveyResponse>(out.sink.records.at(1).value).metric == SurveyMetric::Csat);
    CHECK(out.sink.records.at(0).externalId.isEmpty());

    options.map.insert(QStringLiteral("comment"), QStringLiteral("Remarks"));
    const auto badMap = readGeneric(path, options);
    REQUIRE(badMap.refusal);
    CHECK(badMap.refusal->message.contains(QStringLiteral("\"Remarks\"")));
}

TEST_CASE("Generic surveys: bad rows are rejected with their reason", "[generic-surveys]")
{
    QTemporaryDir dir;
    const QByteArray csv = "id;responded_at;metric;score\n"
                           "a1;2024-03-01;nps;9\n"
                           "a2;2024-03-01;csat;6\n"
                           "a3;2024-03-01;ces;0\n"
                           "a4;2024-03-01;nps;11\n"
                           "a5;2024-03-01;promoter;9\n"
                           "a6;2024-02-30;nps;9\n"
                           "a7;03/04/2024;nps;9\n"
                           "a8;2024-03-01;nps;\n"
                           "a9;2024-03-01;nps;7.5\n"
                           "a1;2024-03-02;nps;3\n"
                           "a1;2024-03-02;csat;3\n"
                           "a10;2024-03-01;nps\n"
                           "a11;13/04/2024;ces;7\n";
    const auto out = readGeneric(writeFile(dir, QStringLiteral("semicolons.csv"), csv));
    REQUIRE_FALSE(out.refusal);
    REQUIRE(out.sink.records.size() == 3);
    CHECK(out.sink.records.at(0).externalId == QStringLiteral("a1"));
    CHECK(out.sink.records.at(1).externalId == QStringLiteral("a1"));
    CHECK(std::get<SurveyResponse>(out.sink.records.at(1).value).metric == SurveyMetric::Csat);
    CHECK(std::get<SurveyResponse>(out.sink.records.at(2).value).respondedAt.date() == QDate(2024, 4, 13));
    REQUIRE(out.sink.rejects.size() == 10);
    CHECK(out.sink.rejectLines == QVector<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 13});
    CHECK(out.sink.rejects.at(0).contains(QStringLiteral("outside the CSAT scale 1-5")));
    CHECK(out.sink.rejects.at(1).contains(QStringLiteral("outside the CES scale 1-7")));
    CHECK(out.sink.rejects.at(2).contains(QStringLiteral("outside the NPS scale 0-10")));
    CHECK(out.sink.rejects.at(3).contains(QStringLiteral("\"promoter\" is not nps, csat or ces")));
    CHECK(out.sink.rejects.at(4).contains(QStringLiteral("\"2024-02-30\" is not a date")));
    CHECK(out.sink.rejects.at(5).contains(QStringLiteral("\"03/04/2024\" is not a date")));
    CHECK(out.sink.rejects.at(6).contains(QStringLiteral("score is empty")));
    CHECK(out.sink.rejects.at(7).contains(QStringLiteral("\"7.5\"")));
    CHECK(out.sink.rejects.at(8).contains(QStringLiteral("appears twice")));
    CHECK(out.sink.rejects.at(9).contains(QStringLiteral("cut short")));
}

TEST_CASE("Generic surveys: files refused whole or empty", "[generic-surveys]")
{
    QTemporaryDir dir;
    SECTION("empty")
    {
        const auto out = readGeneric(writeFile(dir, QStringLiteral("empty.csv"), {}));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("empty")));
    }
    SECTION("header only")
    {
        const auto out =
            readGeneric(writeFile(dir, QStringLiteral("header.csv"), "responded_at,metric,score\r\n"));
        CHECK_FALSE(out.refusal);
        CHECK(out.sink.records.isEmpty());
        CHECK(out.sink.notes.first().contains(QStringLiteral("no scores")));
    }
    SECTION("binary garbage")
    {
        QByteArray garbage(1024, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 29 + 3) % 256);
        const auto out = readGeneric(writeFile(dir, QStringLiteral("garbage.csv"), garbage));
        REQUIRE(out.refusal);
    }
    SECTION("an unknown --map field")
    {
        ImportOptions o;
        o.map.insert(QStringLiteral("rating"), QStringLiteral("score"));
        const auto out = readGeneric(example(), o);
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QStringLiteral("--map rating")));
    }
}

TEST_CASE("Generic surveys: a file cut inside a quoted comment is refused", "[generic-surveys]")
{
    QTemporaryDir dir;
    const auto out = readGeneric(writeFile(dir, QStringLiteral("cut.csv"),
                                           "responded_at,metric,score,comment\n2024-03-01,nps,9,ok\n"
                                           "2024-03-01,nps,4,\"The app crashed and"));
    REQUIRE(out.refusal);
    CHECK(out.refusal->line == 3);
}
