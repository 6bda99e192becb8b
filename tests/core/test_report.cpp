// report --json against a small room built by hand, numbers computed by hand.
#include "TestRoom.h"

#include "report/RoomReport.h"
#include "report/WallSnapshot.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace cr;
using namespace cr::test;

namespace {

struct SmallRoom
{
    TempRoom room;
    RowId care = 0, billing = 0;
    RowId help = 0, pay = 0;

    SmallRoom()
    {
        RoomStore& s = *room.store;
        REQUIRE(s.setRoomName(QStringLiteral("Small")).ok());
        care = require(
            s.addDepartment({0, QStringLiteral("Care"), QStringLiteral("Ann"), QStringLiteral("Bo")}));
        billing = require(s.addDepartment({0, QStringLiteral("Billing"), {}, {}}));
        Stage h;
        h.name = QStringLiteral("Get help");
        h.position = 1;
        h.maturity = Maturity::Broken;
        h.ownerDepartmentId = care;
        h.contributingDepartmentIds = {billing};
        help = require(s.addStage(h));
        Stage p;
        p.name = QStringLiteral("Pay");
        p.position = 2;
        pay = require(s.addStage(p));

        // October 2026 for "Get help": 5 promoters, 3 passives, 2 detractors.
        int day = 1;
        for (int score : {9, 9, 10, 10, 10, 7, 8, 8, 0, 6})
            nps(help, score, QDateTime(QDate(2026, 10, day++), QTime(12, 0)));
        // Just outside October on both sides (inclusive local dates).
        nps(help, 0, QDateTime(QDate(2026, 9, 30), QTime(23, 59, 59)));
        nps(help, 0, QDateTime(QDate(2026, 11, 1), QTime(0, 0, 0)));
        // Last second of October is inside.
        nps(help, 10, QDateTime(QDate(2026, 10, 31), QTime(23, 59, 59)));
        // Unassigned answers.
        nps(std::nullopt, 5, QDateTime(QDate(2026, 10, 2), QTime(9, 0)));
        nps(std::nullopt, 9, QDateTime(QDate(2026, 10, 2), QTime(9, 0)));
        for (int score : {5, 4, 2})
            survey(help, SurveyMetric::Csat, score);
        for (int score : {2, 3})
            survey(help, SurveyMetric::Ces, score);

        complaint(help, QStringLiteral("Long wait"), QStringLiteral("phone"));
        complaint(help, QStringLiteral("Long wait"), QStringLiteral("phone"));
        complaint(help, QStringLiteral("Repeat myself"), QStringLiteral("email"));
        complaint(std::nullopt, QStringLiteral("Other"), QStringLiteral("web"));

        Kpi k;
        k.stageId = help;
        k.name = QStringLiteral("First contact resolution");
        k.unit = QStringLiteral("%");
        k.direction = KpiDirection::HigherIsBetter;
        k.target = 90;
        k.amberBand = 4;
        const RowId kpi = require(s.addKpi(k));
        REQUIRE(s.setKpiValue({kpi, QDate(2026, 9, 1), 85, {}}).ok());
        REQUIRE(s.setKpiValue({kpi, QDate(2026, 10, 1), 88, {}}).ok());
        Kpi k2 = k;
        k2.name = QStringLiteral("Wait");
        k2.unit = QStringLiteral("s");
        k2.direction = KpiDirection::LowerIsBetter;
        k2.target = 60;
        require(s.addKpi(k2)); // no values at all

        Call call;
        call.stageId = help;
        call.title = QStringLiteral("Third call");
        call.startedAt = QDateTime(QDate(2026, 10, 5), QTime(11, 0));
        call.durationSeconds = 65.5;
        require(s.addCall(call));
        call.startedAt = QDateTime(QDate(2026, 8, 5), QTime(11, 0));
        call.durationSeconds = 10;
        require(s.addCall(call));

        const QString sha =
            require(s.putMedia(QByteArray("%PDF-1.4 letter"), QStringLiteral("application/pdf")));
        Artifact a;
        a.stageId = help;
        a.title = QStringLiteral("Letter");
        a.mediaSha256 = sha;
        require(s.addArtifact(a));

        Fix f;
        f.stageId = help;
        f.title = QStringLiteral("Case history");
        f.ownerDepartmentId = care;
        f.status = FixStatus::Proposed;
        require(s.addFix(f));
        f.status = FixStatus::InProgress;
        require(s.addFix(f));
        f.status = FixStatus::Verified;
        require(s.addFix(f));
    }

    void nps(std::optional<RowId> stage, int score, const QDateTime& at)
    {
        SurveyResponse r;
        r.stageId = stage;
        r.metric = SurveyMetric::Nps;
        r.score = score;
        r.respondedAt = at;
        require(room.store->addSurveyResponse(r));
    }
    void survey(RowId stage, SurveyMetric metric, int score)
    {
        SurveyResponse r;
        r.stageId = stage;
        r.metric = metric;
        r.score = score;
        r.respondedAt = QDateTime(QDate(2026, 10, 15), QTime(8, 0));
        require(room.store->addSurveyResponse(r));
    }
    void complaint(std::optional<RowId> stage, const QString& category, const QString& channel)
    {
        Complaint c;
        c.stageId = stage;
        c.category = category;
        c.channel = channel;
        c.receivedAt = QDateTime(QDate(2026, 10, 20), QTime(8, 0));
        require(room.store->addComplaint(c));
    }
};

QJsonObject stageNamed(const QJsonObject& report, const QString& name)
{
    for (const QJsonValue& v : report.value(QStringLiteral("stages")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    FAIL("no stage " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("report --json for October has the hand-computed numbers", "[report]")
{
    SmallRoom small;
    const RoomReport report =
        require(buildReport(*small.room.store, {QDate(2026, 10, 1), QDate(2026, 10, 31)}));
    const QJsonObject json = reportToJson(report);

    CHECK(json[QStringLiteral("room")].toObject()[QStringLiteral("name")].toString() ==
          QStringLiteral("Small"));
    CHECK(json[QStringLiteral("room")].toObject()[QStringLiteral("schema_version")].toInt() ==
          RoomStore::kSchemaVersion);
    CHECK(json[QStringLiteral("period")].toObject()[QStringLiteral("from")].toString() ==
          QStringLiteral("2026-10-01"));
    CHECK(json[QStringLiteral("period")].toObject()[QStringLiteral("to")].toString() ==
          QStringLiteral("2026-10-31"));

    const QJsonObject help = stageNamed(json, QStringLiteral("Get help"));
    CHECK(help[QStringLiteral("position")].toInt() == 1);
    CHECK(help[QStringLiteral("maturity")].toString() == QStringLiteral("broken"));
    // 6 promoters (with the last second of October), 3 passives, 2 detractors; n = 11.
    // NPS = (6 - 2) / 11 = 36.36 -> 36.4. Margin = 1.96*100*sqrt((8/11 - (4/11)^2)/11) = 45.59.
    const QJsonObject nps = help[QStringLiteral("nps")].toObject();
    CHECK(nps[QStringLiteral("n")].toInt() == 11);
    CHECK(nps[QStringLiteral("promoters")].toInt() == 6);
    CHECK(nps[QStringLiteral("passives")].toInt() == 3);
    CHECK(nps[QStringLiteral("detractors")].toInt() == 2);
    CHECK(nps[QStringLiteral("score")].toDouble() == Approx(36.4));
    CHECK(nps[QStringLiteral("margin95")].toDouble() == Approx(45.6));
    CHECK(help[QStringLiteral("csat")].toObject()[QStringLiteral("score")].toDouble() == Approx(66.7));
    CHECK(help[QStringLiteral("csat")].toObject()[QStringLiteral("n")].toInt() == 3);
    CHECK(help[QStringLiteral("ces")].toObject()[QStringLiteral("mean")].toDouble() == Approx(2.5));

    const QJsonObject complaints = help[QStringLiteral("complaints")].toObject();
    CHECK(complaints[QStringLiteral("total")].toInt() == 3);
    const QJsonArray byCategory = complaints[QStringLiteral("by_category")].toArray();
    REQUIRE(byCategory.size() == 2);
    CHECK(byCategory[0].toObject()[QStringLiteral("category")].toString() == QStringLiteral("Long wait"));
    CHECK(byCategory[0].toObject()[QStringLiteral("count")].toInt() == 2);
    CHECK(complaints[QStringLiteral("by_channel")]
              .toArray()[0]
              .toObject()[QStringLiteral("channel")]
              .toString() == QStringLiteral("phone"));

    const QJsonArray kpis = help[QStringLiteral("kpis")].toArray();
    REQUIRE(kpis.size() == 2);
    CHECK(kpis[0].toObject()[QStringLiteral("value")].toDouble() == Approx(88));
    CHECK(kpis[0].toObject()[QStringLiteral("target")].toDouble() == Approx(90));
    CHECK(kpis[0].toObject()[QStringLiteral("status")].toString() == QStringLiteral("amber"));
    CHECK(kpis[1].toObject()[QStringLiteral("value")].isNull());
    CHECK(kpis[1].toObject()[QStringLiteral("status")].isNull());

    CHECK(help[QStringLiteral("calls")].toObject()[QStringLiteral("count")].toInt() == 1);
    CHECK(help[QStringLiteral("calls")].toObject()[QStringLiteral("seconds")].toDouble() == Approx(65.5));
    CHECK(help[QStringLiteral("artifacts")].toObject()[QStringLiteral("count")].toInt() == 1);
    const QJsonObject fixes = help[QStringLiteral("fixes")].toObject();
    CHECK(fixes[QStringLiteral("open")].toInt() == 2);
    CHECK(fixes[QStringLiteral("done")].toInt() == 0);
    CHECK(fixes[QStringLiteral("verified")].toInt() == 1);

    // A stage with no data: every metric null, never 0.
    const QJsonObject pay = stageNamed(json, QStringLiteral("Pay"));
    CHECK(pay[QStringLiteral("nps")].isNull());
    CHECK(pay[QStringLiteral("csat")].isNull());
    CHECK(pay[QStringLiteral("ces")].isNull());
    CHECK(pay[QStringLiteral("complaints")].toObject()[QStringLiteral("total")].toInt() == 0);

    const QJsonObject unassigned = json[QStringLiteral("unassigned")].toObject();
    CHECK(unassigned[QStringLiteral("complaints")].toInt() == 1);
    CHECK(unassigned[QStringLiteral("survey_responses")].toInt() == 2);
    CHECK(unassigned[QStringLiteral("calls")].toInt() == 0);
}

TEST_CASE("Without a period the report covers the whole room", "[report]")
{
    SmallRoom small;
    const QJsonObject json = reportToJson(require(buildReport(*small.room.store, {})));
    CHECK(json[QStringLiteral("period")].toObject()[QStringLiteral("from")].isNull());
    const QJsonObject help = stageNamed(json, QStringLiteral("Get help"));
    CHECK(help[QStringLiteral("nps")].toObject()[QStringLiteral("n")].toInt() == 13);
    CHECK(help[QStringLiteral("calls")].toObject()[QStringLiteral("count")].toInt() == 2);
    CHECK(help[QStringLiteral("calls")].toObject()[QStringLiteral("seconds")].toDouble() == Approx(75.5));
}

TEST_CASE("The wall snapshot agrees with the report and compares to the month before", "[report]")
{
    SmallRoom small;
    const WallSnapshot wall =
        require(buildWallSnapshot(*small.room.store, Period::month(QDate(2026, 10, 1))));
    REQUIRE(wall.stages.size() == 2);
    const StageWall& help = wall.stages[0];
    REQUIRE(help.report.nps);
    CHECK(help.report.nps->n == 11);
    CHECK(help.report.ownerDepartment == QStringLiteral("Care"));
    CHECK(help.report.contributingDepartments == QStringList{QStringLiteral("Billing")});
    // September has one detractor: NPS -100, n = 1.
    REQUIRE(help.previousNps);
    CHECK(help.previousNps->n == 1);
    REQUIRE(help.npsChange);
    CHECK(help.npsChange->delta == Approx(36.3636 + 100).epsilon(1e-4));
    REQUIRE(help.npsTrend.size() == kTrendPeriods);
    CHECK(help.trendPeriods.last() == QDate(2026, 10, 1));
    REQUIRE(help.npsTrend.last());
    CHECK(help.npsTrend.last()->n == 11);
    CHECK_FALSE(help.npsTrend.first().has_value());
    REQUIRE(help.report.kpis.size() == 2);
    CHECK(help.report.kpis[0].trend.size() == kTrendPeriods);
    CHECK(*help.report.kpis[0].trend[kTrendPeriods - 2] == Approx(85));
    CHECK(help.calls.size() == 1);
    CHECK(help.fixes.size() == 3);
    CHECK(help.fixes.first().status == FixStatus::InProgress);
    CHECK(wall.stages[1].report.stage.name == QStringLiteral("Pay"));
    CHECK_FALSE(wall.stages[1].report.nps.has_value());
}
