#pragma once
// Long work (import, sync, demo creation, big reports) reports progress and
// can be cancelled, whichever thread runs it. The GUI owns a JobControl,
// hands it to the worker, shows progress() and calls cancel(); the CLI can
// print the same progress. Work checks isCancelled() between records and
// rolls back what it started.

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace cr {

class JobControl
{
public:
    using ProgressFn = std::function<void(double fraction, const QString& what)>;

    JobControl() = default;
    explicit JobControl(ProgressFn onProgress) : m_onProgress(std::move(onProgress)) {}

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    // fraction in 0..1 of the whole job; `what` names the current step.
    void progress(double fraction, const QString& what = {})
    {
        if (m_onProgress)
            m_onProgress(fraction < 0 ? 0 : fraction > 1 ? 1 : fraction, what);
    }

    // A part of the job (file 2 of 5) maps its own 0..1 into [from, to].
    struct Span
    {
        JobControl* job;
        double from;
        double to;
        void progress(double fraction, const QString& what = {}) const
        {
            if (job)
                job->progress(from + (to - from) * fraction, what);
        }
        bool isCancelled() const { return job && job->isCancelled(); }
        // A sub-part of this span: its own 0..1 maps into [a, b] of this one.
        Span part(double a, double b) const { return {job, from + (to - from) * a, from + (to - from) * b}; }
    };

private:
    std::atomic<bool> m_cancelled{false};
    ProgressFn m_onProgress;
};

} // namespace cr
