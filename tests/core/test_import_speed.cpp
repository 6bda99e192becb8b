// The import-speed mechanisms: the search index built per file
// (SearchIndexBatch), a large import that still lets others read (WAL),
// the file read on its own thread (readAhead) and schema v6's CHECK
// constraints and FTS5 buffer. Each is checked from the outside, through a
// second plain connection to the room file, the way another program sees it.
#include "TestRoom.h"
#include "import/ImportSession.h"
#include "import/ReadAhead.h"
#include "jobs/Job.h"
#include "store/EvidenceSearch.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <vector>

using namespace cr;
using namespace cr::test;

namespace {

const char* const kInsertTriggers[] = {"complaint_fts_insert", "survey_fts_insert", "call_fts_insert"};

// A second, plain connection to a room file: what another program sees.
class RawDb
{
public:
    explicit RawDb(const QString& path)
        : m_name(QStringLiteral("import-speed-raw-%1").arg(s_counter.fetch_add(1)))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        REQUIRE(db.open());
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs a statement; on failure returns SQLite's message, else an empty string.
    QString exec(const QString& sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return q.lastError().text().isEmpty() ? QStringLiteral("failed") : q.lastError().text();
        return {};
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }
    QVector<qint64> ids(const QString& sql)
    {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QVector<qint64> out;
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }
    QStringList column(const QString& sql, int index)
    {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QStringList out;
        while (q.next())
            out << q.value(index).toString();
        return out;
    }

    QString tableSql(const QString& table)
    {
        return scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                          .arg(table))
            .toString();
    }
    // name -> CREATE TRIGGER statement; a missing trigger is an empty string.
    QMap<QString, QString> insertTriggers()
    {
        QMap<QString, QString> out;
        for (const char* name : kInsertTriggers) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
            q.addBindValue(QString::fromLatin1(name));
            REQUIRE(q.exec());
            out.insert(QString::fromLatin1(name), q.next() ? q.value(0).toString() : QString());
        }
        return out;
    }
    // Rowids the full-text index holds for a word, ascending.
    QVector<qint64> ftsIds(const QString& table, const QString& word)
    {
        return ids(
            QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH '%2' ORDER BY rowid").arg(table, word));
    }
    // FTS5's own check; with the content table also compares the index with
    // it, so a row missing from the index or indexed twice fails. survey_fts
    // leaves empty comments out on purpose, which that comparison counts as
    // missing rows: for it, only the index's own consistency is checked.
    QString ftsIntegrityError(const QString& table, bool withContent = true)
    {
        return exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES('integrity-check', %2)")
                        .arg(table)
                        .arg(withContent ? 1 : 0));
    }
    QStringList explainOpcodes(const QString& statement)
    {
        return column(QStringLiteral("EXPLAIN ") + statement, 1);
    }

private:
    static inline std::atomic<int> s_counter{0};
    QString m_name;
};

const QString kSurveyInsert = QStringLiteral(
    "INSERT INTO survey_response(metric, score, scale_min, scale_max, comment, responded_at, imported_at) "
    "VALUES('nps', 9, 0, 10, 'raw comment', '2026-09-01', '2026-09-01T00:00:00')");
const QString kComplaintInsert =
    QStringLiteral("INSERT INTO complaint(text, status, received_at, imported_at) "
                   "VALUES('raw text', 'open', '2026-09-01', '2026-09-01T00:00:00')");

QString writeBytes(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// Complaints first..first+count-1 (id C-<n>), each text holding `word` and the
// token z<n>, padded with filler words to about textLength characters.
QByteArray complaintsCsv(int first, int count, const QByteArray& word, int textLength = 0,
                         const QByteArray& badRow = {})
{
    QByteArray csv = "id,received_at,text,category\n";
    static const QByteArray filler = " the engineer never came and nobody called back about it";
    for (int n = first; n < first + count; ++n) {
        QByteArray text = "Complaint " + word + " z" + QByteArray::number(n);
        while (text.size() < textLength)
            text += filler;
        csv += "C-" + QByteArray::number(n) + ",2026-09-" +
               QByteArray::number(1 + n % 28).rightJustified(2, '0') + ",\"" + text +
               "\",Missed appointment\n";
    }
    csv += badRow;
    return csv;
}

// Survey answers first..; every third comment is empty (not indexed).
QByteArray surveysCsv(int first, int count, const QByteArray& word, const QByteArray& badRow = {})
{
    QByteArray csv = "id,responded_at,metric,score,comment\n";
    for (int n = first; n < first + count; ++n) {
        const QByteArray comment =
            n % 3 == 0 ? QByteArray() : "Answer " + word + " y" + QByteArray::number(n);
        csv += "S-" + QByteArray::number(n) + ",2026-09-05,nps," + QByteArray::number(n % 11) + "," +
               comment + "\n";
    }
    csv += badRow;
    return csv;
}

ImportSummary importAs(RoomStore& store, const QString& path, ImportKind kind, ImportOptions options = {},
                       JobControl* job = nullptr)
{
    ImportRequest request;
    request.path = path;
    options.kind = kind;
    options.format = QStringLiteral("generic");
    request.options = options;
    return importFile(store, request, {job, 0, 1});
}

void requireImported(const ImportSummary& s, int imported)
{
    INFO(s.refusal.toStdString() << " " << s.rejects.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(s.refused);
    CHECK(s.rejected == 0);
    CHECK(s.imported == imported);
}

void requireRefused(const ImportSummary& s)
{
    INFO(s.refusal.toStdString());
    REQUIRE(s.refused);
    CHECK(s.imported == 0);
}

void checkTriggersAsBefore(RawDb& raw, const QMap<QString, QString>& before)
{
    const auto after = raw.insertTriggers();
    for (const char* name : kInsertTriggers) {
        const QString key = QString::fromLatin1(name);
        INFO(name);
        CHECK_FALSE(after.value(key).isEmpty());
        CHECK(after.value(key) == before.value(key));
    }
}

} // namespace

TEST_CASE("An import's rows are found by search, and the insert triggers come back unchanged",
          "[import-speed]")
{
    TempRoom room;
    QTemporaryDir dir;
    RawDb raw(room.path);
    const auto before = raw.insertTriggers();
    for (const char* name : kInsertTriggers)
        REQUIRE_FALSE(before.value(QString::fromLatin1(name)).isEmpty());

    // Two files: the second batch must index only what it added, above the
    // rows the first one indexed, and each row exactly once.
    requireImported(importAs(*room.store,
                             writeBytes(dir, QStringLiteral("a.csv"), complaintsCsv(1, 40, "wombat")),
                             ImportKind::Complaints),
                    40);
    requireImported(importAs(*room.store,
                             writeBytes(dir, QStringLiteral("b.csv"), complaintsCsv(41, 60, "quokka")),
                             ImportKind::Complaints),
                    60);
    requireImported(importAs(*room.store,
                             writeBytes(dir, QStringLiteral("s.csv"), surveysCsv(1, 30, "platypus")),
                             ImportKind::Surveys),
                    30);
    REQUIRE(
        QFile::copy(testData(QStringLiteral("calls/english.wav")), dir.filePath(QStringLiteral("call.wav"))));
    const QString manifest =
        writeBytes(dir, QStringLiteral("calls.csv"),
                   "id,audio,started_at,title,transcript,summary\n"
                   "K-1,call.wav,2026-09-12T19:42:10,Echidna on the line,\"Customer: the kookaburra "
                   "laughs.\",Summary one\n"
                   "K-2,call.wav,2026-09-13T10:00:00,Second echidna call,\"Agent: hello.\",Summary two\n");
    requireImported(importAs(*room.store, manifest, ImportKind::Calls), 2);

    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("wombat")) ==
          raw.ids(QStringLiteral("SELECT id FROM complaint WHERE text LIKE '%wombat%' ORDER BY id")));
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("wombat")).size() == 40);
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("quokka")) ==
          raw.ids(QStringLiteral("SELECT id FROM complaint WHERE text LIKE '%quokka%' ORDER BY id")));
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("quokka")).size() == 60);
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("z77")) ==
          raw.ids(QStringLiteral("SELECT id FROM complaint WHERE external_id = 'C-77'")));
    CHECK(raw.ftsIds(QStringLiteral("survey_fts"), QStringLiteral("platypus")) ==
          raw.ids(
              QStringLiteral("SELECT id FROM survey_response WHERE comment LIKE '%platypus%' ORDER BY id")));
    CHECK(raw.ftsIds(QStringLiteral("survey_fts"), QStringLiteral("platypus")).size() == 20);
    CHECK(raw.ftsIds(QStringLiteral("call_fts"), QStringLiteral("echidna")) ==
          raw.ids(QStringLiteral("SELECT id FROM call ORDER BY id")));
    CHECK(raw.ftsIds(QStringLiteral("call_fts"), QStringLiteral("kookaburra")) ==
          raw.ids(QStringLiteral("SELECT id FROM call WHERE external_id = 'K-1'")));
    CHECK(raw.ftsIntegrityError(QStringLiteral("complaint_fts")).isEmpty());
    CHECK(raw.ftsIntegrityError(QStringLiteral("survey_fts"), false).isEmpty());
    checkTriggersAsBefore(raw, before);

    // The wall's search sees the same.
    const SearchResults found = require(EvidenceSearch(*room.store).search(QStringLiteral("quokka")));
    CHECK(found.totals.value(int(SearchKind::Complaint)) == 60);

    // A known record changed by a later file is updated in the index too
    // (the update trigger stays in place during the batch).
    QByteArray changed = complaintsCsv(1, 40, "wombat");
    changed.replace("Complaint wombat z7\"", "Complaint numbat z7\"");
    const ImportSummary update =
        importAs(*room.store, writeBytes(dir, QStringLiteral("a2.csv"), changed), ImportKind::Complaints);
    REQUIRE_FALSE(update.refused);
    CHECK(update.updated == 1);
    CHECK(update.imported == 0);
    const auto seven = raw.ids(QStringLiteral("SELECT id FROM complaint WHERE external_id = 'C-7'"));
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("numbat")) == seven);
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("wombat")).size() == 39);
    CHECK(raw.ftsIntegrityError(QStringLiteral("complaint_fts")).isEmpty());
    checkTriggersAsBefore(raw, before);
}

TEST_CASE("A refused or cancelled import leaves the triggers live and nothing new in the index",
          "[import-speed]")
{
    TempRoom room;
    QTemporaryDir dir;
    RawDb raw(room.path);
    const auto before = raw.insertTriggers();
    requireImported(importAs(*room.store,
                             writeBytes(dir, QStringLiteral("a.csv"), complaintsCsv(1, 10, "wombat")),
                             ImportKind::Complaints),
                    10);

    ImportOptions strict;
    strict.strict = true;
    requireRefused(
        importAs(*room.store,
                 writeBytes(dir, QStringLiteral("strict.csv"),
                            complaintsCsv(11, 5, "quokka", 0, "C-99,not a date,\"quokka bad\",X\n")),
                 ImportKind::Complaints, strict));
    checkTriggersAsBefore(raw, before);
    requireRefused(importAs(*room.store,
                            writeBytes(dir, QStringLiteral("strict-s.csv"),
                                       surveysCsv(1, 5, "platypus", "S-99,2026-09-05,nps,42,platypus\n")),
                            ImportKind::Surveys, strict));
    checkTriggersAsBefore(raw, before);
    requireRefused(
        importAs(*room.store,
                 writeBytes(dir, QStringLiteral("bad.csv"),
                            "id,received_at,text\nC-1,never,\"quokka one\"\nC-2,later,\"quokka two\"\n"),
                 ImportKind::Complaints));
    checkTriggersAsBefore(raw, before);

    // Cancelled at the first progress report, mid-file.
    JobControl job([&](double, const QString&) { job.cancel(); });
    const ImportSummary cancelled = importAs(
        *room.store, writeBytes(dir, QStringLiteral("big.csv"), complaintsCsv(100, 5000, "quokka", 200)),
        ImportKind::Complaints, {}, &job);
    CHECK(cancelled.cancelled);
    requireRefused(cancelled);
    checkTriggersAsBefore(raw, before);

    CHECK(require(room.store->rowCount(QStringLiteral("complaint"))) == 10);
    CHECK(require(room.store->rowCount(QStringLiteral("survey_response"))) == 0);
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("quokka")).isEmpty());
    CHECK(raw.ftsIds(QStringLiteral("survey_fts"), QStringLiteral("platypus")).isEmpty());
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("wombat")).size() == 10);

    // Rows written outside any import are indexed by the triggers.
    REQUIRE(raw.exec(QStringLiteral("INSERT INTO complaint(text, received_at, imported_at) "
                                    "VALUES('a lonely dingo', '2026-09-01', '2026-09-01T00:00:00')"))
                .isEmpty());
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("dingo")) ==
          raw.ids(QStringLiteral("SELECT id FROM complaint WHERE text = 'a lonely dingo'")));
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("dingo")).size() == 1);
    REQUIRE(raw.exec(kSurveyInsert).isEmpty());
    CHECK(raw.ftsIds(QStringLiteral("survey_fts"), QStringLiteral("raw")).size() == 1);
    CHECK(raw.ftsIntegrityError(QStringLiteral("complaint_fts")).isEmpty());
    CHECK(raw.ftsIntegrityError(QStringLiteral("survey_fts")).isEmpty());

    // And the next import after all that indexes its rows.
    requireImported(importAs(*room.store,
                             writeBytes(dir, QStringLiteral("c.csv"), complaintsCsv(200, 3, "emu")),
                             ImportKind::Complaints),
                    3);
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("emu")).size() == 3);
    CHECK(raw.ftsIntegrityError(QStringLiteral("complaint_fts")).isEmpty());
}

TEST_CASE("Schema v6: the status and metric checks are comparisons, still enforced, FTS5 with 8 MiB",
          "[import-speed]")
{
    TempRoom room;
    RawDb raw(room.path);
    const QString complaintSql = raw.tableSql(QStringLiteral("complaint"));
    const QString surveySql = raw.tableSql(QStringLiteral("survey_response"));
    INFO(complaintSql.toStdString() << "\n" << surveySql.toStdString());
    CHECK_FALSE(complaintSql.contains(QLatin1String("status IN (")));
    CHECK(complaintSql.contains(QLatin1String(
        "CHECK (status = 'open' OR status = 'in_progress' OR status = 'resolved' OR status = 'closed')")));
    CHECK_FALSE(surveySql.contains(QLatin1String("metric IN (")));
    CHECK(surveySql.contains(QLatin1String("CHECK (metric = 'nps' OR metric = 'csat' OR metric = 'ces')")));

    for (const char* status : {"open", "in_progress", "resolved", "closed"}) {
        INFO(status);
        CHECK(
            raw.exec(QString(kComplaintInsert)
                         .replace(QLatin1String("'open'"), QStringLiteral("'%1'").arg(QLatin1String(status))))
                .isEmpty());
    }
    const QString bogus =
        raw.exec(QString(kComplaintInsert).replace(QLatin1String("'open'"), QLatin1String("'bogus'")));
    CHECK(bogus.contains(QLatin1String("CHECK constraint failed")));
    CHECK(raw.exec(kSurveyInsert).isEmpty());
    const QString xyz =
        raw.exec(QString(kSurveyInsert).replace(QLatin1String("'nps'"), QLatin1String("'xyz'")));
    CHECK(xyz.contains(QLatin1String("CHECK constraint failed")));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM complaint")).toInt() == 4);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM survey_response")).toInt() == 1);

    CHECK(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    // No temporary index per inserted row for a constant IN list.
    CHECK_FALSE(raw.explainOpcodes(kSurveyInsert).contains(QStringLiteral("OpenEphemeral")));
    CHECK_FALSE(raw.explainOpcodes(kComplaintInsert).contains(QStringLiteral("OpenEphemeral")));

    for (const char* table : {"complaint_fts", "survey_fts", "call_fts"}) {
        INFO(table);
        CHECK(raw.scalar(
                     QStringLiteral("SELECT v FROM %1_config WHERE k = 'hashsize'").arg(QLatin1String(table)))
                  .toLongLong() == 8388608);
    }
}

TEST_CASE(
    "A v5 room upgrades to v6 with its rows, its index, and connections already open see the new checks",
    "[import-speed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.croom"));
    REQUIRE(RoomStore::createAtVersion(path, 5).ok());
    RawDb old(path); // stays open across the upgrade, its schema cached
    CHECK(old.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 5);
    REQUIRE(old.exec(QStringLiteral("INSERT INTO complaint(text, status, received_at, imported_at) "
                                    "VALUES('an ancient wombat', 'resolved', '2026-01-01', '2026-01-01')"))
                .isEmpty());
    REQUIRE(
        old.exec(QStringLiteral("INSERT INTO survey_response(metric, score, scale_min, scale_max, comment, "
                                "responded_at, imported_at) VALUES('ces', 3, 1, 7, 'an old platypus', "
                                "'2026-01-01', '2026-01-01')"))
            .isEmpty());
    CHECK(old.tableSql(QStringLiteral("complaint")).contains(QLatin1String("status IN (")));
    // What v6 removes: v5 builds a temporary index for the IN list on every insert.
    CHECK(old.explainOpcodes(kSurveyInsert).contains(QStringLiteral("OpenEphemeral")));
    const auto v5Triggers = old.insertTriggers();

    auto store = require(RoomStore::open(path, RoomStore::OpenMode::OpenExisting));
    CHECK(store->schemaVersion() == 6);

    // The open connection reads the schema again at its next statement
    // (schema_version was bumped); EXPLAIN alone would not look.
    CHECK(old.scalar(QStringLiteral("SELECT count(*) FROM complaint")).toInt() == 1);
    CHECK_FALSE(old.explainOpcodes(kSurveyInsert).contains(QStringLiteral("OpenEphemeral")));
    CHECK(old.exec(QString(kComplaintInsert).replace(QLatin1String("'open'"), QLatin1String("'bogus'")))
              .contains(QLatin1String("CHECK constraint failed")));
    CHECK(old.exec(QString(kSurveyInsert).replace(QLatin1String("'nps'"), QLatin1String("'xyz'")))
              .contains(QLatin1String("CHECK constraint failed")));

    RawDb raw(path);
    CHECK_FALSE(raw.tableSql(QStringLiteral("complaint")).contains(QLatin1String("status IN (")));
    CHECK_FALSE(raw.tableSql(QStringLiteral("survey_response")).contains(QLatin1String("metric IN (")));
    CHECK(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    checkTriggersAsBefore(raw, v5Triggers);
    for (const char* table : {"complaint_fts", "survey_fts", "call_fts"}) {
        INFO(table);
        CHECK(raw.scalar(
                     QStringLiteral("SELECT v FROM %1_config WHERE k = 'hashsize'").arg(QLatin1String(table)))
                  .toLongLong() == 8388608);
    }
    CHECK(raw.scalar(QStringLiteral("SELECT status FROM complaint")).toString() ==
          QStringLiteral("resolved"));
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("ancient")).size() == 1);
    CHECK(raw.ftsIds(QStringLiteral("survey_fts"), QStringLiteral("platypus")).size() == 1);
    CHECK(raw.ftsIntegrityError(QStringLiteral("complaint_fts")).isEmpty());
    CHECK(raw.ftsIntegrityError(QStringLiteral("survey_fts")).isEmpty());

    QTemporaryDir files;
    requireImported(importAs(*store,
                             writeBytes(files, QStringLiteral("a.csv"), complaintsCsv(1, 5, "quokka")),
                             ImportKind::Complaints),
                    5);
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("quokka")).size() == 5);
    CHECK(raw.ftsIntegrityError(QStringLiteral("complaint_fts")).isEmpty());
}

namespace {

// A large file: 20,000 complaints of ~250 characters (5 MB).
QString writeLargeComplaints(const QTemporaryDir& dir)
{
    const QString path = writeBytes(dir, QStringLiteral("large.csv"), complaintsCsv(1, 20000, "quokka", 250));
    REQUIRE(QFileInfo(path).size() >= 4 * 1024 * 1024);
    return path;
}

// Reads the room through another connection at every progress report of
// an import, as the wall does while a feed syncs.
struct ReaderDuringImport
{
    RoomStore& other;
    QString roomPath;
    int reports = 0;
    int failedReads = 0;
    QVector<qint64> seen;
    bool sawRollbackJournal = false;
    JobControl job{[this](double, const QString&) {
        ++reports;
        if (QFileInfo::exists(roomPath + QStringLiteral("-journal")))
            sawRollbackJournal = true;
        auto n = other.rowCount(QStringLiteral("complaint"));
        if (!n)
            ++failedReads;
        else
            seen << *n;
    }};
};

} // namespace

TEST_CASE("A large import stays in WAL mode: another connection reads the room as it was until the commit",
          "[import-speed]")
{
    TempRoom room;
    QTemporaryDir dir;
    requireImported(importAs(*room.store, writeBytes(dir, QStringLiteral("first.csv"), complaintsCsv(90001, 7, "numbat")),
                             ImportKind::Complaints),
                    7);
    const QString file = writeLargeComplaints(dir);
    auto other = require(RoomStore::open(room.path, RoomStore::OpenMode::ReadOnly));
    ReaderDuringImport reader{*other, room.path, 0, 0, {}, false};
    requireImported(importAs(*room.store, file, ImportKind::Complaints, {}, &reader.job), 20000);
    REQUIRE(reader.reports > 2);
    CHECK(reader.failedReads == 0); // never locked out
    // Before the commit the room as it was, never part of the file; after
    // it (the last report) the whole file.
    CHECK(reader.seen.count(7) >= 2);
    CHECK(reader.seen.count(7) + reader.seen.count(20007) == reader.seen.size());
    CHECK_FALSE(reader.sawRollbackJournal);
    CHECK(require(other->rowCount(QStringLiteral("complaint"))) == 20007);

    RawDb raw(room.path);
    CHECK(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'quokka'"))
              .toInt() == 20000);
    CHECK(raw.ftsIds(QStringLiteral("complaint_fts"), QStringLiteral("z12345")) ==
          raw.ids(QStringLiteral("SELECT id FROM complaint WHERE external_id = 'C-12345'")));
    CHECK(raw.scalar(QStringLiteral("PRAGMA quick_check")).toString() == QStringLiteral("ok"));
}

namespace {

// An importer that makes up its file: record n on line n, with rejects,
// skips, notes and progress reports in between.
class ScriptedImporter final : public Importer
{
public:
    explicit ScriptedImporter(int records, int failAt = 0) : m_records(records), m_failAt(failAt) {}
    // Each record takes this long to read (a manifest's call and its audio).
    std::chrono::milliseconds perRecord{0};

    QString id() const override { return QStringLiteral("scripted"); }
    QString displayName() const override { return QStringLiteral("Scripted"); }
    ImportKind kind() const override { return ImportKind::Complaints; }
    QStringList suffixes() const override { return {QStringLiteral("txt")}; }
    Sniff sniff(const FileSample&) const override { return {}; }

    Status read(const QString& path, const ImportOptions&, ImportSink& sink) const override
    {
        for (int n = 1; n <= m_records; ++n) {
            if (sink.isCancelled()) {
                stoppedByCancel = true;
                return success();
            }
            if (n == m_failAt)
                return Error(QStringLiteral("scripted failure"), path, n);
            if (perRecord.count() > 0)
                QThread::msleep(static_cast<unsigned long>(perRecord.count()));
            ImportRecord record;
            record.line = n;
            Complaint c;
            c.text = QStringLiteral("complaint %1").arg(n);
            record.value = c;
            sink.accept(std::move(record));
            ++accepted;
            if (n % 7 == 0)
                sink.reject(n, QStringLiteral("reject"), QStringLiteral("raw %1").arg(n));
            if (n % 11 == 0)
                sink.skip(n, QStringLiteral("skip"));
            if (n % 13 == 0)
                sink.note(QStringLiteral("note %1").arg(n));
            if (n % 100 == 0)
                sink.progress(n, m_records);
        }
        return success();
    }

    // What the script sends for its first `records` records, in order.
    static QStringList expectedCalls(int records, int total)
    {
        QStringList calls;
        for (int n = 1; n <= records; ++n) {
            calls << QStringLiteral("A%1").arg(n);
            if (n % 7 == 0)
                calls << QStringLiteral("R%1 raw %1").arg(n);
            if (n % 11 == 0)
                calls << QStringLiteral("S%1").arg(n);
            if (n % 13 == 0)
                calls << QStringLiteral("N note %1").arg(n);
            if (n % 100 == 0)
                calls << QStringLiteral("P%1/%2").arg(n).arg(total);
        }
        return calls;
    }

    mutable std::atomic<int> accepted{0};
    mutable std::atomic<bool> stoppedByCancel{false};

private:
    int m_records;
    int m_failAt;
};

struct Prepared
{
    int line = 0;
    QThread* thread = nullptr;
};

// Records every call in arrival order, with the thread it arrived on.
struct RecordingSink final : ImportSink
{
    QStringList calls;
    QVector<QThread*> threads;
    int stored = 0;
    int cancelAfter = -1; // cancelled once this many records are stored
    int readWhenFirstStored = -1; // how far the reader was when the first record arrived

    void log(const QString& call)
    {
        calls << call;
        threads << QThread::currentThread();
    }
    void accept(ImportRecord) override { log(QStringLiteral("accept() reached the sink directly")); }
    void reject(int line, const QString&, const QString& raw) override
    {
        log(QStringLiteral("R%1 %2").arg(line).arg(raw));
    }
    void skip(int line, const QString&) override { log(QStringLiteral("S%1").arg(line)); }
    void note(const QString& message) override { log(QStringLiteral("N ") + message); }
    bool isCancelled() const override { return cancelAfter >= 0 && stored >= cancelAfter; }
    void progress(qint64 read, qint64 total) override { log(QStringLiteral("P%1/%2").arg(read).arg(total)); }
};

struct ReadAheadRun
{
    RecordingSink sink;
    std::vector<int> preparedLines; // reader thread only, read after readAhead returns
    QThread* prepareThread = nullptr;
    bool prepareOnOneThread = true;
    Status result = success();

    void run(const ScriptedImporter& importer)
    {
        m_importer = &importer;
        result = readAhead<Prepared>(
            importer, QStringLiteral("scripted.txt"), ImportOptions{}, sink,
            [this](ImportRecord record) {
                QThread* here = QThread::currentThread();
                if (prepareThread && prepareThread != here)
                    prepareOnOneThread = false;
                prepareThread = here;
                preparedLines.push_back(record.line);
                return Prepared{record.line, here};
            },
            [this](Prepared&& p) {
                sink.log(QStringLiteral("A%1").arg(p.line));
                if (sink.stored++ == 0)
                    sink.readWhenFirstStored = m_importer->accepted;
                CHECK(p.thread == prepareThread);
            });
    }

private:
    const ScriptedImporter* m_importer = nullptr;
};

} // namespace

TEST_CASE("readAhead prepares on the reader thread and delivers everything in file order on the caller's",
          "[import-speed]")
{
    constexpr int kRecords = 2000;
    ScriptedImporter importer(kRecords);
    ReadAheadRun run;
    run.run(importer);
    REQUIRE(run.result.ok());

    CHECK(run.sink.calls == ScriptedImporter::expectedCalls(kRecords, kRecords));
    REQUIRE(run.prepareThread != nullptr);
    CHECK(run.prepareOnOneThread);
    CHECK(run.prepareThread != QThread::currentThread());
    CHECK(run.sink.threads.count(QThread::currentThread()) == run.sink.threads.size());
    std::vector<int> inOrder(kRecords);
    for (int n = 0; n < kRecords; ++n)
        inOrder[std::size_t(n)] = n + 1;
    CHECK(run.preparedLines == inOrder);
    CHECK(run.sink.stored == kRecords);
}

TEST_CASE("readAhead stops the reader once the sink is cancelled, and returns", "[import-speed]")
{
    // Far more than the queue holds (8 batches of 256 calls), so a reader
    // that was never told to stop would read on well past the cancel.
    constexpr int kRecords = 200000;
    constexpr int kCancelAfter = 300;
    ScriptedImporter importer(kRecords);
    ReadAheadRun run;
    run.sink.cancelAfter = kCancelAfter;
    run.run(importer);
    REQUIRE(run.result.ok());

    CHECK(run.sink.stored == kCancelAfter);
    // Nothing reaches the sink after the cancel: the last call is the record that caused it.
    QStringList expected = ScriptedImporter::expectedCalls(kCancelAfter, kRecords);
    while (!expected.isEmpty() && !expected.last().startsWith(QLatin1Char('A')))
        expected.removeLast();
    CHECK(run.sink.calls == expected);
    CHECK(importer.stoppedByCancel);
    CHECK(importer.accepted < kRecords);
    // At most what the queue holds beyond the cancelled batch, with slack for the batch being filled.
    CHECK(importer.accepted < kCancelAfter + int((read_ahead::kBatchesAhead + 3) * read_ahead::kBatchSize));
}

TEST_CASE("readAhead hands slow records over as they come, and Cancel stops a slow reader", "[import-speed]")
{
    // 40 records of 20 ms, far fewer than a batch: without the batch's age
    // limit nothing would arrive until the reader had finished.
    constexpr int kRecords = 40;
    ScriptedImporter importer(kRecords);
    importer.perRecord = std::chrono::milliseconds(20);
    ReadAheadRun run;
    run.run(importer);
    REQUIRE(run.result.ok());
    CHECK(run.sink.stored == kRecords);
    CHECK(run.sink.readWhenFirstStored >= 1);
    CHECK(run.sink.readWhenFirstStored < kRecords / 2);

    ScriptedImporter cancelled(kRecords);
    cancelled.perRecord = std::chrono::milliseconds(20);
    ReadAheadRun stop;
    stop.sink.cancelAfter = 1;
    stop.run(cancelled);
    REQUIRE(stop.result.ok());
    CHECK(stop.sink.stored == 1);
    CHECK(cancelled.stoppedByCancel);
    CHECK(cancelled.accepted < kRecords / 2);
}

TEST_CASE("readAhead returns the importer's refusal after delivering what came before it", "[import-speed]")
{
    ScriptedImporter importer(2000, 1234);
    ReadAheadRun run;
    run.run(importer);
    REQUIRE_FALSE(run.result.ok());
    CHECK(run.result.error().message == QStringLiteral("scripted failure"));
    CHECK(run.result.error().line == 1234);
    CHECK(run.sink.calls == ScriptedImporter::expectedCalls(1233, 2000));
    CHECK(run.sink.stored == 1233);
}
