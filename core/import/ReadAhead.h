#pragma once
// Reads a file on a thread of its own while the calling thread stores what
// was read: parsing and SQLite each keep a core busy, and the room's
// connection stays on the thread that owns it.
//
// Each record goes through prepare() on the reader thread, in file order,
// for the work that needs no room (checks, stage names, rules, hashing);
// what it returns reaches store() on the calling thread. The importer's
// other calls (rejects, skips, notes, progress) reach the sink there too,
// in the order they were made, in batches through a bounded queue, so
// memory stays flat however long the file is. Once the sink says it is
// cancelled (Cancel, or a store error) the reader is told to stop and
// whatever it still sends is dropped.

#include "Result.h"
#include "import/Importer.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace cr {

namespace read_ahead {

struct Rejected
{
    int line;
    QString reason;
    QString raw;
};
struct Skipped
{
    int line;
    QString reason;
};
struct Noted
{
    QString message;
};
struct Progressed
{
    qint64 bytesRead;
    qint64 bytesTotal;
};

// Enough to amortise the locking, small enough that a batch of long
// complaint narratives is a few hundred kilobytes.
constexpr std::size_t kBatchSize = 256;
constexpr std::size_t kBatchesAhead = 8;
// Slow records (a manifest's calls, each an audio file to read) still reach
// the store, the progress bar and Cancel at least this often.
constexpr std::chrono::milliseconds kMaxBatchAge{50};

template <typename Batch> class Channel
{
public:
    // Reader side: waits while the queue is full; drops the batch once stopped.
    void push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_queue.size() < kBatchesAhead || m_stopped.load(); });
        if (m_stopped.load())
            return;
        m_queue.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_one();
    }
    // Storing side: the next batch; an empty one when none came within
    // `wait` (time to look at Cancel); nothing once the reader has finished.
    std::optional<Batch> pop(std::chrono::milliseconds wait)
    {
        std::unique_lock lock(m_mutex);
        if (!m_notEmpty.wait_for(lock, wait, [&] { return !m_queue.empty() || m_closed; }))
            return Batch{};
        if (m_queue.empty())
            return std::nullopt;
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    // Batches the storing side is done with go back to be freed on the
    // reader thread, which allocated them and has time to spare.
    void recycle(Batch batch)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    std::deque<Batch> takeSpent()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_spent, {});
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped.store(true);
        m_queue.clear();
        m_notFull.notify_all();
    }
    bool isStopped() const { return m_stopped.load(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_queue;
    std::deque<Batch> m_spent;
    bool m_closed = false;
    std::atomic<bool> m_stopped{false};
};

// The sink the importer sees on the reader thread.
template <typename Prepared, typename Prepare> class ForwardingSink final : public ImportSink
{
public:
    using Call = std::variant<Prepared, Rejected, Skipped, Noted, Progressed>;
    using Batch = std::vector<Call>;

    ForwardingSink(Channel<Batch>& channel, Prepare& prepare) : m_channel(channel), m_prepare(prepare)
    {
        m_batch.reserve(kBatchSize);
        m_age.start();
    }

    void accept(ImportRecord record) override { add(m_prepare(std::move(record))); }
    void reject(int line, const QString& reason, const QString& raw) override { add(Rejected{line, reason, raw}); }
    void skip(int line, const QString& reason) override { add(Skipped{line, reason}); }
    void note(const QString& message) override { add(Noted{message}); }
    bool isCancelled() const override { return m_channel.isStopped(); }
    bool wantsMore() const override { return !m_channel.isStopped(); }
    void progress(qint64 bytesRead, qint64 bytesTotal) override
    {
        // Only the latest position matters.
        if (!m_batch.empty())
            if (auto* last = std::get_if<Progressed>(&m_batch.back())) {
                *last = {bytesRead, bytesTotal};
                return;
            }
        add(Progressed{bytesRead, bytesTotal});
    }

    void flush()
    {
        if (m_batch.empty())
            return;
        m_channel.takeSpent(); // freed here
        m_channel.push(std::move(m_batch));
        m_batch = {};
        m_batch.reserve(kBatchSize);
        m_age.restart();
    }

private:
    template <typename T> void add(T&& call)
    {
        m_batch.emplace_back(std::in_place_type<std::decay_t<T>>, std::forward<T>(call));
        if (m_batch.size() >= kBatchSize || m_age.hasExpired(kMaxBatchAge.count()))
            flush();
    }

    Channel<Batch>& m_channel;
    Prepare& m_prepare;
    Batch m_batch;
    QElapsedTimer m_age;
};

} // namespace read_ahead

// prepare: Prepared(ImportRecord), on the reader thread.
// store: void(Prepared&&), on the calling thread.
// sink: gets everything else, on the calling thread; its isCancelled() stops the reader.
template <typename Prepared, typename Prepare, typename Store>
Status readAhead(const Importer& importer, const QString& path, const ImportOptions& options, ImportSink& sink,
                 Prepare prepare, Store store)
{
    using namespace read_ahead;
    using Forwarding = ForwardingSink<Prepared, Prepare>;
    Channel<typename Forwarding::Batch> channel;
    Forwarding forward(channel, prepare);
    Status result = success();
    std::unique_ptr<QThread> reader(QThread::create([&] {
        result = importer.read(path, options, forward);
        forward.flush();
        channel.close();
    }));
    reader->setObjectName(QStringLiteral("import reader"));
    reader->start();
    while (auto batch = channel.pop(kMaxBatchAge)) {
        if (batch->empty()) { // nothing yet: Cancel still has to stop the reader
            if (sink.isCancelled())
                channel.stop();
            continue;
        }
        for (auto& call : *batch) {
            if (sink.isCancelled())
                break;
            std::visit(
                [&](auto& c) {
                    using T = std::decay_t<decltype(c)>;
                    if constexpr (std::is_same_v<T, Prepared>)
                        store(std::move(c));
                    else if constexpr (std::is_same_v<T, Rejected>)
                        sink.reject(c.line, c.reason, c.raw);
                    else if constexpr (std::is_same_v<T, Skipped>)
                        sink.skip(c.line, c.reason);
                    else if constexpr (std::is_same_v<T, Noted>)
                        sink.note(c.message);
                    else
                        sink.progress(c.bytesRead, c.bytesTotal);
                },
                call);
        }
        if (sink.isCancelled())
            channel.stop();
        channel.recycle(std::move(*batch));
    }
    reader->wait();
    return result;
}

} // namespace cr
