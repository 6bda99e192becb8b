#include "store/SetupStore.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace cr {

namespace {

QDate firstOfMonth(const QDate& d)
{
    return QDate(d.year(), d.month(), 1);
}

// Words a person reads for a table that blocks a removal.
QString blockerWords(const QString& table)
{
    if (table == QLatin1String("fix"))
        return SetupStore::tr("fixes it owns");
    return table;
}

} // namespace

// --- Stages ---------------------------------------------------------------------

Status SetupStore::checkName(const QString& table, const QString& name, RowId self, const QString& scope,
                             const QVariant& scopeValue) const
{
    if (name.trimmed().isEmpty())
        return Error(tr("A name is needed."), m_store.path());
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE name = ? AND id <> ?%2")
                  .arg(table, scope.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?").arg(scope)));
    q.addBindValue(name.trimmed());
    q.addBindValue(self);
    if (!scope.isEmpty())
        q.addBindValue(scopeValue);
    if (!q.exec() || !q.next())
        return m_store.sqlError(q, tr("Checking a name"));
    if (q.value(0).toInt() > 0)
        return Error(tr("“%1” is already taken; choose another name.").arg(name.trimmed()), m_store.path());
    return success();
}

Status SetupStore::renumber(const QString& table, const QString& scope, const QVariant& scopeValue, RowId moving,
                            int position)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE id <> ?%2 ORDER BY position, id")
                  .arg(table, scope.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?").arg(scope)));
    q.addBindValue(moving);
    if (!scope.isEmpty())
        q.addBindValue(scopeValue);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading the order"));
    QVector<RowId> order;
    while (q.next())
        order.append(q.value(0).toLongLong());
    order.insert(std::clamp(position, 0, int(order.size())), moving);
    for (int i = 0; i < order.size(); ++i) {
        QSqlQuery u(m_store.db());
        u.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table));
        u.addBindValue(i + 1);
        u.addBindValue(order[i]);
        if (!u.exec())
            return m_store.sqlError(u, tr("Saving the order"));
    }
    return success();
}

Result<RowId> SetupStore::addStage(const Stage& stage, int position)
{
    if (auto ok = checkName(QStringLiteral("stage"), stage.name, 0); !ok)
        return ok.error();
    RoomStore::Transaction tx(m_store);
    Stage s = stage;
    s.name = s.name.trimmed();
    auto id = m_store.addStage(s);
    if (!id)
        return id;
    if (auto r = renumber(QStringLiteral("stage"), {}, {}, *id, position); !r)
        return r.error();
    if (auto r = setMaturity(*id, s.maturity, QDate::currentDate()); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Status SetupStore::writeStageDepartments(const Stage& s)
{
    QSqlQuery clear(m_store.db());
    clear.prepare(QStringLiteral("DELETE FROM stage_department WHERE stage_id = ?"));
    clear.addBindValue(s.id);
    if (!clear.exec())
        return m_store.sqlError(clear, tr("Saving the stage's departments"));
    auto link = [&](RowId department, const char* role) -> Status {
        QSqlQuery l(m_store.db());
        l.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO stage_department(stage_id, department_id, role) VALUES(?, ?, ?)"));
        l.addBindValue(s.id);
        l.addBindValue(department);
        l.addBindValue(QString::fromLatin1(role));
        if (!l.exec())
            return m_store.sqlError(l, tr("Saving the stage's departments"));
        return success();
    };
    for (RowId d : s.contributingDepartmentIds)
        if (!s.ownerDepartmentId || d != *s.ownerDepartmentId)
            if (auto r = link(d, "contributor"); !r)
                return r;
    if (s.ownerDepartmentId)
        return link(*s.ownerDepartmentId, "owner");
    return success();
}

Status SetupStore::updateStage(const Stage& s)
{
    if (auto ok = checkName(QStringLiteral("stage"), s.name, s.id); !ok)
        return ok;
    RoomStore::Transaction tx(m_store);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "UPDATE stage SET name = ?, target_experience = ?, description = ? WHERE id = ?"));
    q.addBindValue(s.name.trimmed());
    q.addBindValue(sql::text(s.targetExperience));
    q.addBindValue(sql::text(s.description));
    q.addBindValue(s.id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Saving stage “%1”").arg(s.name));
    if (q.numRowsAffected() == 0)
        return Error(tr("That stage is no longer in the room."), m_store.path());
    if (auto r = writeStageDepartments(s); !r)
        return r;
    return tx.commit();
}

Status SetupStore::moveStage(RowId stageId, int position)
{
    RoomStore::Transaction tx(m_store);
    if (auto r = renumber(QStringLiteral("stage"), {}, {}, stageId, position); !r)
        return r;
    return tx.commit();
}

Status SetupStore::setMaturity(RowId stageId, Maturity maturity, const QDate& month)
{
    RoomStore::Transaction tx(m_store);
    // "From this month on": later entries give way to it.
    QSqlQuery later(m_store.db());
    later.prepare(QStringLiteral("DELETE FROM stage_maturity WHERE stage_id = ? AND month > ?"));
    later.addBindValue(stageId);
    later.addBindValue(sql::isoDate(firstOfMonth(month)));
    if (!later.exec())
        return m_store.sqlError(later, tr("Saving the stage's maturity"));
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO stage_maturity(stage_id, month, maturity) VALUES(?, ?, ?) "
                             "ON CONFLICT(stage_id, month) DO UPDATE SET maturity = excluded.maturity"));
    q.addBindValue(stageId);
    q.addBindValue(sql::isoDate(firstOfMonth(month)));
    q.addBindValue(toString(maturity));
    if (!q.exec())
        return m_store.sqlError(q, tr("Saving the stage's maturity"));
    // The stage shows the maturity of its latest month up to now.
    QSqlQuery current(m_store.db());
    current.prepare(QStringLiteral(
        "UPDATE stage SET maturity = COALESCE((SELECT maturity FROM stage_maturity WHERE stage_id = ? AND "
        "month <= ? ORDER BY month DESC LIMIT 1), maturity) WHERE id = ?"));
    current.addBindValue(stageId);
    current.addBindValue(sql::isoDate(firstOfMonth(std::max(month, QDate::currentDate()))));
    current.addBindValue(stageId);
    if (!current.exec())
        return m_store.sqlError(current, tr("Saving the stage's maturity"));
    return tx.commit();
}

Result<QVector<MaturityEntry>> SetupStore::maturityHistory(RowId stageId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT month, maturity FROM stage_maturity WHERE stage_id = ? ORDER BY month"));
    q.addBindValue(stageId);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading the stage's maturity"));
    QVector<MaturityEntry> out;
    while (q.next())
        out.append({sql::parseDate(q.value(0)), maturityFromString(q.value(1).toString()).value_or(Maturity::Reliable)});
    return out;
}

Status SetupStore::replaceMaturityHistory(RowId stageId, Maturity current, const QVector<MaturityEntry>& history)
{
    RoomStore::Transaction tx(m_store);
    QSqlQuery clear(m_store.db());
    clear.prepare(QStringLiteral("DELETE FROM stage_maturity WHERE stage_id = ?"));
    clear.addBindValue(stageId);
    if (!clear.exec())
        return m_store.sqlError(clear, tr("Saving the stage's maturity"));
    for (const MaturityEntry& e : history) {
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("INSERT INTO stage_maturity(stage_id, month, maturity) VALUES(?, ?, ?)"));
        q.addBindValue(stageId);
        q.addBindValue(sql::isoDate(e.month));
        q.addBindValue(toString(e.maturity));
        if (!q.exec())
            return m_store.sqlError(q, tr("Saving the stage's maturity"));
    }
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE stage SET maturity = ? WHERE id = ?"));
    q.addBindValue(toString(current));
    q.addBindValue(stageId);
    if (!q.exec())
        return m_store.sqlError(q, tr("Saving the stage's maturity"));
    return tx.commit();
}

// --- Moments ---------------------------------------------------------------------

Result<RowId> SetupStore::addMoment(const Moment& moment, int position)
{
    if (auto ok = checkName(QStringLiteral("moment"), moment.name, 0, QStringLiteral("stage_id"), moment.stageId); !ok)
        return ok.error();
    RoomStore::Transaction tx(m_store);
    Moment m = moment;
    m.name = m.name.trimmed();
    auto id = m_store.addMoment(m);
    if (!id)
        return id;
    if (auto r = renumber(QStringLiteral("moment"), QStringLiteral("stage_id"), m.stageId, *id, position); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Status SetupStore::updateMoment(const Moment& m)
{
    if (auto ok = checkName(QStringLiteral("moment"), m.name, m.id, QStringLiteral("stage_id"), m.stageId); !ok)
        return ok;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE moment SET name = ?, description = ?, is_key = ? WHERE id = ?"));
    q.addBindValue(m.name.trimmed());
    q.addBindValue(sql::text(m.description));
    q.addBindValue(m.isKey ? 1 : 0);
    q.addBindValue(m.id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Saving moment “%1”").arg(m.name));
    return success();
}

Status SetupStore::moveMoment(RowId momentId, int position)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT stage_id FROM moment WHERE id = ?"));
    q.addBindValue(momentId);
    if (!q.exec() || !q.next())
        return Error(tr("That moment is no longer in the room."), m_store.path());
    RoomStore::Transaction tx(m_store);
    if (auto r = renumber(QStringLiteral("moment"), QStringLiteral("stage_id"), q.value(0), momentId, position); !r)
        return r;
    return tx.commit();
}

// --- Departments and KPIs ------------------------------------------------------

Result<RowId> SetupStore::addDepartment(const Department& department)
{
    if (auto ok = checkName(QStringLiteral("department"), department.name, 0); !ok)
        return ok.error();
    Department d = department;
    d.name = d.name.trimmed();
    return m_store.addDepartment(d);
}

Status SetupStore::updateDepartment(const Department& d)
{
    if (auto ok = checkName(QStringLiteral("department"), d.name, d.id); !ok)
        return ok;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE department SET name = ?, leader = ?, ambassador = ? WHERE id = ?"));
    q.addBindValue(d.name.trimmed());
    q.addBindValue(sql::text(d.leader));
    q.addBindValue(sql::text(d.ambassador));
    q.addBindValue(d.id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Saving department “%1”").arg(d.name));
    return success();
}

Result<RowId> SetupStore::addKpi(const Kpi& kpi)
{
    if (auto ok = checkName(QStringLiteral("kpi"), kpi.name, 0); !ok)
        return ok.error();
    Kpi k = kpi;
    k.name = k.name.trimmed();
    return m_store.addKpi(k);
}

Status SetupStore::updateKpi(const Kpi& k)
{
    if (auto ok = checkName(QStringLiteral("kpi"), k.name, k.id); !ok)
        return ok;
    if (k.amberBand < 0)
        return Error(tr("The amber band is a distance past the target, 0 or more."), m_store.path());
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "UPDATE kpi SET name = ?, unit = ?, direction = ?, target = ?, amber_band = ?, owner_department_id = ?, "
        "stage_id = ?, moment_id = ?, description = ?, aggregate = ? WHERE id = ?"));
    q.addBindValue(k.name.trimmed());
    q.addBindValue(sql::text(k.unit));
    q.addBindValue(toString(k.direction));
    q.addBindValue(sql::nullable(k.target));
    q.addBindValue(k.amberBand);
    q.addBindValue(sql::nullable(k.ownerDepartmentId));
    q.addBindValue(sql::nullable(k.stageId));
    q.addBindValue(sql::nullable(k.momentId));
    q.addBindValue(sql::text(k.description));
    q.addBindValue(toString(k.aggregate));
    q.addBindValue(k.id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Saving KPI “%1”").arg(k.name));
    return success();
}

// --- Removal --------------------------------------------------------------------
// Generic over the schema: the foreign keys say what a row takes with it
// (ON DELETE CASCADE), what it unlinks (SET NULL) and what forbids it.

Status SetupStore::collect(const QString& table, qint64 rowid, Removal& removal, int depth)
{
    if (depth > 8)
        return Error(tr("The room's links are deeper than expected."), m_store.path());
    QSqlQuery row(m_store.db());
    row.prepare(QStringLiteral("SELECT rowid AS _rowid, * FROM %1 WHERE rowid = ?").arg(table));
    row.addBindValue(rowid);
    if (!row.exec() || !row.next())
        return m_store.sqlError(row, tr("Reading what is removed"));
    Removal::Row captured;
    captured.table = table;
    captured.rowid = rowid;
    const QSqlRecord record = row.record();
    for (int i = 1; i < record.count(); ++i)
        captured.values.insert(record.fieldName(i), row.value(i));
    removal.rows.append(captured);

    QSqlQuery tables(m_store.db());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return m_store.sqlError(tables, tr("Reading the room's tables"));
    QStringList children;
    while (tables.next())
        children << tables.value(0).toString();
    for (const QString& child : children) {
        QSqlQuery keys(m_store.db());
        if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(child)))
            continue; // a virtual table has none
        while (keys.next()) {
            if (keys.value(QStringLiteral("table")).toString() != table)
                continue;
            const QString from = keys.value(QStringLiteral("from")).toString();
            const QString to = keys.value(QStringLiteral("to")).isNull() ? QStringLiteral("id")
                                                                          : keys.value(QStringLiteral("to")).toString();
            const QString onDelete = keys.value(QStringLiteral("on_delete")).toString().toUpper();
            const QVariant parentValue = captured.values.value(to);
            QSqlQuery refs(m_store.db());
            refs.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 = ?").arg(from, child));
            refs.addBindValue(parentValue);
            if (!refs.exec())
                return m_store.sqlError(refs, tr("Reading what is linked"));
            QVector<std::pair<qint64, QVariant>> found;
            while (refs.next())
                found.append({refs.value(0).toLongLong(), refs.value(1)});
            if (found.isEmpty())
                continue;
            if (onDelete == QLatin1String("CASCADE")) {
                for (const auto& [childRow, value] : found)
                    if (auto r = collect(child, childRow, removal, depth + 1); !r)
                        return r;
            } else if (onDelete == QLatin1String("SET NULL")) {
                for (const auto& [childRow, value] : found)
                    removal.links.append({child, from, childRow, value});
            } else {
                return Error(tr("It is still needed by %n %1; change those first.", nullptr, int(found.size()))
                                 .arg(blockerWords(child)),
                             m_store.path());
            }
        }
    }
    return success();
}

Result<Removal> SetupStore::remove(const QString& table, RowId id)
{
    Removal removal;
    RoomStore::Transaction tx(m_store);
    if (auto r = collect(table, id, removal, 0); !r)
        return r.error();
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Removing it"));
    if (auto c = tx.commit(); !c)
        return c.error();
    return removal;
}

Status SetupStore::restore(const Removal& removal)
{
    RoomStore::Transaction tx(m_store);
    for (const Removal::Row& row : removal.rows) {
        QStringList columns, marks;
        QVariantList values;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            columns << it.key();
            marks << QStringLiteral("?");
            values << it.value();
        }
        if (!row.values.contains(QStringLiteral("id"))) {
            columns << QStringLiteral("rowid");
            marks << QStringLiteral("?");
            values << row.rowid;
        }
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                      .arg(row.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return m_store.sqlError(q, tr("Putting it back"));
    }
    for (const Removal::Link& link : removal.links) {
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(link.table, link.column));
        q.addBindValue(link.value);
        q.addBindValue(link.rowid);
        if (!q.exec())
            return m_store.sqlError(q, tr("Putting its links back"));
    }
    return tx.commit();
}

} // namespace cr
