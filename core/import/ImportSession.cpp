#include "import/ImportSession.h"

#include "import/ImporterRegistry.h"
#include "import/StageRules.h"
#include "store/EvidenceWriter.h"
#include "store/ImportLog.h"
#include "store/RoomStore.h"
#include "store/RuleStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

namespace cr {

namespace {

// Rejects kept in memory for the summary and the log; past this many a file
// is surely the wrong format, and the rest are only counted.
constexpr int kMaxKeptRejects = 10000;

QByteArray contentHash(std::initializer_list<QString> parts)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString& p : parts) {
        h.addData(p.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    return h.result();
}

QString transcriptText(const QVector<TranscriptSegment>& segments)
{
    QStringList parts;
    for (const auto& s : segments)
        parts << QStringLiteral("%1|%2|%3|%4").arg(s.start).arg(s.end).arg(s.speaker, s.text);
    return parts.join(QLatin1Char('\n'));
}

QString monthLabel(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("MMMM yyyy"));
}

class Session final : public ImportSink
{
public:
    Session(RoomStore& store, const ImportRequest& request, const Importer& importer, RowId runId,
            std::optional<RowId> fixedStage, QHash<QString, RowId> stagesByName, QStringList stageNames,
            StageRules rules, JobControl::Span progress, ImportSummary& summary)
        : m_store(store), m_request(request), m_importer(importer), m_runId(runId), m_fixedStage(fixedStage),
          m_stagesByName(std::move(stagesByName)), m_stageNames(std::move(stageNames)),
          m_rules(std::move(rules)), m_progress(progress), m_summary(summary), m_writer(store)
    {
        m_fileName = QFileInfo(request.path).fileName();
    }

    void accept(ImportRecord record) override
    {
        if (m_storeError)
            return;
        std::optional<RowId> stage = m_fixedStage;
        if (!stage && !record.stage.trimmed().isEmpty()) {
            const auto it = m_stagesByName.find(record.stage.trimmed().toLower());
            if (it == m_stagesByName.end()) {
                reject(record.line,
                       QCoreApplication::translate(
                           "Importers",
                           "No stage named \"%1\" in this room (stages: %2). Add the stage, fix the file, or "
                           "import with --stage.")
                           .arg(record.stage.trimmed(), m_stageNames.join(QStringLiteral(", "))));
                return;
            }
            stage = it.value();
        }
        std::visit([&](auto& value) { store(record, value, stage); }, record.value);
    }

    void reject(int line, const QString& reason, const QString& raw = {}) override
    {
        ++m_summary.rejected;
        if (m_rejects.size() < kMaxKeptRejects)
            m_rejects.append({sourceName(), line, reason, raw});
    }

    void skip(int line, const QString& reason) override
    {
        if (++m_summary.skipped == 1)
            m_firstSkip = QStringLiteral("%1: %2").arg(line).arg(reason);
    }

    void note(const QString& message) override { m_summary.notes << message; }
    bool isCancelled() const override { return m_storeError.has_value() || m_progress.isCancelled(); }

    void progress(qint64 bytesRead, qint64 bytesTotal) override
    {
        if (bytesTotal > 0)
            m_progress.progress(0.95 * double(bytesRead) / double(bytesTotal),
                                QCoreApplication::translate("Importers", "Reading %1").arg(m_fileName));
    }

    // KPI observations wait until the whole file is read: a month's value
    // may be rolled up from many rows.
    Status flushKpis()
    {
        for (auto it = m_kpiBuckets.begin(); it != m_kpiBuckets.end(); ++it) {
            const KpiBucket& b = it.value();
            if (b.count > 1 && m_request.options.rollUp == RollUp::Unset)
                return Error(
                    QCoreApplication::translate(
                        "Importers",
                        "KPI \"%1\" has %2 values for %3 (lines %4 and %5): the rows are finer than a "
                        "month. Say how to combine them with --aggregate sum, mean or last.")
                        .arg(b.name)
                        .arg(b.count)
                        .arg(monthLabel(it.key().second))
                        .arg(b.firstLine)
                        .arg(b.lastLine),
                    m_request.path, b.lastLine);
            auto kpi = m_writer.kpiByName(b.name, b.unit, b.stage);
            if (!kpi)
                return kpi.error();
            if (kpi->created) {
                m_summary.createdKpis << b.name;
                m_createdKpiIds.insert(kpi->id);
            }
            KpiValue v;
            v.kpiId = kpi->id;
            v.period = it.key().second;
            switch (m_request.options.rollUp) {
            case RollUp::Sum:
                v.value = b.sum;
                break;
            case RollUp::Last:
                v.value = b.last;
                break;
            case RollUp::Mean:
            case RollUp::Unset:
                v.value = b.sum / b.count;
                break;
            }
            v.provenance = provenance(b.lastLine, {});
            auto outcome = m_writer.upsertKpiValue(v);
            if (!outcome)
                return outcome.error();
            count(*outcome);
        }
        return success();
    }

    const QVector<ImportReject>& rejects() const { return m_rejects; }
    const std::optional<Error>& storeError() const { return m_storeError; }
    // One line for the summary: the importer's note says why in general.
    QString skipNote() const
    {
        if (m_summary.skipped == 0)
            return {};
        return QCoreApplication::translate("Importers", "Rows left out on purpose: %1 (the first on line %2)")
            .arg(m_summary.skipped)
            .arg(m_firstSkip);
    }

private:
    struct KpiBucket
    {
        QString name;
        QString unit;
        std::optional<RowId> stage;
        double sum = 0;
        int count = 0;
        QDate lastDate;
        double last = 0;
        int firstLine = 0;
        int lastLine = 0;
    };

    QString sourceName() const
    {
        return m_request.sourceName.isEmpty() ? m_request.path : m_request.sourceName;
    }

    Provenance provenance(int line, const QString& externalId) const
    {
        Provenance p;
        p.feedId = m_request.feedId;
        p.importRunId = m_runId;
        p.sourceFile = sourceName();
        p.sourceLine = line;
        p.externalId = externalId;
        return p;
    }

    // "<kind>:<format>:<id>" for records with an id; without one, the content
    // hash and its occurrence in this file (two identical rows stay two).
    QString sourceKey(const QString& externalId, const QByteArray& hash)
    {
        const QString prefix =
            toString(m_importer.kind()) + QLatin1Char(':') + m_importer.sourceFamily() + QLatin1Char(':');
        if (!externalId.trimmed().isEmpty())
            return prefix + externalId.trimmed();
        const int occurrence = m_seenHashes[hash]++;
        return prefix + QStringLiteral("sha1:") + QString::fromLatin1(hash.toHex()) +
               (occurrence ? QStringLiteral("#%1").arg(occurrence) : QString());
    }

    void count(Upsert outcome)
    {
        switch (outcome) {
        case Upsert::Inserted:
            ++m_summary.imported;
            break;
        case Upsert::Updated:
            ++m_summary.updated;
            break;
        case Upsert::Unchanged:
            ++m_summary.unchanged;
            break;
        case Upsert::DuplicateInRun:
            break;
        }
    }

    template <typename T> void finish(int line, Result<Upserted> r, const std::optional<RowId>& stage)
    {
        if (!r) {
            m_storeError = r.error();
            return;
        }
        if (r->outcome == Upsert::DuplicateInRun) {
            reject(line, QCoreApplication::translate(
                             "Importers", "Line %1 already holds a record with this id; this copy is left "
                                          "out.")
                             .arg(r->firstLine));
            return;
        }
        count(r->outcome);
        if (!stage && r->outcome == Upsert::Inserted)
            ++m_summary.unassigned;
    }

    void applyRules(ImportKind kind, std::optional<RowId>& stage, QString* category,
                    const std::function<QString(const QString&)>& field)
    {
        if (m_rules.isEmpty())
            return;
        const MappingRule* rule = m_rules.match(kind, field);
        if (!rule)
            return;
        if (!stage && rule->stageId)
            stage = rule->stageId;
        if (category && !rule->category.isEmpty() &&
            (category->isEmpty() || *category == QLatin1String("Uncategorised")))
            *category = rule->category;
    }

    void store(const ImportRecord& record, Complaint& c, std::optional<RowId> stage)
    {
        if (!c.receivedAt.isValid()) {
            reject(record.line, QCoreApplication::translate("Importers", "The complaint has no valid date."));
            return;
        }
        applyRules(ImportKind::Complaints, stage, &c.category, [&](const QString& f) -> QString {
            if (f == QLatin1String("text"))
                return c.text;
            if (f == QLatin1String("category"))
                return c.category;
            if (f == QLatin1String("product"))
                return c.product;
            if (f == QLatin1String("channel"))
                return c.channel;
            if (f == QLatin1String("customer"))
                return c.customerRef;
            return {};
        });
        c.stageId = stage;
        const QByteArray hash = contentHash({c.channel, c.category, c.product, c.text, toString(c.status),
                                             c.receivedAt.toString(Qt::ISODate),
                                             c.resolvedAt ? c.resolvedAt->toString(Qt::ISODate) : QString(),
                                             c.customerRef, stage ? QString::number(*stage) : QString()});
        c.provenance = provenance(record.line, record.externalId);
        c.provenance.sourceKey = sourceKey(record.externalId, hash);
        finish<Complaint>(record.line, m_writer.upsert(c, QString::fromLatin1(hash.toHex())), stage);
    }

    void store(const ImportRecord& record, SurveyResponse& r, std::optional<RowId> stage)
    {
        const SurveyScale scale = surveyScale(r.metric);
        if (r.score < scale.min || r.score > scale.max) {
            reject(record.line,
                   QCoreApplication::translate("Importers", "%1 score %2 is outside its %3-%4 scale.")
                       .arg(toString(r.metric).toUpper())
                       .arg(r.score)
                       .arg(scale.min)
                       .arg(scale.max));
            return;
        }
        if (!r.respondedAt.isValid()) {
            reject(record.line, QCoreApplication::translate("Importers", "The response has no valid date."));
            return;
        }
        applyRules(ImportKind::Surveys, stage, nullptr, [&](const QString& f) -> QString {
            if (f == QLatin1String("comment"))
                return r.comment;
            if (f == QLatin1String("metric"))
                return toString(r.metric);
            if (f == QLatin1String("respondent"))
                return r.respondentRef;
            return {};
        });
        r.stageId = stage;
        const QByteArray hash = contentHash({toString(r.metric), QString::number(r.score), r.comment,
                                             r.respondedAt.toString(Qt::ISODate), r.respondentRef,
                                             stage ? QString::number(*stage) : QString()});
        // One response may answer several metrics: the id names the response, the metric the answer.
        const QString id = record.externalId.isEmpty()
                               ? QString()
                               : record.externalId + QLatin1Char(':') + toString(r.metric);
        r.provenance = provenance(record.line, record.externalId);
        r.provenance.sourceKey = sourceKey(id, hash);
        finish<SurveyResponse>(record.line, m_writer.upsert(r, QString::fromLatin1(hash.toHex())), stage);
    }

    void store(const ImportRecord& record, KpiObservation& o, std::optional<RowId> stage)
    {
        if (o.kpiName.trimmed().isEmpty() || !o.date.isValid()) {
            reject(record.line, QCoreApplication::translate(
                                    "Importers", "A KPI value needs a KPI name and a valid period."));
            return;
        }
        const QDate month(o.date.year(), o.date.month(), 1);
        const auto key = qMakePair(o.kpiName.trimmed().toLower(), month);
        KpiBucket& b = m_kpiBuckets[key];
        if (b.count == 0) {
            b.name = o.kpiName.trimmed();
            b.unit = o.unit;
            b.stage = stage;
            b.firstLine = record.line;
        }
        b.sum += o.value;
        ++b.count;
        if (!b.lastDate.isValid() || o.date >= b.lastDate) {
            b.lastDate = o.date;
            b.last = o.value;
        }
        b.lastLine = record.line;
    }

    void store(const ImportRecord& record, CallRecord& cr, std::optional<RowId> stage)
    {
        Call& c = cr.call;
        if (!c.startedAt.isValid()) {
            reject(record.line,
                   QCoreApplication::translate("Importers", "The call has no valid start time."));
            return;
        }
        if (!cr.audio.isEmpty()) {
            auto sha = m_store.putMedia(cr.audio, cr.audioMimeType);
            if (!sha) {
                m_storeError = sha.error();
                return;
            }
            c.audioSha256 = *sha;
        }
        const QString transcript = transcriptText(c.transcript);
        applyRules(ImportKind::Calls, stage, nullptr, [&](const QString& f) -> QString {
            if (f == QLatin1String("title"))
                return c.title;
            if (f == QLatin1String("agent"))
                return c.agent;
            if (f == QLatin1String("channel"))
                return c.customerChannel;
            if (f == QLatin1String("summary"))
                return c.summary;
            if (f == QLatin1String("transcript"))
                return transcript;
            return {};
        });
        c.stageId = stage;
        const QByteArray hash =
            contentHash({c.title, c.startedAt.toString(Qt::ISODate), QString::number(c.durationSeconds),
                         c.agent, c.customerChannel, c.audioSha256, transcript, c.summary,
                         stage ? QString::number(*stage) : QString()});
        // A recording without an id is known by its audio, not by its file name.
        const QString id = !record.externalId.isEmpty() ? record.externalId
                           : !c.audioSha256.isEmpty()   ? QStringLiteral("audio:") + c.audioSha256
                                                        : QString();
        c.provenance = provenance(record.line, record.externalId);
        c.provenance.sourceKey = sourceKey(id, hash);
        finish<Call>(record.line, m_writer.upsert(c, QString::fromLatin1(hash.toHex())), stage);
    }

    void store(const ImportRecord& record, ArtifactRecord& ar, std::optional<RowId> stage)
    {
        Artifact& a = ar.artifact;
        auto sha = m_store.putMedia(ar.data, ar.mimeType);
        if (!sha) {
            m_storeError = sha.error();
            return;
        }
        a.mediaSha256 = *sha;
        if (!ar.thumbnail.isNull()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            ar.thumbnail.save(&buffer, "PNG");
            auto thumb = m_store.putMedia(png, QStringLiteral("image/png"));
            if (!thumb) {
                m_storeError = thumb.error();
                return;
            }
            a.thumbnailSha256 = *thumb;
        }
        applyRules(ImportKind::Artifacts, stage, nullptr, [&](const QString& f) -> QString {
            if (f == QLatin1String("title"))
                return a.title;
            if (f == QLatin1String("description"))
                return a.description;
            if (f == QLatin1String("kind"))
                return toString(a.kind);
            return {};
        });
        a.stageId = stage;
        const QByteArray hash = contentHash({a.title, toString(a.kind), a.description, a.mediaSha256,
                                             a.receivedOn ? a.receivedOn->toString(Qt::ISODate) : QString(),
                                             stage ? QString::number(*stage) : QString()});
        // The same document is one artifact, whatever its file was called.
        const QString id =
            record.externalId.isEmpty() ? QStringLiteral("media:") + a.mediaSha256 : record.externalId;
        a.provenance = provenance(record.line, record.externalId);
        a.provenance.sourceKey = sourceKey(id, hash);
        finish<Artifact>(record.line, m_writer.upsert(a, QString::fromLatin1(hash.toHex())), stage);
    }

    RoomStore& m_store;
    const ImportRequest& m_request;
    const Importer& m_importer;
    RowId m_runId;
    std::optional<RowId> m_fixedStage;
    QHash<QString, RowId> m_stagesByName;
    QStringList m_stageNames;
    StageRules m_rules;
    JobControl::Span m_progress;
    ImportSummary& m_summary;
    EvidenceWriter m_writer;
    QString m_fileName;
    QVector<ImportReject> m_rejects;
    QString m_firstSkip;
    std::optional<Error> m_storeError;
    QHash<QByteArray, int> m_seenHashes;
    QMap<QPair<QString, QDate>, KpiBucket> m_kpiBuckets;
    QSet<RowId> m_createdKpiIds;
};

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

    auto choice = chooseImporter(request.path, request.options);
    if (!choice)
        return refuse(choice.error());
    const Importer& importer = *choice->importer;
    summary.format = importer.id();
    summary.formatReason = choice->reason;
    if (request.fileSha256.isEmpty()) {
        auto sha = fileSha256(request.path);
        if (!sha)
            return refuse(sha.error());
        request.fileSha256 = *sha;
    }

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

    Session session(store, request, importer, run.id, fixedStage, byName, names, StageRules(*rules), progress,
                    summary);
    ImportOptions options = request.options;
    options.kind = importer.kind();
    const Status read = importer.read(request.path, options, session);
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
    if (auto committed = tx->commit(); !committed)
        return refuse(committed.error(), rejects);
    summary.runId = run.id;
    progress.progress(
        1.0, QCoreApplication::translate("Importers", "Imported %1").arg(QFileInfo(request.path).fileName()));
    return summary;
}

} // namespace cr
