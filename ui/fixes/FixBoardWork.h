#pragma once
// The room work behind the fixes board and the fix editor. Each function
// opens its own RoomStore on the room's file, so it runs on a worker thread
// (tests call them directly). Errors come back as a sentence to show.

#include "Domain.h"
#include "fixes/FixMeasure.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace cr::ui {

// A fix as a card shows it: the fix, its measured outcome, and names.
struct FixCard
{
    Fix fix;
    fixes::FixOutcome outcome;
    QString stageName;
    QString ownerName;
    QStringList contributorNames;
    QString kpiName;
    QString kpiUnit;
    bool overdue = false;
};

// What the board and the editor choose from.
struct BoardData
{
    QVector<FixCard> cards; // board order: by status, then position
    QVector<Stage> stages;
    QVector<Department> departments;
    QVector<Kpi> kpis;
    QHash<RowId, QVector<Moment>> moments; // by stage
    QHash<QString, QString> evidenceLabels; // "kind:id" -> what a person reads
    QDate today;
    QString error;
};
// `alsoLabel`: evidence not on any fix yet (a new fix's) to read the labels of too.
BoardData loadBoard(const QString& roomPath, const QDate& today, const QVector<Fix::EvidenceLink>& alsoLabel = {});

// Each returns an empty string when it worked, else what went wrong.
QString moveFixOnBoard(const QString& roomPath, RowId id, FixStatus status, int position, const QDate& today);
QString removeFixFromBoard(const QString& roomPath, RowId id);
QString restoreFixOnBoard(const QString& roomPath, const Fix& fix, FixStatus status, int position);

struct SavedFix
{
    RowId id = 0;
    QString error;
};
// A new fix (id 0) is created with its baseline captured; a known one is updated.
SavedFix saveFix(const QString& roomPath, const Fix& fix);

// "NPS −27 → −12 (n 369 → 120, significant)": what moved, in the metric's unit.
QString outcomeText(const FixCard& card);
QString metricName(const Fix& fix, const QString& kpiName);
// One value of the fix's metric in its unit ("−27", "71.4 %").
QString metricValueText(const FixCard& card, const std::optional<double>& value);

} // namespace cr::ui
