#include "wall/SnapshotLoader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <thread>

namespace cr::ui {

WallLoadOutcome loadWall(const QString& roomPath, const Period& period)
{
    QElapsedTimer timer;
    timer.start();
    WallLoadOutcome outcome;
    auto store = RoomStore::open(roomPath, RoomStore::OpenMode::OpenExisting);
    if (!store) {
        outcome.error = store.error().toString();
        return outcome;
    }
    auto snapshot = buildWallSnapshot(**store, period);
    if (!snapshot) {
        outcome.error = snapshot.error().toString();
        return outcome;
    }
    WallData data;
    data.snapshot = std::move(snapshot).value();
    auto agenda = buildAgenda(**store, data.snapshot, QDate::currentDate());
    if (!agenda) {
        outcome.error = agenda.error().toString();
        return outcome;
    }
    data.agenda = std::move(agenda).value();
    // Thumbnails: read here (SQL stays on this connection), decoded on two
    // threads (PNG decoding is most of their cost and needs no room).
    QVector<std::pair<QString, QByteArray>> encoded;
    QSet<QString> seen;
    for (const StageWall& stage : std::as_const(data.snapshot.stages)) {
        for (const Artifact& a : stage.artifacts) {
            if (a.thumbnailSha256.isEmpty() || seen.contains(a.thumbnailSha256))
                continue;
            seen.insert(a.thumbnailSha256);
            if (auto bytes = (*store)->media(a.thumbnailSha256))
                encoded.append({a.thumbnailSha256, *bytes});
            // else the cell shows the artifact kind instead of a picture
        }
    }
    QVector<QImage> decoded(encoded.size());
    auto decode = [&](int from, int step) {
        for (int i = from; i < encoded.size(); i += step)
            decoded[i] = QImage::fromData(encoded[i].second);
    };
    if (encoded.size() > 4) {
        std::thread other(decode, 1, 2);
        decode(0, 2);
        other.join();
    } else {
        decode(0, 1);
    }
    for (int i = 0; i < encoded.size(); ++i)
        data.thumbnails.insert(encoded[i].first, decoded[i]);
    data.elapsedMs = timer.elapsed();
    outcome.data = std::move(data);
    return outcome;
}

SnapshotLoader::SnapshotLoader(QObject* parent) : QObject(parent) {}

SnapshotLoader::~SnapshotLoader()
{
    // Workers hold no pointer to us; their results are simply dropped.
    m_generation = ~quint64(0);
}

void SnapshotLoader::load(const QString& roomPath, const Period& period)
{
    const quint64 generation = ++m_generation;
    ++m_running;
    auto* watcher = new QFutureWatcher<WallLoadOutcome>(this);
    connect(watcher, &QFutureWatcher<WallLoadOutcome>::finished, this, [this, watcher, generation] {
        --m_running;
        const WallLoadOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer period or room was asked for meanwhile
        if (outcome.data)
            emit loaded(*outcome.data);
        else
            emit failed(outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(loadWall, roomPath, period));
}

} // namespace cr::ui
