// Every importer against damaged copies of the real exports: cut short at
// several points, and with bytes overwritten. Whatever happens, an importer
// returns (a refusal or some records with rejects): it never crashes, hangs
// or reads past its input (run under the asan preset to see the last).
#include "ImportTestSupport.h"
#include "import/ImporterRegistry.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

QStringList sampleFiles()
{
    QStringList files;
    for (const char* folder : {"real", "layout", "layout-docs"}) {
        QDirIterator it(importData(QString::fromLatin1(folder)), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString suffix = QFileInfo(path).suffix().toLower();
            if (suffix == QLatin1String("md") || suffix == QLatin1String("py") || QFileInfo(path).size() > 600 * 1024)
                continue;
            files << path;
        }
    }
    files.sort();
    return files;
}

// Runs every importer of every kind on the file; counts what came back.
int readWithEveryImporter(const QString& path)
{
    int outcomes = 0;
    for (const Importer* importer : importers()) {
        INFO(importer->id().toStdString() << " on " << path.toStdString());
        const ReadOutcome out = readWith(importer->kind(), importer->id(), path);
        outcomes += out.refusal ? 1 : int(out.sink.records.size() + out.sink.rejects.size() + out.sink.skips.size());
    }
    return outcomes;
}

} // namespace

TEST_CASE("Damaged copies of every sample export are refused or read in part, never crash")
{
    const QStringList files = sampleFiles();
    REQUIRE(files.size() >= 20);
    QTemporaryDir dir;
    QRandomGenerator rng(20261125); // the same damage on every run
    for (const QString& path : files) {
        const QByteArray bytes = readFile(path);
        if (bytes.isEmpty())
            continue;
        const QString name = QFileInfo(path).fileName();
        for (const double cut : {0.03, 0.37, 0.5, 0.91}) {
            const QString truncated =
                writeFile(dir, QStringLiteral("cut-%1-%2").arg(int(cut * 100)).arg(name), bytes.left(int(bytes.size() * cut)));
            CHECK(readWithEveryImporter(truncated) > 0);
        }
        QByteArray noisy = bytes;
        for (int i = 0; i < 24; ++i)
            noisy[int(rng.bounded(noisy.size()))] = char(rng.bounded(256));
        CHECK(readWithEveryImporter(writeFile(dir, QStringLiteral("noisy-") + name, noisy)) > 0);
    }
}
