#pragma once
// Shaping the journey between meetings: stages and their moments of truth,
// departments, each stage's owner and contributors, KPI definitions, and the
// stage's maturity by month. Every removal hands back what it took with it
// (the row, the rows that went with it, the links it cleared) so an undo puts
// the room back exactly; removing a stage never deletes evidence, it moves to
// the Unassigned tray.

#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <QVector>

namespace cr {

class RoomStore;

// Rows a removal deleted (the row itself first, then what its foreign keys
// cascaded to) and the links it set to NULL, as they were.
struct Removal
{
    struct Row
    {
        QString table;
        qint64 rowid = 0;
        QVariantMap values;
    };
    struct Link
    {
        QString table;
        QString column;
        qint64 rowid = 0;
        QVariant value;
    };
    QVector<Row> rows;
    QVector<Link> links;
    bool isEmpty() const { return rows.isEmpty(); }
};

struct MaturityEntry
{
    QDate month; // first day
    Maturity maturity = Maturity::Reliable;
};

class SetupStore
{
    Q_DECLARE_TR_FUNCTIONS(SetupStore)

public:
    explicit SetupStore(RoomStore& store) : m_store(store) {}

    // --- Stages -------------------------------------------------------------
    // A new stage at `position` (0-based in journey order; past the end = last).
    Result<RowId> addStage(const Stage& stage, int position);
    // Name, target experience, description, owner and contributing departments.
    Status updateStage(const Stage& stage);
    Status moveStage(RowId stageId, int position);
    // Its maturity from `month` on (later entries give way); the history keeps
    // one entry per month of change.
    Status setMaturity(RowId stageId, Maturity maturity, const QDate& month);
    Result<QVector<MaturityEntry>> maturityHistory(RowId stageId) const; // oldest first
    // Puts a stage's history (and so its current maturity) back as it was (undo).
    Status replaceMaturityHistory(RowId stageId, Maturity current, const QVector<MaturityEntry>& history);

    // --- Moments of truth ------------------------------------------------------
    Result<RowId> addMoment(const Moment& moment, int position);
    Status updateMoment(const Moment& moment); // name, description, key or not
    Status moveMoment(RowId momentId, int position);

    // --- Departments and KPIs -------------------------------------------------
    Result<RowId> addDepartment(const Department& department);
    Status updateDepartment(const Department& department);
    Result<RowId> addKpi(const Kpi& kpi);
    Status updateKpi(const Kpi& kpi);

    // --- Removal and its undo ---------------------------------------------------
    // Removes a stage, moment, department or KPI with what depends on it. A
    // department that still owns fixes is refused with the reason.
    Result<Removal> removeStage(RowId id) { return remove(QStringLiteral("stage"), id); }
    Result<Removal> removeMoment(RowId id) { return remove(QStringLiteral("moment"), id); }
    Result<Removal> removeDepartment(RowId id) { return remove(QStringLiteral("department"), id); }
    Result<Removal> removeKpi(RowId id) { return remove(QStringLiteral("kpi"), id); }
    Status restore(const Removal& removal);

private:
    Result<Removal> remove(const QString& table, RowId id);
    Status collect(const QString& table, qint64 rowid, Removal& removal, int depth);
    Status renumber(const QString& table, const QString& scope, const QVariant& scopeValue, RowId moving,
                    int position);
    Status writeStageDepartments(const Stage& stage);
    Status checkName(const QString& table, const QString& name, RowId self, const QString& scope = {},
                     const QVariant& scopeValue = {}) const;

    RoomStore& m_store;
};

} // namespace cr
