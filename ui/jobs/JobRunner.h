#pragma once
// Runs long work (import, sync, a new room) off the GUI thread, one job at a
// time in the order asked: jobs on one room write to one SQLite file, so a
// queue is the honest shape. Progress reaches the GUI thread throttled (one
// queued update at a time, never one per record); `finished` and the done
// callback arrive on the GUI thread. The GUI thread never waits, except the
// destructor, which cancels the running job and lets it roll back.

#include "jobs/Job.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace cr::ui {

class JobRunner : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<void(JobControl&)>;
    using Done = std::function<void(bool cancelled)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // Queues `work`; returns the job's id. `done` runs on the GUI thread after
    // the work, unless `context` is gone by then.
    int run(const QString& title, Work work, QObject* context = nullptr, Done done = {});

    // The same with a result handed from the worker to `done(result, cancelled)`.
    // A job dropped from the queue before it ran hands a default result, if
    // the type has one; otherwise its `done` is not called.
    template <typename Fn, typename DoneFn>
    int runWithResult(const QString& title, Fn work, QObject* context, DoneFn done)
    {
        using T = std::invoke_result_t<Fn, JobControl&>;
        auto result = std::make_shared<std::optional<T>>();
        return run(
            title, [result, work = std::move(work)](JobControl& job) { result->emplace(work(job)); }, context,
            [result, done = std::move(done)](bool cancelled) {
                if (result->has_value())
                    done(std::move(**result), cancelled);
                else if constexpr (std::is_default_constructible_v<T>)
                    done(T{}, true);
            });
    }

    void cancel(int id); // a queued job is dropped, the running one is asked to stop
    void cancelAll();

    bool isBusy() const { return m_current != nullptr; }
    int currentId() const;
    QString currentTitle() const;
    QStringList queuedTitles() const;
    int pendingCount() const { return int(m_queue.size()) + (m_current ? 1 : 0); }

    // A quiet line for the job bar ("3 complaints arrived from Zendesk"); empty clears it.
    void note(const QString& text);

signals:
    void started(int id, const QString& title);
    void progressed(int id, double fraction, const QString& what);
    void finished(int id, bool cancelled);
    void queueChanged();
    void noted(const QString& text);

private:
    struct Job;
    void startNext();
    void onWorkerFinished();

    std::deque<std::shared_ptr<Job>> m_queue;
    std::shared_ptr<Job> m_current;
    QFutureWatcher<void>* m_watcher;
    int m_nextId = 1;
};

} // namespace cr::ui
