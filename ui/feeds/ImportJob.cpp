#include "feeds/ImportJob.h"

#include "import/Archive.h"
#include "import/ImporterRegistry.h"
#include "store/RoomStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace cr::ui {

namespace {
// Below this an importer only says "a CSV file": a person has to map it.
constexpr int kSureEnough = 15;
} // namespace

KindGuess guessKind(const QString& path)
{
    KindGuess guess;
    guess.path = path;
    auto sample = sampleFile(path);
    if (!sample) {
        guess.error = sample.error().message;
        return guess;
    }
    const Importer* best = nullptr;
    Sniff bestSniff;
    for (const Importer* importer : importers()) {
        const Sniff s = importer->sniff(*sample);
        if (s.confidence > bestSniff.confidence) {
            best = importer;
            bestSniff = s;
        }
    }
    if (!best)
        return guess;
    guess.format = best->id();
    guess.likelyKind = best->kind();
    guess.reason = QStringLiteral("%1 (%2)").arg(best->displayName(), bestSniff.reason);
    if (bestSniff.confidence >= kSureEnough)
        guess.kind = best->kind();
    return guess;
}

int ImportBatch::imported() const
{
    int n = 0;
    for (const ImportSummary& s : files)
        n += s.refused ? 0 : s.imported;
    return n;
}

int ImportBatch::updated() const
{
    int n = 0;
    for (const ImportSummary& s : files)
        n += s.refused ? 0 : s.updated;
    return n;
}

int ImportBatch::rejected() const
{
    int n = 0;
    for (const ImportSummary& s : files)
        n += s.rejected;
    return n;
}

int ImportBatch::unassigned() const
{
    int n = 0;
    for (const ImportSummary& s : files)
        n += s.refused ? 0 : s.unassigned;
    return n;
}

int ImportBatch::refusedFiles() const
{
    int n = 0;
    for (const ImportSummary& s : files)
        n += s.refused ? 1 : 0;
    return n;
}

QStringList readStageNames(const QString& roomPath)
{
    QStringList names;
    auto store = RoomStore::open(roomPath, RoomStore::OpenMode::ReadOnly);
    if (!store)
        return names;
    if (auto stages = (*store)->stages())
        for (const Stage& s : *stages)
            names << s.name;
    return names;
}

ImportBatch importFiles(const QString& roomPath, const QVector<ImportRequest>& requests, JobControl& job)
{
    ImportBatch batch;
    auto store = RoomStore::open(roomPath, RoomStore::OpenMode::OpenExisting);
    if (!store) {
        batch.openError = store.error().toString();
        return batch;
    }
    const int n = int(requests.size());
    for (int i = 0; i < n; ++i) {
        if (job.isCancelled()) {
            batch.cancelled = true;
            break;
        }
        const ImportRequest& request = requests[i];
        const QString name = QFileInfo(request.path).fileName();
        job.progress(
            double(i) / n,
            n > 1 ? QCoreApplication::translate("ImportJob", "%1 (file %2 of %3)").arg(name).arg(i + 1).arg(n)
                  : name);
        // Each file maps its own progress into its share of the bar.
        const JobControl::Span span{&job, double(i) / n, double(i + 1) / n};
        ImportSummary summary = importFile(**store, request, span);
        batch.files.append(summary);
        if (summary.cancelled || job.isCancelled()) {
            batch.cancelled = true;
            break;
        }
    }
    job.progress(1.0, QCoreApplication::translate("ImportJob", "Done"));
    return batch;
}

QString batchNote(const ImportBatch& batch, const QString& stage)
{
    if (!batch.openError.isEmpty())
        return batch.openError;
    if (batch.cancelled)
        return QCoreApplication::translate("ImportJob",
                                           "Import cancelled: the file in progress was rolled back.");
    QStringList names;
    for (const ImportSummary& s : batch.files)
        names << importedFileName(s.file);
    const QString files = names.size() == 1
                              ? names.first()
                              : QCoreApplication::translate("ImportJob", "%1 files").arg(names.size());
    QStringList parts;
    parts << QCoreApplication::translate("ImportJob", "%1 new").arg(QLocale().toString(batch.imported()));
    if (batch.updated())
        parts << QCoreApplication::translate("ImportJob", "%1 changed")
                     .arg(QLocale().toString(batch.updated()));
    if (batch.rejected())
        parts << QCoreApplication::translate("ImportJob", "%1 rejected")
                     .arg(QLocale().toString(batch.rejected()));
    if (batch.refusedFiles())
        parts
            << (batch.refusedFiles() == 1
                    ? QCoreApplication::translate("ImportJob", "1 file refused")
                    : QCoreApplication::translate("ImportJob", "%1 files refused").arg(batch.refusedFiles()));
    if (batch.unassigned())
        parts << QCoreApplication::translate("ImportJob", "%1 waiting in the Unassigned tray")
                     .arg(QLocale().toString(batch.unassigned()));
    const QString where =
        stage.isEmpty() ? files : QCoreApplication::translate("ImportJob", "%1 → %2").arg(files, stage);
    return QCoreApplication::translate("ImportJob", "Imported %1: %2")
        .arg(where, parts.join(QStringLiteral(", ")));
}

} // namespace cr::ui
