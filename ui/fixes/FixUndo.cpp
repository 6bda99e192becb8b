#include "fixes/FixUndo.h"

#include "fixes/FixBoardWork.h"
#include "fixes/RoomWriteQueue.h"
#include "store/FixStore.h"
#include "store/RoomStore.h"

#include <QCoreApplication>

namespace cr::ui {

namespace {

} // namespace

MoveFixCommand::MoveFixCommand(QString room, RoomWriteQueue* queue, RowId fixId, const QString& title, Place from,
                               Place to)
    : m_room(std::move(room)), m_queue(queue), m_fixId(fixId), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("FixesBoard", "Move “%1”").arg(title));
}

void MoveFixCommand::redo()
{
    m_queue->enqueue([room = m_room, id = m_fixId, to = m_to] {
        return moveFixOnBoard(room, id, to.status, to.position, QDate::currentDate());
    });
}

void MoveFixCommand::undo()
{
    m_queue->enqueue([room = m_room, id = m_fixId, from = m_from] {
        return moveFixOnBoard(room, id, from.status, from.position, QDate::currentDate());
    });
}

RemoveFixCommand::RemoveFixCommand(QString room, RoomWriteQueue* queue, const Fix& fix)
    : m_room(std::move(room)), m_queue(queue), m_fix(fix)
{
    setText(QCoreApplication::translate("FixesBoard", "Remove “%1”").arg(fix.title));
}

void RemoveFixCommand::redo()
{
    m_queue->enqueue([room = m_room, id = m_fix.id] { return removeFixFromBoard(room, id); });
}

void RemoveFixCommand::undo()
{
    m_queue->enqueue([room = m_room, fix = m_fix] {
        return restoreFixOnBoard(room, fix, fix.status, fix.boardPosition - 1);
    });
}

CreateFixCommand::CreateFixCommand(QString room, RoomWriteQueue* queue, const Fix& fix)
    : m_room(std::move(room)), m_queue(queue), m_fix(fix), m_written(std::make_shared<Fix>())
{
    setText(QCoreApplication::translate("FixesBoard", "New fix “%1”").arg(fix.title));
}

void CreateFixCommand::redo()
{
    m_queue->enqueue([room = m_room, fix = m_fix, written = m_written]() -> QString {
        if (written->id != 0) // again after an undo: the same fix, same id and baseline
            return restoreFixOnBoard(room, *written, written->status, written->boardPosition - 1);
        const SavedFix saved = saveFix(room, fix);
        if (!saved.error.isEmpty())
            return saved.error;
        auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
        if (!store)
            return store.error().message;
        auto stored = FixStore(**store).fix(saved.id);
        if (!stored)
            return stored.error().message;
        *written = *stored;
        return QString();
    });
}

void CreateFixCommand::undo()
{
    m_queue->enqueue([room = m_room, written = m_written]() -> QString {
        if (written->id == 0)
            return QString(); // it was never written
        return removeFixFromBoard(room, written->id);
    });
}

EditFixCommand::EditFixCommand(QString room, RoomWriteQueue* queue, const Fix& before, const Fix& after)
    : m_room(std::move(room)), m_queue(queue), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("FixesBoard", "Edit “%1”").arg(after.title));
}

void EditFixCommand::redo()
{
    m_queue->enqueue([room = m_room, fix = m_after] { return saveFix(room, fix).error; });
}

void EditFixCommand::undo()
{
    m_queue->enqueue([room = m_room, fix = m_before] { return saveFix(room, fix).error; });
}

} // namespace cr::ui
