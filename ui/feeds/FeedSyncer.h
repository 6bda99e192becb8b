#pragma once
// Keeps the open room's feeds flowing: syncs them all when the room opens
// (after the wall is painted), when someone asks (F9, the feeds window), and
// when a watched folder or file changes (QFileSystemWatcher, debounced, so a
// file being written is taken once it is complete). Credentials of URL feeds
// come from the system keychain first; the sync itself runs on the job
// runner with its own connection. A quiet note says what arrived.

#include "feeds/FeedSync.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace cr::ui {

class JobRunner;

struct SyncBatch
{
    QVector<SyncSummary> feeds;
    QString openError;
    bool cancelled = false;
    int arrived() const; // new + changed records over all feeds
};

class FeedSyncer : public QObject
{
    Q_OBJECT
public:
    // What to watch: each existing folder or file, with the feeds it feeds.
    struct Watches
    {
        QHash<QString, QStringList> feedsByPath;
        QSet<QString> files; // file feeds (watched with their folder)
    };

    explicit FeedSyncer(JobRunner* jobs, QObject* parent = nullptr);

    // Another room (or none): forgets the old room's watches.
    void setRoom(const QString& roomPath);
    QString roomPath() const { return m_room; }
    // Reads the feed list again (after an edit) and watches their folders and files.
    void refresh();
    // automatic: started by the room opening or a folder change; says nothing
    // when nothing arrived.
    void syncAll(bool automatic);
    void syncFeeds(const QStringList& names, bool automatic);

    QStringList watchedPaths() const;
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // The last problem of each feed in this session (network, keychain), by name.
    QString lastProblem(const QString& feedName) const { return m_problems.value(feedName); }

signals:
    void syncQueued(int jobId);
    void syncFinished(const QString& roomPath, const cr::ui::SyncBatch& batch);
    void evidenceChanged(const QString& roomPath); // reload the wall
    void feedsListed(const QString& roomPath, int count);

private:
    void watch(const Watches& watches);
    void onPathChanged(const QString& path);
    void queueSync(const QVector<Feed>& feeds, const QHash<QString, FeedCredentials>& credentials,
                   bool automatic);
    void finish(const QString& room, const SyncBatch& batch, const QHash<QString, ImportKind>& kinds,
                bool automatic);

    JobRunner* m_jobs;
    QString m_room;
    quint64 m_generation = 0;
    QFileSystemWatcher* m_watcher;
    Watches m_watches;
    QSet<QString> m_changed;
    QTimer m_debounce;
    QHash<QString, QString> m_problems;
    bool m_keychainWarned = false;
};

QString syncNote(const SyncBatch& batch, const QHash<QString, ImportKind>& kinds, bool automatic);

} // namespace cr::ui
