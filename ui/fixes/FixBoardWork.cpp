#include "fixes/FixBoardWork.h"

#include "common/Format.h"
#include "store/FixStore.h"
#include "store/RoomStore.h"

#include <QCoreApplication>

namespace cr::ui {

namespace {

Result<std::unique_ptr<RoomStore>> openStore(const QString& roomPath)
{
    return RoomStore::open(roomPath, RoomStore::OpenMode::OpenExisting);
}

} // namespace

BoardData loadBoard(const QString& roomPath, const QDate& today, const QVector<Fix::EvidenceLink>& alsoLabel)
{
    BoardData data;
    data.today = today;
    auto store = openStore(roomPath);
    if (!store) {
        data.error = store.error().message;
        return data;
    }
    RoomStore& s = **store;
    auto stages = s.stages();
    auto departments = s.departments();
    auto kpis = s.allKpis();
    auto fixes = FixStore(s).fixes();
    if (!stages || !departments || !kpis || !fixes) {
        data.error = !stages ? stages.error().message
                     : !departments ? departments.error().message
                     : !kpis ? kpis.error().message
                             : fixes.error().message;
        return data;
    }
    data.stages = *stages;
    data.departments = *departments;
    data.kpis = *kpis;
    QHash<RowId, QString> stageNames, departmentNames;
    QHash<RowId, Kpi> kpiById;
    for (const Stage& st : data.stages) {
        stageNames.insert(st.id, st.name);
        auto moments = s.moments(st.id);
        if (moments)
            data.moments.insert(st.id, *moments);
    }
    for (const Department& d : data.departments)
        departmentNames.insert(d.id, d.name);
    for (const Kpi& k : data.kpis)
        kpiById.insert(k.id, k);
    for (const Fix& f : *fixes) {
        FixCard card;
        card.fix = f;
        auto outcome = fixes::measure(s, f, today);
        if (outcome)
            card.outcome = *outcome;
        card.stageName = f.stageId ? stageNames.value(*f.stageId) : QString();
        card.ownerName = departmentNames.value(f.ownerDepartmentId);
        for (RowId d : f.contributingDepartmentIds)
            card.contributorNames << departmentNames.value(d);
        if (f.kpiId) {
            card.kpiName = kpiById.value(*f.kpiId).name;
            card.kpiUnit = kpiById.value(*f.kpiId).unit;
        }
        card.overdue = f.isOverdue(today);
        data.cards.append(card);
    }
    QVector<Fix::EvidenceLink> links = alsoLabel;
    for (const FixCard& c : data.cards)
        links += c.fix.evidence;
    if (auto labels = FixStore(s).evidenceLabels(links))
        data.evidenceLabels = *labels;
    return data;
}

QString moveFixOnBoard(const QString& roomPath, RowId id, FixStatus status, int position, const QDate& today)
{
    auto store = openStore(roomPath);
    if (!store)
        return store.error().message;
    const Status moved = FixStore(**store).move(id, status, position, today);
    return moved ? QString() : moved.error().message;
}

QString removeFixFromBoard(const QString& roomPath, RowId id)
{
    auto store = openStore(roomPath);
    if (!store)
        return store.error().message;
    const Status removed = FixStore(**store).remove(id);
    return removed ? QString() : removed.error().message;
}

QString restoreFixOnBoard(const QString& roomPath, const Fix& fix, FixStatus status, int position)
{
    auto store = openStore(roomPath);
    if (!store)
        return store.error().message;
    FixStore fixes(**store);
    RoomStore::Transaction tx(**store);
    auto id = fixes.insert(fix);
    if (!id)
        return id.error().message;
    // Back in its column at its place (insert keeps the old position number).
    if (auto placed = fixes.move(*id, status, position, QDate::currentDate()); !placed)
        return placed.error().message;
    const Status committed = tx.commit();
    return committed ? QString() : committed.error().message;
}

SavedFix saveFix(const QString& roomPath, const Fix& fix)
{
    SavedFix saved;
    auto store = openStore(roomPath);
    if (!store) {
        saved.error = store.error().message;
        return saved;
    }
    FixStore fixes(**store);
    if (fix.id == 0) {
        auto id = fixes.create(fix);
        if (!id)
            saved.error = id.error().message;
        else
            saved.id = *id;
        return saved;
    }
    const Status updated = fixes.update(fix);
    if (!updated)
        saved.error = updated.error().message;
    saved.id = fix.id;
    return saved;
}

QString metricName(const Fix& fix, const QString& kpiName)
{
    if (fix.metric == QLatin1String("kpi"))
        return kpiName;
    return fix.metric.toUpper();
}

QString metricValueText(const FixCard& card, const std::optional<double>& v)
{
    if (!v)
        return noDataDash();
    if (card.fix.metric == QLatin1String("nps"))
        return formatNps(*v);
    if (card.fix.metric == QLatin1String("kpi"))
        return formatKpiValue(*v, card.kpiUnit);
    return formatNumber(*v, 1);
}

QString outcomeText(const FixCard& card)
{
    const Fix& f = card.fix;
    if (f.metric.isEmpty())
        return QCoreApplication::translate("FixesBoard", "No metric to move");
    const QString name = metricName(f, card.kpiName);
    const auto value = [&](const std::optional<double>& v) { return metricValueText(card, v); };
    const auto& before = card.outcome.before;
    const auto& after = card.outcome.after;
    if (!after || !after->value) {
        const QString base = before && before->value ? value(before->value) : noDataDash();
        if (f.status == FixStatus::Done || f.status == FixStatus::Verified)
            return QCoreApplication::translate("FixesBoard", "%1 %2 before · result after it has run a while").arg(name, base);
        if (f.metric == QLatin1String("kpi"))
        {
            const int months = before ? before->n : 0;
            if (months == 1)
                return QCoreApplication::translate("FixesBoard", "%1 %2 before (1 month)").arg(name, base);
            return QCoreApplication::translate("FixesBoard", "%1 %2 before (%3 months)").arg(name, base).arg(months);
        }
        return QCoreApplication::translate("FixesBoard", "%1 %2 before (n %3)").arg(name, base).arg(before ? before->n : 0);
    }
    QString text = QStringLiteral("%1 %2 → %3").arg(name, value(before ? before->value : std::nullopt), value(after->value));
    if (card.outcome.significant)
        text += *card.outcome.significant ? QCoreApplication::translate("FixesBoard", " (n %1 → %2, significant)").arg(before->n).arg(after->n)
                                          : QCoreApplication::translate("FixesBoard", " (n %1 → %2, ≈ not significant)").arg(before->n).arg(after->n);
    return text;
}

} // namespace cr::ui
