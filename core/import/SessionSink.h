#pragma once
// The sink an import writes through: resolves each record's stage (--stage,
// the file's stage column, the room's mapping rules), upserts it by source
// key, rolls KPI observations up to months, and collects rejects and skips
// for the run's log. importFile() (ImportSession.cpp) owns the transaction.

#include "import/ImportSession.h"
#include "import/Importer.h"
#include "import/StageRules.h"
#include "store/EvidenceWriter.h"
#include "store/ImportLog.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

namespace cr {

class RoomStore;

// What the reader thread makes of a record (SessionSink::prepare): a reject,
// or the record with its stage, provenance and content hash settled so the
// thread that owns the room only writes it.
struct PreparedRecord
{
    ImportRecord record;
    std::optional<RowId> stage;
    QString rejection;   // not empty: the record is rejected for this reason
    QString contentHash; // hex; empty for calls and artifacts, whose hash takes in the media the room stores first
};

class SessionSink final : public ImportSink
{
public:
    SessionSink(RoomStore& store, const ImportRequest& request, const Importer& importer, RowId runId,
                std::optional<RowId> fixedStage, QHash<QString, RowId> stagesByName, QStringList stageNames,
                StageRules rules, JobControl::Span progress, ImportSummary& summary)
        : m_store(store), m_request(request), m_importer(importer), m_runId(runId), m_fixedStage(fixedStage),
          m_stagesByName(std::move(stagesByName)), m_stageNames(std::move(stageNames)),
          m_rules(std::move(rules)), m_progress(progress), m_summary(summary), m_writer(store)
    {
        m_fileName = QFileInfo(request.path).fileName();
        m_sourceKeyPrefix =
            toString(importer.kind()) + QLatin1Char(':') + importer.sourceFamily() + QLatin1Char(':');
    }

    // Needs no room: safe on a reader thread while store() runs on the
    // store's own, as long as one thread prepares, in file order.
    PreparedRecord prepare(ImportRecord record);
    void store(PreparedRecord&& prepared);

    void accept(ImportRecord record) override { store(prepare(std::move(record))); }
    void reject(int line, const QString& reason, const QString& raw = {}) override;
    void skip(int line, const QString& reason) override;
    void note(const QString& message) override { m_summary.notes << message; }
    bool isCancelled() const override { return m_storeError.has_value() || m_progress.isCancelled(); }

    void progress(qint64 bytesRead, qint64 bytesTotal) override;

    // KPI observations wait until the whole file is read: a month's value
    // may be rolled up from many rows.
    Status flushKpis();

    const QVector<ImportReject>& rejects() const { return m_rejects; }
    const std::optional<Error>& storeError() const { return m_storeError; }
    // One line for the summary: the importer's note says why in general.
    QString skipNote() const;

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

    QString sourceName() const;

    Provenance provenance(int line, const QString& externalId) const;

    // "<kind>:<format>:<id>" for records with an id; without one, the content
    // hash and its occurrence in this file (two identical rows stay two).
    QString sourceKey(const QString& externalId, const QByteArray& hash);

    void count(Upsert outcome);

    void finish(int line, Result<Upserted> r, const std::optional<RowId>& stage);

    // Mapping rules decide the stage (and a missing category) of records the
    // file and --stage left without one.
    void applyRules(ImportKind kind, std::optional<RowId>& stage, QString* category,
                    const std::function<QString(const QString&)>& field) const;

    // The reader thread's part, per kind.
    void prepare(PreparedRecord& p, Complaint& c);
    void prepare(PreparedRecord& p, SurveyResponse& r);
    void prepare(PreparedRecord& p, KpiObservation& o);
    void prepare(PreparedRecord&, CallRecord&) {}
    void prepare(PreparedRecord&, ArtifactRecord&) {}
    // The store's part, per kind.
    void write(const PreparedRecord& p, Complaint& c);
    void write(const PreparedRecord& p, SurveyResponse& r);
    void write(const PreparedRecord& p, KpiObservation& o);
    void write(const PreparedRecord& p, CallRecord& cr);
    void write(const PreparedRecord& p, ArtifactRecord& ar);

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
    QString m_sourceKeyPrefix;
    QVector<ImportReject> m_rejects;
    QString m_firstSkip;
    std::optional<Error> m_storeError;
    QHash<QByteArray, int> m_seenHashes; // prepare()'s alone
    QMap<QPair<QString, QDate>, KpiBucket> m_kpiBuckets;
    QSet<RowId> m_createdKpiIds;
};

} // namespace cr
