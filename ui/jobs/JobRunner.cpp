#include "jobs/JobRunner.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <mutex>

namespace cr::ui {

namespace {
// What the worker last reported; the GUI reads it when its queued update runs.
struct ProgressState
{
    std::mutex mutex;
    double fraction = 0;
    QString what;
    std::atomic<bool> posted{false};
};
} // namespace

struct JobRunner::Job
{
    Job(JobRunner* runner, int jobId, QString jobTitle)
        : id(jobId), title(std::move(jobTitle)), progress(std::make_shared<ProgressState>()),
          control([runner, state = progress, jobId](double fraction, const QString& what) {
              {
                  std::lock_guard<std::mutex> lock(state->mutex);
                  state->fraction = fraction;
                  if (!what.isEmpty())
                      state->what = what;
              }
              // At most one update in flight: a file of a million rows posts a handful.
              if (state->posted.exchange(true))
                  return;
              QMetaObject::invokeMethod(
                  runner,
                  [runner, state, jobId] {
                      state->posted.store(false);
                      double f;
                      QString w;
                      {
                          std::lock_guard<std::mutex> lock(state->mutex);
                          f = state->fraction;
                          w = state->what;
                      }
                      if (runner->currentId() == jobId)
                          emit runner->progressed(jobId, f, w);
                  },
                  Qt::QueuedConnection);
          })
    {
    }

    int id;
    QString title;
    Work work;
    QPointer<QObject> context;
    bool hasContext = false;
    Done done;
    std::shared_ptr<ProgressState> progress;
    JobControl control;
};

JobRunner::JobRunner(QObject* parent) : QObject(parent), m_watcher(new QFutureWatcher<void>(this))
{
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &JobRunner::onWorkerFinished);
}

JobRunner::~JobRunner()
{
    // The worker may hold a transaction open: ask it to stop and let it roll
    // back before the objects it reports to go away.
    disconnect(m_watcher, nullptr, this, nullptr);
    m_queue.clear();
    if (m_current) {
        m_current->control.cancel();
        m_watcher->waitForFinished();
    }
}

int JobRunner::run(const QString& title, Work work, QObject* context, Done done)
{
    auto job = std::make_shared<Job>(this, m_nextId++, title);
    job->work = std::move(work);
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    m_queue.push_back(job);
    if (!m_current)
        startNext();
    emit queueChanged();
    return job->id;
}

int JobRunner::currentId() const
{
    return m_current ? m_current->id : 0;
}

QString JobRunner::currentTitle() const
{
    return m_current ? m_current->title : QString();
}

QStringList JobRunner::queuedTitles() const
{
    QStringList titles;
    for (const auto& job : m_queue)
        titles << job->title;
    return titles;
}

void JobRunner::startNext()
{
    if (m_current || m_queue.empty())
        return;
    m_current = m_queue.front();
    m_queue.pop_front();
    emit started(m_current->id, m_current->title);
    std::shared_ptr<Job> job = m_current;
    m_watcher->setFuture(QtConcurrent::run([job] {
        try {
            job->work(job->control);
        } catch (...) {
            // Core reports errors as values; a throw here is a bug, but the
            // queue must go on and the job count as failed, not hang.
            job->control.cancel();
        }
    }));
}

void JobRunner::onWorkerFinished()
{
    std::shared_ptr<Job> job = std::move(m_current);
    m_current.reset();
    if (!job)
        return;
    const bool cancelled = job->control.isCancelled();
    if (job->done && (!job->hasContext || job->context))
        job->done(cancelled);
    emit finished(job->id, cancelled);
    startNext();
    emit queueChanged();
}

void JobRunner::cancel(int id)
{
    if (m_current && m_current->id == id) {
        m_current->control.cancel();
        double fraction;
        {
            std::lock_guard<std::mutex> lock(m_current->progress->mutex);
            fraction = m_current->progress->fraction;
        }
        emit progressed(id, fraction, tr("Cancelling…"));
        return;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if ((*it)->id != id)
            continue;
        std::shared_ptr<Job> job = *it;
        m_queue.erase(it);
        job->control.cancel();
        if (job->done && (!job->hasContext || job->context))
            job->done(true);
        emit finished(id, true);
        emit queueChanged();
        return;
    }
}

void JobRunner::cancelAll()
{
    while (!m_queue.empty())
        cancel(m_queue.back()->id);
    if (m_current)
        cancel(m_current->id);
}

void JobRunner::note(const QString& text)
{
    emit noted(text);
}

} // namespace cr::ui
