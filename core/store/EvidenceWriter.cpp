#include "store/EvidenceWriter.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"


namespace cr {

namespace {

SqlValue id(const std::optional<RowId>& v)
{
    return v ? SqlValue(qint64(*v)) : SqlValue();
}

SqlValue textOrNull(const QString& s)
{
    return s.isEmpty() ? SqlValue() : SqlValue(s);
}

SqlValue dateTimeOrNull(const std::optional<QDateTime>& t)
{
    return t && t->isValid() ? SqlValue(sql::isoDateTime(*t)) : SqlValue();
}

SqlValue dateOrNull(const std::optional<QDate>& d)
{
    return d && d->isValid() ? SqlValue(sql::isoDate(*d)) : SqlValue();
}

// Steps a statement that returns no rows and makes it ready for the next.
bool run(SqliteStatement& statement)
{
    const bool done = statement.step() == SqliteStatement::Step::Done;
    if (done)
        statement.reset();
    return done;
}

} // namespace

// One import time for the whole file: the rows of one import arrived together.
EvidenceWriter::EvidenceWriter(RoomStore& store)
    : m_store(store), m_importedAt(sql::isoDateTime(QDateTime::currentDateTime()))
{
}

SqliteStatement& EvidenceWriter::prepared(const QString& key, const std::function<QString()>& sqlText)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.insert(key, std::make_shared<SqliteStatement>(m_store.sqliteHandle(), sqlText()));
    return *it.value();
}

Error EvidenceWriter::failed(const QString& what, const SqliteStatement& statement) const
{
    return Error(what.arg(statement.errorMessage()), m_store.path());
}

Result<Upserted> EvidenceWriter::upsertRow(const QString& table, const QStringList& columns,
                                           const std::vector<SqlValue>& values, const Provenance& p,
                                           std::optional<RowId> stageId, const QString& contentHash)
{
    const QString& now = m_importedAt;
    // Insert first: a new record (the bulk of a first import) costs one
    // statement; only a key that is already there is looked up and compared.
    SqliteStatement& insert = prepared(table + QStringLiteral(":insert"), [&] {
        QStringList placeholders;
        for (int k = 0; k < int(columns.size()) + 9; ++k)
            placeholders << QStringLiteral("?");
        return QStringLiteral("INSERT INTO %1(%2, stage_id, feed_id, import_run_id, source_file, source_line, "
                              "external_id, source_key, content_hash, imported_at) VALUES(%3) "
                              "ON CONFLICT(source_key) DO NOTHING")
            .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    });
    int i = 1;
    for (const SqlValue& v : values)
        insert.bind(i++, v);
    insert.bind(i++, id(stageId));
    insert.bind(i++, id(p.feedId));
    insert.bind(i++, id(p.importRunId));
    insert.bind(i++, p.sourceFile);
    insert.bind(i++, qint64(p.sourceLine));
    insert.bind(i++, p.externalId);
    insert.bind(i++, textOrNull(p.sourceKey));
    insert.bind(i++, contentHash);
    insert.bind(i++, now);
    // No RETURNING: SQLite gathers returned rows in a temporary table it
    // opens and closes for every row.
    if (!run(insert))
        return failed(RoomStore::tr("Storing an imported record failed: %1"), insert);
    if (insert.changes() > 0 || p.sourceKey.isEmpty())
        return Upserted{Upsert::Inserted, insert.lastInsertId()};

    SqliteStatement& find = prepared(table + QStringLiteral(":find"), [&] {
        return QStringLiteral("SELECT id, content_hash, import_run_id, source_line FROM %1 WHERE source_key = ?")
            .arg(table);
    });
    find.bind(1, p.sourceKey);
    if (find.step() != SqliteStatement::Step::Row)
        return failed(RoomStore::tr("Looking up an imported record failed: %1"), find);
    const RowId existing = find.int64(0);
    const bool same = find.text(1) == contentHash;
    // The database remembers what this run wrote, so finding a record twice
    // in one file costs no memory however large the file is.
    const bool sameRun = p.importRunId && !find.isNull(2) && find.int64(2) == *p.importRunId;
    const int firstLine = int(find.int64(3));
    find.reset();
    if (sameRun)
        return Upserted{Upsert::DuplicateInRun, existing, firstLine};
    if (same) {
        // Claimed by this run even when unchanged: a second copy further down
        // the file is then a duplicate, on every import of it alike.
        SqliteStatement& seen = prepared(table + QStringLiteral(":seen"), [&] {
            return QStringLiteral("UPDATE %1 SET import_run_id = ?, source_line = ? WHERE id = ?").arg(table);
        });
        seen.bind(1, id(p.importRunId));
        seen.bind(2, qint64(p.sourceLine));
        seen.bind(3, qint64(existing));
        if (!run(seen))
            return failed(RoomStore::tr("Updating an imported record failed: %1"), seen);
        return Upserted{Upsert::Unchanged, existing};
    }
    SqliteStatement& update = prepared(table + QStringLiteral(":update"), [&] {
        QStringList sets;
        for (const QString& c : columns)
            sets << QStringLiteral("%1 = ?").arg(c);
        return QStringLiteral("UPDATE %1 SET %2, stage_id = COALESCE(?, stage_id), feed_id = ?, import_run_id = ?, "
                              "source_file = ?, source_line = ?, external_id = ?, content_hash = ?, imported_at = ? "
                              "WHERE id = ?")
            .arg(table, sets.join(QStringLiteral(", ")));
    });
    i = 1;
    for (const SqlValue& v : values)
        update.bind(i++, v);
    update.bind(i++, id(stageId));
    update.bind(i++, id(p.feedId));
    update.bind(i++, id(p.importRunId));
    update.bind(i++, p.sourceFile);
    update.bind(i++, qint64(p.sourceLine));
    update.bind(i++, p.externalId);
    update.bind(i++, contentHash);
    update.bind(i++, now);
    update.bind(i++, qint64(existing));
    if (!run(update))
        return failed(RoomStore::tr("Updating an imported record failed: %1"), update);
    return Upserted{Upsert::Updated, existing};
}

Result<Upserted> EvidenceWriter::upsert(const Complaint& c, const QString& contentHash)
{
    static const QStringList columns = {QStringLiteral("moment_id"),   QStringLiteral("channel"),
                                        QStringLiteral("category"),    QStringLiteral("product"),
                                        QStringLiteral("text"),        QStringLiteral("status"),
                                        QStringLiteral("received_at"), QStringLiteral("resolved_at"),
                                        QStringLiteral("customer_ref")};
    return upsertRow(QStringLiteral("complaint"), columns,
                     {id(c.momentId), c.channel.isEmpty() ? QStringLiteral("other") : c.channel,
                      c.category.isEmpty() ? QStringLiteral("Uncategorised") : c.category, c.product, c.text,
                      toString(c.status), sql::isoDateTime(c.receivedAt), dateTimeOrNull(c.resolvedAt),
                      c.customerRef},
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
                     {id(r.momentId), toString(r.metric), qint64(r.score), qint64(scale.min), qint64(scale.max),
                      r.comment, sql::isoDateTime(r.respondedAt), r.respondentRef},
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
                     {id(c.momentId), c.title, sql::isoDateTime(c.startedAt), c.durationSeconds, c.agent,
                      c.customerChannel.isEmpty() ? QStringLiteral("phone") : c.customerChannel,
                      textOrNull(c.audioSha256), sql::transcriptJson(c.transcript), c.summary},
                     c.provenance, c.stageId, contentHash);
}

Result<Upserted> EvidenceWriter::upsert(const Artifact& a, const QString& contentHash)
{
    static const QStringList columns = {QStringLiteral("moment_id"),    QStringLiteral("title"),
                                        QStringLiteral("kind"),         QStringLiteral("description"),
                                        QStringLiteral("media_sha256"), QStringLiteral("thumbnail_sha256"),
                                        QStringLiteral("received_on")};
    return upsertRow(QStringLiteral("artifact"), columns,
                     {id(a.momentId), a.title, toString(a.kind), a.description, a.mediaSha256,
                      textOrNull(a.thumbnailSha256), dateOrNull(a.receivedOn)},
                     a.provenance, a.stageId, contentHash);
}

Result<Upsert> EvidenceWriter::upsertKpiValue(const KpiValue& v)
{
    const QString period = sql::isoDate(QDate(v.period.year(), v.period.month(), 1));
    SqliteStatement& find = prepared(QStringLiteral("kpi_value:find"), [] {
        return QStringLiteral("SELECT value FROM kpi_value WHERE kpi_id = ? AND period = ?");
    });
    find.bind(1, qint64(v.kpiId));
    find.bind(2, period);
    const SqliteStatement::Step found = find.step();
    if (found == SqliteStatement::Step::Failed)
        return failed(RoomStore::tr("Looking up a KPI value failed: %1"), find);
    Upsert outcome = Upsert::Inserted;
    if (found == SqliteStatement::Step::Row)
        outcome = qFuzzyCompare(find.real(0) + 1.0, v.value + 1.0) ? Upsert::Unchanged : Upsert::Updated;
    find.reset();
    if (outcome == Upsert::Unchanged)
        return outcome;
    if (auto r = m_store.setKpiValue(v); !r)
        return r.error();
    return outcome;
}

Result<EvidenceWriter::KpiRef> EvidenceWriter::kpiByName(const QString& name, const QString& unit,
                                                        std::optional<RowId> stageId)
{
    SqliteStatement& find = prepared(QStringLiteral("kpi:find"),
                                     [] { return QStringLiteral("SELECT id FROM kpi WHERE lower(name) = lower(?)"); });
    find.bind(1, name);
    const SqliteStatement::Step found = find.step();
    if (found == SqliteStatement::Step::Failed)
        return Error(RoomStore::tr("Looking up KPI \"%1\" failed: %2").arg(name, find.errorMessage()),
                     m_store.path());
    if (found == SqliteStatement::Step::Row) {
        const RowId existing = find.int64(0);
        find.reset();
        return KpiRef{existing, false};
    }
    find.reset();
    Kpi kpi;
    kpi.name = name;
    kpi.unit = unit;
    kpi.stageId = stageId;
    // Which way is better cannot be known from a file: a person sets it with the target.
    kpi.direction = KpiDirection::HigherIsBetter;
    auto added = m_store.addKpi(kpi);
    if (!added)
        return added.error();
    return KpiRef{*added, true};
}

} // namespace cr
