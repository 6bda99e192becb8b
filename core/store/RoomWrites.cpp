// RoomStore: inserts of room set-up and evidence.
#include "RoomStore.h"

#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cr {

namespace {

QString now()
{
    return sql::isoDateTime(QDateTime::currentDateTime());
}

// Binds the provenance columns shared by every evidence table, in the order
// feed_id, import_run_id, source_file, source_line, external_id, source_key, imported_at.
void bindProvenance(QSqlQuery& q, const Provenance& p)
{
    q.addBindValue(sql::nullable(p.feedId));
    q.addBindValue(sql::nullable(p.importRunId));
    q.addBindValue(sql::text(p.sourceFile));
    q.addBindValue(p.sourceLine);
    q.addBindValue(sql::text(p.externalId));
    q.addBindValue(sql::nullableText(p.sourceKey));
    q.addBindValue(now());
}

const QString kProvenanceColumns =
    QStringLiteral("feed_id, import_run_id, source_file, source_line, external_id, source_key, imported_at");
const QString kProvenancePlaceholders = QStringLiteral("?, ?, ?, ?, ?, ?, ?");

std::pair<int, int> scaleOf(SurveyMetric metric)
{
    const SurveyScale scale = surveyScale(metric);
    return {scale.min, scale.max};
}

} // namespace

Result<RowId> RoomStore::addDepartment(const Department& d)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO department(name, leader, ambassador) VALUES(?, ?, ?)"));
    q.addBindValue(sql::text(d.name));
    q.addBindValue(sql::text(d.leader));
    q.addBindValue(sql::text(d.ambassador));
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Adding department \"%1\"").arg(d.name));
    return q.lastInsertId().toLongLong();
}

Status RoomStore::setTourDwell(RowId stageId, std::optional<int> seconds)
{
    if (seconds && (*seconds < 3 || *seconds > 600))
        return Error(RoomStore::tr("A stage's tour time is between 3 and 600 seconds."), m_path);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE stage SET tour_dwell_seconds = ? WHERE id = ?"));
    q.addBindValue(seconds ? QVariant(*seconds) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(stageId);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Saving the stage's tour time"));
    if (q.numRowsAffected() != 1)
        return Error(RoomStore::tr("The stage is no longer in the room."), m_path);
    return success();
}

Result<RowId> RoomStore::addStage(const Stage& s)
{
    Transaction tx(*this);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO stage(name, position, maturity, target_experience, description) "
                             "VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(sql::text(s.name));
    q.addBindValue(s.position);
    q.addBindValue(toString(s.maturity));
    q.addBindValue(sql::text(s.targetExperience));
    q.addBindValue(sql::text(s.description));
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Adding stage \"%1\"").arg(s.name));
    const RowId id = q.lastInsertId().toLongLong();
    // Its maturity has a history from the month it was made.
    QSqlQuery history(db());
    history.prepare(QStringLiteral("INSERT OR REPLACE INTO stage_maturity(stage_id, month, maturity) VALUES(?, ?, ?)"));
    history.addBindValue(id);
    history.addBindValue(sql::isoDate(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1)));
    history.addBindValue(toString(s.maturity));
    if (!history.exec())
        return sqlError(history, RoomStore::tr("Adding stage \"%1\"").arg(s.name));
    auto link = [&](RowId department, const char* role) -> Status {
        QSqlQuery l(db());
        l.prepare(
            QStringLiteral("INSERT INTO stage_department(stage_id, department_id, role) VALUES(?, ?, ?)"));
        l.addBindValue(id);
        l.addBindValue(department);
        l.addBindValue(QString::fromLatin1(role));
        if (!l.exec())
            return sqlError(l, RoomStore::tr("Linking stage \"%1\" to a department").arg(s.name));
        return success();
    };
    if (s.ownerDepartmentId)
        if (auto r = link(*s.ownerDepartmentId, "owner"); !r)
            return r.error();
    for (RowId d : s.contributingDepartmentIds)
        if (auto r = link(d, "contributor"); !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<RowId> RoomStore::addMoment(const Moment& m)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO moment(stage_id, name, description, position, is_key) "
                             "VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(m.stageId);
    q.addBindValue(sql::text(m.name));
    q.addBindValue(sql::text(m.description));
    q.addBindValue(m.position);
    q.addBindValue(m.isKey ? 1 : 0);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Adding moment \"%1\"").arg(m.name));
    return q.lastInsertId().toLongLong();
}

Result<RowId> RoomStore::addArtifact(const Artifact& a)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO artifact(stage_id, moment_id, title, kind, description, media_sha256, "
                       "thumbnail_sha256, received_on, %1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, %2)")
            .arg(kProvenanceColumns, kProvenancePlaceholders));
    q.addBindValue(sql::nullable(a.stageId));
    q.addBindValue(sql::nullable(a.momentId));
    q.addBindValue(sql::text(a.title));
    q.addBindValue(toString(a.kind));
    q.addBindValue(sql::text(a.description));
    q.addBindValue(a.mediaSha256);
    q.addBindValue(sql::nullableText(a.thumbnailSha256));
    q.addBindValue(sql::nullable(a.receivedOn));
    bindProvenance(q, a.provenance);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Adding artifact \"%1\"").arg(a.title));
    return q.lastInsertId().toLongLong();
}

Result<RowId> RoomStore::addComplaint(const Complaint& c)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO complaint(stage_id, moment_id, channel, category, product, text, status, "
                       "received_at, resolved_at, customer_ref, %1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %2)")
            .arg(kProvenanceColumns, kProvenancePlaceholders));
    q.addBindValue(sql::nullable(c.stageId));
    q.addBindValue(sql::nullable(c.momentId));
    q.addBindValue(sql::text(c.channel));
    q.addBindValue(sql::text(c.category));
    q.addBindValue(sql::text(c.product));
    q.addBindValue(sql::text(c.text));
    q.addBindValue(toString(c.status));
    q.addBindValue(sql::isoDateTime(c.receivedAt));
    q.addBindValue(c.resolvedAt ? QVariant(sql::isoDateTime(*c.resolvedAt))
                                : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(sql::text(c.customerRef));
    bindProvenance(q, c.provenance);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Adding a complaint"));
    return q.lastInsertId().toLongLong();
}

Result<RowId> RoomStore::addSurveyResponse(const SurveyResponse& r)
{
    const auto [min, max] = scaleOf(r.metric);
    if (r.score < min || r.score > max)
        return Error(RoomStore::tr("%1 answer %2 is outside its %3-%4 scale.")
                         .arg(toString(r.metric).toUpper())
                         .arg(r.score)
                         .arg(min)
                         .arg(max),
                     r.provenance.sourceFile, r.provenance.sourceLine);
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
                  "INSERT INTO survey_response(stage_id, moment_id, metric, score, scale_min, scale_max, "
                  "comment, responded_at, respondent_ref, %1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, %2)")
                  .arg(kProvenanceColumns, kProvenancePlaceholders));
    q.addBindValue(sql::nullable(r.stageId));
    q.addBindValue(sql::nullable(r.momentId));
    q.addBindValue(toString(r.metric));
    q.addBindValue(r.score);
    q.addBindValue(min);
    q.addBindValue(max);
    q.addBindValue(sql::text(r.comment));
    q.addBindValue(sql::isoDateTime(r.respondedAt));
    q.addBindValue(sql::text(r.respondentRef));
    bindProvenance(q, r.provenance);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Adding a survey response"));
    return q.lastInsertId().toLongLong();
}

Result<RowId> RoomStore::addKpi(const Kpi& k)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO kpi(stage_id, moment_id, name, unit, direction, target, amber_band, "
                       "owner_department_id, description, aggregate) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::nullable(k.stageId));
    q.addBindValue(sql::nullable(k.momentId));
    q.addBindValue(sql::text(k.name));
    q.addBindValue(sql::text(k.unit));
    q.addBindValue(toString(k.direction));
    q.addBindValue(sql::nullable(k.target));
    q.addBindValue(k.amberBand);
    q.addBindValue(sql::nullable(k.ownerDepartmentId));
    q.addBindValue(sql::text(k.description));
    q.addBindValue(toString(k.aggregate));
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Adding KPI \"%1\"").arg(k.name));
    return q.lastInsertId().toLongLong();
}

Status RoomStore::setKpiValue(const KpiValue& v)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO kpi_value(kpi_id, period, value, feed_id, import_run_id, source_file, "
                       "source_line, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(kpi_id, period) DO UPDATE SET value = excluded.value, "
                       "feed_id = excluded.feed_id, import_run_id = excluded.import_run_id, "
                       "source_file = excluded.source_file, source_line = excluded.source_line, "
                       "imported_at = excluded.imported_at"));
    q.addBindValue(v.kpiId);
    q.addBindValue(sql::isoDate(QDate(v.period.year(), v.period.month(), 1)));
    q.addBindValue(v.value);
    q.addBindValue(sql::nullable(v.provenance.feedId));
    q.addBindValue(sql::nullable(v.provenance.importRunId));
    q.addBindValue(sql::text(v.provenance.sourceFile));
    q.addBindValue(v.provenance.sourceLine);
    q.addBindValue(now());
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Saving a KPI value"));
    return success();
}

Result<RowId> RoomStore::addCall(const Call& c)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO call(stage_id, moment_id, title, started_at, duration_seconds, agent, "
                       "customer_channel, audio_sha256, transcript, summary, %1) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %2)")
            .arg(kProvenanceColumns, kProvenancePlaceholders));
    q.addBindValue(sql::nullable(c.stageId));
    q.addBindValue(sql::nullable(c.momentId));
    q.addBindValue(sql::text(c.title));
    q.addBindValue(sql::isoDateTime(c.startedAt));
    q.addBindValue(c.durationSeconds);
    q.addBindValue(sql::text(c.agent));
    q.addBindValue(sql::text(c.customerChannel));
    q.addBindValue(sql::nullableText(c.audioSha256));
    q.addBindValue(sql::transcriptJson(c.transcript));
    q.addBindValue(sql::text(c.summary));
    bindProvenance(q, c.provenance);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Adding call \"%1\"").arg(c.title));
    return q.lastInsertId().toLongLong();
}

Result<RowId> RoomStore::addReview(const Review& r)
{
    Transaction tx(*this);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO review(held_on, title, notes) VALUES(?, ?, ?)"));
    q.addBindValue(sql::isoDate(r.heldOn));
    q.addBindValue(sql::text(r.title));
    q.addBindValue(sql::text(r.notes));
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Adding review \"%1\"").arg(r.title));
    const RowId id = q.lastInsertId().toLongLong();
    for (const QString& name : r.attendees) {
        QSqlQuery l(db());
        l.prepare(QStringLiteral("INSERT INTO review_attendee(review_id, name) VALUES(?, ?)"));
        l.addBindValue(id);
        l.addBindValue(sql::text(name));
        if (!l.exec())
            return sqlError(l, RoomStore::tr("Adding an attendee"));
    }
    for (const QString& text : r.decisions) {
        QSqlQuery l(db());
        l.prepare(QStringLiteral("INSERT INTO review_decision(review_id, text) VALUES(?, ?)"));
        l.addBindValue(id);
        l.addBindValue(sql::text(text));
        if (!l.exec())
            return sqlError(l, RoomStore::tr("Adding a decision"));
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

} // namespace cr
