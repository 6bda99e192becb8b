#include "store/RuleStore.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cr {

namespace {

QString tableOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Complaints:
        return QStringLiteral("complaint");
    case ImportKind::Surveys:
        return QStringLiteral("survey_response");
    case ImportKind::Calls:
        return QStringLiteral("call");
    case ImportKind::Artifacts:
        return QStringLiteral("artifact");
    case ImportKind::Kpis:
        return QStringLiteral("kpi");
    }
    return {};
}

// The rule fields of each kind as SQL expressions over its table.
QString fieldsSql(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Complaints:
        return QStringLiteral("text, category, product, channel, customer_ref");
    case ImportKind::Surveys:
        return QStringLiteral("comment, metric, respondent_ref");
    case ImportKind::Calls:
        return QStringLiteral("title, agent, customer_channel, summary, transcript");
    case ImportKind::Artifacts:
        return QStringLiteral("title, description, kind");
    case ImportKind::Kpis:
        return QStringLiteral("name");
    }
    return {};
}

QString transcriptText(const QString& json)
{
    QStringList parts;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        parts << v.toObject().value(QStringLiteral("text")).toString();
    return parts.join(QLatin1Char(' '));
}

} // namespace

Result<QVector<MappingRule>> RuleStore::rules(std::optional<ImportKind> kind) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id, kind, field, pattern, is_regex, stage_id, category, position "
                             "FROM mapping_rule %1 ORDER BY position, id")
                  .arg(kind ? QStringLiteral("WHERE kind = ?") : QString()));
    if (kind)
        q.addBindValue(toString(*kind));
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Reading mapping rules"));
    QVector<MappingRule> out;
    while (q.next()) {
        MappingRule r;
        r.id = q.value(0).toLongLong();
        r.kind = importKindFromString(q.value(1).toString()).value_or(ImportKind::Complaints);
        r.field = q.value(2).toString();
        r.pattern = q.value(3).toString();
        r.isRegex = q.value(4).toInt() != 0;
        r.stageId = sql::optionalId(q.value(5));
        r.category = q.value(6).toString();
        r.position = q.value(7).toInt();
        out.append(r);
    }
    return out;
}

Result<RowId> RuleStore::addRule(MappingRule rule)
{
    if (const QString why = StageRules::validate(rule); !why.isEmpty())
        return Error(why);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO mapping_rule(kind, field, pattern, is_regex, stage_id, category, position) "
                             "VALUES(?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM mapping_rule))"));
    q.addBindValue(toString(rule.kind));
    q.addBindValue(rule.field);
    q.addBindValue(rule.pattern);
    q.addBindValue(rule.isRegex ? 1 : 0);
    q.addBindValue(sql::nullable(rule.stageId));
    q.addBindValue(sql::nullableText(rule.category));
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Adding a mapping rule"));
    return q.lastInsertId().toLongLong();
}

Status RuleStore::removeRule(RowId id)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM mapping_rule WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Removing a mapping rule"));
    if (q.numRowsAffected() == 0)
        return Error(RoomStore::tr("There is no mapping rule %1.").arg(id), m_store.path());
    return success();
}

Status RuleStore::moveRule(RowId id, int places)
{
    RoomStore::Transaction tx(m_store);
    if (!tx.isActive())
        return Error(RoomStore::tr("The room is busy; the rule was not moved."), m_store.path());
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT id FROM mapping_rule ORDER BY position, id")))
        return m_store.sqlError(q, RoomStore::tr("Moving a mapping rule"));
    QVector<RowId> order;
    while (q.next())
        order << q.value(0).toLongLong();
    const int from = int(order.indexOf(id));
    if (from < 0)
        return Error(RoomStore::tr("There is no mapping rule %1.").arg(id), m_store.path());
    const int to = std::clamp(from + places, 0, int(order.size()) - 1);
    if (to == from)
        return success();
    order.move(from, to);
    // Positions are renumbered 1..n, which also mends any gaps and ties.
    q.prepare(QStringLiteral("UPDATE mapping_rule SET position = ? WHERE id = ?"));
    for (int i = 0; i < order.size(); ++i) {
        q.bindValue(0, i + 1);
        q.bindValue(1, order.at(i));
        if (!q.exec())
            return m_store.sqlError(q, RoomStore::tr("Moving a mapping rule"));
    }
    return tx.commit();
}

Result<UnassignedCounts> RuleStore::unassignedCounts() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM complaint WHERE stage_id IS NULL), "
                               "(SELECT count(*) FROM survey_response WHERE stage_id IS NULL), "
                               "(SELECT count(*) FROM call WHERE stage_id IS NULL), "
                               "(SELECT count(*) FROM artifact WHERE stage_id IS NULL)")) ||
        !q.next())
        return m_store.sqlError(q, RoomStore::tr("Counting unassigned records"));
    return UnassignedCounts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
}

Result<QVector<UnassignedItem>> RuleStore::unassigned(std::optional<ImportKind> kind, int limit, int offset) const
{
    QStringList parts;
    auto want = [&](ImportKind k) { return !kind || *kind == k; };
    if (want(ImportKind::Complaints))
        parts << QStringLiteral("SELECT 'complaints', id, received_at, text, category, channel, source_file, "
                                "source_line FROM complaint WHERE stage_id IS NULL");
    if (want(ImportKind::Surveys))
        parts << QStringLiteral("SELECT 'surveys', id, responded_at, comment, metric || ' ' || score, '', "
                                "source_file, source_line FROM survey_response WHERE stage_id IS NULL");
    if (want(ImportKind::Calls))
        parts << QStringLiteral("SELECT 'calls', id, started_at, title, '', customer_channel, source_file, "
                                "source_line FROM call WHERE stage_id IS NULL");
    if (want(ImportKind::Artifacts))
        parts << QStringLiteral("SELECT 'artifacts', id, coalesce(received_on, imported_at), title, kind, '', "
                                "source_file, source_line FROM artifact WHERE stage_id IS NULL");
    QVector<UnassignedItem> out;
    if (parts.isEmpty())
        return out;
    QSqlQuery q(m_store.db());
    q.prepare(parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 3, 2 LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return m_store.sqlError(q, RoomStore::tr("Reading the Unassigned tray"));
    while (q.next()) {
        UnassignedItem item;
        item.kind = importKindFromString(q.value(0).toString()).value_or(ImportKind::Complaints);
        item.id = q.value(1).toLongLong();
        item.when = sql::parseDateTime(q.value(2));
        if (!item.when.isValid())
            item.when = QDateTime(sql::parseDate(q.value(2)), QTime(0, 0));
        item.title = q.value(3).toString();
        item.category = q.value(4).toString();
        item.channel = q.value(5).toString();
        item.sourceFile = q.value(6).toString();
        item.sourceLine = q.value(7).toInt();
        out.append(item);
    }
    return out;
}

Result<int> RuleStore::assign(ImportKind kind, const QVector<RowId>& ids, RowId stageId, const QString& category)
{
    if (kind == ImportKind::Kpis)
        return Error(RoomStore::tr("KPIs are placed on a stage in the room's set-up."));
    RoomStore::Transaction tx(m_store);
    QSqlQuery q(m_store.db());
    const bool setCategory = kind == ImportKind::Complaints && !category.isEmpty();
    q.prepare(QStringLiteral("UPDATE %1 SET stage_id = ?%2 WHERE id = ?")
                  .arg(tableOf(kind), setCategory ? QStringLiteral(", category = ?") : QString()));
    int changed = 0;
    for (RowId id : ids) {
        q.bindValue(0, stageId);
        if (setCategory) {
            q.bindValue(1, category);
            q.bindValue(2, id);
        } else {
            q.bindValue(1, id);
        }
        if (!q.exec())
            return m_store.sqlError(q, RoomStore::tr("Assigning records to a stage"));
        changed += q.numRowsAffected();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return changed;
}

Result<int> RuleStore::applyRulesToUnassigned()
{
    auto loaded = rules();
    if (!loaded)
        return loaded.error();
    const StageRules rules(*loaded);
    RoomStore::Transaction tx(m_store);
    int placed = 0;
    for (ImportKind kind : {ImportKind::Complaints, ImportKind::Surveys, ImportKind::Calls, ImportKind::Artifacts}) {
        const QString table = tableOf(kind);
        QSqlQuery q(m_store.db());
        if (!q.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE stage_id IS NULL").arg(fieldsSql(kind), table)))
            return m_store.sqlError(q, RoomStore::tr("Reading the Unassigned tray"));
        const QStringList fields = ruleFields(kind);
        QSqlQuery update(m_store.db());
        update.prepare(QStringLiteral("UPDATE %1 SET stage_id = coalesce(?, stage_id)%2 WHERE id = ?")
                           .arg(table, kind == ImportKind::Complaints
                                           ? QStringLiteral(", category = CASE WHEN category IN ('', "
                                                            "'Uncategorised') THEN coalesce(?, category) "
                                                            "ELSE category END")
                                           : QString()));
        while (q.next()) {
            const MappingRule* rule = rules.match(kind, [&](const QString& field) {
                const int at = int(fields.indexOf(field));
                if (at < 0)
                    return QString();
                const QString v = q.value(at + 1).toString();
                return field == QLatin1String("transcript") ? transcriptText(v) : v;
            });
            if (!rule || !rule->stageId)
                continue;
            int i = 0;
            update.bindValue(i++, sql::nullable(rule->stageId));
            if (kind == ImportKind::Complaints)
                update.bindValue(i++, sql::nullableText(rule->category));
            update.bindValue(i++, q.value(0));
            if (!update.exec())
                return m_store.sqlError(update, RoomStore::tr("Applying mapping rules"));
            ++placed;
        }
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return placed;
}

} // namespace cr
