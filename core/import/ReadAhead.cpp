#include "import/ReadAhead.h"

#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <variant>
#include <vector>

namespace cr {

namespace {

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
using SinkCall = std::variant<ImportRecord, Rejected, Skipped, Noted, Progressed>;
using Batch = std::vector<SinkCall>;

// Enough to amortise the locking, small enough that a batch of long
// complaint narratives is a few hundred kilobytes.
constexpr std::size_t kBatchSize = 256;
constexpr std::size_t kBatchesAhead = 8;

class Channel
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
    // Storing side: the next batch, or nothing once the reader has finished.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_queue.empty() || m_closed; });
        if (m_queue.empty())
            return std::nullopt;
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return batch;
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
    bool m_closed = false;
    std::atomic<bool> m_stopped{false};
};

// The sink the importer sees on the reader thread.
class ForwardingSink final : public ImportSink
{
public:
    explicit ForwardingSink(Channel& channel) : m_channel(channel) { m_batch.reserve(kBatchSize); }

    void accept(ImportRecord record) override { add(std::move(record)); }
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
        m_channel.push(std::move(m_batch));
        m_batch = {};
        m_batch.reserve(kBatchSize);
    }

private:
    template <typename Call> void add(Call&& call)
    {
        m_batch.emplace_back(std::in_place_type<std::decay_t<Call>>, std::forward<Call>(call));
        if (m_batch.size() >= kBatchSize)
            flush();
    }

    Channel& m_channel;
    Batch m_batch;
};

void deliver(SinkCall& call, ImportSink& sink)
{
    std::visit(
        [&](auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, ImportRecord>)
                sink.accept(std::move(c));
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

} // namespace

Status readAhead(const Importer& importer, const QString& path, const ImportOptions& options, ImportSink& sink)
{
    Channel channel;
    ForwardingSink forward(channel);
    Status result = success();
    std::unique_ptr<QThread> reader(QThread::create([&] {
        result = importer.read(path, options, forward);
        forward.flush();
        channel.close();
    }));
    reader->setObjectName(QStringLiteral("import reader"));
    reader->start();
    while (auto batch = channel.pop()) {
        for (SinkCall& call : *batch) {
            if (sink.isCancelled())
                break;
            deliver(call, sink);
        }
        if (sink.isCancelled())
            channel.stop();
    }
    reader->wait();
    return result;
}

} // namespace cr
