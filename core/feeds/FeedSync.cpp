#include "feeds/FeedSync.h"

#include "import/ImporterRegistry.h"
#include "import/StageRules.h"
#include "store/FeedStore.h"
#include "store/RoomStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

namespace cr {

namespace {

QStringList suffixesOf(const Feed& feed)
{
    QStringList suffixes;
    for (const Importer* importer : importers()) {
        if (importer->kind() != feed.kind)
            continue;
        if (feed.format != QLatin1String("auto") && importer->id() != feed.format)
            continue;
        for (const QString& s : importer->suffixes())
            if (!suffixes.contains(s))
                suffixes << s;
    }
    // Exports that come compressed: the file inside decides (Archive.h).
    suffixes << QStringLiteral("zip") << QStringLiteral("gz");
    return suffixes;
}

ImportRequest requestFor(const Feed& feed, const QString& path)
{
    ImportRequest request;
    request.path = path;
    request.options = feed.options;
    request.options.kind = feed.kind;
    request.options.format = feed.format.isEmpty() ? QStringLiteral("auto") : feed.format;
    request.options.feedName = feed.name;
    request.feedId = feed.id;
    return request;
}

// Folder and file feeds.
void syncFiles(RoomStore& store, const Feed& feed, const QStringList& files, QJsonObject& state,
               SyncSummary& summary, JobControl::Span progress)
{
    QJsonObject known = state.value(QStringLiteral("files")).toObject();
    const QString stage = stageNameById(store, feed.stageId);
    for (int i = 0; i < files.size(); ++i) {
        if (progress.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        const QString path = files.at(i);
        const JobControl::Span span{progress.job,
                                    progress.from + (progress.to - progress.from) * i / files.size(),
                                    progress.from + (progress.to - progress.from) * (i + 1) / files.size()};
        const QFileInfo info(path);
        const QString mtime = info.lastModified().toUTC().toString(Qt::ISODateWithMs);
        QJsonObject entry = known.value(path).toObject();
        // Same size and time: the file was not touched, so it is not even read.
        if (entry.value(QStringLiteral("size")).toInteger(-1) == info.size() &&
            entry.value(QStringLiteral("mtime")).toString() == mtime) {
            ++summary.unchangedFiles;
            continue;
        }
        ImportRequest request = requestFor(feed, path);
        request.options.stage = stage;
        // A file seen before but touched since may hold the same bytes; a
        // new one is checksummed by the import itself, alongside its work.
        if (const QString lastSha = entry.value(QStringLiteral("sha256")).toString(); !lastSha.isEmpty()) {
            span.progress(0, QCoreApplication::translate("Feeds", "Checking %1").arg(info.fileName()));
            auto sha = fileSha256(path);
            if (!sha) {
                summary.errors << sha.error().toString();
                continue;
            }
            if (*sha == lastSha) {
                entry.insert(QStringLiteral("size"), info.size());
                entry.insert(QStringLiteral("mtime"), mtime);
                known.insert(path, entry);
                ++summary.unchangedFiles;
                continue;
            }
            request.fileSha256 = *sha;
        }
        ImportSummary imported = importFile(store, request, span);
        if (imported.cancelled) {
            summary.cancelled = true;
            summary.imports << imported;
            break;
        }
        if (!imported.refused)
            known.insert(path, QJsonObject{{QStringLiteral("size"), info.size()},
                                           {QStringLiteral("mtime"), mtime},
                                           {QStringLiteral("sha256"), imported.fileSha256}});
        summary.imports << imported;
    }
    state.insert(QStringLiteral("files"), known);
}

QString suffixForContentType(const QString& contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1String("text/csv") || type == QLatin1String("application/csv"))
        return QStringLiteral("csv");
    if (type == QLatin1String("application/json"))
        return QStringLiteral("json");
    if (type == QLatin1String("application/x-ndjson"))
        return QStringLiteral("ndjson");
    if (type == QLatin1String("text/tab-separated-values"))
        return QStringLiteral("tsv");
    if (type == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (type == QLatin1String("message/rfc822"))
        return QStringLiteral("eml");
    if (type == QLatin1String("text/html"))
        return QStringLiteral("html");
    return QStringLiteral("csv");
}

void syncUrl(RoomStore& store, const Feed& feed, const SyncOptions& options, QJsonObject& state,
             SyncSummary& summary, JobControl::Span progress)
{
    QJsonObject http = state.value(QStringLiteral("http")).toObject();
    const QUrl url(feed.location);
    QNetworkRequest request(url);
    request.setTransferTimeout(options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("CustomerRoom/" CR_VERSION));
    if (const QString etag = http.value(QStringLiteral("etag")).toString(); !etag.isEmpty())
        request.setRawHeader("If-None-Match", etag.toUtf8());
    if (const QString modified = http.value(QStringLiteral("last_modified")).toString(); !modified.isEmpty())
        request.setRawHeader("If-Modified-Since", modified.toUtf8());
    if (!options.credentials.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + options.credentials.token.toUtf8());
    else if (!options.credentials.user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (options.credentials.user + QLatin1Char(':') +
                                                          options.credentials.password)
                                                             .toUtf8()
                                                             .toBase64());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        summary.errors << Error(QCoreApplication::translate(
                                    "Feeds", "Cannot create a temporary folder for the download."))
                              .toString();
        return;
    }
    QString suffix = QFileInfo(url.path()).suffix().toLower();
    QFile* file = nullptr;
    std::unique_ptr<QFile> owned;

    QNetworkAccessManager manager;
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    // The body streams to a file, so a large export never sits in memory.
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (!file) {
            if (suffix.isEmpty())
                suffix = suffixForContentType(reply->header(QNetworkRequest::ContentTypeHeader).toString());
            owned = std::make_unique<QFile>(dir.filePath(QStringLiteral("download.") + suffix));
            file = owned.get();
            file->open(QIODevice::WriteOnly);
        }
        file->write(reply->readAll());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
        if (progress.isCancelled())
            reply->abort();
        if (total > 0)
            progress.progress(0.5 * double(received) / double(total),
                              QCoreApplication::translate("Feeds", "Downloading %1").arg(feed.name));
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The event loop runs on the sync's own thread (a worker, or the CLI): the GUI thread never waits here.
    loop.exec();
    reply->deleteLater();
    if (progress.isCancelled()) {
        summary.cancelled = true;
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304) {
        ++summary.unchangedFiles;
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        QString why = reply->errorString();
        if (status == 401 || status == 403)
            why =
                QCoreApplication::translate(
                    "Feeds",
                    "The server refused access (HTTP %1). Check the feed's token or user name and password.")
                    .arg(status);
        else if (status == 404)
            why = QCoreApplication::translate("Feeds",
                                              "Nothing at this address (HTTP 404). Check the feed's URL.");
        summary.errors << Error(why, feed.location).toString();
        return;
    }
    if (!file) { // an empty body
        owned = std::make_unique<QFile>(
            dir.filePath(QStringLiteral("download.") + (suffix.isEmpty() ? QStringLiteral("csv") : suffix)));
        file = owned.get();
        file->open(QIODevice::WriteOnly);
    }
    file->write(reply->readAll());
    file->close();

    auto sha = fileSha256(file->fileName());
    if (!sha) {
        summary.errors << sha.error().toString();
        return;
    }
    const QString etag = QString::fromUtf8(reply->rawHeader("ETag"));
    const QString modified = QString::fromUtf8(reply->rawHeader("Last-Modified"));
    // A server without ETag or Last-Modified sends the body each time; the hash still spares the import.
    if (http.value(QStringLiteral("sha256")).toString() == *sha) {
        http.insert(QStringLiteral("etag"), etag);
        http.insert(QStringLiteral("last_modified"), modified);
        state.insert(QStringLiteral("http"), http);
        ++summary.unchangedFiles;
        return;
    }
    ImportRequest importRequest = requestFor(feed, file->fileName());
    importRequest.sourceName = feed.location;
    importRequest.options.stage = stageNameById(store, feed.stageId);
    importRequest.fileSha256 = *sha;
    const JobControl::Span span{progress.job, progress.from + (progress.to - progress.from) * 0.5,
                                progress.to};
    ImportSummary imported = importFile(store, importRequest, span);
    summary.cancelled = imported.cancelled;
    if (!imported.refused)
        state.insert(QStringLiteral("http"), QJsonObject{{QStringLiteral("etag"), etag},
                                                         {QStringLiteral("last_modified"), modified},
                                                         {QStringLiteral("sha256"), imported.fileSha256}});
    summary.imports << imported;
}

} // namespace

int SyncSummary::imported() const
{
    int n = 0;
    for (const auto& s : imports)
        n += s.refused ? 0 : s.imported;
    return n;
}
int SyncSummary::updated() const
{
    int n = 0;
    for (const auto& s : imports)
        n += s.refused ? 0 : s.updated;
    return n;
}
int SyncSummary::rejected() const
{
    int n = 0;
    for (const auto& s : imports)
        n += s.rejected;
    return n;
}

QStringList feedFiles(const Feed& feed)
{
    const QFileInfo info(feed.location);
    if (!info.isDir())
        return info.exists() ? QStringList{info.absoluteFilePath()} : QStringList{};
    const QStringList suffixes = suffixesOf(feed);
    QStringList files;
    QDirIterator it(feed.location, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo f(path);
        if (f.fileName().startsWith(QLatin1Char('.')) || f.fileName().startsWith(QLatin1String("~$")))
            continue; // hidden files and office lock files
        if (suffixes.contains(f.suffix().toLower()))
            files << f.absoluteFilePath();
    }
    files.sort();
    return files;
}

SyncSummary syncFeed(RoomStore& store, const Feed& feed, const SyncOptions& options,
                     JobControl::Span progress)
{
    SyncSummary summary;
    summary.feed = feed.name;
    QJsonObject state = feed.syncState;
    if (feed.locationType() == Feed::Location::Url) {
        syncUrl(store, feed, options, state, summary, progress);
    } else {
        const QFileInfo info(feed.location);
        if (!info.exists()) {
            summary.errors << Error(QCoreApplication::translate(
                                        "Feeds",
                                        "The feed's folder or file is not there (moved, or a drive not "
                                        "connected?)."),
                                    feed.location)
                                  .toString();
            return summary;
        }
        syncFiles(store, feed, feedFiles(feed), state, summary, progress);
    }
    if (auto saved = FeedStore(store).saveSyncState(feed.id, state, QDateTime::currentDateTime()); !saved)
        summary.errors << saved.error().toString();
    return summary;
}

} // namespace cr
