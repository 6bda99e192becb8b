// Importing into a room: upserts, all-or-nothing files, stages, rules, the log.
#include "ImportTestSupport.h"
#include "TestRoom.h"
#include "import/ImportSession.h"
#include "store/ImportLog.h"
#include "store/RuleStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

void addStages(RoomStore& store)
{
    int position = 0;
    for (const char* name : {"Join", "Get started", "Use", "Get help", "Pay", "Renew or leave"}) {
        Stage s;
        s.name = QString::fromLatin1(name);
        s.position = ++position;
        require(store.addStage(s));
    }
}

ImportSummary importComplaints(RoomStore& store, const QString& path, ImportOptions options = {})
{
    ImportRequest request;
    request.path = path;
    options.kind = ImportKind::Complaints;
    request.options = options;
    return importFile(store, request);
}

qint64 complaints(RoomStore& store)
{
    return require(store.rowCount(QStringLiteral("complaint")));
}

const QByteArray kHeader = "id,received_at,text,category,stage\n";

} // namespace

TEST_CASE("The documented generic complaints example imports whole, on the stages it names")
{
    TempRoom room;
    addStages(*room.store);
    const ImportSummary s = importComplaints(*room.store, QStringLiteral(CR_SOURCE_DIR "/docs/formats/complaints-generic.csv"));
    INFO(s.refusal.toStdString() << s.rejects.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(s.refused);
    CHECK(s.format == QStringLiteral("generic"));
    CHECK(s.imported == 12);
    CHECK(s.rejected == 0);
    CHECK(s.unassigned == 2);
    CHECK(complaints(*room.store) == 12);
    auto counts = require(RuleStore(*room.store).unassignedCounts());
    CHECK(counts.complaints == 2);
}

TEST_CASE("Re-importing changes nothing; a changed record is updated, an overlapping export adds only what is new")
{
    TempRoom room;
    addStages(*room.store);
    QTemporaryDir dir;
    const QString first =
        writeFile(dir, QStringLiteral("sept.csv"),
                  kHeader + "1,2026-09-01,Slow,Speed,Use\n2,2026-09-02,Late,Install,Get started\n");
    CHECK(importComplaints(*room.store, first).imported == 2);
    const ImportSummary again = importComplaints(*room.store, first);
    CHECK(again.imported == 0);
    CHECK(again.unchanged == 2);
    CHECK(complaints(*room.store) == 2);

    const QString newer =
        writeFile(dir, QStringLiteral("sept-oct.csv"),
                  kHeader + "1,2026-09-01,Slow,Speed,Use\n2,2026-09-02,Late again,Install,Get started\n"
                            "3,2026-10-01,Bill,Billing,Pay\n");
    const ImportSummary overlap = importComplaints(*room.store, newer);
    CHECK(overlap.imported == 1);
    CHECK(overlap.updated == 1);
    CHECK(overlap.unchanged == 1);
    CHECK(complaints(*room.store) == 3);
    const auto texts = require(room.store->complaints(std::nullopt, {}, 10));
    CHECK(texts.isEmpty()); // every complaint found its stage
}

TEST_CASE("The same id twice in one file: the first is kept, the copy rejected with both lines")
{
    TempRoom room;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("dup.csv"),
                                   "id,received_at,text\nA1,2026-09-01,first\nB2,2026-09-02,other\n"
                                   "A1,2026-09-03,copy with other words\n");
    const ImportSummary s = importComplaints(*room.store, path);
    CHECK(s.imported == 2);
    REQUIRE(s.rejects.size() == 1);
    CHECK(s.rejects[0] == path + QStringLiteral(":4: Line 2 already holds a record with this id; this copy is left out."));
    const auto stored = require(room.store->complaints(std::nullopt, {}, 10));
    REQUIRE(stored.size() == 2);
    CHECK((stored[0].text == QStringLiteral("first") || stored[1].text == QStringLiteral("first")));
    // A later import of the same file is no duplicate: it finds its records unchanged.
    const ImportSummary again = importComplaints(*room.store, path);
    CHECK(again.unchanged == 2);
    CHECK(again.rejected == 1);
}

TEST_CASE("Rows without an id are known by their content; identical rows stay two")
{
    TempRoom room;
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("noid.csv"),
                  "received_at,text\n2026-09-01,Same words\n2026-09-01,Same words\n2026-09-02,Other\n");
    CHECK(importComplaints(*room.store, path).imported == 3);
    const ImportSummary again = importComplaints(*room.store, path);
    CHECK(again.imported == 0);
    CHECK(again.unchanged == 3);
    CHECK(complaints(*room.store) == 3);
}

TEST_CASE("Bad rows are rejected with their line; good rows are kept; --strict refuses the file")
{
    TempRoom room;
    addStages(*room.store);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.csv"),
                                   kHeader + "1,2026-09-01,\"two\nlines\",Speed,Use\n"
                                             "2,31/31/2026,Bad date,Speed,Use\n"
                                             "3,2026-09-03,Unknown stage,Speed,Narnia\n"
                                             "4,2026-09-04,Too,many,fields,here\n"
                                             "5,2026-09-05,Good,Speed,Pay\n");
    ImportOptions strict;
    strict.strict = true;
    const ImportSummary refused = importComplaints(*room.store, path, strict);
    CHECK(refused.refused);
    CHECK(refused.imported == 0);
    CHECK(complaints(*room.store) == 0);

    const ImportSummary s = importComplaints(*room.store, path);
    CHECK_FALSE(s.refused);
    CHECK(s.imported == 2);
    CHECK(s.rejected == 3);
    REQUIRE(s.rejects.size() == 3);
    CHECK(s.rejects[0].startsWith(path + QStringLiteral(":4: received_at")));
    CHECK(s.rejects[1].startsWith(path + QStringLiteral(":5: No stage named \"Narnia\"")));
    CHECK(s.rejects[2].startsWith(path + QStringLiteral(":6: ")));
    auto runs = require(ImportLog(*room.store).runs(std::nullopt, 10));
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].status == QStringLiteral("partial"));
    CHECK(runs[0].imported == 2);
    CHECK(runs[1].status == QStringLiteral("refused"));
    CHECK(require(ImportLog(*room.store).rejects(runs[0].id, 10)).size() == 3);
    CHECK(require(ImportLog(*room.store).rejects(runs[1].id, 10)).size() == 3);
}

TEST_CASE("Files refused whole leave the room as it was and say why")
{
    TempRoom room;
    QTemporaryDir dir;
    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* why;
    };
    const QList<Case> cases = {
        {"empty.csv", QByteArray(), "empty"},
        {"header-only.csv", "received_at,text\n", "no records"},
        {"garbage.csv", QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16), "not a text file"},
        {"wrong-columns.csv", "date;description\n2026-09-01;x\n", "No \"received_at\" column"},
        {"semicolon-as-comma.csv", "received_at,text\n2026-09-01;x;y\n2026-09-02;z;w\n", "Every row was rejected"},
        {"truncated.csv", "received_at,text\n2026-09-01,fine\n2026-09-02,\"cut off", "ends inside a quoted field"},
    };
    ImportOptions generic;
    generic.format = QStringLiteral("generic");
    for (const Case& c : cases) {
        INFO(c.name);
        const ImportSummary s =
            importComplaints(*room.store, writeFile(dir, QString::fromLatin1(c.name), c.bytes), generic);
        CHECK(s.refused);
        CHECK(s.refusal.contains(QString::fromLatin1(c.why), Qt::CaseInsensitive));
        CHECK(complaints(*room.store) == 0);
    }
}

TEST_CASE("The stage option puts a whole file on one stage; an unknown one refuses the file")
{
    TempRoom room;
    addStages(*room.store);
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("s.csv"), "received_at,text\n2026-09-01,a\n2026-09-02,b\n");
    ImportOptions options;
    options.stage = QStringLiteral("get help");
    const ImportSummary s = importComplaints(*room.store, path, options);
    CHECK(s.imported == 2);
    CHECK(s.unassigned == 0);
    options.stage = QStringLiteral("Nowhere");
    const ImportSummary bad = importComplaints(
        *room.store, writeFile(dir, QStringLiteral("t.csv"), "received_at,text\n2026-09-03,c\n"), options);
    CHECK(bad.refused);
    CHECK(bad.refusal.contains(QStringLiteral("Get started")));
}

TEST_CASE("Mapping rules place records on import and sort the Unassigned tray later")
{
    TempRoom room;
    addStages(*room.store);
    auto stages = require(room.store->stages());
    RuleStore rules(*room.store);
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("r.csv"),
                  "received_at,text\n2026-09-01,The engineer never came\n2026-09-02,My bill doubled\n"
                  "2026-09-03,Router lights blink red\n");
    MappingRule engineer;
    engineer.field = QStringLiteral("text");
    engineer.pattern = QStringLiteral("engineer");
    engineer.stageId = stages[1].id; // Get started
    engineer.category = QStringLiteral("Missed appointment");
    require(rules.addRule(engineer));
    const ImportSummary s = importComplaints(*room.store, path);
    CHECK(s.imported == 3);
    CHECK(s.unassigned == 2);
    auto placed = require(room.store->complaints(stages[1].id, {}, 10));
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].category == QStringLiteral("Missed appointment"));

    MappingRule bill;
    bill.field = QStringLiteral("any");
    bill.pattern = QStringLiteral("\\bbill(s|ed)?\\b");
    bill.isRegex = true;
    bill.stageId = stages[4].id; // Pay
    require(rules.addRule(bill));
    CHECK(require(rules.applyRulesToUnassigned()) == 1);
    CHECK(require(rules.unassignedCounts()).complaints == 1);

    auto left = require(rules.unassigned(ImportKind::Complaints, 10));
    REQUIRE(left.size() == 1);
    CHECK(require(rules.assign(ImportKind::Complaints, {left[0].id}, stages[2].id, QStringLiteral("Hardware"))) == 1);
    CHECK(require(rules.unassignedCounts()).total() == 0);

    MappingRule invalid;
    invalid.field = QStringLiteral("smell");
    invalid.pattern = QStringLiteral("x");
    invalid.stageId = stages[0].id;
    CHECK_FALSE(rules.addRule(invalid).ok());
    invalid.field = QStringLiteral("text");
    invalid.pattern = QStringLiteral("(unclosed");
    invalid.isRegex = true;
    CHECK_FALSE(rules.addRule(invalid).ok());
}

TEST_CASE("Cancel mid-file leaves nothing of it; running again completes it")
{
    TempRoom room;
    QTemporaryDir dir;
    QByteArray csv = "id,received_at,text\n";
    for (int i = 0; i < 5000; ++i)
        csv += QByteArray::number(i) + ",2026-09-01,complaint " + QByteArray::number(i) + "\n";
    const QString path = writeFile(dir, QStringLiteral("big.csv"), csv);
    int calls = 0;
    JobControl job;
    JobControl cancelling([&](double, const QString&) {
        if (++calls == 3)
            cancelling.cancel();
    });
    ImportRequest request;
    request.path = path;
    request.options.kind = ImportKind::Complaints;
    const ImportSummary cancelled = importFile(*room.store, request, {&cancelling, 0, 1});
    CHECK(cancelled.cancelled);
    CHECK(cancelled.refused);
    CHECK(complaints(*room.store) == 0);
    const ImportSummary done = importFile(*room.store, request, {&job, 0, 1});
    CHECK(done.imported == 5000);
}

TEST_CASE("The same survey response answering two metrics stays two answers")
{
    // Guards the session's key: one response id, one answer per metric.
    TempRoom room;
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("s.csv"),
                  "id,responded_at,metric,score\nR1,2026-09-01,nps,9\nR1,2026-09-01,csat,4\n");
    ImportRequest request;
    request.path = path;
    request.options.kind = ImportKind::Surveys;
    request.options.format = QStringLiteral("generic");
    const ImportSummary s = importFile(*room.store, request);
    CHECK(s.imported == 2);
    CHECK(importFile(*room.store, request).unchanged == 2);
}
