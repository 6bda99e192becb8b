// import, feed, sync, rules and unassigned from the command line: exit codes,
// FILE:LINE rejects, idempotent re-runs, a killed import, read-only commands.
#include "CliTestSupport.h"
#include "cli/Cli.h"
#include "store/RoomStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QByteArray sha(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 count(const QString& room, const QString& table)
{
    auto store = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    auto n = (*store)->rowCount(table);
    REQUIRE(n.ok());
    return *n;
}

QString templateRoom(const QTemporaryDir& dir)
{
    const QString room = dir.filePath(QStringLiteral("room.croom"));
    const Run init = runCli({QStringLiteral("init"), room, QStringLiteral("--template"),
                          QStringLiteral(CR_SOURCE_DIR "/resources/templates/subscription-journey.json")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == cli::Ok);
    return room;
}

const QString kExample = QStringLiteral(CR_SOURCE_DIR "/docs/formats/complaints-generic.csv");

} // namespace

TEST_CASE("import: the documented example, then again: nothing doubles", "[cli][import]")
{
    QTemporaryDir dir;
    const QString room = dir.filePath(QStringLiteral("blank.croom"));
    REQUIRE(runCli({QStringLiteral("init"), room}).code == cli::Ok);
    const Run first = runCli({QStringLiteral("import"), room, QStringLiteral("--kind"), QStringLiteral("complaints"),
                           kExample});
    INFO(first.out.toStdString() << first.err.toStdString());
    // The blank room has no stages: the 10 rows that name one are rejects, the 2 that do not wait unassigned.
    CHECK(first.code == cli::SomeRejected);
    CHECK(first.out.contains(QStringLiteral("2 imported, 0 updated, 0 unchanged, 10 rejected")));
    CHECK(first.err.contains(kExample + QStringLiteral(":2: No stage named \"Get started\"")));

    const QString journey = templateRoom(dir);
    const Run ok = runCli({QStringLiteral("import"), journey, QStringLiteral("--kind"), QStringLiteral("complaints"), kExample});
    INFO(ok.out.toStdString() << ok.err.toStdString());
    CHECK(ok.out.contains(QStringLiteral("read as Generic complaints CSV")));
    CHECK(ok.code == cli::Ok);
    CHECK(ok.out.contains(QStringLiteral("12 imported, 0 updated, 0 unchanged, 0 rejected")));
    CHECK(ok.out.contains(QStringLiteral("2 records matched no stage")));
    const Run again = runCli({QStringLiteral("import"), journey, kExample}); // kind sniffed
    CHECK(again.code == cli::Ok);
    CHECK(again.out.contains(QStringLiteral("holds complaints")));
    CHECK(again.out.contains(QStringLiteral("0 imported, 0 updated, 12 unchanged, 0 rejected")));
    CHECK(count(journey, QStringLiteral("complaint")) == 12);
}

TEST_CASE("import: exit codes 1, 2, 3 and 4, with FILE:LINE: reason for every reject", "[cli][import]")
{
    QTemporaryDir dir;
    const QString room = dir.filePath(QStringLiteral("r.croom"));
    REQUIRE(runCli({QStringLiteral("init"), room}).code == cli::Ok);
    const QString good = write(dir, QStringLiteral("good.csv"), "received_at,text\n2026-09-01,fine\n");
    const QString mixed = write(dir, QStringLiteral("mixed.csv"),
                                "received_at,text\n2026-09-01,\"a\nb\"\nnot a date,x\n2026-09-03,ok\n");
    const QString garbage = write(dir, QStringLiteral("garbage.csv"), QByteArray("\x00\x01\x02\x03", 4));
    const QStringList kind{QStringLiteral("--kind"), QStringLiteral("complaints")};

    CHECK(runCli({QStringLiteral("import"), room}).code == cli::BadUsage);
    CHECK(runCli(QStringList{QStringLiteral("import"), room, QStringLiteral("--kind"), QStringLiteral("tweets"), good}).code ==
          cli::BadUsage);
    CHECK(runCli(QStringList{QStringLiteral("import"), room, QStringLiteral("--aggregate"), QStringLiteral("median"), good}).code ==
          cli::BadUsage);
    CHECK(runCli(QStringList{QStringLiteral("import"), dir.filePath(QStringLiteral("none.croom"))} + kind + QStringList{good})
              .code == cli::CannotOpen);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.croom"))));
    CHECK(runCli(QStringList{QStringLiteral("import"), room} + kind + QStringList{dir.filePath(QStringLiteral("missing.csv"))})
              .code == cli::CannotOpen);

    const Run partial = runCli(QStringList{QStringLiteral("import"), room} + kind + QStringList{mixed});
    CHECK(partial.code == cli::SomeRejected);
    CHECK(partial.err.contains(mixed + QStringLiteral(":4: received_at \"not a date\" is not a date")));
    CHECK(partial.out.contains(QStringLiteral("2 imported, 0 updated, 0 unchanged, 1 rejected")));

    const Run refused = runCli(QStringList{QStringLiteral("import"), room} + kind + QStringList{garbage});
    CHECK(refused.code == cli::NothingImported);
    CHECK(refused.err.contains(QStringLiteral("not a text file")));

    const QString mixed2 = write(dir, QStringLiteral("mixed2.csv"), "received_at,text\n2026-10-01,new\nbad,x\n");
    const Run strict = runCli(QStringList{QStringLiteral("import"), room, QStringLiteral("--strict")} + kind + QStringList{mixed2});
    CHECK(strict.code == cli::NothingImported);
    CHECK(count(room, QStringLiteral("complaint")) == 2);

    const Run mapped = runCli(QStringList{QStringLiteral("import"), room, QStringLiteral("--format"), QStringLiteral("generic"),
                                       QStringLiteral("--map"), QStringLiteral("received_at=created,text=body")} +
                           kind + QStringList{write(dir, QStringLiteral("m.csv"), "created,body\n2026-10-02,mapped\n")});
    CHECK(mapped.code == cli::Ok);
    CHECK(count(room, QStringLiteral("complaint")) == 3);
}

TEST_CASE("A killed import leaves the room as it was; running it again completes it", "[cli][import]")
{
    QTemporaryDir dir;
    const QString room = dir.filePath(QStringLiteral("r.croom"));
    REQUIRE(runCli({QStringLiteral("init"), room}).code == cli::Ok);
    QByteArray csv = "id,received_at,text\n";
    for (int i = 0; i < 60000; ++i)
        csv += QByteArray::number(i) + ",2026-09-01,\"a complaint, with a comma\nand a second line " +
               QByteArray::number(i) + "\"\n";
    const QString big = write(dir, QStringLiteral("big.csv"), csv);

    QProcess child;
    child.start(QStringLiteral(CR_CLI_BINARY),
                {QStringLiteral("import"), room, QStringLiteral("--kind"), QStringLiteral("complaints"), big});
    REQUIRE(child.waitForStarted());
    // Kill it once it has written a good part of the file into the room's journal.
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(room + QStringLiteral("-wal")).size() < 2 * 1024 * 1024 && timer.elapsed() < 60000 &&
           child.state() == QProcess::Running)
        QThread::msleep(5);
    REQUIRE(child.state() == QProcess::Running);
    child.kill();
    child.waitForFinished();
    CHECK(count(room, QStringLiteral("complaint")) == 0);
    CHECK(count(room, QStringLiteral("import_run")) == 0);

    const Run again = runCli({QStringLiteral("import"), room, QStringLiteral("--kind"), QStringLiteral("complaints"), big});
    CHECK(again.code == cli::Ok);
    CHECK(count(room, QStringLiteral("complaint")) == 60000);
}

TEST_CASE("rules move puts a rule at another place: the first that matches wins", "[cli][rules]")
{
    QTemporaryDir dir;
    const QString room = templateRoom(dir);
    auto opened = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    const auto stages = *(*opened)->stages();
    opened->reset();
    REQUIRE(stages.size() >= 2);
    auto addRule = [&](const QString& keyword, const QString& stage) {
        const Run r = runCli({QStringLiteral("rules"), QStringLiteral("add"), room, QStringLiteral("--kind"),
                              QStringLiteral("complaints"), QStringLiteral("--keyword"), keyword,
                              QStringLiteral("--stage"), stage});
        INFO(r.err.toStdString());
        REQUIRE(r.code == cli::Ok);
    };
    addRule(QStringLiteral("router"), stages.at(0).name);
    addRule(QStringLiteral("refund"), stages.at(1).name);
    auto firstPattern = [&] {
        const Run list = runCli({QStringLiteral("rules"), QStringLiteral("list"), room, QStringLiteral("--json")});
        REQUIRE(list.code == cli::Ok);
        const QJsonArray rules = QJsonDocument::fromJson(list.out.toUtf8()).array();
        REQUIRE(rules.size() == 2);
        return rules.first().toObject().value(QStringLiteral("pattern")).toString();
    };
    REQUIRE(firstPattern() == QStringLiteral("router"));
    const Run list = runCli({QStringLiteral("rules"), QStringLiteral("list"), room, QStringLiteral("--json")});
    const QString refundId = QString::number(
        QJsonDocument::fromJson(list.out.toUtf8()).array().at(1).toObject().value(QStringLiteral("id")).toInteger());

    const Run moved = runCli({QStringLiteral("rules"), QStringLiteral("move"), room, refundId, QStringLiteral("--to"),
                              QStringLiteral("1")});
    INFO(moved.err.toStdString());
    CHECK(moved.code == cli::Ok);
    CHECK(moved.out.contains(QStringLiteral("now runs 1 of 2")));
    CHECK(firstPattern() == QStringLiteral("refund"));

    // A complaint about both now goes where "refund" sends it.
    const QString csv = write(dir, QStringLiteral("c.csv"), "id,received_at,text\n1,2026-09-01,router broke and no refund\n");
    REQUIRE(runCli({QStringLiteral("import"), room, QStringLiteral("--kind"), QStringLiteral("complaints"), csv}).code ==
            cli::Ok);
    auto after = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    REQUIRE(after.ok());
    CHECK((*after)->complaints(stages.at(1).id, DateRange{}, 10)->size() == 1);
    after->reset();

    CHECK(runCli({QStringLiteral("rules"), QStringLiteral("move"), room, QStringLiteral("999"), QStringLiteral("--to"),
                  QStringLiteral("1")})
              .code == cli::BadUsage);
    CHECK(runCli({QStringLiteral("rules"), QStringLiteral("move"), room, refundId}).code == cli::BadUsage);
}

TEST_CASE("Read-only commands never create or change a file", "[cli]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.croom"));
    CHECK(runCli({QStringLiteral("report"), missing, QStringLiteral("--json")}).code == cli::CannotOpen);
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString empty = write(dir, QStringLiteral("empty.croom"), QByteArray());
    const Run emptyRun = runCli({QStringLiteral("report"), empty, QStringLiteral("--json")});
    CHECK(emptyRun.code == cli::CannotOpen);
    CHECK(emptyRun.err.contains(QStringLiteral("empty")));
    CHECK(QFileInfo(empty).size() == 0);

    // An older room is read through an upgraded private copy; the file keeps its bytes and format.
    const QString old = dir.filePath(QStringLiteral("old.croom"));
    REQUIRE(RoomStore::createAtVersion(old, 2).ok());
    const QByteArray before = sha(old);
    for (const QStringList& args : {QStringList{QStringLiteral("report"), old, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("feed"), QStringLiteral("list"), old},
                                    QStringList{QStringLiteral("rules"), QStringLiteral("list"), old},
                                    QStringList{QStringLiteral("unassigned"), QStringLiteral("list"), old}}) {
        const Run r = runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.code == cli::Ok);
    }
    CHECK(sha(old) == before);
}

TEST_CASE("init --force builds the new room beside the old one", "[cli]")
{
    QTemporaryDir dir;
    const QString room = dir.filePath(QStringLiteral("r.croom"));
    REQUIRE(runCli({QStringLiteral("init"), room}).code == cli::Ok);
    const QString bad = write(dir, QStringLiteral("bad.json"), "{ not json");
    CHECK(runCli({QStringLiteral("init"), room, QStringLiteral("--force"), QStringLiteral("--template"), bad}).code ==
          cli::CannotOpen);
    CHECK(count(room, QStringLiteral("stage")) == 0);
    const Run replaced = runCli({QStringLiteral("init"), room, QStringLiteral("--force"), QStringLiteral("--template"),
                              QStringLiteral(CR_SOURCE_DIR "/resources/templates/subscription-journey.json")});
    CHECK(replaced.code == cli::Ok);
    CHECK(count(room, QStringLiteral("stage")) > 0);
    CHECK_FALSE(QFileInfo::exists(room + QStringLiteral(".new")));
    auto store = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    CHECK((*store)->roomName() != QStringLiteral("r.croom"));
}

TEST_CASE("feed add, sync twice, change a file, sync again; rules and the Unassigned tray", "[cli][feed]")
{
    QTemporaryDir dir;
    const QString room = templateRoom(dir);
    const QString folder = dir.filePath(QStringLiteral("exports"));
    write(dir, QStringLiteral("exports/sept.csv"),
          "id,received_at,text\n1,2026-09-01,The engineer never came\n2,2026-09-02,Bill doubled\n");
    write(dir, QStringLiteral("exports/notes.txt.bak"), "ignored: not a suffix the importers read");

    const Run add = runCli({QStringLiteral("feed"), QStringLiteral("add"), room, QStringLiteral("log"),
                         QStringLiteral("--kind"), QStringLiteral("complaints"), QStringLiteral("--location"), folder});
    INFO(add.err.toStdString());
    REQUIRE(add.code == cli::Ok);
    CHECK(runCli({QStringLiteral("feed"), QStringLiteral("add"), room, QStringLiteral("log"), QStringLiteral("--kind"),
               QStringLiteral("complaints"), QStringLiteral("--location"), folder})
              .code == cli::BadUsage); // the name is taken

    const Run first = runCli({QStringLiteral("sync"), room});
    INFO(first.out.toStdString() << first.err.toStdString());
    CHECK(first.code == cli::Ok);
    CHECK(first.out.contains(QStringLiteral("Feed \"log\": 2 new, 0 updated, 0 rejected; 1 files changed, 0 unchanged.")));
    const Run second = runCli({QStringLiteral("sync"), room, QStringLiteral("--feed"), QStringLiteral("log")});
    CHECK(second.out.contains(QStringLiteral("0 new, 0 updated, 0 rejected; 0 files changed, 1 unchanged.")));

    QThread::msleep(20);
    write(dir, QStringLiteral("exports/sept.csv"),
          "id,received_at,text\n1,2026-09-01,The engineer never came\n2,2026-09-02,Bill doubled again\n"
          "3,2026-09-03,Router blinks red\n");
    const Run third = runCli({QStringLiteral("sync"), room});
    CHECK(third.out.contains(QStringLiteral("1 new, 1 updated, 0 rejected; 1 files changed, 0 unchanged.")));
    CHECK(count(room, QStringLiteral("complaint")) == 3);

    const Run list = runCli({QStringLiteral("feed"), QStringLiteral("list"), room, QStringLiteral("--json")});
    const QJsonArray feeds = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(feeds.size() == 1);
    CHECK(feeds[0].toObject()[QStringLiteral("kind")].toString() == QStringLiteral("complaints"));
    CHECK_FALSE(feeds[0].toObject()[QStringLiteral("last_sync")].isNull());

    const Run tray = runCli({QStringLiteral("unassigned"), QStringLiteral("list"), room, QStringLiteral("--json")});
    const QJsonObject trayJson = QJsonDocument::fromJson(tray.out.toUtf8()).object();
    CHECK(trayJson[QStringLiteral("counts")].toObject()[QStringLiteral("complaints")].toInt() == 3);

    auto stages = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    REQUIRE(stages.ok());
    const QString firstStage = (*(*stages)->stages()).first().name;
    stages->reset();
    const Run rule = runCli({QStringLiteral("rules"), QStringLiteral("add"), room, QStringLiteral("--field"),
                          QStringLiteral("text"), QStringLiteral("--keyword"), QStringLiteral("engineer"),
                          QStringLiteral("--stage"), firstStage});
    INFO(rule.err.toStdString());
    CHECK(rule.code == cli::Ok);
    CHECK(runCli({QStringLiteral("rules"), QStringLiteral("list"), room}).out.contains(QStringLiteral("\"engineer\"")));
    const Run apply = runCli({QStringLiteral("rules"), QStringLiteral("apply"), room});
    CHECK(apply.out.contains(QStringLiteral("1 records found their stage; 2 remain unassigned.")));

    const Run removed = runCli({QStringLiteral("feed"), QStringLiteral("remove"), room, QStringLiteral("log")});
    CHECK(removed.code == cli::Ok);
    CHECK(count(room, QStringLiteral("complaint")) == 3);
    CHECK(count(room, QStringLiteral("feed")) == 0);
}
