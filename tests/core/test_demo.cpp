// The demo room: every stage has every kind of evidence, and the story holds.
#include "TestRoom.h"

#include "demo/DemoRoom.h"
#include "report/RoomReport.h"
#include "report/WallSnapshot.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cr;
using namespace cr::test;

namespace {

struct DemoFixture
{
    TempRoom room{QStringLiteral("demo.croom")};
    DemoFixture()
    {
        DemoOptions options;
        options.lastMonth = QDate(2026, 10, 1);
        const Status made = createDemoRoom(*room.store, options);
        INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
        REQUIRE(made.ok());
    }
};

DemoFixture& demo()
{
    static DemoFixture fixture; // one demo for the whole file: it takes a second to build
    return fixture;
}

} // namespace

TEST_CASE("The demo has 7 stages, 6 departments and about 20 moments", "[demo]")
{
    RoomStore& store = *demo().room.store;
    const auto stages = require(store.stages());
    REQUIRE(stages.size() == 7);
    CHECK(stages.first().name == QStringLiteral("Discover"));
    CHECK(stages.last().name == QStringLiteral("Renew or leave"));
    CHECK(require(store.departments()).size() == 6);
    const qint64 moments = require(store.rowCount(QStringLiteral("moment")));
    CHECK(moments >= 18);
    CHECK(moments <= 24);
    for (const Stage& s : stages) {
        INFO(s.name.toStdString());
        CHECK(s.ownerDepartmentId.has_value());
        CHECK_FALSE(s.contributingDepartmentIds.isEmpty());
        CHECK_FALSE(s.targetExperience.isEmpty());
    }
    CHECK(require(store.reviews()).size() == 3);
}

TEST_CASE("Every demo stage has every kind of evidence", "[demo]")
{
    const RoomReport report = require(buildReport(*demo().room.store, {}));
    REQUIRE(report.stages.size() == 7);
    int withLowSample = 0;
    for (const StageReport& s : report.stages) {
        INFO(s.stage.name.toStdString());
        REQUIRE(s.nps);
        CHECK(s.nps->n >= 300);
        REQUIRE(s.csat);
        REQUIRE(s.ces);
        CHECK(s.complaints.total > 100);
        CHECK(s.complaints.byCategory.size() >= 3);
        CHECK(s.complaints.byChannel.size() >= 3);
        CHECK(s.kpis.size() >= 2);
        for (const KpiReport& k : s.kpis)
            CHECK(k.status.has_value());
        CHECK(s.calls.count >= 1);
        CHECK(s.calls.seconds > 20);
        CHECK(s.artifacts >= 2);
        CHECK(s.fixes.open + s.fixes.done + s.fixes.verified >= 1);
    }
    // Fixes in every status across the room.
    int proposed = 0, inProgress = 0, done = 0, verified = 0;
    for (const StageReport& s : report.stages) {
        const auto fixes = require(demo().room.store->fixes(s.stage.id));
        for (const Fix& f : fixes) {
            proposed += f.status == FixStatus::Proposed;
            inProgress += f.status == FixStatus::InProgress;
            done += f.status == FixStatus::Done;
            verified += f.status == FixStatus::Verified;
        }
    }
    CHECK(proposed >= 1);
    CHECK(inProgress >= 1);
    CHECK(done >= 1);
    CHECK(verified >= 1);
    // The latest month: a real sample in most stages; one small stage shows "low sample" honestly.
    const RoomReport october =
        require(buildReport(*demo().room.store, {QDate(2026, 10, 1), QDate(2026, 10, 31)}));
    for (const StageReport& s : october.stages) {
        REQUIRE(s.nps);
        withLowSample += s.nps->lowSample();
        CHECK(s.calls.count >= 1);
    }
    CHECK(withLowSample <= 1);
    // Last month's social mentions: the rules placed the ones naming a known problem, the rest wait.
    CHECK(report.unassigned.complaints == 12);
    CHECK(october.unassigned.complaints == 12);
}

TEST_CASE("The demo's NPS agrees with an independent count of the raw answers", "[demo]")
{
    const RoomReport report = require(buildReport(*demo().room.store, {}));
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("independent"));
    db.setDatabaseName(demo().room.path);
    REQUIRE(db.open());
    for (const StageReport& s : report.stages) {
        QSqlQuery q(db);
        REQUIRE(
            q.prepare(QStringLiteral("SELECT sum(score >= 9), sum(score <= 6), count(*) FROM survey_response "
                                     "WHERE metric = 'nps' AND stage_id = ?")));
        q.addBindValue(s.stage.id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const double n = q.value(2).toDouble();
        const double p = q.value(0).toDouble() / n;
        const double d = q.value(1).toDouble() / n;
        INFO(s.stage.name.toStdString());
        CHECK(s.nps->n == int(n));
        CHECK(s.nps->score == Approx(100 * (p - d)));
        CHECK(s.nps->margin95 == Approx(1.96 * 100 * std::sqrt((p + d - (p - d) * (p - d)) / n)));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("independent"));
}

TEST_CASE("Get connected visibly improves after its verified fix", "[demo]")
{
    RoomStore& store = *demo().room.store;
    RowId stage = 0;
    for (const Stage& s : require(store.stages()))
        if (s.name == QStringLiteral("Get connected"))
            stage = s.id;
    REQUIRE(stage != 0);
    // First quarter of data vs the last quarter: a significant rise.
    const auto before = require(stageNps(store, stage, {QDate(2025, 10, 1), QDate(2025, 12, 31)}));
    const auto after = require(stageNps(store, stage, {QDate(2026, 8, 1), QDate(2026, 10, 31)}));
    REQUIRE(before);
    REQUIRE(after);
    CHECK(before->score < -10);
    CHECK(after->score > 5);
    CHECK(metrics::compareNps(*before, *after).significant);
    bool verified = false;
    for (const Fix& f : require(store.fixes(stage)))
        verified |= f.status == FixStatus::Verified && f.result && f.baseline && *f.result > *f.baseline;
    CHECK(verified);
}

TEST_CASE("Demo calls carry real audio, duration and transcript", "[demo]")
{
    RoomStore& store = *demo().room.store;
    const auto calls = require(store.calls(std::nullopt, {}, 10));
    CHECK(calls.isEmpty()); // every call is mapped to a stage
    for (const Stage& s : require(store.stages())) {
        const auto stageCalls = require(store.calls(s.id, {}, 10));
        REQUIRE_FALSE(stageCalls.isEmpty());
        for (const Call& c : stageCalls) {
            INFO(c.title.toStdString());
            CHECK(c.durationSeconds > 20);
            CHECK(c.transcript.size() >= 6);
            CHECK(c.transcript.last().end <= c.durationSeconds + 0.5);
            const QByteArray audio = require(store.media(c.audioSha256));
            CHECK(audio.startsWith("OggS"));
        }
    }
    for (const Stage& s : require(store.stages())) {
        const auto artifacts = require(store.artifacts(s.id));
        CHECK(artifacts.size() >= 2);
        for (const Artifact& a : artifacts)
            CHECK_FALSE(a.thumbnailSha256.isEmpty());
    }
}

TEST_CASE("The demo is the same for the same seed and month", "[demo]")
{
    TempRoom other(QStringLiteral("again.croom"));
    DemoOptions options;
    options.lastMonth = QDate(2026, 10, 15);
    REQUIRE(createDemoRoom(*other.store, options).ok());
    const auto a = QJsonDocument(reportToJson(require(buildReport(*demo().room.store, {})))).toJson();
    const auto b = QJsonDocument(reportToJson(require(buildReport(*other.store, {})))).toJson();
    CHECK(a == b);
    // A demo refuses to fill a room that already has stages.
    CHECK_FALSE(createDemoRoom(*other.store, options).ok());
}

TEST_CASE("Without a room the app gets the demo in its app-data folder, made once", "[demo]")
{
    // QStandardPaths test mode (see the test main) keeps this out of the real folder.
    const QString path = defaultDemoRoomPath();
    CHECK(path.contains(QStringLiteral("qttest")));
    RoomStore::removeRoomFiles(path);
    {
        REQUIRE(require(ensureDefaultDemoRoom()) == path);
        auto first = require(RoomStore::open(path, RoomStore::OpenMode::OpenExisting));
        CHECK(require(first->stages()).size() == 7);
        REQUIRE(first->setRoomName(QStringLiteral("Renamed by the user")).ok());
    }
    {
        REQUIRE(require(ensureDefaultDemoRoom()) == path);
        auto again = require(RoomStore::open(path, RoomStore::OpenMode::OpenExisting));
        CHECK(again->roomName() == QStringLiteral("Renamed by the user")); // reopened, not rebuilt
        CHECK(require(again->stages()).size() == 7);
    }
    RoomStore::removeRoomFiles(path);
}

TEST_CASE("Each demo stage's key moment of truth is measured by a KPI", "[demo]")
{
    const WallSnapshot wall =
        require(buildWallSnapshot(*demo().room.store, Period::month(QDate(2026, 10, 1))));
    REQUIRE(wall.stages.size() == 7);
    for (const StageWall& s : wall.stages) {
        INFO(s.report.stage.name.toStdString());
        REQUIRE(s.moments.size() >= 3);
        const Moment& key = s.moments.first();
        CHECK(key.isKey);
        bool measured = false;
        for (const KpiReport& k : s.report.kpis)
            measured |= k.kpi.momentId && *k.kpi.momentId == key.id;
        CHECK(measured);
    }
}
