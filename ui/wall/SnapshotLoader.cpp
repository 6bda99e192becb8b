#include "wall/SnapshotLoader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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
    for (const StageWall& stage : std::as_const(data.snapshot.stages)) {
        for (const Artifact& a : stage.artifacts) {
            if (a.thumbnailSha256.isEmpty() || data.thumbnails.contains(a.thumbnailSha256))
                continue;
            auto bytes = (*store)->media(a.thumbnailSha256);
            if (!bytes)
                continue; // the cell shows the artifact kind instead of a picture
            data.thumbnails.insert(a.thumbnailSha256, QImage::fromData(*bytes));
        }
    }
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
