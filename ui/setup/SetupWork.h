#pragma once
// The room's set-up as the set-up window shows it, read on a worker, and the
// way its undo steps write: each opens its own RoomStore on the room's file.

#include "Domain.h"
#include "Result.h"
#include "store/SetupStore.h"

#include <QHash>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace cr::ui {

class RoomWriteQueue;

struct SetupData
{
    QVector<Stage> stages; // journey order
    QHash<RowId, QVector<Moment>> moments;
    QHash<RowId, QVector<MaturityEntry>> maturity;
    QVector<Department> departments;
    QVector<Kpi> kpis;
    QHash<RowId, int> fixesOwned; // by department: a department that owns fixes cannot be removed
    QString error;
};
SetupData loadSetup(const QString& roomPath);

// Runs `edit` on the room's set-up in one transaction; "" or what went wrong.
QString editSetup(const QString& roomPath, const std::function<Status(SetupStore&)>& edit);

// Where set-up edits go: the room's file, its undo stack and its write queue.
struct SetupContext
{
    QString roomPath;
    QUndoStack* undo = nullptr;
    RoomWriteQueue* writes = nullptr;

    // One undo step of two writes.
    void push(const QString& text, std::function<Status(SetupStore&)> redo, std::function<Status(SetupStore&)> undo) const;
    // Adding something: the first redo adds (keeping the new id), undo removes
    // it (keeping what it took), a later redo puts the same row back.
    void pushAdd(const QString& text, std::function<Result<RowId>(SetupStore&)> add,
                 std::function<Result<Removal>(SetupStore&, RowId)> remove) const;
    // Removing something: undo puts back the row and all it took with it.
    void pushRemove(const QString& text, std::function<Result<Removal>(SetupStore&)> remove) const;
};

} // namespace cr::ui
