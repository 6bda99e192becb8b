#include "feeds/FeedSyncer.h"

#include "feeds/FeedKeychain.h"
#include "jobs/Background.h"
#include "jobs/JobRunner.h"
#include "store/FeedStore.h"
#include "store/RoomStore.h"

#include <QFileInfo>

#include <memory>

namespace cr::ui {

namespace {

struct FeedList
{
    QVector<Feed> feeds;
    QString error;
    FeedSyncer::Watches watches; // worked out here: a feed's folder may sit on a slow share
};

FeedList readFeeds(const QString& room)
{
    FeedList list;
    auto store = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    if (!store) {
        list.error = store.error().toString();
        return list;
    }
    auto feeds = FeedStore(**store).feeds();
    if (!feeds) {
        list.error = feeds.error().toString();
        return list;
    }
    list.feeds = *feeds;
    for (const Feed& f : std::as_const(list.feeds)) {
        if (isUrlLocation(f.location))
            continue;
        const QFileInfo info(f.location);
        if (info.isDir()) {
            list.watches.feedsByPath[info.absoluteFilePath()] << f.name;
        } else if (info.isFile()) {
            // An export tool often replaces the file (write, then rename): its folder sees that.
            list.watches.feedsByPath[info.absoluteFilePath()] << f.name;
            list.watches.feedsByPath[info.absolutePath()] << f.name;
            list.watches.files.insert(info.absoluteFilePath());
        }
    }
    return list;
}

QString kindWords(ImportKind kind, int n)
{
    switch (kind) {
    case ImportKind::Complaints:
        return n == 1 ? FeedSyncer::tr("1 complaint") : FeedSyncer::tr("%1 complaints").arg(n);
    case ImportKind::Surveys:
        return n == 1 ? FeedSyncer::tr("1 survey answer") : FeedSyncer::tr("%1 survey answers").arg(n);
    case ImportKind::Kpis:
        return n == 1 ? FeedSyncer::tr("1 KPI value") : FeedSyncer::tr("%1 KPI values").arg(n);
    case ImportKind::Calls:
        return n == 1 ? FeedSyncer::tr("1 call") : FeedSyncer::tr("%1 calls").arg(n);
    case ImportKind::Artifacts:
        return n == 1 ? FeedSyncer::tr("1 artifact") : FeedSyncer::tr("%1 artifacts").arg(n);
    }
    return QString::number(n);
}

} // namespace

int SyncBatch::arrived() const
{
    int n = 0;
    for (const SyncSummary& s : feeds)
        n += s.imported() + s.updated();
    return n;
}

FeedSyncer::FeedSyncer(JobRunner* jobs, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_watcher(new QFileSystemWatcher(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(2000); // a file still being written settles first
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FeedSyncer::onPathChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FeedSyncer::onPathChanged);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        const QStringList names(m_changed.begin(), m_changed.end());
        m_changed.clear();
        if (!names.isEmpty())
            syncFeeds(names, true);
    });
}

void FeedSyncer::setRoom(const QString& roomPath)
{
    if (roomPath == m_room)
        return;
    m_room = roomPath;
    ++m_generation;
    m_debounce.stop();
    m_changed.clear();
    m_problems.clear();
    m_keychainWarned = false;
    watch({});
}

QStringList FeedSyncer::watchedPaths() const
{
    return m_watcher->files() + m_watcher->directories();
}

void FeedSyncer::refresh()
{
    if (m_room.isEmpty())
        return;
    const quint64 generation = m_generation;
    const QString room = m_room;
    runInBackground(
        this, [room] { return readFeeds(room); },
        [this, generation, room](const FeedList& list) {
            if (generation != m_generation)
                return;
            watch(list.watches);
            emit feedsListed(room, int(list.feeds.size()));
        });
}

void FeedSyncer::watch(const Watches& watches)
{
    if (const QStringList old = watchedPaths(); !old.isEmpty())
        m_watcher->removePaths(old);
    m_watches = watches;
    const QStringList paths = m_watches.feedsByPath.keys();
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void FeedSyncer::onPathChanged(const QString& path)
{
    const QStringList names = m_watches.feedsByPath.value(path);
    if (names.isEmpty())
        return;
    for (const QString& n : names)
        m_changed.insert(n);
    // A replaced file drops out of the watch list; take it back (its folder's change brings us here).
    const QStringList watched = m_watcher->files();
    for (const QString& file : std::as_const(m_watches.files))
        if (!watched.contains(file))
            m_watcher->addPath(file); // fails quietly while the new file is not there yet
    m_debounce.start();
}

void FeedSyncer::syncAll(bool automatic)
{
    syncFeeds({}, automatic);
}

void FeedSyncer::syncFeeds(const QStringList& names, bool automatic)
{
    if (m_room.isEmpty())
        return;
    const quint64 generation = m_generation;
    const QString room = m_room;
    runInBackground(
        this, [room] { return readFeeds(room); },
        [this, generation, room, names, automatic](const FeedList& list) {
            if (generation != m_generation)
                return;
            if (!list.error.isEmpty()) {
                if (!automatic)
                    m_jobs->note(list.error);
                return;
            }
            QVector<Feed> chosen;
            for (const Feed& f : list.feeds)
                if (names.isEmpty() || names.contains(f.name))
                    chosen << f;
            if (chosen.isEmpty()) {
                if (!automatic)
                    m_jobs->note(tr("This room has no feeds yet: add one under Room › Feeds…"));
                return;
            }
            // Credentials first (asynchronous keychain jobs), then one sync job.
            auto credentials = std::make_shared<QHash<QString, FeedCredentials>>();
            auto pending = std::make_shared<int>(0);
            for (const Feed& f : std::as_const(chosen))
                if (isUrlLocation(f.location))
                    ++*pending;
            if (*pending == 0) {
                queueSync(chosen, {}, automatic);
                return;
            }
            for (const Feed& f : std::as_const(chosen)) {
                if (!isUrlLocation(f.location))
                    continue;
                keychain::read(room, f.name, this,
                               [this, generation, chosen, credentials, pending, automatic,
                                name = f.name](const FeedCredentials& c, const QString& problem) {
                                   if (!c.isEmpty())
                                       credentials->insert(name, c);
                                   if (!problem.isEmpty()) {
                                       m_problems.insert(name, problem);
                                       if (!m_keychainWarned)
                                           m_jobs->note(problem);
                                       m_keychainWarned = true;
                                   }
                                   if (--*pending == 0 && generation == m_generation)
                                       queueSync(chosen, *credentials, automatic);
                               });
            }
        });
}

void FeedSyncer::queueSync(const QVector<Feed>& feeds, const QHash<QString, FeedCredentials>& credentials,
                           bool automatic)
{
    QVector<RowId> ids;
    QHash<QString, ImportKind> kinds;
    for (const Feed& f : feeds) {
        ids << f.id;
        kinds.insert(f.name, f.kind);
    }
    const QString room = m_room;
    const QString title = feeds.size() == 1 ? tr("Syncing “%1”").arg(feeds.first().name)
                                            : tr("Syncing %1 feeds").arg(feeds.size());
    const int id = m_jobs->runWithResult(
        title,
        [room, ids, credentials](JobControl& job) {
            SyncBatch batch;
            auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
            if (!store) {
                batch.openError = store.error().toString();
                return batch;
            }
            // Read again here: another sync may have run since the list was read.
            auto all = FeedStore(**store).feeds();
            if (!all) {
                batch.openError = all.error().toString();
                return batch;
            }
            QVector<Feed> chosen;
            for (const Feed& f : std::as_const(*all))
                if (ids.contains(f.id))
                    chosen << f;
            for (int i = 0; i < chosen.size(); ++i) {
                if (job.isCancelled()) {
                    batch.cancelled = true;
                    break;
                }
                SyncOptions options;
                options.credentials = credentials.value(chosen[i].name);
                const double n = double(chosen.size());
                job.progress(i / n, tr("Feed “%1”").arg(chosen[i].name));
                const SyncSummary s = syncFeed(**store, chosen[i], options, {&job, i / n, (i + 1) / n});
                batch.feeds << s;
                if (s.cancelled) {
                    batch.cancelled = true;
                    break;
                }
            }
            return batch;
        },
        this,
        [this, room, kinds, automatic](SyncBatch batch, bool cancelled) {
            // A job dropped from the queue never ran: say it was cancelled.
            batch.cancelled |= cancelled && batch.feeds.isEmpty() && batch.openError.isEmpty();
            finish(room, batch, kinds, automatic);
        });
    emit syncQueued(id);
}

void FeedSyncer::finish(const QString& room, const SyncBatch& batch, const QHash<QString, ImportKind>& kinds,
                        bool automatic)
{
    for (const SyncSummary& s : batch.feeds) {
        if (!s.errors.isEmpty())
            m_problems.insert(s.feed, s.errors.join(QLatin1Char('\n')));
        else if (room == m_room)
            m_problems.remove(s.feed);
    }
    if (const QString note = syncNote(batch, kinds, automatic); !note.isEmpty())
        m_jobs->note(room == m_room ? note
                                    : tr("%1 (room %2)").arg(note, QFileInfo(room).completeBaseName()));
    emit syncFinished(room, batch);
    if (batch.arrived() > 0 && room == m_room)
        emit evidenceChanged(room);
}

QString syncNote(const SyncBatch& batch, const QHash<QString, ImportKind>& kinds, bool automatic)
{
    if (!batch.openError.isEmpty())
        return batch.openError;
    QStringList arrived;
    QStringList problems;
    int rejected = 0;
    for (const SyncSummary& s : batch.feeds) {
        const int n = s.imported() + s.updated();
        if (n > 0)
            arrived << FeedSyncer::tr("%1 from “%2”").arg(kindWords(kinds.value(s.feed), n), s.feed);
        rejected += s.rejected();
        for (const QString& e : s.errors)
            problems << FeedSyncer::tr("“%1”: %2").arg(s.feed, e);
    }
    QString note;
    if (!arrived.isEmpty())
        note = FeedSyncer::tr("Arrived: %1.").arg(arrived.join(QStringLiteral(", ")));
    else if (!automatic && !batch.cancelled && problems.isEmpty())
        note = FeedSyncer::tr("Feeds are up to date: nothing new.");
    if (rejected > 0)
        note += QLatin1Char(' ') +
                FeedSyncer::tr("Rows rejected: %1 (Room › Feeds… shows the import log).").arg(rejected);
    if (!problems.isEmpty())
        note +=
            QLatin1Char(' ') + FeedSyncer::tr("Could not sync %1").arg(problems.join(QStringLiteral("; ")));
    if (batch.cancelled)
        note += QLatin1Char(' ') + FeedSyncer::tr("Sync cancelled; the file in progress was rolled back.");
    return note.trimmed();
}

} // namespace cr::ui
