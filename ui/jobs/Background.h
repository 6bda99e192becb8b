#pragma once
// A short read off the GUI thread (a preview, a feed list, a header): the
// work runs on the thread pool, `done` gets its result on the GUI thread if
// `context` still lives. The work must not touch `context`. Callers number
// their requests and drop stale answers (STYLE.md, "Loading off the GUI thread").

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace cr::ui {

template <typename Fn, typename DoneFn> void runInBackground(QObject* context, Fn work, DoneFn done)
{
    using T = std::invoke_result_t<Fn>;
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace cr::ui
