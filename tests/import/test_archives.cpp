// Compressed exports: a .zip as Qualtrics, SurveyMonkey and the CFPB hand
// them out, a gzipped file as Kinesis Data Firehose writes Amazon Connect
// records to S3 (often with no suffix). The archives are written here with
// libarchive from the real samples, which stay as they are.
#include "ImportTestSupport.h"
#include "TestRoom.h"
#include "feeds/FeedSync.h"
#include "import/Archive.h"
#include "import/ImportPreview.h"
#include "import/ImportSession.h"
#include "import/ImporterRegistry.h"
#include "store/FeedStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

using Members = QVector<QPair<QString, QByteArray>>;

QString writeArchive(const QString& path, const Members& members, bool gzip)
{
    archive* a = archive_write_new();
    if (gzip) {
        archive_write_add_filter_gzip(a);
        archive_write_set_format_raw(a);
    } else {
        archive_write_set_format_zip(a);
    }
    REQUIRE(archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const auto& [name, bytes] : members) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_size(entry, bytes.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        REQUIRE(archive_write_header(a, entry) == ARCHIVE_OK);
        REQUIRE(archive_write_data(a, bytes.constData(), std::size_t(bytes.size())) == bytes.size());
        archive_entry_free(entry);
    }
    REQUIRE(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
    return path;
}

QString writeZip(const QString& path, const Members& members)
{
    return writeArchive(path, members, false);
}

QString writeGzip(const QString& path, const QByteArray& bytes)
{
    return writeArchive(path, {{QStringLiteral("data"), bytes}}, true);
}

ImportSummary import(RoomStore& store, const QString& path, ImportKind kind)
{
    ImportRequest request;
    request.path = path;
    request.options.kind = kind;
    return importFile(store, request);
}

qint64 rows(RoomStore& store, const char* table)
{
    return require(store.rowCount(QString::fromLatin1(table)));
}

} // namespace

TEST_CASE("A zipped Qualtrics export imports as the CSV inside, and again as nothing new", "[archives]")
{
    const QString csv = importData(QStringLiteral("layout/qualtrics_nps_3row.csv"));
    QTemporaryDir dir;
    const QString zip = writeZip(dir.filePath(QStringLiteral("Customer survey_December 6, 2026.zip")),
                                 {{QStringLiteral("Customer survey_December 6, 2026_10.15.csv"), readFile(csv)}});
    TempRoom plainRoom(QStringLiteral("plain.croom"));
    const ImportSummary plain = import(*plainRoom.store, csv, ImportKind::Surveys);
    REQUIRE_FALSE(plain.refused);
    REQUIRE(plain.imported > 0);

    TempRoom room;
    const ImportSummary zipped = import(*room.store, zip, ImportKind::Surveys);
    INFO(zipped.refusal.toStdString());
    REQUIRE_FALSE(zipped.refused);
    CHECK(zipped.format == QStringLiteral("qualtrics"));
    CHECK(zipped.imported == plain.imported);
    CHECK(zipped.skipped == plain.skipped);
    CHECK(zipped.file.endsWith(QStringLiteral(".zip/Customer survey_December 6, 2026_10.15.csv")));
    CHECK(importedFileName(zipped.file) ==
          QStringLiteral("Customer survey_December 6, 2026.zip/Customer survey_December 6, 2026_10.15.csv"));
    CHECK(importedFileName(csv) == QStringLiteral("qualtrics_nps_3row.csv"));
    CHECK(rows(*room.store, "survey_response") == rows(*plainRoom.store, "survey_response"));

    const ImportSummary again = import(*room.store, zip, ImportKind::Surveys);
    REQUIRE_FALSE(again.refused);
    CHECK(again.imported == 0);
    CHECK(again.unchanged == plain.imported);
}

TEST_CASE("A gzipped file without a suffix is sniffed by what it holds", "[archives]")
{
    const QString relative = QStringLiteral("cfpb/complaints-subset.csv");
    const int records = expectedFor(relative).value(QStringLiteral("records")).toInt();
    QTemporaryDir dir;
    // As Firehose names its objects: a stream name and a time, no suffix.
    const QString gz = writeGzip(dir.filePath(QStringLiteral("cx-stream-1-2026-12-06-10-15-00-3f2a")),
                                 readFile(importData(QStringLiteral("real/") + relative)));
    auto kind = sniffAnyKind(gz);
    REQUIRE(kind.ok());
    CHECK(kind->importer->id() == QStringLiteral("cfpb"));

    TempRoom room;
    const ImportSummary summary = import(*room.store, gz, ImportKind::Complaints);
    INFO(summary.refusal.toStdString());
    REQUIRE_FALSE(summary.refused);
    CHECK(summary.imported == records);
    CHECK(rows(*room.store, "complaint") == records);
}

TEST_CASE("An archive of several files, an empty one or a damaged one is refused and the room left as it was",
          "[archives]")
{
    QTemporaryDir dir;
    const QByteArray csv = "id,received_at,text\n1,2026-09-01,one\n";
    TempRoom room;

    const QString two = writeZip(dir.filePath(QStringLiteral("two.zip")),
                                 {{QStringLiteral("a.csv"), csv}, {QStringLiteral("b.csv"), csv}});
    const ImportSummary several = import(*room.store, two, ImportKind::Complaints);
    CHECK(several.refused);
    CHECK(several.refusal.contains(QStringLiteral("2 files")));
    CHECK(several.refusal.contains(QStringLiteral("a.csv")));
    CHECK(several.refusal.contains(QStringLiteral("b.csv")));

    const QString clutterOnly = writeZip(dir.filePath(QStringLiteral("empty.zip")),
                                         {{QStringLiteral("__MACOSX/._a.csv"), "x"}});
    const ImportSummary empty = import(*room.store, clutterOnly, ImportKind::Complaints);
    CHECK(empty.refused);
    CHECK(empty.refusal.contains(QStringLiteral("no file")));

    const QString damaged = writeFile(dir, QStringLiteral("damaged.zip"), QByteArray("PK\x03\x04", 4) + "not a zip");
    const ImportSummary broken = import(*room.store, damaged, ImportKind::Complaints);
    CHECK(broken.refused);
    CHECK(broken.refusal.contains(QStringLiteral("archive")));

    const QString truncated = writeFile(dir, QStringLiteral("cut.gz"), QByteArray("\x1f\x8b\x08\x00", 4) + "cut");
    const ImportSummary cut = import(*room.store, truncated, ImportKind::Complaints);
    CHECK(cut.refused);

    CHECK(rows(*room.store, "complaint") == 0);
}

TEST_CASE("A zip made on a Mac imports the file beside its __MACOSX clutter; rejects name the file inside",
          "[archives]")
{
    QTemporaryDir dir;
    const QString zip = writeZip(dir.filePath(QStringLiteral("tickets.zip")),
                                 {{QStringLiteral("export/"), {}},
                                  {QStringLiteral("export/complaints.csv"),
                                   "id,received_at,text\n1,2026-09-01,one\n2,not a date,two\n3,2026-09-03,three\n"},
                                  {QStringLiteral("__MACOSX/export/._complaints.csv"), "resource fork"},
                                  {QStringLiteral(".DS_Store"), "finder"}});
    TempRoom room;
    const ImportSummary summary = import(*room.store, zip, ImportKind::Complaints);
    INFO(summary.refusal.toStdString());
    REQUIRE_FALSE(summary.refused);
    CHECK(summary.imported == 2);
    REQUIRE(summary.rejects.size() == 1);
    CHECK(summary.rejects.first().contains(QStringLiteral("tickets.zip/complaints.csv:3")));
}

TEST_CASE("The preview and the column list read a zipped CSV; a folder feed takes zips and skips them unchanged",
          "[archives]")
{
    QTemporaryDir dir;
    const QString zip = writeZip(dir.filePath(QStringLiteral("complaints.zip")),
                                 {{QStringLiteral("complaints.csv"),
                                   "ticket,created,description\nT-1,2026-09-01,Router never came\n"
                                   "T-2,2026-09-02,Bill too high\n"}});
    ImportOptions options;
    options.kind = ImportKind::Complaints;
    options.map = {{QStringLiteral("id"), QStringLiteral("ticket")},
                       {QStringLiteral("received_at"), QStringLiteral("created")},
                       {QStringLiteral("text"), QStringLiteral("description")}};
    const ImportPreview preview = previewImport(zip, options);
    INFO(preview.refusal.toStdString());
    REQUIRE(preview.refusal.isEmpty());
    CHECK(preview.rows.size() == 2);
    auto header = csvHeader(zip, {});
    REQUIRE(header.ok());
    CHECK(*header == QStringList{QStringLiteral("ticket"), QStringLiteral("created"), QStringLiteral("description")});

    TempRoom room;
    Feed feed;
    feed.name = QStringLiteral("help desk");
    feed.kind = ImportKind::Complaints;
    feed.location = dir.path();
    feed.options = options;
    feed.id = require(FeedStore(*room.store).add(feed));
    feed = require(FeedStore(*room.store).byName(feed.name));
    CHECK(feedFiles(feed).contains(zip));
    const SyncSummary first = syncFeed(*room.store, feed);
    REQUIRE(first.imports.size() == 1);
    CHECK(first.imports[0].imported == 2);
    feed = require(FeedStore(*room.store).byName(feed.name));
    const SyncSummary second = syncFeed(*room.store, feed);
    CHECK(second.imports.isEmpty());
    CHECK(second.unchangedFiles == 1);
}
