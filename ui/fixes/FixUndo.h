#pragma once
// Board and editor changes as undo steps on the room's undo stack. Each step
// writes through the room's write queue; the views reload when it settles.

#include "Domain.h"

#include <QUndoCommand>

namespace cr::ui {

class RoomWriteQueue;

// Moves a fix to another column or place (a drag, Ctrl+←/→).
class MoveFixCommand : public QUndoCommand
{
public:
    struct Place
    {
        FixStatus status;
        int position;
    };
    MoveFixCommand(QString room, RoomWriteQueue* queue, RowId fixId, const QString& title, Place from, Place to);
    void undo() override;
    void redo() override;

private:
    QString m_room;
    RoomWriteQueue* m_queue;
    RowId m_fixId;
    Place m_from, m_to;
};

// Removes a fix; undo puts it back with its id, links and place.
class RemoveFixCommand : public QUndoCommand
{
public:
    RemoveFixCommand(QString room, RoomWriteQueue* queue, const Fix& fix);
    void undo() override;
    void redo() override;

private:
    QString m_room;
    RoomWriteQueue* m_queue;
    Fix m_fix;
};

// Creates a fix (its baseline captured when first written); undo removes it,
// redo brings the same fix back.
class CreateFixCommand : public QUndoCommand
{
public:
    CreateFixCommand(QString room, RoomWriteQueue* queue, const Fix& fix);
    void undo() override;
    void redo() override;

private:
    QString m_room;
    RoomWriteQueue* m_queue;
    Fix m_fix;
    std::shared_ptr<Fix> m_written; // as the store wrote it (id, baseline), filled on the worker
};

// Edits a fix's fields; undo writes the fields back as they were.
class EditFixCommand : public QUndoCommand
{
public:
    EditFixCommand(QString room, RoomWriteQueue* queue, const Fix& before, const Fix& after);
    void undo() override;
    void redo() override;

private:
    QString m_room;
    RoomWriteQueue* m_queue;
    Fix m_before, m_after;
};

} // namespace cr::ui
