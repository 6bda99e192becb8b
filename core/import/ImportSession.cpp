#include "import/ImportSession.h"

#include "followups/FollowUpRules.h"

#include "import/Archive.h"
#include "import/ImporterRegistry.h"
#include "import/ReadAhead.h"
#include "import/SessionSink.h"
#include "store/ImportLog.h"
#include "store/RoomStore.h"
#include "store/RuleStore.h"
#include "store/SearchIndexBatch.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <future>

namespace cr {

namespace {

// A refused file leaves the room as it was, but its run and rejects are
// still logged (in their own transaction) so the GUI can show why.
void logRefusedRun(RoomStore& store, const ImportRequest& request, const ImportSummary& summary,
                   const QVector<ImportReject>& rejects)
{
    RoomStore::Transaction tx(store);
    ImportLog log(store);
    ImportRun run;
    run.feedId = request.feedId;
    run.kind = toString(request.options.kind);
    run.format = summary.format.isEmpty() ? request.options.format : summary.format;
    run.file = request.sourceName.isEmpty() ? request.path : request.sourceName;
    run.fileSha256 = request.fileSha256;
    auto id = log.begin(run);
    if (!id)
        return;
    run.id = *id;
    run.status = QStringLiteral("refused");
    run.rejected = summary.rejected;
    run.message = summary.refusal;
    for (const ImportReject& r : rejects)
        if (!log.addReject(run.id, r))
            return;
    if (log.finish(run))
        (void)tx.commit(); // a log that cannot be written is no reason to fail the refusal
}

} // namespace

Result<QString> fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("Importers", "Cannot read the file: %1").arg(file.errorString()),
            path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error(
            QCoreApplication::translate("Importers", "Cannot read the file: %1").arg(file.errorString()),
            path);
    return QString::fromLatin1(hash.result().toHex());
}

ImportSummary importFile(RoomStore& store, const ImportRequest& requestIn, JobControl::Span progress)
{
    ImportRequest request = requestIn;
    ImportSummary summary;
    summary.file = request.sourceName.isEmpty() ? request.path : request.sourceName;
    std::optional<RoomStore::Transaction> tx;
    auto refuse = [&](const Error& e, const QVector<ImportReject>& rejects = {}) {
        tx.reset(); // roll the file back before logging why
        summary.refused = true;
        summary.refusal = e.toString();
        summary.imported = summary.updated = summary.unchanged = summary.unassigned = 0;
        summary.createdKpis.clear();
        logRefusedRun(store, request, summary, rejects);
        return summary;
    };

    // An archive (.zip, .gz) is imported as the one file inside; the log and
    // the rejects name it as "archive.zip/inside.csv".
    QTemporaryDir unpacked(unpackFolderTemplate());
    auto readable = readablePath(request.path, unpacked, progress.part(0, 0.2));
    if (!readable)
        return refuse(readable.error());
    const QString originalPath = request.path;
    if (*readable != request.path) {
        if (request.sourceName.isEmpty())
            request.sourceName = request.path + QLatin1Char('/') + QFileInfo(*readable).fileName();
        summary.file = request.sourceName;
        request.path = *readable;
        progress = progress.part(0.2, 1);
    }

    auto choice = chooseImporter(request.path, request.options);
    if (!choice)
        return refuse(choice.error());
    const Importer& importer = *choice->importer;
    summary.format = importer.id();
    summary.formatReason = choice->reason;
    // The checksum is read on a thread of its own while the file imports:
    // for a large file it is a tenth of the work, and the reader thread has
    // room to spare.
    std::future<Result<QString>> checksum;
    if (request.fileSha256.isEmpty())
        checksum = std::async(std::launch::async, fileSha256, originalPath);

    auto stages = store.stages();
    if (!stages)
        return refuse(stages.error());
    QHash<QString, RowId> byName;
    QStringList names;
    for (const Stage& s : *stages) {
        byName.insert(s.name.toLower(), s.id);
        names << s.name;
    }
    std::optional<RowId> fixedStage;
    if (!request.options.stage.trimmed().isEmpty()) {
        const auto it = byName.find(request.options.stage.trimmed().toLower());
        if (it == byName.end())
            return refuse(Error(
                QCoreApplication::translate("Importers", "No stage named \"%1\" in this room. Stages: %2.")
                    .arg(request.options.stage, names.join(QStringLiteral(", ")))));
        fixedStage = it.value();
    }
    auto rules = RuleStore(store).rules(importer.kind());
    if (!rules)
        return refuse(rules.error());

    // One transaction for the whole file: a crash, a kill or Cancel before
    // the commit leaves the room as it was (SQLite's journal rolls it back).
    tx.emplace(store);
    if (!tx->isActive())
        return refuse(Error(
            QCoreApplication::translate("Importers", "The room is busy or read-only; nothing was imported."),
            store.path()));
    ImportLog log(store);
    ImportRun run;
    run.feedId = request.feedId;
    run.kind = toString(importer.kind());
    run.format = importer.id();
    run.file = request.sourceName.isEmpty() ? request.path : request.sourceName;
    run.fileSha256 = request.fileSha256;
    auto runId = log.begin(run);
    if (!runId)
        return refuse(runId.error());
    run.id = *runId;
    auto searchIndex = SearchIndexBatch::begin(store);
    if (!searchIndex)
        return refuse(searchIndex.error());

    SessionSink session(store, request, importer, run.id, fixedStage, byName, names, StageRules(*rules),
                        progress, summary);
    ImportOptions options = request.options;
    options.kind = importer.kind();
    const Status read = readAhead<PreparedRecord>(
        importer, request.path, options, session,
        [&session](ImportRecord record) { return session.prepare(std::move(record)); },
        [&session](PreparedRecord&& prepared) { session.store(std::move(prepared)); });
    QVector<ImportReject> rejects = session.rejects();
    for (const ImportReject& r : rejects)
        summary.rejects << Error(r.reason, r.file, r.line).toString();
    if (const QString skipped = session.skipNote(); !skipped.isEmpty())
        summary.notes << skipped;

    if (progress.isCancelled()) {
        summary.cancelled = true;
        return refuse(
            Error(QCoreApplication::translate("Importers", "Cancelled; nothing from this file was imported."),
                  request.path),
            rejects);
    }
    if (session.storeError())
        return refuse(*session.storeError(), rejects);
    if (!read)
        return refuse(read.error(), rejects);
    if (auto kpis = session.flushKpis(); !kpis)
        return refuse(kpis.error(), rejects);
    if (request.options.strict && summary.rejected > 0)
        return refuse(
            Error(QCoreApplication::translate("Importers", "Rows rejected: %1, and --strict is on: nothing "
                                                           "was imported.")
                      .arg(summary.rejected),
                  request.path),
            rejects);
    if (summary.imported + summary.updated + summary.unchanged == 0 && summary.rejected > 0)
        return refuse(
            Error(QCoreApplication::translate(
                      "Importers", "Every row was rejected: nothing was imported. Is this the right format "
                                   "(--format) and kind (--kind)?"),
                  request.path),
            rejects);
    if (summary.imported + summary.updated + summary.unchanged + summary.skipped == 0 &&
        summary.rejected == 0)
        return refuse(
            Error(QCoreApplication::translate("Importers", "The file holds no records."), request.path));

    if (checksum.valid()) {
        auto sha = checksum.get();
        if (!sha)
            return refuse(sha.error(), rejects);
        request.fileSha256 = run.fileSha256 = *sha;
    }
    for (const ImportReject& r : rejects)
        if (auto logged = log.addReject(run.id, r); !logged)
            return refuse(logged.error(), rejects);
    run.status = summary.rejected > 0 ? QStringLiteral("partial") : QStringLiteral("ok");
    run.imported = summary.imported;
    run.updated = summary.updated;
    run.unchanged = summary.unchanged;
    run.rejected = summary.rejected;
    run.skipped = summary.skipped;
    run.message = summary.notes.join(QLatin1Char('\n'));
    if (auto finished = log.finish(run); !finished)
        return refuse(finished.error(), rejects);
    if (auto indexed = searchIndex->finish(); !indexed)
        return refuse(indexed.error(), rejects);
    if (auto committed = tx->commit(); !committed)
        return refuse(committed.error(), rejects);
    summary.runId = run.id;
    summary.fileSha256 = request.fileSha256;
    // The closed loop runs on what just arrived. Its failure does not undo
    // the import; the next import or sync runs it again.
    if (summary.imported + summary.updated > 0) {
        auto loop = FollowUpRules::run(store, QDateTime::currentDateTime());
        if (!loop)
            summary.notes << QCoreApplication::translate("Importers", "Follow-up rules could not run: %1")
                                 .arg(loop.error().message);
        else if (loop->raised > 0)
            summary.notes << QCoreApplication::translate("Importers", "Follow-ups raised: %1").arg(loop->raised);
        if (loop)
            summary.followUpsRaised = loop->raised;
    }
    progress.progress(
        1.0, QCoreApplication::translate("Importers", "Imported %1").arg(importedFileName(summary.file)));
    return summary;
}

} // namespace cr
