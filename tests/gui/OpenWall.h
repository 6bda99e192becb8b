#pragma once
// The GUI tests' way into a room: the demo room made in a file, and a shown
// wall window on it for a period, returned once its wall is painted (or with
// a warning after 20 s, so the test's own checks say what is missing).

#include "demo/DemoRoom.h"
#include "wall/WallWindow.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <memory>

namespace cr::test {

// The Kestrel Fibre demo ending with `lastMonth`, in a new file; the open
// store, or the reason it could not be made.
inline Result<std::unique_ptr<RoomStore>> makeDemoRoomFile(const QString& path, QDate lastMonth)
{
    auto store = RoomStore::open(path, RoomStore::OpenMode::CreateNew);
    if (!store)
        return store.error();
    DemoOptions options;
    options.lastMonth = lastMonth;
    if (const Status created = createDemoRoom(**store, options); !created)
        return created.error();
    return store;
}

inline std::unique_ptr<ui::WallWindow> openWallWindow(const QString& path, const Period& period, QSize size)
{
    auto window = std::make_unique<ui::WallWindow>();
    window->resize(size);
    window->show();
    QSignalSpy ready(window.get(), &ui::WallWindow::wallReady);
    window->openRoom(path);     // read on a worker
    window->setPeriod(period); // before the room is read: it opens on this period
    if (!ready.wait(20000) && !window->hasWall())
        qWarning("the wall did not load");
    QCoreApplication::processEvents();
    return window;
}

} // namespace cr::test
