#include "fixes/RoomWriteQueue.h"

#include "jobs/Background.h"

namespace cr::ui {

void RoomWriteQueue::enqueue(Write write)
{
    m_queue.enqueue(std::move(write));
    if (!m_busy)
        runNext();
}

void RoomWriteQueue::runNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        emit settled();
        return;
    }
    m_busy = true;
    runInBackground(this, m_queue.dequeue(), [this](const QString& error) {
        if (!error.isEmpty())
            emit failed(error);
        runNext();
    });
}

} // namespace cr::ui
