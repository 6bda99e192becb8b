// Running the room from scripts (issue 12, point 8): fix add|list|update,
// followup list, search, export --csv, the report's fixes and follow-ups, and
// a spike imported through a feed raising exactly one follow-up.
#include "CliTestSupport.h"
#include "store/RoomStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

QString templateRoom(const QTemporaryDir& dir)
{
    const QString room = dir.filePath(QStringLiteral("room.croom"));
    const Run init = runCli({QStringLiteral("init"), room, QStringLiteral("--template"),
                             QStringLiteral(CR_SOURCE_DIR "/resources/templates/subscription-journey.json")});
    REQUIRE(init.code == 0);
    return room;
}

QJsonDocument json(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

// Complaints of one category: `perMonth[i]` in the month i months before this one (last = this month).
QByteArray complaintsCsv(const QString& category, const QVector<int>& perMonth, const QString& prefix)
{
    QByteArray csv = "id,received_at,text,category\n";
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (int i = 0; i < perMonth.size(); ++i) {
        const QDate month = thisMonth.addMonths(i - int(perMonth.size()) + 1);
        const int lastDay = month == thisMonth ? std::max(1, QDate::currentDate().day()) : 28;
        for (int k = 0; k < perMonth[i]; ++k)
            csv += QStringLiteral("%1-%2-%3,%4T10:%5:00,The credit never arrived,%6\n")
                       .arg(prefix)
                       .arg(i)
                       .arg(k)
                       .arg(month.addDays(k % lastDay).toString(Qt::ISODate))
                       .arg(k % 60, 2, 10, QLatin1Char('0'))
                       .arg(category)
                       .toUtf8();
    }
    return csv;
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("fix add, list and update from the command line", "[cli][fixes]")
{
    QTemporaryDir dir;
    const QString room = templateRoom(dir);
    Run add = runCli({QStringLiteral("fix"), QStringLiteral("add"), room, QStringLiteral("--title"),
                      QStringLiteral("Call-back at peak times"), QStringLiteral("--stage"), QStringLiteral("Get help"),
                      QStringLiteral("--owner"), QStringLiteral("Customer Service"), QStringLiteral("--contributors"),
                      QStringLiteral("Product,Operations"), QStringLiteral("--due"), QStringLiteral("2020-01-31")});
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    const QString id = add.out.trimmed();
    CHECK(id == QStringLiteral("1"));

    // Unknown names are usage errors that list what there is.
    Run bad = runCli({QStringLiteral("fix"), QStringLiteral("add"), room, QStringLiteral("--title"), QStringLiteral("X"),
                      QStringLiteral("--owner"), QStringLiteral("Legal")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("Customer Service")));
    bad = runCli({QStringLiteral("fix"), QStringLiteral("add"), room, QStringLiteral("--title"), QStringLiteral("X"),
                  QStringLiteral("--owner"), QStringLiteral("Sales"), QStringLiteral("--kpi"), QStringLiteral("Nope")});
    CHECK(bad.code == 1);

    QJsonArray list = json(runCli({QStringLiteral("fix"), QStringLiteral("list"), room, QStringLiteral("--json")})).array();
    REQUIRE(list.size() == 1);
    QJsonObject fix = list[0].toObject();
    CHECK(fix[QStringLiteral("title")].toString() == QStringLiteral("Call-back at peak times"));
    CHECK(fix[QStringLiteral("stage")].toString() == QStringLiteral("Get help"));
    CHECK(fix[QStringLiteral("status")].toString() == QStringLiteral("proposed"));
    CHECK(fix[QStringLiteral("owner")].toString() == QStringLiteral("Customer Service"));
    CHECK(fix[QStringLiteral("contributors")].toArray().size() == 2);
    CHECK(fix[QStringLiteral("overdue")].toBool());
    CHECK(fix[QStringLiteral("metric")].toString() == QStringLiteral("nps"));
    CHECK(fix[QStringLiteral("baseline")].toObject()[QStringLiteral("n")].toInt() == 0);
    CHECK(fix[QStringLiteral("baseline")].toObject()[QStringLiteral("value")].isNull()); // no answers: null, not 0
    CHECK(fix[QStringLiteral("result")].isNull());

    Run update = runCli({QStringLiteral("fix"), QStringLiteral("update"), room, id, QStringLiteral("--status"),
                         QStringLiteral("done")});
    INFO(update.err.toStdString());
    REQUIRE(update.code == 0);
    list = json(runCli({QStringLiteral("fix"), QStringLiteral("list"), room, QStringLiteral("--json")})).array();
    fix = list[0].toObject();
    CHECK(fix[QStringLiteral("status")].toString() == QStringLiteral("done"));
    CHECK(fix[QStringLiteral("done_on")].toString() == QDate::currentDate().toString(Qt::ISODate));
    CHECK_FALSE(fix[QStringLiteral("overdue")].toBool());
    CHECK(runCli({QStringLiteral("fix"), QStringLiteral("update"), room, id, QStringLiteral("--status"),
                  QStringLiteral("finished")})
              .code == 1);
    CHECK(runCli({QStringLiteral("fix"), QStringLiteral("update"), room, QStringLiteral("99"), QStringLiteral("--status"),
                  QStringLiteral("done")})
              .code == 2);

    // The report counts it on its stage.
    const QJsonArray stages =
        json(runCli({QStringLiteral("report"), room, QStringLiteral("--json")})).object()[QStringLiteral("stages")].toArray();
    bool found = false;
    for (const QJsonValue& v : stages) {
        const QJsonObject s = v.toObject();
        if (s[QStringLiteral("name")].toString() != QStringLiteral("Get help"))
            continue;
        found = true;
        const QJsonObject fixes = s[QStringLiteral("fixes")].toObject();
        CHECK(fixes[QStringLiteral("done")].toInt() == 1);
        CHECK(fixes[QStringLiteral("open")].toInt() == 0);
        CHECK(fixes[QStringLiteral("overdue")].toInt() == 0);
        CHECK(s[QStringLiteral("followups")].toObject()[QStringLiteral("open")].toInt() == 0);
    }
    CHECK(found);

    const QString csv = dir.filePath(QStringLiteral("fixes.csv"));
    const Run exported = runCli({QStringLiteral("export"), room, QStringLiteral("--csv"), QStringLiteral("fixes"), csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    CHECK(lines.size() == 3); // header, one fix, the final line break
    CHECK(lines[1].contains("Call-back at peak times"));
    CHECK(runCli({QStringLiteral("export"), room, QStringLiteral("--csv"), QStringLiteral("people"), csv}).code == 1);
}

TEST_CASE("A spike imported through a feed raises exactly one follow-up", "[cli][followups]")
{
    QTemporaryDir dir;
    const QString room = templateRoom(dir);
    const QString folder = dir.filePath(QStringLiteral("exports"));
    REQUIRE(QDir().mkpath(folder));
    // Six months of a steady category, then this month's spike, as two exports.
    write(folder + QStringLiteral("/history.csv"),
          complaintsCsv(QStringLiteral("Missing credit"), {6, 5, 7, 6, 5, 6, 0}, QStringLiteral("h")));
    REQUIRE(runCli({QStringLiteral("feed"), QStringLiteral("add"), room, QStringLiteral("complaints"),
                    QStringLiteral("--kind"), QStringLiteral("complaints"), QStringLiteral("--location"), folder,
                    QStringLiteral("--stage"), QStringLiteral("Pay")})
                .code == 0);
    Run sync = runCli({QStringLiteral("sync"), room});
    INFO(sync.err.toStdString());
    REQUIRE(sync.code == 0);
    CHECK(json(runCli({QStringLiteral("followup"), QStringLiteral("list"), room, QStringLiteral("--json")})).array().isEmpty());

    write(folder + QStringLiteral("/this-month.csv"),
          complaintsCsv(QStringLiteral("Missing credit"), {40}, QStringLiteral("s")));
    sync = runCli({QStringLiteral("sync"), room});
    INFO(sync.out.toStdString() + sync.err.toStdString());
    REQUIRE(sync.code == 0);
    QJsonArray followUps =
        json(runCli({QStringLiteral("followup"), QStringLiteral("list"), room, QStringLiteral("--json")})).array();
    REQUIRE(followUps.size() == 1);
    const QJsonObject spike = followUps[0].toObject();
    CHECK(spike[QStringLiteral("rule")].toString() == QStringLiteral("complaint_spike"));
    CHECK(spike[QStringLiteral("stage")].toString() == QStringLiteral("Pay"));
    CHECK(spike[QStringLiteral("department")].toString() == QStringLiteral("Finance"));
    CHECK(spike[QStringLiteral("status")].toString() == QStringLiteral("open"));
    CHECK(spike[QStringLiteral("evidence")].toArray().size() == 40);

    // Syncing again, and importing the same file by hand, raise nothing more.
    REQUIRE(runCli({QStringLiteral("sync"), room}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), room, QStringLiteral("--kind"), QStringLiteral("complaints"),
                    QStringLiteral("--stage"), QStringLiteral("Pay"), folder + QStringLiteral("/this-month.csv")})
                .code == 0);
    followUps = json(runCli({QStringLiteral("followup"), QStringLiteral("list"), room, QStringLiteral("--json"),
                             QStringLiteral("--department"), QStringLiteral("Finance")}))
                    .array();
    CHECK(followUps.size() == 1);
    CHECK(json(runCli({QStringLiteral("followup"), QStringLiteral("list"), room, QStringLiteral("--json"),
                       QStringLiteral("--department"), QStringLiteral("Sales")}))
              .array()
              .isEmpty());
    const QJsonArray stages =
        json(runCli({QStringLiteral("report"), room, QStringLiteral("--json")})).object()[QStringLiteral("stages")].toArray();
    for (const QJsonValue& v : stages)
        CHECK(v.toObject()[QStringLiteral("followups")].toObject()[QStringLiteral("open")].toInt() ==
              (v.toObject()[QStringLiteral("name")].toString() == QStringLiteral("Pay") ? 1 : 0));
}

TEST_CASE("search prints hits grouped by stage, and never changes the room", "[cli][search]")
{
    QTemporaryDir dir;
    const QString room = templateRoom(dir);
    write(dir.filePath(QStringLiteral("c.csv")),
          "id,received_at,text,category,stage\n"
          "1,2026-10-01,The engineer never came,Missed visit,Get started\n"
          "2,2026-10-02,Engineers were friendly,Praise,\n"
          "3,2026-10-03,Bill doubled,Billing,Pay\n");
    REQUIRE(runCli({QStringLiteral("import"), room, QStringLiteral("--kind"), QStringLiteral("complaints"),
                    dir.filePath(QStringLiteral("c.csv"))})
                .code == 0);
    const QDateTime before = QFileInfo(room).lastModified();
    const QJsonObject result =
        json(runCli({QStringLiteral("search"), room, QStringLiteral("engineer"), QStringLiteral("--json")})).object();
    CHECK(result[QStringLiteral("totals")].toObject()[QStringLiteral("complaint")].toInt() == 2);
    const QJsonArray groups = result[QStringLiteral("stages")].toArray();
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].toObject()[QStringLiteral("stage")].toString() == QStringLiteral("Get started"));
    CHECK(groups[1].toObject()[QStringLiteral("stage")].isNull()); // unassigned last
    const QJsonObject hit = groups[0].toObject()[QStringLiteral("hits")].toArray()[0].toObject();
    const QJsonArray range = hit[QStringLiteral("highlights")].toArray()[0].toArray();
    CHECK(hit[QStringLiteral("snippet")].toString().mid(range[0].toInt(), range[1].toInt()) == QStringLiteral("engineer"));
    const Run text = runCli({QStringLiteral("search"), room, QStringLiteral("bill")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("[Bill] doubled")));
    CHECK(QFileInfo(room).lastModified() == before);
    CHECK(runCli({QStringLiteral("search"), dir.filePath(QStringLiteral("none.croom")), QStringLiteral("x")}).code == 2);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.croom"))));
}

TEST_CASE("An answer sorted to a stage by rules apply raises its detractor follow-up", "[cli][followups]")
{
    QTemporaryDir dir;
    const QString room = templateRoom(dir);
    const QString when = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    write(dir.filePath(QStringLiteral("answers.csv")),
          QStringLiteral("id,responded_at,metric,score,comment\n"
                         "a1,%1,nps,2,The invoice doubled and nobody answers the phone\n"
                         "a2,%1,nps,10,Lovely\n")
              .arg(when)
              .toUtf8());
    REQUIRE(runCli({QStringLiteral("import"), room, QStringLiteral("--kind"), QStringLiteral("surveys"),
                    dir.filePath(QStringLiteral("answers.csv"))})
                .code == 0);
    // Unassigned: no department to route it to yet.
    CHECK(json(runCli({QStringLiteral("followup"), QStringLiteral("list"), room, QStringLiteral("--json")})).array().isEmpty());
    REQUIRE(runCli({QStringLiteral("rules"), QStringLiteral("add"), room, QStringLiteral("--kind"), QStringLiteral("surveys"),
                    QStringLiteral("--field"), QStringLiteral("comment"), QStringLiteral("--keyword"),
                    QStringLiteral("invoice"), QStringLiteral("--stage"), QStringLiteral("Pay")})
                .code == 0);
    REQUIRE(runCli({QStringLiteral("rules"), QStringLiteral("apply"), room}).code == 0);
    const QJsonArray raised =
        json(runCli({QStringLiteral("followup"), QStringLiteral("list"), room, QStringLiteral("--json")})).array();
    REQUIRE(raised.size() == 1);
    CHECK(raised[0].toObject()[QStringLiteral("rule")].toString() == QStringLiteral("detractor"));
    CHECK(raised[0].toObject()[QStringLiteral("department")].toString() == QStringLiteral("Finance"));
}
