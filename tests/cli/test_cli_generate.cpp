// customer-room-cli generate: exact sizes, the same room for the same
// arguments, another room for another seed, a room the report reads.
#include "CliTestSupport.h"
#include "cli/Cli.h"
#include "store/RoomStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <set>

using namespace cr;
using namespace cr::test;

namespace {

QStringList smallRoom(const QString& path, const QString& seed = QStringLiteral("7"))
{
    return {QStringLiteral("generate"),   path,
            QStringLiteral("--stages"),   QStringLiteral("5"),
            QStringLiteral("--responses"), QStringLiteral("3000"),
            QStringLiteral("--complaints"), QStringLiteral("1500"),
            QStringLiteral("--calls"),    QStringLiteral("10"),
            QStringLiteral("--until"),    QStringLiteral("2026-10"),
            QStringLiteral("--seed"),     seed};
}

Run generate(const QStringList& args)
{
    const Run r = runCli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    return r;
}

QString report(const QString& room, const QStringList& extra = {})
{
    const Run r = runCli(QStringList{QStringLiteral("report"), room, QStringLiteral("--json")} + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    return r.out;
}

// A digest of the evidence itself (texts, times, scores), beyond what the
// report adds up: the same seed must give the same records, not just the same totals.
QByteArray contentDigest(const QString& room)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digest"));
        db.setDatabaseName(room);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const char* sql :
             {"SELECT stage_id, metric, score, comment, responded_at, respondent_ref FROM survey_response ORDER BY id",
              "SELECT stage_id, channel, category, product, text, status, received_at, resolved_at FROM complaint "
              "ORDER BY id",
              "SELECT stage_id, title, started_at, duration_seconds, audio_sha256, transcript FROM call ORDER BY id",
              "SELECT kpi_id, period, value FROM kpi_value ORDER BY id",
              "SELECT name, maturity, target_experience FROM stage ORDER BY id",
              "SELECT title, status, due_on, baseline, goal, result FROM fix ORDER BY id"}) {
            REQUIRE(q.exec(QString::fromLatin1(sql)));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("digest"));
    return hash.result().toHex();
}

} // namespace

TEST_CASE("generate makes a room of exactly the sizes asked for", "[cli][generate]")
{
    QTemporaryDir dir;
    const QString room = dir.filePath(QStringLiteral("large.croom"));
    const Run r = generate(smallRoom(room));
    CHECK(r.out.contains(QStringLiteral("Created")));
    CHECK_FALSE(QFileInfo::exists(room + QStringLiteral(".new")));

    auto store = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    REQUIRE(store);
    const RoomStore& s = **store;
    CHECK(*s.rowCount(QStringLiteral("stage")) == 5);
    CHECK(*s.rowCount(QStringLiteral("survey_response")) == 3000);
    CHECK(*s.rowCount(QStringLiteral("complaint")) == 1500);
    CHECK(*s.rowCount(QStringLiteral("call")) == 10);
    CHECK(*s.rowCount(QStringLiteral("artifact")) > 0);
    // A handful of recordings behind the calls (content-addressed, stored once each).
    CHECK(*s.rowCount(QStringLiteral("media")) < 30);

    auto stages = s.stages();
    REQUIRE(stages);
    std::set<FixStatus> statuses;
    std::set<QString> names;
    for (const Stage& stage : *stages) {
        INFO(stage.name.toStdString());
        names.insert(stage.name);
        CHECK(stage.ownerDepartmentId.has_value());
        auto moments = s.moments(stage.id);
        REQUIRE(moments);
        CHECK(moments->size() >= 2);
        auto kpis = s.kpis(stage.id);
        REQUIRE(kpis);
        CHECK(kpis->size() >= 3);
        CHECK(kpis->size() <= 4);
        for (const Kpi& k : *kpis) {
            CHECK(k.target.has_value());
            auto values = s.kpiValues(k.id, {});
            REQUIRE(values);
            CHECK(values->size() == 36); // three years, monthly
            CHECK(values->last().period == QDate(2026, 10, 1));
        }
        auto fixes = s.fixes(stage.id);
        REQUIRE(fixes);
        for (const Fix& f : *fixes)
            statuses.insert(f.status);
    }
    CHECK(names.size() == 5);
    CHECK(statuses.size() == 4); // every status of a fix
    auto months = s.monthsWithData();
    REQUIRE(months);
    REQUIRE_FALSE(months->isEmpty());
    CHECK(months->first() == QDate(2023, 11, 1));
    CHECK(months->last() == QDate(2026, 10, 1));
    auto call = s.calls(std::nullopt, {}, 1);
    REQUIRE(call);
    auto withAudio = s.calls(stages->first().id, {}, 20);
    REQUIRE(withAudio);
    for (const Call& c : *withAudio) {
        CHECK_FALSE(c.audioSha256.isEmpty());
        CHECK(c.transcript.size() >= 5);
        CHECK(c.durationSeconds > 30);
    }
}

TEST_CASE("generate gives the same room for the same arguments and another for another seed",
          "[cli][generate]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.croom"));
    const QString b = dir.filePath(QStringLiteral("b.croom"));
    const QString c = dir.filePath(QStringLiteral("c.croom"));
    generate(smallRoom(a));
    generate(smallRoom(b));
    generate(smallRoom(c, QStringLiteral("8")));

    const QStringList october{QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                              QStringLiteral("2026-10-31")};
    const QString reportA = report(a);
    CHECK(reportA == report(b));
    CHECK(report(a, october) == report(b, october));
    CHECK(contentDigest(a) == contentDigest(b));

    CHECK(reportA != report(c));
    CHECK(report(a, october) != report(c, october));
    CHECK(contentDigest(a) != contentDigest(c));

    // The report reads the room: every stage has scores, complaints and KPIs.
    const QJsonObject json = QJsonDocument::fromJson(reportA.toUtf8()).object();
    const QJsonArray stages = json[QStringLiteral("stages")].toArray();
    REQUIRE(stages.size() == 5);
    int answers = 0;
    for (const QJsonValue& v : stages) {
        const QJsonObject stage = v.toObject();
        INFO(stage[QStringLiteral("name")].toString().toStdString());
        CHECK(stage[QStringLiteral("nps")].toObject()[QStringLiteral("n")].toInt() >= 30);
        CHECK(stage[QStringLiteral("complaints")].toObject()[QStringLiteral("total")].toInt() > 0);
        CHECK(stage[QStringLiteral("kpis")].toArray().size() >= 3);
        for (const char* metric : {"nps", "csat", "ces"})
            answers += stage[QString::fromLatin1(metric)].toObject()[QStringLiteral("n")].toInt();
    }
    CHECK(answers == 3000);
}

TEST_CASE("generate refuses to overwrite without --force and replaces with it", "[cli][generate]")
{
    QTemporaryDir dir;
    const QString room = dir.filePath(QStringLiteral("room.croom"));
    generate(smallRoom(room));
    const Run again = runCli(smallRoom(room));
    CHECK(again.code == cli::CannotOpen);
    CHECK(again.err.contains(QStringLiteral("--force")));

    generate(smallRoom(room, QStringLiteral("9")) << QStringLiteral("--force"));
    auto store = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    REQUIRE(store);
    CHECK(*(*store)->rowCount(QStringLiteral("survey_response")) == 3000); // replaced, not added to
    CHECK((*store)->info(QStringLiteral("generated_with")).contains(QStringLiteral("seed=9")));
}

TEST_CASE("generate rejects bad sizes, seeds and months with exit code 1", "[cli][generate]")
{
    QTemporaryDir dir;
    const QString room = dir.filePath(QStringLiteral("bad.croom"));
    for (const QStringList& bad :
         {QStringList{QStringLiteral("--stages"), QStringLiteral("0")},
          QStringList{QStringLiteral("--stages"), QStringLiteral("many")},
          QStringList{QStringLiteral("--responses"), QStringLiteral("-5")},
          QStringList{QStringLiteral("--seed"), QStringLiteral("x")},
          QStringList{QStringLiteral("--until"), QStringLiteral("2026-13")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Run r = runCli(QStringList{QStringLiteral("generate"), room} + bad);
        CHECK(r.code == cli::BadUsage);
        CHECK_FALSE(QFileInfo::exists(room));
    }
}
