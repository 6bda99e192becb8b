#pragma once
// Writes to the room from the GUI, one after another on a worker thread: an
// undo right after a drag must not race the drag's own write. Each write
// opens its own RoomStore and returns an error sentence or an empty string.

#include <QObject>
#include <QQueue>

#include <functional>

namespace cr::ui {

class RoomWriteQueue : public QObject
{
    Q_OBJECT
public:
    using Write = std::function<QString()>;
    explicit RoomWriteQueue(QObject* parent = nullptr) : QObject(parent) {}

    void enqueue(Write write);
    bool isBusy() const { return m_busy; }

signals:
    void failed(const QString& message);
    void settled(); // the queue ran empty: time to read the room again

private:
    void runNext();

    QQueue<Write> m_queue;
    bool m_busy = false;
};

} // namespace cr::ui
