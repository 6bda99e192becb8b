// The command-line contract (DESIGN.md): commands, JSON shape, exit codes.
#include "CliTestSupport.h"
#include "cli/Cli.h"
#include "store/RoomStore.h"

#include <QFile>
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

QJsonObject parseJson(const QString& text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    INFO(e.errorString().toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("init --demo then report --json has the full shape and real numbers", "[cli]")
{
    QTemporaryDir dir;
    const QString room = dir.filePath(QStringLiteral("demo.croom"));
    const Run init = runCli({QStringLiteral("init"), room, QStringLiteral("--demo"),
                             QStringLiteral("--last-month"), QStringLiteral("2026-10")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == cli::Ok);

    const Run report = runCli({QStringLiteral("report"), room, QStringLiteral("--json")});
    REQUIRE(report.code == cli::Ok);
    const QJsonObject json = parseJson(report.out);
    // Without --from/--to there is no previous period to compare with.
    CHECK(json[QStringLiteral("stages")].toArray()[0].toObject()[QStringLiteral("previous")].isNull());
    CHECK(json[QStringLiteral("stages")].toArray()[0].toObject()[QStringLiteral("change")].isNull());
    for (const char* key : {"room", "period", "stages", "unassigned"})
        CHECK(json.contains(QString::fromLatin1(key)));
    const QJsonArray stages = json[QStringLiteral("stages")].toArray();
    REQUIRE(stages.size() >= 6);
    for (const QJsonValue& v : stages) {
        const QJsonObject s = v.toObject();
        INFO(s[QStringLiteral("name")].toString().toStdString());
        for (const char* key : {"name", "position", "maturity", "nps", "csat", "ces", "complaints", "kpis",
                                "calls", "artifacts", "fixes"})
            CHECK(s.contains(QString::fromLatin1(key)));
        const QJsonObject nps = s[QStringLiteral("nps")].toObject();
        for (const char* key : {"score", "n", "promoters", "passives", "detractors", "margin95"})
            CHECK(nps.contains(QString::fromLatin1(key)));
        CHECK(nps[QStringLiteral("n")].toInt() >= 30);
        const int n = nps[QStringLiteral("n")].toInt();
        const double expected =
            100.0 * (nps[QStringLiteral("promoters")].toInt() - nps[QStringLiteral("detractors")].toInt()) /
            n;
        CHECK(nps[QStringLiteral("score")].toDouble() == Approx(std::round(expected * 10) / 10));
        CHECK(s[QStringLiteral("complaints")].toObject()[QStringLiteral("total")].toInt() > 0);
        CHECK(s[QStringLiteral("complaints")].toObject().contains(QStringLiteral("by_category")));
        CHECK(s[QStringLiteral("complaints")].toObject().contains(QStringLiteral("by_channel")));
        const QJsonArray kpis = s[QStringLiteral("kpis")].toArray();
        REQUIRE_FALSE(kpis.isEmpty());
        for (const QJsonValue& k : kpis) {
            for (const char* key : {"name", "unit", "value", "target", "status"})
                CHECK(k.toObject().contains(QString::fromLatin1(key)));
            CHECK(k.toObject()[QStringLiteral("status")].isString());
        }
        CHECK(s[QStringLiteral("calls")].toObject()[QStringLiteral("count")].toInt() >= 1);
        CHECK(s[QStringLiteral("calls")].toObject()[QStringLiteral("seconds")].toDouble() > 0);
        CHECK(s[QStringLiteral("artifacts")].toObject()[QStringLiteral("count")].toInt() >= 1);
        for (const char* key : {"open", "done", "verified"})
            CHECK(s[QStringLiteral("fixes")].toObject().contains(QString::fromLatin1(key)));
    }

    const Run october =
        runCli({QStringLiteral("report"), room, QStringLiteral("--json"), QStringLiteral("--from"),
                QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31")});
    REQUIRE(october.code == cli::Ok);
    const QJsonObject oct = parseJson(october.out);
    CHECK(oct[QStringLiteral("period")].toObject()[QStringLiteral("from")].toString() ==
          QStringLiteral("2026-10-01"));
    // With both ends the report compares with the month before, stage by stage.
    CHECK(oct[QStringLiteral("period")].toObject()[QStringLiteral("previous")].toObject()[QStringLiteral("from")]
              .toString() == QStringLiteral("2026-09-01"));
    for (const QJsonValue& v : oct[QStringLiteral("stages")].toArray()) {
        const QJsonObject s = v.toObject();
        REQUIRE(s[QStringLiteral("previous")].isObject());
        CHECK(s[QStringLiteral("previous")].toObject().contains(QStringLiteral("nps")));
        const QJsonObject change = s[QStringLiteral("change")].toObject();
        for (const char* metric : {"nps", "csat"}) {
            const QJsonValue c = change[QString::fromLatin1(metric)];
            REQUIRE(c.isObject());
            CHECK(c.toObject().contains(QStringLiteral("delta")));
            CHECK(c.toObject()[QStringLiteral("significant")].isBool());
            // n < 30 on either side is never significant.
            const int n = s[QString::fromLatin1(metric)].toObject()[QStringLiteral("n")].toInt();
            const int before =
                s[QStringLiteral("previous")].toObject()[QString::fromLatin1(metric)].toObject()[QStringLiteral("n")].toInt();
            if (n < 30 || before < 30)
                CHECK_FALSE(c.toObject()[QStringLiteral("significant")].toBool());
        }
    }
    // A period with no data gives null metrics, not zeros.
    const Run empty =
        runCli({QStringLiteral("report"), room, QStringLiteral("--json"), QStringLiteral("--from"),
                QStringLiteral("2030-01-01"), QStringLiteral("--to"), QStringLiteral("2030-01-31")});
    REQUIRE(empty.code == cli::Ok);
    const QJsonObject first = parseJson(empty.out)[QStringLiteral("stages")].toArray()[0].toObject();
    CHECK(first[QStringLiteral("nps")].isNull());
    CHECK(first[QStringLiteral("kpis")].toArray()[0].toObject()[QStringLiteral("value")].isNull());
}

TEST_CASE("Exit codes follow the contract", "[cli]")
{
    QTemporaryDir dir;
    CHECK(runCli({}).code == cli::BadUsage);
    CHECK(runCli({QStringLiteral("--help")}).code == cli::Ok);
    CHECK(runCli({QStringLiteral("frobnicate")}).code == cli::BadUsage);
    CHECK(runCli({QStringLiteral("report")}).code == cli::BadUsage);
    CHECK(runCli({QStringLiteral("init")}).code == cli::BadUsage);
    CHECK(runCli({QStringLiteral("report"), QStringLiteral("x.croom"), QStringLiteral("--bogus")}).code ==
          cli::BadUsage);

    const QString missing = dir.filePath(QStringLiteral("missing.croom"));
    const Run notThere = runCli({QStringLiteral("report"), missing, QStringLiteral("--json")});
    CHECK(notThere.code == cli::CannotOpen);
    CHECK(notThere.err.contains(missing));

    const QString garbage = dir.filePath(QStringLiteral("garbage.croom"));
    QFile f(garbage);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a room at all");
    f.close();
    CHECK(runCli({QStringLiteral("report"), garbage, QStringLiteral("--json")}).code == cli::CannotOpen);

    const QString room = dir.filePath(QStringLiteral("empty.croom"));
    CHECK(runCli({QStringLiteral("init"), room}).code == cli::Ok);
    CHECK(runCli({QStringLiteral("init"), room}).code == cli::CannotOpen); // exists; needs --force
    CHECK(runCli({QStringLiteral("report"), room, QStringLiteral("--json"), QStringLiteral("--from"),
                  QStringLiteral("2026-13-01")})
              .code == cli::BadUsage);
    CHECK(runCli({QStringLiteral("report"), room, QStringLiteral("--json"), QStringLiteral("--from"),
                  QStringLiteral("2026-10-31"), QStringLiteral("--to"), QStringLiteral("2026-10-01")})
              .code == cli::BadUsage);
    const Run ok = runCli({QStringLiteral("report"), room, QStringLiteral("--json")});
    CHECK(ok.code == cli::Ok);
    CHECK(parseJson(ok.out)[QStringLiteral("stages")].toArray().isEmpty());
}

TEST_CASE("The installed binary runs the same contract", "[cli]")
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(CR_CLI_BINARY),
            {QStringLiteral("report"), dir.filePath(QStringLiteral("none.croom")), QStringLiteral("--json")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == cli::CannotOpen);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("none.croom")));

    p.start(QStringLiteral(CR_CLI_BINARY), {QStringLiteral("--help")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == cli::Ok);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("report ROOM --json")));
}

TEST_CASE("Killing init --demo midway never leaves half a room", "[cli][crash]")
{
    // The demo is written in one transaction: after a kill the file holds either
    // no stages or the whole demo, never stages without their evidence.
    for (int delayMs : {150, 400, 800}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.croom"));
        QProcess p;
        p.start(QStringLiteral(CR_CLI_BINARY), {QStringLiteral("init"), path, QStringLiteral("--demo")});
        REQUIRE(p.waitForStarted());
        QThread::msleep(delayMs);
        p.kill();
        p.waitForFinished();
        INFO("killed after " << delayMs << " ms");
        if (!QFile::exists(path))
            continue;
        auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
        if (!store) {
            // Killed before the schema was committed: an empty SQLite file is refused, not misread.
            CHECK(store.error().message.contains(QStringLiteral("empty")));
            continue;
        }
        const qint64 stages = (*store)->rowCount(QStringLiteral("stage")).value();
        const qint64 calls = (*store)->rowCount(QStringLiteral("call")).value();
        const qint64 fixes = (*store)->rowCount(QStringLiteral("fix")).value();
        CHECK((stages == 0 || stages == 7));
        CHECK(calls == (stages == 0 ? 0 : 9));
        CHECK(fixes == (stages == 0 ? 0 : 10));
    }
}

TEST_CASE("init --template builds the stages of the shipped template", "[cli]")
{
    QTemporaryDir dir;
    const QString room = dir.filePath(QStringLiteral("ours.croom"));
    const Run init = runCli({QStringLiteral("init"), room, QStringLiteral("--template"),
                             QStringLiteral(CR_SOURCE_DIR "/resources/templates/subscription-journey.json")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == cli::Ok);
    const QJsonObject json =
        parseJson(runCli({QStringLiteral("report"), room, QStringLiteral("--json")}).out);
    const QJsonArray stages = json[QStringLiteral("stages")].toArray();
    REQUIRE(stages.size() == 7);
    CHECK(stages[2].toObject()[QStringLiteral("name")].toString() == QStringLiteral("Get started"));
    CHECK(stages[2].toObject()[QStringLiteral("nps")].isNull());

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"stages\": [\n{\"name\": \"A\", \"maturity\": \"superb\"}]}");
    f.close();
    const Run refused = runCli(
        {QStringLiteral("init"), dir.filePath(QStringLiteral("x.croom")), QStringLiteral("--template"), bad});
    CHECK(refused.code == cli::CannotOpen);
    CHECK(refused.err.contains(QStringLiteral("superb")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.croom"))));
}
