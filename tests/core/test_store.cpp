// The room file: create, reopen, migrate, refuse what is not ours.
#include "TestRoom.h"
#include "store/EvidenceWriter.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cr;
using namespace cr::test;

namespace {

// A raw connection for setting up files the store must refuse.
struct RawDb
{
    QString name;
    explicit RawDb(const QString& path) : name(QStringLiteral("raw-") + path)
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawDb() { QSqlDatabase::removeDatabase(name); }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        return q.exec(sql);
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }
    void close() { QSqlDatabase::database(name).close(); }
};

} // namespace

TEST_CASE("A new room has the current schema, WAL and foreign keys", "[store]")
{
    TempRoom room;
    CHECK(room.store->schemaVersion() == RoomStore::kSchemaVersion);
    CHECK(room.store->roomName() == QStringLiteral("room"));
    for (const char* table :
         {"stage", "moment", "department", "artifact", "complaint", "survey_response", "kpi", "kpi_value",
          "call", "fix", "review", "feed", "import_run", "import_reject", "media", "mapping_rule"})
        CHECK(require(room.store->rowCount(QString::fromLatin1(table))) == 0);
    room.store.reset();

    RawDb raw(room.path);
    CHECK(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() == RoomStore::kApplicationId);
    // A fix must name an existing department: the store turns foreign keys on.
    auto store = require(RoomStore::open(room.path, RoomStore::OpenMode::OpenExisting));
    Fix orphan;
    orphan.title = QStringLiteral("Orphan");
    orphan.ownerDepartmentId = 4242;
    CHECK_FALSE(store->addFix(orphan).ok());
}

TEST_CASE("A room keeps its content when reopened", "[store]")
{
    TempRoom room;
    const RowId dept =
        require(room.store->addDepartment({0, QStringLiteral("Care"), QStringLiteral("Ann"), {}}));
    Stage s;
    s.name = QStringLiteral("Get help");
    s.position = 1;
    s.maturity = Maturity::Broken;
    s.ownerDepartmentId = dept;
    require(room.store->addStage(s));
    REQUIRE(room.store->setRoomName(QStringLiteral("Acme")).ok());
    room.store.reset();

    auto reopened = require(RoomStore::open(room.path, RoomStore::OpenMode::OpenExisting));
    CHECK(reopened->roomName() == QStringLiteral("Acme"));
    const auto stages = require(reopened->stages());
    REQUIRE(stages.size() == 1);
    CHECK(stages[0].name == QStringLiteral("Get help"));
    CHECK(stages[0].maturity == Maturity::Broken);
    REQUIRE(stages[0].ownerDepartmentId.has_value());
    CHECK(*stages[0].ownerDepartmentId == dept);
}

TEST_CASE("An older room is migrated forward in one step, keeping its data", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.croom"));
    REQUIRE(RoomStore::createAtVersion(path, 1).ok());
    {
        RawDb raw(path);
        CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
        REQUIRE(raw.exec(QStringLiteral("INSERT INTO stage(name, position) VALUES('Join', 1)")));
        CHECK_FALSE(raw.exec(QStringLiteral("SELECT * FROM mapping_rule"))); // arrives in v2
        raw.close();
    }
    auto store = require(RoomStore::open(path, RoomStore::OpenMode::OpenExisting));
    CHECK(store->schemaVersion() == RoomStore::kSchemaVersion);
    CHECK(require(store->rowCount(QStringLiteral("mapping_rule"))) == 0);
    const auto stages = require(store->stages());
    REQUIRE(stages.size() == 1);
    CHECK(stages[0].name == QStringLiteral("Join"));
}

TEST_CASE("A room from a newer program is refused with a clear message", "[store]")
{
    TempRoom room;
    room.store.reset();
    {
        RawDb raw(room.path);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        raw.close();
    }
    auto opened = RoomStore::open(room.path, RoomStore::OpenMode::OpenExisting);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("newer")));
    CHECK(opened.error().file.endsWith(QStringLiteral("room.croom")));
    // Refusing must not touch the file.
    RawDb raw(room.path);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 99);
}

TEST_CASE("Files that are not rooms are refused", "[store]")
{
    QTemporaryDir dir;
    SECTION("garbage bytes")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.croom"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto opened = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("not a Customer Room")));
        CHECK(QFile(path).size() == 4096);
    }
    SECTION("an SQLite database of another program")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawDb raw(path);
            REQUIRE(raw.exec(QStringLiteral("CREATE TABLE songs(title TEXT)")));
            raw.close();
        }
        auto opened = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("not a Customer Room room")));
    }
    SECTION("a missing file")
    {
        auto opened =
            RoomStore::open(dir.filePath(QStringLiteral("missing.croom")), RoomStore::OpenMode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("init")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.croom"))));
    }
    SECTION("a folder")
    {
        auto opened = RoomStore::open(dir.path(), RoomStore::OpenMode::OpenOrCreate);
        REQUIRE_FALSE(opened.ok());
    }
    SECTION("creating over an existing room")
    {
        TempRoom room;
        room.store.reset();
        CHECK_FALSE(RoomStore::open(room.path, RoomStore::OpenMode::CreateNew).ok());
    }
}

TEST_CASE("A transaction that is not committed leaves the room as it was", "[store]")
{
    TempRoom room;
    {
        RoomStore::Transaction tx(*room.store);
        REQUIRE(tx.isActive());
        require(room.store->addDepartment({0, QStringLiteral("Care"), {}, {}}));
        CHECK(require(room.store->rowCount(QStringLiteral("department"))) == 1);
    }
    CHECK(require(room.store->rowCount(QStringLiteral("department"))) == 0);
    {
        RoomStore::Transaction tx(*room.store);
        require(room.store->addDepartment({0, QStringLiteral("Care"), {}, {}}));
        REQUIRE(tx.commit().ok());
    }
    CHECK(require(room.store->rowCount(QStringLiteral("department"))) == 1);
}

TEST_CASE("Media is stored once per content and can be written out for players", "[store]")
{
    TempRoom room;
    const QByteArray bytes("RIFF....WAVEfmt fake audio bytes");
    const QString a = require(room.store->putMedia(bytes, QStringLiteral("audio/wav")));
    const QString b = require(room.store->putMedia(bytes, QStringLiteral("audio/wav")));
    CHECK(a == b);
    CHECK(a.size() == 64);
    CHECK(require(room.store->rowCount(QStringLiteral("media"))) == 1);
    CHECK(require(room.store->media(a)) == bytes);
    const QString file = require(room.store->mediaFile(a));
    CHECK(file.endsWith(QStringLiteral(".wav")));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == bytes);
    CHECK_FALSE(room.store->media(QString(64, QLatin1Char('0'))).ok());
}

TEST_CASE("Survey answers outside their scale never reach the room", "[store]")
{
    TempRoom room;
    SurveyResponse r;
    r.metric = SurveyMetric::Nps;
    r.score = 11;
    r.respondedAt = QDateTime(QDate(2026, 10, 3), QTime(10, 0));
    r.provenance.sourceFile = QStringLiteral("survey.csv");
    r.provenance.sourceLine = 7;
    auto added = room.store->addSurveyResponse(r);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().toString() ==
          QStringLiteral("survey.csv:7: NPS answer 11 is outside its 0-10 scale."));
    r.metric = SurveyMetric::Csat;
    r.score = 0;
    CHECK_FALSE(room.store->addSurveyResponse(r).ok());
    r.score = 5;
    CHECK(room.store->addSurveyResponse(r).ok());

    // The schema itself refuses a bad score, whoever writes it.
    room.store.reset();
    RawDb raw(room.path);
    CHECK_FALSE(
        raw.exec(QStringLiteral("INSERT INTO survey_response(metric, score, scale_min, scale_max, "
                                "responded_at, imported_at) VALUES('nps', 11, 0, 10, '2026-10-01', '')")));
    CHECK_FALSE(
        raw.exec(QStringLiteral("INSERT INTO survey_response(metric, score, scale_min, scale_max, "
                                "responded_at, imported_at) VALUES('nps', 5, 1, 5, '2026-10-01', '')")));
}

TEST_CASE("Evidence with a known source key is updated in place, not stored twice", "[store]")
{
    TempRoom room;
    Stage stage;
    stage.name = QStringLiteral("Pay");
    const RowId pay = require(room.store->addStage(stage));
    EvidenceWriter writer(*room.store);
    Complaint c;
    c.category = QStringLiteral("Billing");
    c.text = QStringLiteral("Charged twice");
    c.receivedAt = QDateTime(QDate(2026, 10, 3), QTime(10, 0));
    c.provenance.sourceKey = QStringLiteral("complaints:generic:42");
    c.stageId = pay;
    const Upserted first = require(writer.upsert(c, QStringLiteral("h1")));
    CHECK(first.outcome == Upsert::Inserted);
    CHECK(require(writer.upsert(c, QStringLiteral("h1"))).outcome == Upsert::Unchanged);

    // A changed record keeps its row (fixes citing it keep their evidence) and
    // the stage a person gave it when the file names none.
    c.text = QStringLiteral("Charged twice, refund still missing");
    c.stageId.reset();
    const Upserted changed = require(writer.upsert(c, QStringLiteral("h2")));
    CHECK(changed.outcome == Upsert::Updated);
    CHECK(changed.id == first.id);
    CHECK(require(room.store->rowCount(QStringLiteral("complaint"))) == 1);
    const auto onPay = require(room.store->complaints(pay, {}, 10));
    REQUIRE(onPay.size() == 1);
    CHECK(onPay[0].text == c.text);

    // The schema still refuses a second row with the same key, whoever writes it.
    CHECK_FALSE(room.store->addComplaint(c).ok());
}

TEST_CASE("Upgrading a format-2 room keeps KPI values and the fixes that point at KPIs", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.croom"));
    REQUIRE(RoomStore::createAtVersion(path, 2).ok());
    {
        RawDb raw(path);
        REQUIRE(raw.exec(QStringLiteral("INSERT INTO department(id, name) VALUES(1, 'Billing')")));
        REQUIRE(raw.exec(QStringLiteral("INSERT INTO kpi(id, name, unit, direction, target, amber_band) "
                                        "VALUES(7, 'Bills right first time', '%', 'higher', 98, 1)")));
        REQUIRE(raw.exec(QStringLiteral("INSERT INTO kpi_value(kpi_id, period, value, imported_at) "
                                        "VALUES(7, '2026-09-01', 97.5, '')")));
        REQUIRE(raw.exec(QStringLiteral("INSERT INTO fix(id, title, owner_department_id, created_on, metric, kpi_id) "
                                        "VALUES(3, 'Fix pro-rata', 1, '2026-09-01', 'kpi', 7)")));
        raw.close();
    }
    auto store = require(RoomStore::open(path, RoomStore::OpenMode::OpenExisting));
    CHECK(store->schemaVersion() == RoomStore::kSchemaVersion);
    const auto kpis = require(store->kpis(std::nullopt));
    REQUIRE(kpis.size() == 1);
    CHECK(kpis[0].target == 98.0);
    CHECK(require(store->kpiValues(7, {})).size() == 1);
    const auto fixes = require(store->fixes(std::nullopt));
    REQUIRE(fixes.size() == 1);
    CHECK(fixes[0].kpiId == RowId(7));

    // A KPI an import names first has no target: its status is null, not red.
    EvidenceWriter writer(*store);
    const auto created = require(writer.kpiByName(QStringLiteral("Calls abandoned"), QStringLiteral("%"), std::nullopt));
    CHECK(created.created);
    CHECK_FALSE(require(writer.kpiByName(QStringLiteral("calls ABANDONED"), {}, std::nullopt)).created);
    const auto after = require(store->kpis(std::nullopt));
    REQUIRE(after.size() == 2);
    CHECK_FALSE(after[1].target.has_value());
}
