// Feeds against real sources: a folder on disk and an HTTP server this test
// starts on 127.0.0.1 (ETag and Last-Modified honoured, 304 skipped).
#include "ImportTestSupport.h"
#include "TestRoom.h"
#include "feeds/FeedSync.h"
#include "store/FeedStore.h"
#include "store/ImportLog.h"

#include <QJsonDocument>

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

// Serves one body with an ETag; answers 304 to a matching If-None-Match.
class TinyHttpServer
{
public:
    QByteArray body;
    QByteArray etag = "\"v1\"";
    QByteArray lastModified = "Wed, 21 Oct 2026 07:28:00 GMT";
    bool sendValidators = true;
    int status = 200;
    int requests = 0;
    int notModified = 0;
    QByteArray lastAuthorization;

    TinyHttpServer()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path);
    }

private:
    void serve(QTcpSocket* socket)
    {
        m_buffers[socket] += socket->readAll();
        const QByteArray& request = m_buffers[socket];
        if (!request.contains("\r\n\r\n"))
            return;
        ++requests;
        QByteArray ifNoneMatch;
        for (const QByteArray& line : request.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("if-none-match:"))
                ifNoneMatch = l.mid(14).trimmed();
            if (l.toLower().startsWith("authorization:"))
                lastAuthorization = l.mid(14).trimmed();
        }
        m_buffers.remove(socket);
        QByteArray response;
        if (status != 200) {
            response = "HTTP/1.1 " + QByteArray::number(status) + " Nope\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else if (sendValidators && !ifNoneMatch.isEmpty() && ifNoneMatch == etag) {
            ++notModified;
            response = "HTTP/1.1 304 Not Modified\r\nETag: " + etag + "\r\nConnection: close\r\n\r\n";
        } else {
            response = "HTTP/1.1 200 OK\r\nContent-Type: text/csv; charset=utf-8\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
            if (sendValidators)
                response += "ETag: " + etag + "\r\nLast-Modified: " + lastModified + "\r\n";
            response += "\r\n" + body;
        }
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

Feed addFeed(RoomStore& store, const QString& name, const QString& location)
{
    Feed feed;
    feed.name = name;
    feed.kind = ImportKind::Complaints;
    feed.location = location;
    feed.id = require(FeedStore(store).add(feed));
    return require(FeedStore(store).byName(name));
}

qint64 complaints(RoomStore& store)
{
    return require(store.rowCount(QStringLiteral("complaint")));
}

} // namespace

TEST_CASE("An HTTP feed downloads once, then a 304 costs nothing; a new version is taken in")
{
    TempRoom room;
    TinyHttpServer server;
    server.body = "id,received_at,text\n1,2026-09-01,Slow evenings\n2,2026-09-02,Bill wrong\n";
    Feed feed = addFeed(*room.store, QStringLiteral("web"), server.url(QStringLiteral("export/complaints.csv")));

    SyncSummary first = syncFeed(*room.store, feed);
    INFO(first.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(first.errors.isEmpty());
    CHECK(first.imported() == 2);
    CHECK(complaints(*room.store) == 2);
    const auto runs = require(ImportLog(*room.store).runs(feed.id, 5));
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].file == feed.location); // the URL, not the temporary download

    feed = require(FeedStore(*room.store).byName(QStringLiteral("web")));
    SyncSummary second = syncFeed(*room.store, feed);
    CHECK(server.notModified == 1);
    CHECK(second.imports.isEmpty());
    CHECK(second.unchangedFiles == 1);

    server.etag = "\"v2\"";
    server.body += "3,2026-09-03,Engineer late\n";
    feed = require(FeedStore(*room.store).byName(QStringLiteral("web")));
    SyncSummary third = syncFeed(*room.store, feed);
    CHECK(third.imported() == 1);
    CHECK(third.imports.value(0).unchanged == 2);
    CHECK(complaints(*room.store) == 3);
    CHECK(server.requests == 3);
}

TEST_CASE("A server without validators sends the body each time; the hash still spares the import")
{
    TempRoom room;
    TinyHttpServer server;
    server.sendValidators = false;
    server.body = "received_at,text\n2026-09-01,No ETag here\n";
    Feed feed = addFeed(*room.store, QStringLiteral("plain"), server.url(QStringLiteral("c.csv")));
    CHECK(syncFeed(*room.store, feed).imported() == 1);
    feed = require(FeedStore(*room.store).byName(QStringLiteral("plain")));
    const SyncSummary again = syncFeed(*room.store, feed);
    CHECK(again.imports.isEmpty());
    CHECK(again.unchangedFiles == 1);
    CHECK(require(ImportLog(*room.store).runs(feed.id, 5)).size() == 1);
}

TEST_CASE("HTTP errors say what to do; credentials are sent, never stored")
{
    TempRoom room;
    TinyHttpServer server;
    server.status = 401;
    Feed feed = addFeed(*room.store, QStringLiteral("secured"), server.url(QStringLiteral("c.csv")));
    SyncOptions options;
    options.credentials.token = QStringLiteral("t0ken");
    const SyncSummary s = syncFeed(*room.store, feed, options);
    REQUIRE(s.errors.size() == 1);
    CHECK(s.errors[0].contains(QStringLiteral("HTTP 401")));
    CHECK(server.lastAuthorization == "Bearer t0ken");
    const Feed stored = require(FeedStore(*room.store).byName(QStringLiteral("secured")));
    CHECK_FALSE(QJsonDocument(stored.syncState).toJson().contains("t0ken"));
    CHECK(complaints(*room.store) == 0);
}

TEST_CASE("A folder feed skips untouched files, takes changed ones, and retries a refused one")
{
    TempRoom room;
    QTemporaryDir dir;
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("a.csv"), "id,received_at,text\n1,2026-09-01,one\n");
    write(QStringLiteral("b.csv"), "id,received_at,text\n2,2026-09-02,\"broken");
    write(QStringLiteral("readme.md"), "not an export");
    Feed feed = addFeed(*room.store, QStringLiteral("folder"), dir.path());
    CHECK(feedFiles(feed).size() == 2);

    SyncSummary first = syncFeed(*room.store, feed);
    REQUIRE(first.imports.size() == 2);
    CHECK(first.imports[1].refused);
    CHECK(complaints(*room.store) == 1);

    write(QStringLiteral("b.csv"), "id,received_at,text\n2,2026-09-02,\"fixed\"\n");
    feed = require(FeedStore(*room.store).byName(QStringLiteral("folder")));
    SyncSummary second = syncFeed(*room.store, feed);
    CHECK(second.unchangedFiles == 1);
    REQUIRE(second.imports.size() == 1);
    CHECK(second.imports[0].imported == 1);
    CHECK(complaints(*room.store) == 2);
}
