// RoomStore: reads for the report, the wall and the drill-downs.
#include "RoomStore.h"

#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cr {

namespace {

QVector<TranscriptSegment> parseTranscript(const QString& json)
{
    QVector<TranscriptSegment> segments;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        segments.append(
            {o.value(QStringLiteral("start")).toDouble(), o.value(QStringLiteral("end")).toDouble(),
             o.value(QStringLiteral("speaker")).toString(), o.value(QStringLiteral("text")).toString()});
    }
    return segments;
}

Provenance readProvenance(const QSqlQuery& q)
{
    Provenance p;
    const QSqlRecord r = q.record();
    p.feedId = sql::optionalId(q.value(r.indexOf(QStringLiteral("feed_id"))));
    p.importRunId = sql::optionalId(q.value(r.indexOf(QStringLiteral("import_run_id"))));
    p.sourceFile = q.value(r.indexOf(QStringLiteral("source_file"))).toString();
    p.sourceLine = q.value(r.indexOf(QStringLiteral("source_line"))).toInt();
    p.externalId = q.value(r.indexOf(QStringLiteral("external_id"))).toString();
    p.sourceKey = q.value(r.indexOf(QStringLiteral("source_key"))).toString();
    return p;
}

Call readCall(const QSqlQuery& q)
{
    Call c;
    c.id = q.value(QStringLiteral("id")).toLongLong();
    c.stageId = sql::optionalId(q.value(QStringLiteral("stage_id")));
    c.momentId = sql::optionalId(q.value(QStringLiteral("moment_id")));
    c.title = q.value(QStringLiteral("title")).toString();
    c.startedAt = sql::parseDateTime(q.value(QStringLiteral("started_at")));
    c.durationSeconds = q.value(QStringLiteral("duration_seconds")).toDouble();
    c.agent = q.value(QStringLiteral("agent")).toString();
    c.customerChannel = q.value(QStringLiteral("customer_channel")).toString();
    c.audioSha256 = q.value(QStringLiteral("audio_sha256")).toString();
    c.transcript = parseTranscript(q.value(QStringLiteral("transcript")).toString());
    c.summary = q.value(QStringLiteral("summary")).toString();
    c.provenance = readProvenance(q);
    return c;
}

} // namespace

Result<QVector<Department>> RoomStore::departments() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, name, leader, ambassador FROM department ORDER BY name")))
        return sqlError(q, RoomStore::tr("Reading departments"));
    QVector<Department> out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Result<QVector<Stage>> RoomStore::stages() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, name, position, maturity, target_experience, description, "
                               "featured_clip_id, tour_dwell_seconds FROM stage ORDER BY position, id")))
        return sqlError(q, RoomStore::tr("Reading stages"));
    QVector<Stage> out;
    while (q.next()) {
        Stage s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.position = q.value(2).toInt();
        s.maturity = maturityFromString(q.value(3).toString()).value_or(Maturity::Reliable);
        s.targetExperience = q.value(4).toString();
        s.description = q.value(5).toString();
        if (!q.value(6).isNull())
            s.featuredClipId = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            s.tourDwellSeconds = q.value(7).toInt();
        out.append(s);
    }
    QSqlQuery d(db());
    if (!d.exec(QStringLiteral("SELECT stage_id, department_id, role FROM stage_department "
                               "ORDER BY stage_id, role DESC, department_id")))
        return sqlError(d, RoomStore::tr("Reading stage departments"));
    while (d.next()) {
        for (Stage& s : out) {
            if (s.id != d.value(0).toLongLong())
                continue;
            if (d.value(2).toString() == QLatin1String("owner"))
                s.ownerDepartmentId = d.value(1).toLongLong();
            else
                s.contributingDepartmentIds.append(d.value(1).toLongLong());
        }
    }
    return out;
}

Result<QVector<Moment>> RoomStore::moments(RowId stageId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, stage_id, name, description, position, is_key FROM moment "
                             "WHERE stage_id = ? ORDER BY position, id"));
    q.addBindValue(stageId);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading moments"));
    QVector<Moment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt() != 0});
    return out;
}

Result<QVector<Kpi>> RoomStore::allKpis() const
{
    return readKpis(QStringLiteral("1"), {});
}

Result<QVector<Kpi>> RoomStore::kpis(std::optional<RowId> stageId) const
{
    const sql::StageTimeFilter filter(stageId, {}, {});
    return readKpis(filter.where, filter.values);
}

Result<QVector<Kpi>> RoomStore::readKpis(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, stage_id, moment_id, name, unit, direction, target, amber_band, "
                             "owner_department_id, description, aggregate FROM kpi WHERE %1 ORDER BY id")
                  .arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading KPIs"));
    QVector<Kpi> out;
    while (q.next()) {
        Kpi k;
        k.id = q.value(0).toLongLong();
        k.stageId = sql::optionalId(q.value(1));
        k.momentId = sql::optionalId(q.value(2));
        k.name = q.value(3).toString();
        k.unit = q.value(4).toString();
        k.direction = kpiDirectionFromString(q.value(5).toString()).value_or(KpiDirection::HigherIsBetter);
        k.target = sql::optionalDouble(q.value(6));
        k.amberBand = q.value(7).toDouble();
        k.ownerDepartmentId = sql::optionalId(q.value(8));
        k.description = q.value(9).toString();
        k.aggregate = kpiAggregateFromString(q.value(10).toString()).value_or(KpiAggregate::Mean);
        out.append(k);
    }
    return out;
}

Result<QVector<KpiValue>> RoomStore::kpiValues(RowId kpiId, const DateRange& range) const
{
    QString where = QStringLiteral("kpi_id = ?");
    QVariantList values{kpiId};
    // A KPI value belongs to the month it starts; a range selects months that start inside it.
    if (range.from) {
        where += QStringLiteral(" AND period >= ?");
        values << sql::isoDate(QDate(range.from->year(), range.from->month(), 1));
    }
    if (range.to) {
        where += QStringLiteral(" AND period <= ?");
        values << sql::isoDate(*range.to);
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT kpi_id, period, value, feed_id, import_run_id, source_file, source_line "
                             "FROM kpi_value WHERE %1 ORDER BY period")
                  .arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading KPI values"));
    QVector<KpiValue> out;
    while (q.next()) {
        KpiValue v;
        v.kpiId = q.value(0).toLongLong();
        v.period = sql::parseDate(q.value(1));
        v.value = q.value(2).toDouble();
        v.provenance.feedId = sql::optionalId(q.value(3));
        v.provenance.importRunId = sql::optionalId(q.value(4));
        v.provenance.sourceFile = q.value(5).toString();
        v.provenance.sourceLine = q.value(6).toInt();
        out.append(v);
    }
    return out;
}

Result<RoomStore::CallTotals> RoomStore::callTotals(std::optional<RowId> stageId,
                                                    const DateRange& range) const
{
    const sql::StageTimeFilter filter(stageId, range, QStringLiteral("started_at"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(duration_seconds), 0) FROM call WHERE %1")
                  .arg(filter.where));
    filter.bind(q);
    if (!q.exec() || !q.next())
        return sqlError(q, RoomStore::tr("Counting calls"));
    return CallTotals{q.value(0).toInt(), q.value(1).toDouble()};
}

Result<QVector<Call>> RoomStore::calls(std::optional<RowId> stageId, const DateRange& range, int limit) const
{
    const sql::StageTimeFilter filter(stageId, range, QStringLiteral("started_at"));
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT * FROM call WHERE %1 ORDER BY started_at DESC, id LIMIT ?").arg(filter.where));
    filter.bind(q);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading calls"));
    QVector<Call> out;
    while (q.next())
        out.append(readCall(q));
    return out;
}

Result<Call> RoomStore::call(RowId id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT * FROM call WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading a call"));
    if (!q.next())
        return Error(RoomStore::tr("The room has no call number %1.").arg(id), m_path);
    return readCall(q);
}

Result<int> RoomStore::artifactCount(std::optional<RowId> stageId) const
{
    const sql::StageTimeFilter filter(stageId, {}, {});
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT count(*) FROM artifact WHERE %1").arg(filter.where));
    filter.bind(q);
    if (!q.exec() || !q.next())
        return sqlError(q, RoomStore::tr("Counting artifacts"));
    return q.value(0).toInt();
}

Result<QVector<Artifact>> RoomStore::artifacts(std::optional<RowId> stageId) const
{
    const sql::StageTimeFilter filter(stageId, {}, {});
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT * FROM artifact WHERE %1 ORDER BY id").arg(filter.where));
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading artifacts"));
    QVector<Artifact> out;
    while (q.next()) {
        Artifact a;
        a.id = q.value(QStringLiteral("id")).toLongLong();
        a.stageId = sql::optionalId(q.value(QStringLiteral("stage_id")));
        a.momentId = sql::optionalId(q.value(QStringLiteral("moment_id")));
        a.title = q.value(QStringLiteral("title")).toString();
        a.kind =
            artifactKindFromString(q.value(QStringLiteral("kind")).toString()).value_or(ArtifactKind::Other);
        a.description = q.value(QStringLiteral("description")).toString();
        a.mediaSha256 = q.value(QStringLiteral("media_sha256")).toString();
        a.thumbnailSha256 = q.value(QStringLiteral("thumbnail_sha256")).toString();
        a.receivedOn = sql::optionalDate(q.value(QStringLiteral("received_on")));
        a.provenance = readProvenance(q);
        out.append(a);
    }
    return out;
}

static Complaint readComplaint(const QSqlQuery& q)
{
    Complaint c;
    c.id = q.value(QStringLiteral("id")).toLongLong();
    c.stageId = sql::optionalId(q.value(QStringLiteral("stage_id")));
    c.momentId = sql::optionalId(q.value(QStringLiteral("moment_id")));
    c.channel = q.value(QStringLiteral("channel")).toString();
    c.category = q.value(QStringLiteral("category")).toString();
    c.product = q.value(QStringLiteral("product")).toString();
    c.text = q.value(QStringLiteral("text")).toString();
    c.status = complaintStatusFromString(q.value(QStringLiteral("status")).toString())
                   .value_or(ComplaintStatus::Open);
    c.receivedAt = sql::parseDateTime(q.value(QStringLiteral("received_at")));
    const QVariant resolved = q.value(QStringLiteral("resolved_at"));
    if (!resolved.isNull())
        c.resolvedAt = sql::parseDateTime(resolved);
    c.customerRef = q.value(QStringLiteral("customer_ref")).toString();
    c.provenance = readProvenance(q);
    return c;
}

Result<QVector<Complaint>> RoomStore::complaints(std::optional<RowId> stageId, const DateRange& range,
                                                 int limit) const
{
    const sql::StageTimeFilter filter(stageId, range, QStringLiteral("received_at"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT * FROM complaint WHERE %1 ORDER BY received_at DESC, id LIMIT ?")
                  .arg(filter.where));
    filter.bind(q);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading complaints"));
    QVector<Complaint> out;
    while (q.next())
        out.append(readComplaint(q));
    return out;
}

Status RoomStore::eachComplaint(const DateRange& range, const std::function<Status(const Complaint&)>& visit) const
{
    QStringList where{QStringLiteral("1")};
    QVariantList values;
    if (range.from) {
        where << QStringLiteral("received_at >= ?");
        values << sql::isoDate(*range.from);
    }
    if (range.to) {
        where << QStringLiteral("received_at < ?");
        values << sql::isoDate(range.to->addDays(1));
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM complaint WHERE %1 ORDER BY received_at, id")
                  .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading complaints"));
    while (q.next())
        if (auto r = visit(readComplaint(q)); !r)
            return r;
    return success();
}

Result<std::optional<Complaint>> RoomStore::complaintQuote(RowId stageId, const QString& category,
                                                          const DateRange& range) const
{
    const sql::StageTimeFilter filter(stageId, range, QStringLiteral("received_at"));
    QSqlQuery q(db());
    // Among the category's 25 latest complaints (reading every text of a
    // busy month is the slow part of a large wall), the latest that reads well.
    q.prepare(QStringLiteral("SELECT * FROM (SELECT * FROM complaint WHERE %1 AND category = ? "
                             "ORDER BY received_at DESC, id DESC LIMIT 25) "
                             "ORDER BY length(text) BETWEEN 40 AND 400 DESC, received_at DESC, id LIMIT 1")
                  .arg(filter.where));
    filter.bind(q);
    q.addBindValue(category);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading a complaint"));
    if (!q.next())
        return std::optional<Complaint>();
    return std::optional<Complaint>(readComplaint(q));
}

Result<QVector<Review>> RoomStore::reviews() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, held_on, title, notes FROM review ORDER BY held_on DESC")))
        return sqlError(q, RoomStore::tr("Reading reviews"));
    QVector<Review> out;
    while (q.next()) {
        Review r;
        r.id = q.value(0).toLongLong();
        r.heldOn = sql::parseDate(q.value(1));
        r.title = q.value(2).toString();
        r.notes = q.value(3).toString();
        out.append(r);
    }
    for (Review& r : out) {
        QSqlQuery a(db());
        a.prepare(QStringLiteral("SELECT name FROM review_attendee WHERE review_id = ? ORDER BY name"));
        a.addBindValue(r.id);
        if (!a.exec())
            return sqlError(a, RoomStore::tr("Reading attendees"));
        while (a.next())
            r.attendees << a.value(0).toString();
        QSqlQuery d(db());
        d.prepare(QStringLiteral("SELECT text FROM review_decision WHERE review_id = ? ORDER BY id"));
        d.addBindValue(r.id);
        if (!d.exec())
            return sqlError(d, RoomStore::tr("Reading decisions"));
        while (d.next())
            r.decisions << d.value(0).toString();
    }
    return out;
}

Result<QVector<QDate>> RoomStore::monthsWithData() const
{
    // Jump from month to month along each time index (a few dozen seeks)
    // instead of scanning every answer of a big room.
    QSet<QDate> months;
    const std::pair<const char*, const char*> timed[] = {
        {"survey_response", "responded_at"}, {"complaint", "received_at"}, {"call", "started_at"}};
    for (const auto& [table, column] : timed) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT MIN(%1) FROM %2 WHERE %1 >= ?")
                      .arg(QLatin1String(column), QLatin1String(table)));
        QString from = QStringLiteral("0000");
        for (;;) {
            q.addBindValue(from);
            if (!q.exec())
                return sqlError(q, RoomStore::tr("Reading the months that hold data"));
            if (!q.next() || q.value(0).isNull())
                break;
            const QDate month =
                QDate::fromString(q.value(0).toString().left(7) + QStringLiteral("-01"), Qt::ISODate);
            if (!month.isValid())
                break;
            months.insert(month);
            from = sql::isoDate(month.addMonths(1));
        }
    }
    QSqlQuery k(db());
    if (!k.exec(QStringLiteral("SELECT DISTINCT substr(period, 1, 7) FROM kpi_value")))
        return sqlError(k, RoomStore::tr("Reading the months that hold data"));
    while (k.next()) {
        const QDate d = QDate::fromString(k.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (d.isValid())
            months.insert(d);
    }
    QVector<QDate> out(months.begin(), months.end());
    std::sort(out.begin(), out.end());
    return out;
}

Result<std::optional<QDate>> RoomStore::latestEvidenceDate() const
{
    QSqlQuery q(db());
    // Each MAX reads one end of an index.
    if (!q.exec(QStringLiteral("SELECT (SELECT MAX(responded_at) FROM survey_response),"
                               " (SELECT MAX(received_at) FROM complaint),"
                               " (SELECT MAX(started_at) FROM call),"
                               " (SELECT MAX(period) FROM kpi_value)")))
        return sqlError(q, RoomStore::tr("Reading the last day with data"));
    std::optional<QDate> latest;
    if (!q.next())
        return latest;
    for (int i = 0; i < 4; ++i) {
        QDate d = QDate::fromString(q.value(i).toString().left(10), Qt::ISODate);
        if (!d.isValid())
            continue;
        if (i == 3)
            d = QDate(d.year(), d.month(), 1).addMonths(1).addDays(-1);
        if (!latest || d > *latest)
            latest = d;
    }
    return latest;
}

} // namespace cr
