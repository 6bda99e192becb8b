#include "store/FollowUpStore.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QSqlQuery>

namespace cr {

namespace {

constexpr int kDefaultEscalateAfterDays = 7;
const QString kEscalateKey = QStringLiteral("followup_escalate_after_days");

std::optional<QDateTime> optionalTime(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    const QDateTime t = sql::parseDateTime(v);
    return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
}

QVariant nullableTime(const std::optional<QDateTime>& t)
{
    return t ? QVariant(sql::isoDateTime(*t)) : QVariant(QMetaType::fromType<QString>());
}

FollowUp readFollowUp(const QSqlQuery& q)
{
    FollowUp f;
    f.id = q.value(QStringLiteral("id")).toLongLong();
    f.rule = followUpRuleFromString(q.value(QStringLiteral("rule")).toString()).value_or(FollowUpRule::Detractor);
    f.ruleKey = q.value(QStringLiteral("rule_key")).toString();
    f.departmentId = sql::optionalId(q.value(QStringLiteral("department_id")));
    f.stageId = sql::optionalId(q.value(QStringLiteral("stage_id")));
    f.title = q.value(QStringLiteral("title")).toString();
    f.detail = q.value(QStringLiteral("detail")).toString();
    f.raisedAt = sql::parseDateTime(q.value(QStringLiteral("raised_at")));
    f.status = followUpStatusFromString(q.value(QStringLiteral("status")).toString()).value_or(FollowUpStatus::Open);
    f.acknowledgedAt = optionalTime(q.value(QStringLiteral("acknowledged_at")));
    f.resolvedAt = optionalTime(q.value(QStringLiteral("resolved_at")));
    f.resolutionNote = q.value(QStringLiteral("resolution_note")).toString();
    f.escalatedAt = optionalTime(q.value(QStringLiteral("escalated_at")));
    f.escalatedToDepartmentId = sql::optionalId(q.value(QStringLiteral("escalated_to_department_id")));
    f.escalationReason = q.value(QStringLiteral("escalation_reason")).toString();
    return f;
}

} // namespace

Result<QVector<FollowUp>> FollowUpStore::followUps(const FollowUpFilter& filter) const
{
    QStringList where{QStringLiteral("1")};
    QVariantList values;
    if (filter.departmentId) {
        where << QStringLiteral("(department_id = ? OR escalated_to_department_id = ?)");
        values << *filter.departmentId << *filter.departmentId;
    }
    if (filter.stageId) {
        where << QStringLiteral("stage_id = ?");
        values << *filter.stageId;
    }
    if (filter.openOnly)
        where << QStringLiteral("status <> 'resolved'");
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT * FROM followup WHERE %1 ORDER BY status = 'resolved', "
                             "CASE WHEN status = 'resolved' THEN resolved_at END DESC, raised_at, id")
                  .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading follow-ups"));
    QVector<FollowUp> out;
    QHash<RowId, int> index;
    while (q.next()) {
        index.insert(q.value(QStringLiteral("id")).toLongLong(), out.size());
        out.append(readFollowUp(q));
    }
    if (out.isEmpty())
        return out;
    QSqlQuery e(m_store.db());
    if (!e.exec(QStringLiteral("SELECT followup_id, evidence_kind, evidence_id FROM followup_evidence "
                               "ORDER BY followup_id, evidence_kind, evidence_id")))
        return m_store.sqlError(e, tr("Reading follow-up evidence"));
    while (e.next()) {
        auto it = index.find(e.value(0).toLongLong());
        const auto kind = evidenceKindFromString(e.value(1).toString());
        if (it != index.end() && kind)
            out[*it].evidence.append({*kind, e.value(2).toLongLong()});
    }
    return out;
}

Result<FollowUp> FollowUpStore::followUp(RowId id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT * FROM followup WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading a follow-up"));
    if (!q.next())
        return Error(tr("There is no follow-up %1 in this room.").arg(id), m_store.path());
    FollowUp f = readFollowUp(q);
    QSqlQuery e(m_store.db());
    e.prepare(QStringLiteral("SELECT evidence_kind, evidence_id FROM followup_evidence WHERE followup_id = ? "
                             "ORDER BY evidence_kind, evidence_id"));
    e.addBindValue(id);
    if (!e.exec())
        return m_store.sqlError(e, tr("Reading follow-up evidence"));
    while (e.next())
        if (const auto kind = evidenceKindFromString(e.value(0).toString()))
            f.evidence.append({*kind, e.value(1).toLongLong()});
    return f;
}

Result<bool> FollowUpStore::raise(const FollowUp& f)
{
    RoomStore::Transaction tx(m_store);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "INSERT INTO followup(rule, rule_key, department_id, stage_id, title, detail, raised_at, status) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, 'open') ON CONFLICT(rule_key) DO NOTHING"));
    q.addBindValue(toString(f.rule));
    q.addBindValue(f.ruleKey);
    q.addBindValue(sql::nullable(f.departmentId));
    q.addBindValue(sql::nullable(f.stageId));
    q.addBindValue(sql::text(f.title));
    q.addBindValue(sql::text(f.detail));
    q.addBindValue(sql::isoDateTime(f.raisedAt));
    if (!q.exec())
        return m_store.sqlError(q, tr("Raising a follow-up"));
    if (q.numRowsAffected() == 0)
        return false;
    const RowId id = q.lastInsertId().toLongLong();
    for (const auto& e : f.evidence) {
        QSqlQuery l(m_store.db());
        l.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO followup_evidence(followup_id, evidence_kind, evidence_id) VALUES(?, ?, ?)"));
        l.addBindValue(id);
        l.addBindValue(toString(e.kind));
        l.addBindValue(e.id);
        if (!l.exec())
            return m_store.sqlError(l, tr("Linking evidence to a follow-up"));
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return true;
}

Status FollowUpStore::setFields(RowId id, const QString& assignments, const QVariantList& values,
                                const QString& what)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE followup SET %1 WHERE id = ?").arg(assignments));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec())
        return m_store.sqlError(q, what);
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no follow-up %1 in this room.").arg(id), m_store.path());
    return success();
}

Status FollowUpStore::acknowledge(RowId id, const QDateTime& now)
{
    return setFields(id,
                     QStringLiteral("status = CASE status WHEN 'open' THEN 'acknowledged' ELSE status END, "
                                    "acknowledged_at = COALESCE(acknowledged_at, ?)"),
                     {sql::isoDateTime(now)}, tr("Acknowledging a follow-up"));
}

Status FollowUpStore::resolve(RowId id, const QString& note, const QDateTime& now)
{
    if (note.trimmed().isEmpty())
        return Error(tr("Say in a note how the follow-up was resolved."), m_store.path());
    return setFields(id,
                     QStringLiteral("status = 'resolved', resolved_at = ?, resolution_note = ?, "
                                    "acknowledged_at = COALESCE(acknowledged_at, ?)"),
                     {sql::isoDateTime(now), note.trimmed(), sql::isoDateTime(now)}, tr("Resolving a follow-up"));
}

Status FollowUpStore::escalate(RowId id, std::optional<RowId> toDepartmentId, const QString& reason,
                               const QDateTime& now)
{
    return setFields(id,
                     QStringLiteral("escalated_at = ?, escalated_to_department_id = ?, escalation_reason = ?"),
                     {sql::isoDateTime(now), sql::nullable(toDepartmentId), sql::text(reason)},
                     tr("Escalating a follow-up"));
}

Status FollowUpStore::restore(const FollowUp& f)
{
    return setFields(f.id,
                     QStringLiteral("status = ?, acknowledged_at = ?, resolved_at = ?, resolution_note = ?, "
                                    "escalated_at = ?, escalated_to_department_id = ?, escalation_reason = ?"),
                     {toString(f.status), nullableTime(f.acknowledgedAt), nullableTime(f.resolvedAt),
                      sql::text(f.resolutionNote), nullableTime(f.escalatedAt),
                      sql::nullable(f.escalatedToDepartmentId), sql::text(f.escalationReason)},
                     tr("Restoring a follow-up"));
}

Result<QHash<RowId, int>> FollowUpStore::openCountsByStage() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral(
            "SELECT COALESCE(stage_id, 0), COUNT(*) FROM followup WHERE status <> 'resolved' GROUP BY 1")))
        return m_store.sqlError(q, tr("Counting follow-ups"));
    QHash<RowId, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

Result<QVector<FollowUpStore::Answer>> FollowUpStore::detractorsWithComments(const QDateTime& since,
                                                                             const QDateTime& until) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "SELECT id, stage_id, score, comment, responded_at, respondent_ref FROM survey_response "
        "WHERE responded_at >= ? AND responded_at <= ? AND metric = 'nps' AND score <= 6 AND comment <> '' AND stage_id IS NOT NULL "
        "ORDER BY responded_at, id"));
    q.addBindValue(sql::isoDateTime(since));
    q.addBindValue(sql::isoDateTime(until));
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading detractors"));
    QVector<Answer> out;
    while (q.next())
        out.append(Answer{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                          q.value(3).toString(), sql::parseDateTime(q.value(4)), q.value(5).toString()});
    return out;
}

Result<QVector<FollowUpStore::MonthlyCount>> FollowUpStore::monthlyCategoryCounts(const QDate& fromMonth,
                                                                                  const QDateTime& until) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "SELECT stage_id, category, substr(received_at, 1, 7) AS month, COUNT(*) FROM complaint "
        "WHERE received_at >= ? AND received_at <= ? AND stage_id IS NOT NULL "
        "GROUP BY stage_id, category, month"));
    q.addBindValue(sql::isoDate(fromMonth));
    q.addBindValue(sql::isoDateTime(until));
    if (!q.exec())
        return m_store.sqlError(q, tr("Counting complaints by month"));
    QVector<MonthlyCount> out;
    while (q.next())
        out.append(MonthlyCount{q.value(0).toLongLong(), q.value(1).toString(),
                                QDate::fromString(q.value(2).toString() + QStringLiteral("-01"), Qt::ISODate),
                                q.value(3).toInt()});
    return out;
}

Result<std::optional<QDate>> FollowUpStore::firstComplaintMonth() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT MIN(received_at) FROM complaint")) || !q.next())
        return m_store.sqlError(q, tr("Reading the first complaint"));
    if (q.value(0).isNull())
        return std::optional<QDate>();
    const QDate first = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
    return std::optional<QDate>(QDate(first.year(), first.month(), 1));
}

Result<QVector<RowId>> FollowUpStore::complaintIds(RowId stageId, const QString& category, const QDate& month,
                                                   int limit) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id FROM complaint WHERE stage_id = ? AND category = ? AND received_at >= ? "
                             "AND received_at < ? ORDER BY received_at DESC, id DESC LIMIT ?"));
    q.addBindValue(stageId);
    q.addBindValue(category);
    q.addBindValue(sql::isoDate(month));
    q.addBindValue(sql::isoDate(month.addMonths(1)));
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading a month's complaints"));
    QVector<RowId> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<FollowUpStore::Answer> FollowUpStore::answer(RowId surveyResponseId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id, COALESCE(stage_id, 0), score, comment, responded_at, respondent_ref "
                             "FROM survey_response WHERE id = ?"));
    q.addBindValue(surveyResponseId);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading a survey answer"));
    if (!q.next())
        return Error(tr("There is no survey answer %1 in this room any more.").arg(surveyResponseId),
                     m_store.path());
    Answer a;
    a.id = q.value(0).toLongLong();
    a.stageId = q.value(1).toLongLong();
    a.score = q.value(2).toInt();
    a.comment = q.value(3).toString();
    a.respondedAt = sql::parseDateTime(q.value(4));
    a.respondentRef = q.value(5).toString();
    return a;
}

Result<QVector<Complaint>> FollowUpStore::complaintsById(const QVector<RowId>& ids, int limit) const
{
    QVector<Complaint> out;
    if (ids.isEmpty() || limit <= 0)
        return out;
    QStringList marks;
    for (int i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("SELECT id, stage_id, channel, category, product, text, status, received_at, "
                       "customer_ref FROM complaint WHERE id IN (%1) ORDER BY received_at DESC, id DESC "
                       "LIMIT ?")
            .arg(marks.join(QLatin1Char(','))));
    for (RowId id : ids)
        q.addBindValue(id);
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading a follow-up's complaints"));
    while (q.next()) {
        Complaint c;
        c.id = q.value(0).toLongLong();
        c.stageId = sql::optionalId(q.value(1));
        c.channel = q.value(2).toString();
        c.category = q.value(3).toString();
        c.product = q.value(4).toString();
        c.text = q.value(5).toString();
        c.status = complaintStatusFromString(q.value(6).toString()).value_or(ComplaintStatus::Open);
        c.receivedAt = sql::parseDateTime(q.value(7));
        c.customerRef = q.value(8).toString();
        out.append(c);
    }
    return out;
}

int FollowUpStore::escalateAfterDays() const
{
    bool ok = false;
    const int days = m_store.info(kEscalateKey).toInt(&ok);
    return ok && days > 0 ? days : kDefaultEscalateAfterDays;
}

Status FollowUpStore::setEscalateAfterDays(int days)
{
    if (days < 1 || days > 365)
        return Error(tr("Follow-ups escalate after 1 to 365 days, not %1.").arg(days), m_store.path());
    return m_store.setInfo(kEscalateKey, QString::number(days));
}

} // namespace cr
