#pragma once
// Sync: take in only what is new or changed. A folder or file feed skips
// files whose size, time and SHA-256 match the last sync; a URL feed asks
// with If-None-Match / If-Modified-Since and skips a 304 (or an unchanged
// body). Each file is imported on its own, all or nothing; a refused file
// is not remembered, so the next sync tries it again.

#include "Result.h"
#include "feeds/Feed.h"
#include "import/ImportSession.h"
#include "jobs/Job.h"

#include <QVector>

#include <functional>

namespace cr {

class RoomStore;

struct FeedCredentials
{
    QString token; // sent as "Authorization: Bearer TOKEN"
    QString user;  // or basic authentication
    QString password;
    bool isEmpty() const { return token.isEmpty() && user.isEmpty(); }
};

struct SyncOptions
{
    FeedCredentials credentials; // from the system keychain (the GUI) or the environment (the CLI)
    int timeoutMs = 60000;
};

struct SyncSummary
{
    QString feed;
    QVector<ImportSummary> imports; // files that were new or changed
    int unchangedFiles = 0;
    QStringList errors; // files or URLs that could not be read ("FILE: reason")
    bool cancelled = false;
    int imported() const;
    int updated() const;
    int rejected() const;
};

SyncSummary syncFeed(RoomStore& store, const Feed& feed, const SyncOptions& options = {},
                     JobControl::Span progress = {nullptr, 0, 1});

// The files a folder feed would take: the suffixes its importers read, sorted.
QStringList feedFiles(const Feed& feed);

} // namespace cr
