#pragma once
// The GUI tests' way into a room: a shown wall window on `path` for
// `period`, returned once its wall is painted (or with a warning after 20 s,
// so the test's own checks say what is missing).

#include "wall/WallWindow.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <memory>

namespace cr::test {

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
