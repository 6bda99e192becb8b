#include "store/FixStore.h"

#include "fixes/FixMeasure.h"
#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace cr {

namespace {

QString countsText(const QVector<int>& counts)
{
    QStringList parts;
    for (int c : counts)
        parts << QString::number(c);
    return parts.join(QLatin1Char(','));
}

QVector<int> countsFromText(const QString& text)
{
    QVector<int> out;
    if (text.isEmpty())
        return out;
    for (const QString& part : text.split(QLatin1Char(',')))
        out.append(part.toInt());
    return out;
}

Fix readFix(const QSqlQuery& q)
{
    Fix f;
    f.id = q.value(QStringLiteral("id")).toLongLong();
    f.stageId = sql::optionalId(q.value(QStringLiteral("stage_id")));
    f.title = q.value(QStringLiteral("title")).toString();
    f.description = q.value(QStringLiteral("description")).toString();
    f.ownerDepartmentId = q.value(QStringLiteral("owner_department_id")).toLongLong();
    f.status = fixStatusFromString(q.value(QStringLiteral("status")).toString()).value_or(FixStatus::Proposed);
    f.due = sql::optionalDate(q.value(QStringLiteral("due_on")));
    f.createdOn = sql::parseDate(q.value(QStringLiteral("created_on")));
    f.doneOn = sql::optionalDate(q.value(QStringLiteral("done_on")));
    f.verifiedOn = sql::optionalDate(q.value(QStringLiteral("verified_on")));
    f.boardPosition = q.value(QStringLiteral("board_position")).toInt();
    f.metric = q.value(QStringLiteral("metric")).toString();
    f.kpiId = sql::optionalId(q.value(QStringLiteral("kpi_id")));
    f.baseline = sql::optionalDouble(q.value(QStringLiteral("baseline")));
    const QVariant n = q.value(QStringLiteral("baseline_n"));
    if (!n.isNull())
        f.baselineN = n.toInt();
    f.baselineFrom = sql::optionalDate(q.value(QStringLiteral("baseline_from")));
    f.baselineTo = sql::optionalDate(q.value(QStringLiteral("baseline_to")));
    f.baselineCounts = countsFromText(q.value(QStringLiteral("baseline_counts")).toString());
    f.goal = sql::optionalDouble(q.value(QStringLiteral("goal")));
    f.result = sql::optionalDouble(q.value(QStringLiteral("result")));
    return f;
}

QVariant nullableInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

} // namespace

// --- RoomStore's own fix calls (the demo, the report and the wall) --------

Result<RowId> RoomStore::addFix(const Fix& fix)
{
    return FixStore(*this).insert(fix);
}

Result<QVector<Fix>> RoomStore::fixes(std::optional<RowId> stageId) const
{
    FixFilter filter;
    filter.allStages = false;
    filter.stageId = stageId;
    return FixStore(const_cast<RoomStore&>(*this)).fixes(filter);
}

// --- Reads ------------------------------------------------------------------

Result<QVector<Fix>> FixStore::fixes(const FixFilter& filter) const
{
    QStringList where{QStringLiteral("1")};
    QVariantList values;
    if (!filter.allStages) {
        if (filter.stageId) {
            where << QStringLiteral("stage_id = ?");
            values << *filter.stageId;
        } else {
            where << QStringLiteral("stage_id IS NULL");
        }
    }
    if (filter.departmentId) {
        where << QStringLiteral("(owner_department_id = ? OR id IN (SELECT fix_id FROM fix_department "
                                "WHERE department_id = ?))");
        values << *filter.departmentId << *filter.departmentId;
    }
    if (filter.status) {
        where << QStringLiteral("status = ?");
        values << toString(*filter.status);
    }
    QSqlQuery q(m_store.db());
    // Open work first (in progress, then proposed), then done, then verified.
    q.prepare(QStringLiteral("SELECT * FROM fix WHERE %1 ORDER BY CASE status WHEN 'in_progress' THEN 0 "
                             "WHEN 'proposed' THEN 1 WHEN 'done' THEN 2 ELSE 3 END, board_position, id")
                  .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading fixes"));
    QVector<Fix> out;
    QHash<RowId, int> index;
    while (q.next()) {
        index.insert(q.value(QStringLiteral("id")).toLongLong(), out.size());
        out.append(readFix(q));
    }
    if (out.isEmpty())
        return out;
    // The links of every fix in three queries, not three per fix.
    QSqlQuery d(m_store.db());
    if (!d.exec(QStringLiteral("SELECT fix_id, department_id FROM fix_department ORDER BY fix_id, department_id")))
        return m_store.sqlError(d, tr("Reading fix departments"));
    while (d.next())
        if (auto it = index.find(d.value(0).toLongLong()); it != index.end())
            out[*it].contributingDepartmentIds.append(d.value(1).toLongLong());
    QSqlQuery m(m_store.db());
    if (!m.exec(QStringLiteral("SELECT fm.fix_id, fm.moment_id FROM fix_moment fm JOIN moment mo ON "
                               "mo.id = fm.moment_id ORDER BY fm.fix_id, mo.position, mo.id")))
        return m_store.sqlError(m, tr("Reading fix moments"));
    while (m.next())
        if (auto it = index.find(m.value(0).toLongLong()); it != index.end())
            out[*it].momentIds.append(m.value(1).toLongLong());
    QSqlQuery e(m_store.db());
    if (!e.exec(QStringLiteral("SELECT fix_id, evidence_kind, evidence_id FROM fix_evidence "
                               "ORDER BY fix_id, evidence_kind, evidence_id")))
        return m_store.sqlError(e, tr("Reading fix evidence"));
    while (e.next()) {
        auto it = index.find(e.value(0).toLongLong());
        const auto kind = evidenceKindFromString(e.value(1).toString());
        if (it != index.end() && kind)
            out[*it].evidence.append({*kind, e.value(2).toLongLong()});
    }
    return out;
}

Result<Fix> FixStore::fix(RowId id) const
{
    auto all = fixes();
    if (!all)
        return all.error();
    for (const Fix& f : *all)
        if (f.id == id)
            return f;
    return Error(tr("There is no fix %1 in this room.").arg(id), m_store.path());
}

Result<QHash<RowId, FixCounts>> FixStore::countsByStage(const QDate& today) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(stage_id, 0), "
        "SUM(status IN ('proposed', 'in_progress')), SUM(status = 'done'), SUM(status = 'verified'), "
        "SUM(status IN ('proposed', 'in_progress') AND due_on IS NOT NULL AND due_on < ?) "
        "FROM fix GROUP BY 1"));
    q.addBindValue(sql::isoDate(today));
    if (!q.exec())
        return m_store.sqlError(q, tr("Counting fixes"));
    QHash<RowId, FixCounts> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   FixCounts{q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
    return out;
}

Result<QHash<QString, QString>> FixStore::evidenceLabels(const QVector<Fix::EvidenceLink>& links) const
{
    QHash<QString, QString> out;
    const auto shortened = [](const QString& text) {
        const QString simple = text.simplified();
        return simple.size() <= 90 ? simple : simple.left(89).trimmed() + QChar(0x2026);
    };
    for (const auto& link : links) {
        const QString key = QStringLiteral("%1:%2").arg(toString(link.kind)).arg(link.id);
        if (out.contains(key))
            continue;
        QString sql;
        switch (link.kind) {
        case EvidenceKind::Complaint:
            sql = QStringLiteral("SELECT category, text FROM complaint WHERE id = ?");
            break;
        case EvidenceKind::SurveyResponse:
            sql = QStringLiteral("SELECT upper(metric) || ' ' || score, comment FROM survey_response WHERE id = ?");
            break;
        case EvidenceKind::Call:
            sql = QStringLiteral("SELECT title, summary FROM call WHERE id = ?");
            break;
        case EvidenceKind::Clip:
            sql = QStringLiteral("SELECT c.title, cl.title FROM call_clip cl JOIN call c ON c.id = cl.call_id WHERE cl.id = ?");
            break;
        case EvidenceKind::Artifact:
            sql = QStringLiteral("SELECT title, description FROM artifact WHERE id = ?");
            break;
        case EvidenceKind::Kpi:
            sql = QStringLiteral("SELECT name, description FROM kpi WHERE id = ?");
            break;
        }
        QSqlQuery q(m_store.db());
        q.prepare(sql);
        q.addBindValue(link.id);
        if (!q.exec())
            return m_store.sqlError(q, tr("Reading a fix's evidence"));
        if (!q.next()) {
            out.insert(key, tr("(no longer in the room)"));
            continue;
        }
        const QString head = q.value(0).toString();
        const QString body = shortened(q.value(1).toString());
        out.insert(key, body.isEmpty() ? head : QStringLiteral("%1: \u201c%2\u201d").arg(head, body));
    }
    return out;
}

// --- Writes -----------------------------------------------------------------

Status FixStore::check(const Fix& fix) const
{
    if (fix.title.trimmed().isEmpty())
        return Error(tr("A fix needs a title."), m_store.path());
    auto departments = m_store.departments();
    if (!departments)
        return departments.error();
    bool ownerFound = false;
    for (const Department& d : *departments)
        ownerFound = ownerFound || d.id == fix.ownerDepartmentId;
    if (!ownerFound)
        return Error(tr("A fix needs an owner department of this room."), m_store.path());
    if (!fix.metric.isEmpty() && !fixes::isSurveyMetric(fix.metric) && fix.metric != QLatin1String("kpi"))
        return Error(tr("A fix's metric is NPS, CSAT, CES or a KPI, not \"%1\".").arg(fix.metric), m_store.path());
    if (fix.metric == QLatin1String("kpi") && !fix.kpiId)
        return Error(tr("A fix that must move a KPI needs to name it."), m_store.path());
    if (fixes::isSurveyMetric(fix.metric) && !fix.stageId)
        return Error(tr("A fix that must move a survey score needs a stage to measure it in."), m_store.path());
    return success();
}

Result<RowId> FixStore::insert(const Fix& f)
{
    RoomStore::Transaction tx(m_store);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "INSERT INTO fix(id, stage_id, title, description, owner_department_id, status, due_on, created_on, "
        "done_on, verified_on, board_position, metric, kpi_id, baseline, baseline_n, baseline_from, "
        "baseline_to, baseline_counts, goal, result) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(f.id > 0 ? QVariant(f.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sql::nullable(f.stageId));
    q.addBindValue(sql::text(f.title));
    q.addBindValue(sql::text(f.description));
    q.addBindValue(f.ownerDepartmentId);
    q.addBindValue(toString(f.status));
    q.addBindValue(sql::nullable(f.due));
    q.addBindValue(sql::isoDate(f.createdOn.isValid() ? f.createdOn : QDate::currentDate()));
    std::optional<QDate> doneOn = f.doneOn;
    if (!doneOn && (f.status == FixStatus::Done || f.status == FixStatus::Verified))
        doneOn = f.verifiedOn ? f.verifiedOn : std::optional<QDate>(f.createdOn);
    q.addBindValue(sql::nullable(doneOn));
    q.addBindValue(sql::nullable(f.verifiedOn));
    q.addBindValue(f.boardPosition);
    q.addBindValue(sql::text(f.metric));
    q.addBindValue(sql::nullable(f.kpiId));
    q.addBindValue(sql::nullable(f.baseline));
    q.addBindValue(nullableInt(f.baselineN));
    q.addBindValue(sql::nullable(f.baselineFrom));
    q.addBindValue(sql::nullable(f.baselineTo));
    q.addBindValue(sql::text(countsText(f.baselineCounts)));
    q.addBindValue(sql::nullable(f.goal));
    q.addBindValue(sql::nullable(f.result));
    if (!q.exec())
        return m_store.sqlError(q, tr("Adding fix \"%1\"").arg(f.title));
    Fix written = f;
    written.id = q.lastInsertId().toLongLong();
    if (auto links = writeLinks(written); !links)
        return links.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return written.id;
}

Status FixStore::writeLinks(const Fix& f)
{
    for (const char* table : {"fix_department", "fix_moment", "fix_evidence"}) {
        QSqlQuery clear(m_store.db());
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE fix_id = ?").arg(QLatin1String(table)));
        clear.addBindValue(f.id);
        if (!clear.exec())
            return m_store.sqlError(clear, tr("Updating the links of fix \"%1\"").arg(f.title));
    }
    for (RowId department : f.contributingDepartmentIds) {
        if (department == f.ownerDepartmentId)
            continue; // the owner is not also a contributor
        QSqlQuery l(m_store.db());
        l.prepare(QStringLiteral("INSERT OR IGNORE INTO fix_department(fix_id, department_id) VALUES(?, ?)"));
        l.addBindValue(f.id);
        l.addBindValue(department);
        if (!l.exec())
            return m_store.sqlError(l, tr("Linking fix \"%1\" to a department").arg(f.title));
    }
    for (RowId moment : f.momentIds) {
        QSqlQuery l(m_store.db());
        l.prepare(QStringLiteral("INSERT OR IGNORE INTO fix_moment(fix_id, moment_id) VALUES(?, ?)"));
        l.addBindValue(f.id);
        l.addBindValue(moment);
        if (!l.exec())
            return m_store.sqlError(l, tr("Linking fix \"%1\" to a moment").arg(f.title));
    }
    for (const auto& e : f.evidence) {
        QSqlQuery l(m_store.db());
        l.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO fix_evidence(fix_id, evidence_kind, evidence_id) VALUES(?, ?, ?)"));
        l.addBindValue(f.id);
        l.addBindValue(toString(e.kind));
        l.addBindValue(e.id);
        if (!l.exec())
            return m_store.sqlError(l, tr("Linking evidence to fix \"%1\"").arg(f.title));
    }
    return success();
}

Result<RowId> FixStore::create(Fix fix)
{
    fix.id = 0;
    fix.title = fix.title.trimmed();
    if (!fix.createdOn.isValid())
        fix.createdOn = QDate::currentDate();
    if (auto ok = check(fix); !ok)
        return ok.error();
    if (!fix.metric.isEmpty())
        if (auto captured = fixes::captureBaseline(m_store, fix); !captured)
            return captured.error();
    QSqlQuery last(m_store.db());
    last.prepare(QStringLiteral("SELECT COALESCE(MAX(board_position), 0) + 1 FROM fix WHERE status = ?"));
    last.addBindValue(toString(fix.status));
    if (!last.exec() || !last.next())
        return m_store.sqlError(last, tr("Placing the fix on the board"));
    fix.boardPosition = last.value(0).toInt();
    return insert(fix);
}

Status FixStore::update(const Fix& edited)
{
    auto current = fix(edited.id);
    if (!current)
        return current.error();
    Fix f = *current;
    f.title = edited.title.trimmed();
    f.description = edited.description;
    f.stageId = edited.stageId;
    f.momentIds = edited.momentIds;
    f.ownerDepartmentId = edited.ownerDepartmentId;
    f.contributingDepartmentIds = edited.contributingDepartmentIds;
    f.due = edited.due;
    f.goal = edited.goal;
    f.evidence = edited.evidence;
    const bool measureChanged =
        f.metric != edited.metric || f.kpiId != edited.kpiId || current->stageId != edited.stageId;
    f.metric = edited.metric;
    f.kpiId = edited.kpiId;
    if (auto ok = check(f); !ok)
        return ok;
    if (measureChanged) {
        f.baseline.reset();
        f.baselineN.reset();
        f.baselineCounts.clear();
        f.result.reset();
        if (!f.metric.isEmpty())
            if (auto captured = fixes::captureBaseline(m_store, f); !captured)
                return captured;
    }
    RoomStore::Transaction tx(m_store);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "UPDATE fix SET stage_id = ?, title = ?, description = ?, owner_department_id = ?, due_on = ?, "
        "metric = ?, kpi_id = ?, baseline = ?, baseline_n = ?, baseline_from = ?, baseline_to = ?, "
        "baseline_counts = ?, goal = ?, result = ? WHERE id = ?"));
    q.addBindValue(sql::nullable(f.stageId));
    q.addBindValue(sql::text(f.title));
    q.addBindValue(sql::text(f.description));
    q.addBindValue(f.ownerDepartmentId);
    q.addBindValue(sql::nullable(f.due));
    q.addBindValue(sql::text(f.metric));
    q.addBindValue(sql::nullable(f.kpiId));
    q.addBindValue(sql::nullable(f.baseline));
    q.addBindValue(nullableInt(f.baselineN));
    q.addBindValue(sql::nullable(f.baselineFrom));
    q.addBindValue(sql::nullable(f.baselineTo));
    q.addBindValue(sql::text(countsText(f.baselineCounts)));
    q.addBindValue(sql::nullable(f.goal));
    q.addBindValue(sql::nullable(f.result));
    q.addBindValue(f.id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Saving fix \"%1\"").arg(f.title));
    if (auto links = writeLinks(f); !links)
        return links;
    return tx.commit();
}

Status FixStore::renumber(FixStatus status, RowId moving, int position)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id FROM fix WHERE status = ? AND id <> ? ORDER BY board_position, id"));
    q.addBindValue(toString(status));
    q.addBindValue(moving);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading the board"));
    QVector<RowId> column;
    while (q.next())
        column.append(q.value(0).toLongLong());
    column.insert(std::clamp(position, 0, int(column.size())), moving);
    for (int i = 0; i < column.size(); ++i) {
        QSqlQuery u(m_store.db());
        u.prepare(QStringLiteral("UPDATE fix SET board_position = ? WHERE id = ?"));
        u.addBindValue(i + 1);
        u.addBindValue(column[i]);
        if (!u.exec())
            return m_store.sqlError(u, tr("Ordering the board"));
    }
    return success();
}

Status FixStore::move(RowId id, FixStatus status, int position, const QDate& today)
{
    auto current = fix(id);
    if (!current)
        return current.error();
    Fix f = *current;
    const auto rank = [](FixStatus s) { return int(s); };
    // Done records its day once; moving back before done forgets it, as the
    // fix was not done after all. Verified keeps its day and the result measured now.
    if (rank(status) >= rank(FixStatus::Done) && !f.doneOn)
        f.doneOn = today;
    if (rank(status) < rank(FixStatus::Done))
        f.doneOn.reset();
    if (status == FixStatus::Verified && f.status != FixStatus::Verified) {
        f.verifiedOn = today;
        f.status = status;
        auto outcome = fixes::measure(m_store, f, today);
        if (!outcome)
            return outcome.error();
        if (outcome->after && outcome->after->value)
            f.result = outcome->after->value;
    }
    if (status != FixStatus::Verified)
        f.verifiedOn.reset();
    RoomStore::Transaction tx(m_store);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE fix SET status = ?, done_on = ?, verified_on = ?, result = ? WHERE id = ?"));
    q.addBindValue(toString(status));
    q.addBindValue(sql::nullable(f.doneOn));
    q.addBindValue(sql::nullable(f.verifiedOn));
    q.addBindValue(sql::nullable(f.result));
    q.addBindValue(id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Moving fix \"%1\"").arg(f.title));
    if (auto r = renumber(status, id, position); !r)
        return r;
    return tx.commit();
}

Status FixStore::setStatus(RowId id, FixStatus status, const QDate& today)
{
    return move(id, status, std::numeric_limits<int>::max(), today);
}

Status FixStore::remove(RowId id)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM fix WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Removing a fix"));
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no fix %1 in this room.").arg(id), m_store.path());
    return success();
}

Status FixStore::link(RowId fixId, const Fix::EvidenceLink& evidence)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO fix_evidence(fix_id, evidence_kind, evidence_id) VALUES(?, ?, ?)"));
    q.addBindValue(fixId);
    q.addBindValue(toString(evidence.kind));
    q.addBindValue(evidence.id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Linking evidence to a fix"));
    return success();
}

Status FixStore::unlink(RowId fixId, const Fix::EvidenceLink& evidence)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM fix_evidence WHERE fix_id = ? AND evidence_kind = ? AND evidence_id = ?"));
    q.addBindValue(fixId);
    q.addBindValue(toString(evidence.kind));
    q.addBindValue(evidence.id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Unlinking evidence from a fix"));
    return success();
}

} // namespace cr
