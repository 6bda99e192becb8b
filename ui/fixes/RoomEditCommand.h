#pragma once
// An undo step whose do and undo are writes to the room through its write
// queue. Steps that add something keep what the first write made (an id) in
// shared state, so undo can remove it and redo can put the same row back.

#include <QUndoCommand>

#include <functional>

namespace cr::ui {

class RoomWriteQueue;

class RoomEditCommand : public QUndoCommand
{
public:
    using Write = std::function<QString()>; // runs on a worker; returns an error or ""
    RoomEditCommand(const QString& text, RoomWriteQueue* queue, Write redo, Write undo);
    void redo() override;
    void undo() override;

private:
    RoomWriteQueue* m_queue;
    Write m_redo, m_undo;
};

} // namespace cr::ui
