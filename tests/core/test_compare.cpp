// Honest compare (issue 11, point 4): like with like for partial periods,
// significance only with n >= 30 in both periods, KPI values over quarters,
// and the report's "previous" and "change", on rooms built by hand.
#include "TestRoom.h"

#include "report/RoomReport.h"
#include "report/WallSnapshot.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace cr;
using namespace cr::test;

namespace {

struct CompareRoom
{
    TempRoom room;
    RowId stage = 0;

    CompareRoom()
    {
        Stage s;
        s.name = QStringLiteral("Get help");
        s.position = 1;
        stage = require(room.store->addStage(s));
    }

    void answer(SurveyMetric metric, int score, QDate day, int times = 1)
    {
        for (int i = 0; i < times; ++i) {
            SurveyResponse r;
            r.stageId = stage;
            r.metric = metric;
            r.score = score;
            r.respondedAt = QDateTime(day, QTime(9, 0).addSecs(i));
            require(room.store->addSurveyResponse(r));
        }
    }

    void complaints(const QString& category, QDate day, int times)
    {
        for (int i = 0; i < times; ++i) {
            Complaint c;
            c.stageId = stage;
            c.category = category;
            c.channel = QStringLiteral("phone");
            c.text = QStringLiteral("It happened again.");
            c.receivedAt = QDateTime(day, QTime(10, 0).addSecs(i));
            require(room.store->addComplaint(c));
        }
    }

    RoomReport report(const Period& period, QDate today = QDate(2026, 11, 25))
    {
        const auto last = require(room.store->latestEvidenceDate());
        return require(buildComparedReport(*room.store, comparePeriods(period, today, last)));
    }
};

} // namespace

TEST_CASE("A quarter holding only October is compared with July, not with all of Q3", "[compare][period]")
{
    const Period q4 = Period::quarter(QDate(2026, 10, 1));
    const Comparison c = comparePeriods(q4, QDate(2026, 11, 25), QDate(2026, 10, 16));
    CHECK(c.partial);
    CHECK(c.current.from == QDate(2026, 10, 1));
    CHECK(c.current.to == QDate(2026, 10, 31));
    CHECK(c.previous.from == QDate(2026, 7, 1));
    CHECK(c.previous.to == QDate(2026, 7, 31));
    CHECK(c.label().contains(QStringLiteral("partial")));
}

TEST_CASE("A month the room has no evidence for yet is not compared, so nothing reads as down", "[compare][period]")
{
    // December has just begun and November's exports are the latest imported.
    const Period december = Period::month(QDate(2026, 12, 1));
    const Comparison c = comparePeriods(december, QDate(2026, 12, 6), QDate(2026, 11, 30));
    CHECK(c.noEvidenceYet);
    CHECK_FALSE(c.comparable());
    // With a day of evidence in it, it is compared (as partial) again.
    CHECK(comparePeriods(december, QDate(2026, 12, 6), QDate(2026, 12, 2)).comparable());
}

TEST_CASE("A finished month with data is whole; the running month is partial", "[compare][period]")
{
    const Period october = Period::month(QDate(2026, 10, 1));
    // The last evidence on the 30th does not make October partial.
    const Comparison whole = comparePeriods(october, QDate(2026, 11, 25), QDate(2026, 10, 30));
    CHECK_FALSE(whole.partial);
    CHECK(whole.previous.from == QDate(2026, 9, 1));
    CHECK(whole.previous.to == QDate(2026, 9, 30));

    const Comparison running =
        comparePeriods(Period::month(QDate(2026, 11, 1)), QDate(2026, 11, 25), QDate(2026, 11, 25));
    CHECK(running.partial);
    CHECK(running.current.to == QDate(2026, 11, 25));
    CHECK(running.previous.from == QDate(2026, 10, 1));
    CHECK(running.previous.to == QDate(2026, 10, 25));

    // A custom range ending in the future is cut at today too.
    const Comparison custom =
        comparePeriods(Period::custom(QDate(2026, 11, 1), QDate(2026, 11, 30)), QDate(2026, 11, 10), std::nullopt);
    CHECK(custom.partial);
    CHECK(custom.previous.from == QDate(2026, 10, 2));
    CHECK(custom.previous.to == QDate(2026, 10, 11));
}

TEST_CASE("The GUI never navigates into future periods", "[compare][period]")
{
    const QDate today(2026, 11, 25);
    CHECK_FALSE(Period::month(today).startsAfter(today));
    CHECK(Period::month(today).next().startsAfter(today));
    CHECK(Period::quarter(today).next().startsAfter(today));
    CHECK_FALSE(Period::everything().startsAfter(today));
}

TEST_CASE("Trend windows have the chosen period's length", "[compare][period]")
{
    const auto quarters = trendWindows(Period::quarter(QDate(2026, 10, 1)), 13, {});
    REQUIRE(quarters.size() == 13);
    CHECK(quarters.last().from == QDate(2026, 10, 1));
    CHECK(quarters.last().to == QDate(2026, 12, 31));
    CHECK(quarters.first().from == QDate(2023, 10, 1));
    const auto months = trendWindows(Period::month(QDate(2026, 10, 5)), 13, {});
    CHECK(months.first().from == QDate(2025, 10, 1));
    CHECK(months.last().to == QDate(2026, 10, 31));
    CHECK(trendWindowLabel(Period::month(QDate(2026, 10, 1)), months.first()) ==
          QLocale().toString(QDate(2025, 10, 1), QStringLiteral("MMM yy")));
}

TEST_CASE("The report period (from, to) names a month, a quarter or a custom range", "[compare][period]")
{
    CHECK(periodOfRange({QDate(2026, 10, 1), QDate(2026, 10, 31)}).kind == Period::Kind::Month);
    CHECK(periodOfRange({QDate(2026, 7, 1), QDate(2026, 9, 30)}).kind == Period::Kind::Quarter);
    CHECK(periodOfRange({QDate(2026, 7, 1), QDate(2026, 9, 29)}).kind == Period::Kind::Custom);
    CHECK(periodOfRange({}).kind == Period::Kind::Everything);
}

TEST_CASE("One promoter against one detractor is not significant in the report", "[compare][report]")
{
    CompareRoom r;
    r.answer(SurveyMetric::Nps, 0, QDate(2026, 9, 10));
    r.answer(SurveyMetric::Nps, 10, QDate(2026, 10, 10));
    r.answer(SurveyMetric::Csat, 1, QDate(2026, 9, 10));
    r.answer(SurveyMetric::Csat, 5, QDate(2026, 10, 10));
    const RoomReport report = r.report(Period::month(QDate(2026, 10, 1)));
    REQUIRE(report.stages.size() == 1);
    const StageChange& change = *report.stages[0].change;
    REQUIRE(change.nps);
    CHECK(change.nps->delta == Approx(200));
    CHECK_FALSE(change.nps->significant);
    REQUIRE(change.csat);
    CHECK(change.csat->delta == Approx(100));
    CHECK_FALSE(change.csat->significant);

    const QJsonObject stage = reportToJson(report)[QStringLiteral("stages")].toArray()[0].toObject();
    const QJsonObject nps = stage[QStringLiteral("change")].toObject()[QStringLiteral("nps")].toObject();
    CHECK(nps[QStringLiteral("delta")].toDouble() == Approx(200));
    CHECK(nps[QStringLiteral("significant")].toBool() == false);
    CHECK(stage[QStringLiteral("previous")].toObject()[QStringLiteral("nps")].toObject()[QStringLiteral("n")].toInt() ==
          1);
}

TEST_CASE("A real shift with n >= 30 on both sides is significant", "[compare][report]")
{
    CompareRoom r;
    // September: 10 promoters, 10 passives, 20 detractors (NPS -25, n 40).
    r.answer(SurveyMetric::Nps, 10, QDate(2026, 9, 3), 10);
    r.answer(SurveyMetric::Nps, 8, QDate(2026, 9, 4), 10);
    r.answer(SurveyMetric::Nps, 3, QDate(2026, 9, 5), 20);
    // October: 25 promoters, 10 passives, 5 detractors (NPS +50, n 40).
    r.answer(SurveyMetric::Nps, 9, QDate(2026, 10, 3), 25);
    r.answer(SurveyMetric::Nps, 7, QDate(2026, 10, 4), 10);
    r.answer(SurveyMetric::Nps, 6, QDate(2026, 10, 5), 5);
    // CSAT 40 % -> 80 % with n = 50 each.
    r.answer(SurveyMetric::Csat, 5, QDate(2026, 9, 6), 20);
    r.answer(SurveyMetric::Csat, 2, QDate(2026, 9, 7), 30);
    r.answer(SurveyMetric::Csat, 4, QDate(2026, 10, 6), 40);
    r.answer(SurveyMetric::Csat, 3, QDate(2026, 10, 7), 10);
    const RoomReport report = r.report(Period::month(QDate(2026, 10, 1)));
    const StageChange& change = *report.stages[0].change;
    CHECK(change.nps->delta == Approx(75));
    CHECK(change.nps->enoughSample);
    CHECK(change.nps->significant);
    CHECK(change.csat->delta == Approx(40));
    CHECK(change.csat->significant);
    const QJsonObject json = reportToJson(report);
    CHECK(json[QStringLiteral("period")].toObject()[QStringLiteral("partial")].toBool() == false);
    const QJsonObject csat = json[QStringLiteral("stages")].toArray()[0].toObject()[QStringLiteral("change")]
                                 .toObject()[QStringLiteral("csat")]
                                 .toObject();
    CHECK(csat[QStringLiteral("significant")].toBool());
}

TEST_CASE("A partial quarter's complaints are compared with the same days of the quarter before",
          "[compare][report]")
{
    CompareRoom r;
    // Q3: 12 a month; Q4 so far: only October, 12 again.
    for (int month : {7, 8, 9, 10})
        r.complaints(QStringLiteral("Long wait"), QDate(2026, month, 12), 12);
    const Period q4 = Period::quarter(QDate(2026, 10, 1));
    const QDate today(2026, 11, 25);
    const auto wall = require(buildWallSnapshot(*r.room.store, q4, today));
    REQUIRE(wall.stages.size() == 1);
    CHECK(wall.comparison.partial);
    const CategoryTrend& wait = wall.stages[0].categories.at(0);
    CHECK(wait.count == 12);
    CHECK(wait.previousCount == 12); // July only, not 36 for the whole of Q3
    CHECK(wait.direction() == CategoryTrend::Direction::Same);
    REQUIRE(wait.trend.size() == kTrendPeriods);
    CHECK(wait.trend.last() == 12);
    CHECK(wait.trend[wait.trend.size() - 2] == 36);
}

TEST_CASE("A quarter's KPI value is the mean of its months, or their sum for a count", "[compare][report]")
{
    CompareRoom r;
    Kpi rate;
    rate.stageId = r.stage;
    rate.name = QStringLiteral("First contact resolution");
    rate.unit = QStringLiteral("%");
    rate.target = 80;
    const RowId rateId = require(r.room.store->addKpi(rate));
    Kpi count = rate;
    count.name = QStringLiteral("Escalations");
    count.unit = QStringLiteral("count");
    count.direction = KpiDirection::LowerIsBetter;
    count.target = 100;
    count.aggregate = KpiAggregate::Sum;
    const RowId countId = require(r.room.store->addKpi(count));
    for (int month : {7, 8, 9}) {
        REQUIRE(r.room.store->setKpiValue({rateId, QDate(2026, month, 1), 70.0 + month, {}}).ok());
        REQUIRE(r.room.store->setKpiValue({countId, QDate(2026, month, 1), 30.0, {}}).ok());
    }
    const RoomReport report = r.report(Period::quarter(QDate(2026, 7, 1)));
    const auto& kpis = report.stages[0].kpis;
    REQUIRE(kpis.size() == 2);
    CHECK(*kpis[0].value == Approx(78));
    CHECK(kpis[0].months == 3);
    CHECK(kpis[0].status == metrics::KpiStatus::Red);
    CHECK(*kpis[1].value == Approx(90));
    CHECK(kpis[1].status == metrics::KpiStatus::Green);
    REQUIRE(kpis[0].trend.size() == kTrendPeriods);
    CHECK(*kpis[0].trend.last() == Approx(78));
    CHECK_FALSE(kpis[0].trend.first());
}

TEST_CASE("The calls lane holds only the period's calls", "[compare][wall]")
{
    CompareRoom r;
    Call call;
    call.stageId = r.stage;
    call.title = QStringLiteral("Third visit");
    call.startedAt = QDateTime(QDate(2026, 10, 16), QTime(11, 0));
    call.durationSeconds = 60;
    require(r.room.store->addCall(call));
    const QDate today(2026, 11, 25);
    const auto september = require(buildWallSnapshot(*r.room.store, Period::month(QDate(2026, 9, 1)), today));
    CHECK(september.stages[0].calls.isEmpty());
    const auto october = require(buildWallSnapshot(*r.room.store, Period::month(QDate(2026, 10, 1)), today));
    CHECK(october.stages[0].calls.size() == 1);
}
