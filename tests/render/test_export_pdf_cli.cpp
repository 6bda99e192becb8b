// `customer-room-cli export ROOM --pdf OUT.pdf`, run as a real process: it
// writes the report on the paper asked for, and never changes the room.
#include "PdfText.h"
#include "TestRoom.h"

#include "demo/DemoRoom.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

using namespace cr;
using namespace cr::test;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CR_CLI_BINARY), args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct DemoFolder
{
    QTemporaryDir dir;
    QString room;
    DemoFolder()
    {
        REQUIRE(dir.isValid());
        room = dir.filePath(QStringLiteral("demo.croom"));
        auto store = require(RoomStore::open(room, RoomStore::OpenMode::CreateNew));
        DemoOptions options;
        options.lastMonth = QDate(2026, 11, 15);
        REQUIRE(createDemoRoom(*store, options).ok());
    }
};

} // namespace

TEST_CASE("export --pdf --paper letter writes a Letter report and leaves the room untouched", "[pdf][cli]")
{
    DemoFolder demo;
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    const QByteArray before = sha256(demo.room);
    const QDateTime modified = QFileInfo(demo.room).lastModified();
    const QStringList files = QDir(demo.dir.path()).entryList(QDir::Files);
    QThread::msleep(20); // a write would show in the modification time

    const CliRun run =
        cli({QStringLiteral("export"), demo.room, QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"),
             QStringLiteral("letter"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
             QStringLiteral("--to"), QStringLiteral("2026-11-30")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Wrote the November 2026 report (")));
    CHECK(pdfInfo(pdf, QStringLiteral("Page size")) == QStringLiteral("612 x 792 pts (letter)"));
    const QStringList pages = pdfPages(pdf);
    CHECK(run.out.contains(QStringLiteral("(%1 pages)").arg(pages.size())));
    CHECK(pages.first().contains(QStringLiteral("November 2026")));

    CHECK(sha256(demo.room) == before);
    CHECK(QFileInfo(demo.room).lastModified() == modified);
    // SQLite's read-only connection leaves its -wal and -shm beside a WAL
    // room (as `report` does); nothing may be written into them.
    for (const QString& file : QDir(demo.dir.path()).entryList(QDir::Files)) {
        INFO(file.toStdString());
        CHECK((files.contains(file) || file.endsWith(QLatin1String("-shm")) ||
               (file.endsWith(QLatin1String("-wal")) && QFileInfo(demo.dir.filePath(file)).size() == 0)));
    }
}

TEST_CASE("export --pdf without dates covers everything, on A4", "[pdf][cli]")
{
    DemoFolder demo;
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("all.pdf"));
    const CliRun run = cli({QStringLiteral("export"), demo.room, QStringLiteral("--pdf"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
    CHECK(pdfPages(pdf).first().contains(QStringLiteral("All time")));
}

TEST_CASE("export --pdf refuses bad usage and rooms it cannot open", "[pdf][cli]")
{
    DemoFolder demo;
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    const QString export_ = QStringLiteral("export");
    const QString pdfOption = QStringLiteral("--pdf");
    CHECK(cli({export_, demo.room, pdfOption, pdf, QStringLiteral("--paper"), QStringLiteral("tabloid")})
              .code == 1);
    CHECK(cli({export_, demo.room, pdfOption, pdf, QStringLiteral("--from"), QStringLiteral("1 Nov")}).code ==
          1);
    CHECK(cli({export_, demo.room, pdfOption, pdf, QStringLiteral("--from"), QStringLiteral("2026-11-30"),
               QStringLiteral("--to"), QStringLiteral("2026-11-01")})
              .code == 1);
    CHECK(cli({export_, demo.room, pdfOption, pdf, QStringLiteral("--csv"), QStringLiteral("fixes")}).code ==
          1);
    CHECK_FALSE(QFileInfo::exists(pdf));

    const QString missing = out.filePath(QStringLiteral("missing.croom"));
    const CliRun noRoom = cli({export_, missing, pdfOption, pdf});
    CHECK(noRoom.code == 2);
    CHECK_FALSE(QFileInfo::exists(missing)); // read-only: never creates a room
    CHECK_FALSE(QFileInfo::exists(pdf));

    const CliRun noFolder =
        cli({export_, demo.room, pdfOption, out.filePath(QStringLiteral("no/such/report.pdf"))});
    CHECK(noFolder.code == 2);
    CHECK(noFolder.err.contains(QStringLiteral("no/such/report.pdf")));
}
