#pragma once
// What the work on a worker thread shares: its own connection to the room
// (a QSqlDatabase belongs to one thread), and a result taken or its error
// kept as a sentence to show.

#include "Result.h"
#include "store/RoomStore.h"

#include <QCoreApplication>

#include <memory>

namespace cr::ui {

// Opens the room for this thread, or says why it cannot be read.
inline std::unique_ptr<RoomStore> openRoomOnWorker(const QString& roomPath, QString& error)
{
    auto store = RoomStore::open(roomPath, RoomStore::OpenMode::OpenExisting);
    if (!store) {
        error = QCoreApplication::translate("WorkerRoom",
                                            "The room cannot be read (%1). Close this window and open the room again.")
                    .arg(store.error().toString());
        return nullptr;
    }
    return std::move(store).value();
}

// Moves a result's value into `into`, or its error into `error`.
template <typename T> bool take(Result<T> result, T& into, QString& error)
{
    if (!result) {
        error = result.error().toString();
        return false;
    }
    into = std::move(result).value();
    return true;
}

} // namespace cr::ui
