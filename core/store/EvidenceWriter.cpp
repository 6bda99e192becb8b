#include "store/EvidenceWriter.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QSqlError>

namespace cr {

namespace {

QVariant dateTimeOrNull(const std::optional<QDateTime>& t)
{
    return t && t->isValid() ? QVariant(sql::isoDateTime(*t)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

// One import time for the whole file: the rows of one import arrived together.
EvidenceWriter::EvidenceWriter(RoomStore& store)
    : m_store(store), m_importedAt(sql::isoDateTime(QDateTime::currentDateTime()))
{
}

QSqlQuery& EvidenceWriter::prepared(const QString& key, const std::function<QString()>& sqlText)
{
    auto it = m_queries.find(key);
    if (it == m_queries.end()) {
        QSqlQuery q(m_store.db());
        q.prepare(sqlText());
        it = m_queries.insert(key, q);
    }
    return it.value();
}

Result<Upserted> EvidenceWriter::upsertRow(const QString& table, const QStringList& columns,
                                           const QVariantList& values, const Provenance& p,
                                           std::optional<RowId> stageId, const QString& contentHash)
{
    const QString& now = m_importedAt;
    // Insert first: a new record (the bulk of a first import) costs one
    // statement; only a key that is already there is looked up and compared.
    QSqlQuery& insert = prepared(table + QStringLiteral(":insert"), [&] {
        QStringList placeholders;
        for (int k = 0; k < columns.size() + 9; ++k)
            placeholders << QStringLiteral("?");
        return QStringLiteral("INSERT INTO %1(%2, stage_id, feed_id, import_run_id, source_file, source_line, "
                              "external_id, source_key, content_hash, imported_at) VALUES(%3) "
                              "ON CONFLICT(source_key) DO NOTHING")
            .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    });
    int i = 0;
    for (const QVariant& v : values)
        insert.bindValue(i++, v);
    insert.bindValue(i++, sql::nullable(stageId));
    insert.bindValue(i++, sql::nullable(p.feedId));
    insert.bindValue(i++, sql::nullable(p.importRunId));
    insert.bindValue(i++, sql::text(p.sourceFile));
    insert.bindValue(i++, p.sourceLine);
    insert.bindValue(i++, sql::text(p.externalId));
    insert.bindValue(i++, sql::nullableText(p.sourceKey));
    insert.bindValue(i++, contentHash);
    insert.bindValue(i++, now);
    if (!insert.exec())
        return Error(RoomStore::tr("Storing an imported record failed: %1").arg(insert.lastError().text()),
                     m_store.path());
    if (insert.numRowsAffected() > 0 || p.sourceKey.isEmpty())
        return Upserted{Upsert::Inserted, insert.lastInsertId().toLongLong()};

    QSqlQuery& find = prepared(table + QStringLiteral(":find"), [&] {
        return QStringLiteral("SELECT id, content_hash, import_run_id, source_line FROM %1 WHERE source_key = ?")
            .arg(table);
    });
    find.bindValue(0, p.sourceKey);
    if (!find.exec() || !find.next())
        return Error(RoomStore::tr("Looking up an imported record failed: %1").arg(find.lastError().text()),
                     m_store.path());
    const RowId id = find.value(0).toLongLong();
    const bool same = find.value(1).toString() == contentHash;
    // The database remembers what this run wrote, so finding a record twice
    // in one file costs no memory however large the file is.
    const bool sameRun = p.importRunId && !find.value(2).isNull() && find.value(2).toLongLong() == *p.importRunId;
    const int firstLine = find.value(3).toInt();
    find.finish();
    if (sameRun)
        return Upserted{Upsert::DuplicateInRun, id, firstLine};
    if (same) {
        // Claimed by this run even when unchanged: a second copy further down
        // the file is then a duplicate, on every import of it alike.
        QSqlQuery& seen = prepared(table + QStringLiteral(":seen"), [&] {
            return QStringLiteral("UPDATE %1 SET import_run_id = ?, source_line = ? WHERE id = ?").arg(table);
        });
        seen.bindValue(0, sql::nullable(p.importRunId));
        seen.bindValue(1, p.sourceLine);
        seen.bindValue(2, id);
        if (!seen.exec())
            return Error(RoomStore::tr("Updating an imported record failed: %1").arg(seen.lastError().text()),
                         m_store.path());
        return Upserted{Upsert::Unchanged, id};
    }
    QSqlQuery& update = prepared(table + QStringLiteral(":update"), [&] {
        QStringList sets;
        for (const QString& c : columns)
            sets << QStringLiteral("%1 = ?").arg(c);
        return QStringLiteral("UPDATE %1 SET %2, stage_id = COALESCE(?, stage_id), feed_id = ?, import_run_id = ?, "
                              "source_file = ?, source_line = ?, external_id = ?, content_hash = ?, imported_at = ? "
                              "WHERE id = ?")
            .arg(table, sets.join(QStringLiteral(", ")));
    });
    i = 0;
    for (const QVariant& v : values)
        update.bindValue(i++, v);
    update.bindValue(i++, sql::nullable(stageId));
    update.bindValue(i++, sql::nullable(p.feedId));
    update.bindValue(i++, sql::nullable(p.importRunId));
    update.bindValue(i++, sql::text(p.sourceFile));
    update.bindValue(i++, p.sourceLine);
    update.bindValue(i++, sql::text(p.externalId));
    update.bindValue(i++, contentHash);
    update.bindValue(i++, now);
    update.bindValue(i++, id);
    if (!update.exec())
        return Error(RoomStore::tr("Updating an imported record failed: %1").arg(update.lastError().text()),
                     m_store.path());
    return Upserted{Upsert::Updated, id};
}

Result<Upserted> EvidenceWriter::upsert(const Complaint& c, const QString& contentHash)
{
    static const QStringList columns = {QStringLiteral("moment_id"),   QStringLiteral("channel"),
                                        QStringLiteral("category"),    QStringLiteral("product"),
                                        QStringLiteral("text"),        QStringLiteral("status"),
                                        QStringLiteral("received_at"), QStringLiteral("resolved_at"),
                                        QStringLiteral("customer_ref")};
    return upsertRow(QStringLiteral("complaint"), columns,
                     {sql::nullable(c.momentId), sql::text(c.channel.isEmpty() ? QStringLiteral("other") : c.channel),
                      sql::text(c.category.isEmpty() ? QStringLiteral("Uncategorised") : c.category),
                      sql::text(c.product), sql::text(c.text), toString(c.status), sql::isoDateTime(c.receivedAt),
                      dateTimeOrNull(c.resolvedAt), sql::text(c.customerRef)},
                     c.provenance, c.stageId, contentHash);
}

Result<Upserted> EvidenceWriter::upsert(const SurveyResponse& r, const QString& contentHash)
{
    const SurveyScale scale = surveyScale(r.metric);
    if (r.score < scale.min || r.score > scale.max)
        return Error(RoomStore::tr("%1 answer %2 is outside its %3-%4 scale.")
                         .arg(toString(r.metric).toUpper())
                         .arg(r.score)
                         .arg(scale.min)
                         .arg(scale.max),
                     r.provenance.sourceFile, r.provenance.sourceLine);
    static const QStringList columns = {QStringLiteral("moment_id"),    QStringLiteral("metric"),
                                        QStringLiteral("score"),        QStringLiteral("scale_min"),
                                        QStringLiteral("scale_max"),    QStringLiteral("comment"),
                                        QStringLiteral("responded_at"), QStringLiteral("respondent_ref")};
    return upsertRow(QStringLiteral("survey_response"), columns,
                     {sql::nullable(r.momentId), toString(r.metric), r.score, scale.min, scale.max,
                      sql::text(r.comment), sql::isoDateTime(r.respondedAt), sql::text(r.respondentRef)},
                     r.provenance, r.stageId, contentHash);
}

Result<Upserted> EvidenceWriter::upsert(const Call& c, const QString& contentHash)
{
    static const QStringList columns = {QStringLiteral("moment_id"),        QStringLiteral("title"),
                                        QStringLiteral("started_at"),       QStringLiteral("duration_seconds"),
                                        QStringLiteral("agent"),            QStringLiteral("customer_channel"),
                                        QStringLiteral("audio_sha256"),     QStringLiteral("transcript"),
                                        QStringLiteral("summary")};
    return upsertRow(QStringLiteral("call"), columns,
                     {sql::nullable(c.momentId), sql::text(c.title), sql::isoDateTime(c.startedAt),
                      c.durationSeconds, sql::text(c.agent),
                      sql::text(c.customerChannel.isEmpty() ? QStringLiteral("phone") : c.customerChannel),
                      sql::nullableText(c.audioSha256), sql::transcriptJson(c.transcript),
                      sql::text(c.summary)},
                     c.provenance, c.stageId, contentHash);
}

Result<Upserted> EvidenceWriter::upsert(const Artifact& a, const QString& contentHash)
{
    static const QStringList columns = {QStringLiteral("moment_id"),    QStringLiteral("title"),
                                        QStringLiteral("kind"),         QStringLiteral("description"),
                                        QStringLiteral("media_sha256"), QStringLiteral("thumbnail_sha256"),
                                        QStringLiteral("received_on")};
    return upsertRow(QStringLiteral("artifact"), columns,
                     {sql::nullable(a.momentId), sql::text(a.title), toString(a.kind), sql::text(a.description),
                      a.mediaSha256, sql::nullableText(a.thumbnailSha256), sql::nullable(a.receivedOn)},
                     a.provenance, a.stageId, contentHash);
}

Result<Upsert> EvidenceWriter::upsertKpiValue(const KpiValue& v)
{
    const QString period = sql::isoDate(QDate(v.period.year(), v.period.month(), 1));
    QSqlQuery& find = prepared(QStringLiteral("kpi_value:find"),
                               [] { return QStringLiteral("SELECT value FROM kpi_value WHERE kpi_id = ? AND period = ?"); });
    find.bindValue(0, v.kpiId);
    find.bindValue(1, period);
    if (!find.exec())
        return Error(RoomStore::tr("Looking up a KPI value failed: %1").arg(find.lastError().text()), m_store.path());
    Upsert outcome = Upsert::Inserted;
    if (find.next()) {
        outcome = qFuzzyCompare(find.value(0).toDouble() + 1.0, v.value + 1.0) ? Upsert::Unchanged : Upsert::Updated;
    }
    find.finish();
    if (outcome == Upsert::Unchanged)
        return outcome;
    if (auto r = m_store.setKpiValue(v); !r)
        return r.error();
    return outcome;
}

Result<EvidenceWriter::KpiRef> EvidenceWriter::kpiByName(const QString& name, const QString& unit,
                                                        std::optional<RowId> stageId)
{
    QSqlQuery& find = prepared(QStringLiteral("kpi:find"),
                               [] { return QStringLiteral("SELECT id FROM kpi WHERE lower(name) = lower(?)"); });
    find.bindValue(0, name);
    if (!find.exec())
        return Error(RoomStore::tr("Looking up KPI \"%1\" failed: %2").arg(name, find.lastError().text()),
                     m_store.path());
    if (find.next()) {
        const RowId id = find.value(0).toLongLong();
        find.finish();
        return KpiRef{id, false};
    }
    find.finish();
    Kpi kpi;
    kpi.name = name;
    kpi.unit = unit;
    kpi.stageId = stageId;
    // Which way is better cannot be known from a file: a person sets it with the target.
    kpi.direction = KpiDirection::HigherIsBetter;
    auto id = m_store.addKpi(kpi);
    if (!id)
        return id.error();
    return KpiRef{*id, true};
}

} // namespace cr
