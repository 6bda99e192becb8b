#include "store/BulkWriter.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QCryptographicHash>
#include <QSqlError>

namespace cr {

namespace {

const QString kGenerated = QStringLiteral("generated");

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

// Built once per writer; a QSqlQuery keeps its prepared statement between exec() calls.
struct BulkWriter::Statements
{
    std::optional<QSqlQuery> survey, complaint, call, artifact, kpiValue, clip, featured, media;
};

BulkWriter::BulkWriter(RoomStore& store, QString importedAt)
    : m_store(store), m_importedAt(std::move(importedAt)), m_statements(std::make_unique<Statements>())
{
}

BulkWriter::~BulkWriter()
{
    rollback();
}

QSqlQuery& BulkWriter::statement(std::optional<QSqlQuery>& slot, const QString& sqlText)
{
    if (!slot) {
        slot.emplace(m_store.db());
        slot->prepare(sqlText);
    }
    return *slot;
}

Result<RowId> BulkWriter::run(QSqlQuery& q, const QString& what)
{
    if (!q.exec())
        return m_store.sqlError(q, what);
    return q.lastInsertId().toLongLong();
}

Status BulkWriter::useScratchSettings()
{
    QSqlQuery q(m_store.db());
    // journal_mode must change outside a transaction; MEMORY keeps ROLLBACK
    // working while the pages of a new file are never journalled anyway.
    for (const char* pragma :
         {"PRAGMA journal_mode = MEMORY", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -65536"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return m_store.sqlError(q, RoomStore::tr("Preparing the new room"));
    }
    return success();
}

Status BulkWriter::finish()
{
    if (m_inTransaction)
        if (auto committed = commit(); !committed)
            return committed;
    m_statements = std::make_unique<Statements>(); // finalise statements before the journal mode changes
    QSqlQuery q(m_store.db());
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return m_store.sqlError(q, RoomStore::tr("Finishing the new room"));
    }
    return success();
}

Status BulkWriter::begin()
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("BEGIN")))
        return m_store.sqlError(q, RoomStore::tr("Starting to write the room"));
    m_inTransaction = true;
    auto batch = SearchIndexBatch::begin(m_store);
    if (!batch)
        return batch.error();
    m_searchIndex = *batch;
    return success();
}

Status BulkWriter::commit()
{
    if (m_searchIndex)
        if (auto indexed = m_searchIndex->finish(); !indexed)
            return indexed;
    m_searchIndex.reset();
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("COMMIT")))
        return m_store.sqlError(q, RoomStore::tr("Saving the changes"));
    m_inTransaction = false;
    return success();
}

void BulkWriter::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    m_searchIndex.reset();
}

Result<RowId> BulkWriter::add(const SurveyRow& r)
{
    const SurveyScale scale = surveyScale(r.metric);
    QSqlQuery& q = statement(
        m_statements->survey,
        QStringLiteral("INSERT INTO survey_response(stage_id, metric, score, scale_min, scale_max, comment, "
                       "responded_at, respondent_ref, source_file, external_id, source_key, imported_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, r.stageId);
    q.bindValue(1, toString(r.metric));
    q.bindValue(2, r.score);
    q.bindValue(3, scale.min);
    q.bindValue(4, scale.max);
    q.bindValue(5, sql::text(r.comment));
    q.bindValue(6, r.respondedAt);
    q.bindValue(7, sql::text(r.respondentRef));
    q.bindValue(8, kGenerated);
    q.bindValue(9, r.key);
    q.bindValue(10, kGenerated + QLatin1Char(':') + r.key);
    q.bindValue(11, m_importedAt);
    return run(q, RoomStore::tr("Adding a survey response"));
}

Result<RowId> BulkWriter::add(const ComplaintRow& r)
{
    QSqlQuery& q = statement(
        m_statements->complaint,
        QStringLiteral("INSERT INTO complaint(stage_id, channel, category, product, text, status, received_at, "
                       "resolved_at, customer_ref, source_file, external_id, source_key, imported_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, r.stageId);
    q.bindValue(1, sql::text(r.channel));
    q.bindValue(2, sql::text(r.category));
    q.bindValue(3, sql::text(r.product));
    q.bindValue(4, sql::text(r.text));
    q.bindValue(5, toString(r.status));
    q.bindValue(6, r.receivedAt);
    q.bindValue(7, nullIfEmpty(r.resolvedAt));
    q.bindValue(8, sql::text(r.customerRef));
    q.bindValue(9, kGenerated);
    q.bindValue(10, r.key);
    q.bindValue(11, kGenerated + QLatin1Char(':') + r.key);
    q.bindValue(12, m_importedAt);
    return run(q, RoomStore::tr("Adding a complaint"));
}

Result<RowId> BulkWriter::add(const CallRow& r)
{
    QSqlQuery& q = statement(
        m_statements->call,
        QStringLiteral("INSERT INTO call(stage_id, title, started_at, duration_seconds, agent, customer_channel, "
                       "audio_sha256, transcript, summary, source_file, external_id, source_key, imported_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, r.stageId);
    q.bindValue(1, sql::text(r.title));
    q.bindValue(2, r.startedAt);
    q.bindValue(3, r.durationSeconds);
    q.bindValue(4, sql::text(r.agent));
    q.bindValue(5, sql::text(r.customerChannel));
    q.bindValue(6, nullIfEmpty(r.audioSha256));
    q.bindValue(7, r.transcriptJson.isEmpty() ? QStringLiteral("[]") : r.transcriptJson);
    q.bindValue(8, sql::text(r.summary));
    q.bindValue(9, kGenerated);
    q.bindValue(10, r.key);
    q.bindValue(11, kGenerated + QLatin1Char(':') + r.key);
    q.bindValue(12, m_importedAt);
    return run(q, RoomStore::tr("Adding a call"));
}

Result<RowId> BulkWriter::add(const ArtifactRow& r)
{
    QSqlQuery& q = statement(
        m_statements->artifact,
        QStringLiteral("INSERT INTO artifact(stage_id, title, kind, description, media_sha256, thumbnail_sha256, "
                       "received_on, source_file, external_id, source_key, imported_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, r.stageId);
    q.bindValue(1, sql::text(r.title));
    q.bindValue(2, toString(r.kind));
    q.bindValue(3, sql::text(r.description));
    q.bindValue(4, r.mediaSha256);
    q.bindValue(5, nullIfEmpty(r.thumbnailSha256));
    q.bindValue(6, nullIfEmpty(r.receivedOn));
    q.bindValue(7, kGenerated);
    q.bindValue(8, r.key);
    q.bindValue(9, kGenerated + QLatin1Char(':') + r.key);
    q.bindValue(10, m_importedAt);
    return run(q, RoomStore::tr("Adding an artifact"));
}

Status BulkWriter::addKpiValue(RowId kpiId, const QDate& month, double value)
{
    QSqlQuery& q = statement(m_statements->kpiValue,
                             QStringLiteral("INSERT INTO kpi_value(kpi_id, period, value, source_file, "
                                            "imported_at) VALUES(?, ?, ?, ?, ?)"));
    q.bindValue(0, kpiId);
    q.bindValue(1, sql::isoDate(QDate(month.year(), month.month(), 1)));
    q.bindValue(2, value);
    q.bindValue(3, kGenerated);
    q.bindValue(4, m_importedAt);
    auto id = run(q, RoomStore::tr("Saving a KPI value"));
    return id ? success() : Status(id.error());
}

Result<RowId> BulkWriter::addClip(RowId callId, double startSeconds, double endSeconds, const QString& title)
{
    QSqlQuery& q = statement(m_statements->clip,
                             QStringLiteral("INSERT INTO call_clip(call_id, start_seconds, end_seconds, title, "
                                            "created_at) VALUES(?, ?, ?, ?, ?)"));
    q.bindValue(0, callId);
    q.bindValue(1, startSeconds);
    q.bindValue(2, endSeconds);
    q.bindValue(3, sql::text(title));
    q.bindValue(4, m_importedAt);
    return run(q, RoomStore::tr("Adding a clip"));
}

Status BulkWriter::setFeaturedClip(RowId stageId, RowId clipId)
{
    QSqlQuery& q = statement(m_statements->featured,
                             QStringLiteral("UPDATE stage SET featured_clip_id = ? WHERE id = ?"));
    q.bindValue(0, clipId);
    q.bindValue(1, stageId);
    auto done = run(q, RoomStore::tr("Featuring a clip"));
    return done ? success() : Status(done.error());
}

Result<QString> BulkWriter::putMedia(const QByteArray& data, const QString& mimeType)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QSqlQuery& q = statement(
        m_statements->media,
        QStringLiteral("INSERT INTO media(sha256, mime_type, size, data, added_at) VALUES(?, ?, ?, ?, ?) "
                       "ON CONFLICT(sha256) DO NOTHING"));
    q.bindValue(0, sha);
    q.bindValue(1, mimeType);
    q.bindValue(2, qint64(data.size()));
    q.bindValue(3, data);
    q.bindValue(4, m_importedAt);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Storing media"));
    return sha;
}

} // namespace cr
