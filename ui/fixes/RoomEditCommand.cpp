#include "fixes/RoomEditCommand.h"

#include "fixes/RoomWriteQueue.h"

namespace cr::ui {

RoomEditCommand::RoomEditCommand(const QString& text, RoomWriteQueue* queue, Write redo, Write undo)
    : m_queue(queue), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    setText(text);
}

void RoomEditCommand::redo()
{
    m_queue->enqueue(m_redo);
}

void RoomEditCommand::undo()
{
    m_queue->enqueue(m_undo);
}

} // namespace cr::ui
