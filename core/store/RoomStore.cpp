#include "RoomStore.h"

#include "SqlHelpers.h"
#include "media/MediaTypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cr {

namespace {

std::atomic<int> s_connectionCounter{0};

// Migration N takes a room from user_version N-1 to N.
const char* const kMigrations[] = {
    ":/schema/0001-initial.sql",
    ":/schema/0002-indexes-and-mapping-rules.sql",
    ":/schema/0003-feeds.sql",
    ":/schema/0004-review-meeting.sql",
    ":/schema/0005-running-the-room.sql",
    ":/schema/0006-import-speed.sql",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == RoomStore::kSchemaVersion,
              "one migration file per schema version");

// Splits a migration script into statements: a ';' outside quotes and
// comments ends one, except inside a trigger's BEGIN ... END body.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inQuote = false;
    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inQuote && c == QLatin1Char('-') && i + 1 < script.size() &&
            script.at(i + 1) == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (c == QLatin1Char(';') && !inQuote) {
            const QString statement = current.trimmed();
            const bool inTriggerBody =
                statement.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) &&
                !statement.endsWith(QLatin1String("END"), Qt::CaseInsensitive);
            if (inTriggerBody) {
                current += c;
                continue;
            }
            if (!statement.isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool looksLikeSqlite(const QString& path, QString* why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return false;
    }
    const QByteArray header = f.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}

} // namespace

RoomStore::RoomStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

RoomStore::~RoomStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase RoomStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* RoomStore::sqliteHandle() const
{
    const QVariant handle = db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Error RoomStore::sqlError(const QSqlQuery& query, const QString& what) const
{
    return Error(RoomStore::tr("%1 failed: %2").arg(what, query.lastError().text()), m_path);
}

Result<std::unique_ptr<RoomStore>> RoomStore::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    const bool hasContent = exists && info.size() > 0;
    if (exists && info.isDir())
        return Error(RoomStore::tr("This is a folder, not a room file."), path);
    if (!exists && (mode == OpenMode::OpenExisting || mode == OpenMode::ReadOnly))
        return Error(RoomStore::tr("No room file here. Create one with \"customer-room-cli init\"."), path);
    if (exists && !hasContent && !info.isDir() && (mode == OpenMode::OpenExisting || mode == OpenMode::ReadOnly))
        return Error(RoomStore::tr("This file is empty, not a room. Create a room with \"customer-room-cli init\"."),
                     path);
    if (hasContent && mode == OpenMode::CreateNew)
        return Error(RoomStore::tr("A file with this name already exists; choose another name."), path);
    if (hasContent) {
        QString why;
        if (!looksLikeSqlite(path, &why))
            return Error(
                why.isEmpty()
                    ? RoomStore::tr("This file is not a Customer Room room (it is not an SQLite database).")
                    : RoomStore::tr("Cannot read the file: %1").arg(why),
                path);
    }
    if (!exists) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error(RoomStore::tr("Cannot create the folder %1.").arg(dir.absolutePath()), path);
    }

    if (mode == OpenMode::ReadOnly)
        return openReadOnly(info.absoluteFilePath());
    auto opened = openConnection(info.absoluteFilePath(), mode, hasContent);
    if (!opened && !exists)
        removeRoomFiles(info.absoluteFilePath()); // leave nothing behind when a new room failed
    return opened;
}

Result<std::unique_ptr<RoomStore>> RoomStore::openReadOnly(const QString& path)
{
    int version = 0;
    {
        const QString connection = QStringLiteral("room-%1").arg(s_connectionCounter.fetch_add(1));
        std::unique_ptr<RoomStore> store(new RoomStore(path, connection));
        store->m_readOnly = true;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            database.setDatabaseName(path);
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!database.open())
                return Error(RoomStore::tr("Cannot open the room: %1").arg(database.lastError().text()), path);
        }
        QSqlQuery q(store->db());
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return Error(RoomStore::tr("This file is damaged or not a room: %1").arg(q.lastError().text()), path);
        const qint32 applicationId = q.value(0).toInt();
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return store->sqlError(q, RoomStore::tr("Reading the schema version"));
        version = q.value(0).toInt();
        if (applicationId != kApplicationId)
            return Error(RoomStore::tr("This is an SQLite database but not a Customer Room room."), path);
        if (version > kSchemaVersion)
            return Error(RoomStore::tr("This room was saved by a newer Customer Room (room format %1; this program "
                                       "reads up to %2). Update Customer Room to open it.")
                             .arg(version)
                             .arg(kSchemaVersion),
                         path);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (version == kSchemaVersion)
            return store;
    }
    // An older room: upgrade a private copy so that reading never writes the original.
    auto scratch = std::make_shared<QTemporaryDir>();
    if (!scratch->isValid())
        return Error(RoomStore::tr("Cannot create a temporary folder to read this older room."), path);
    const QString copy = scratch->filePath(QStringLiteral("room.croom"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal")})
        if (QFileInfo::exists(path + suffix) && !QFile::copy(path + suffix, copy + suffix))
            return Error(RoomStore::tr("Cannot copy this older room to read it."), path);
    auto opened = openConnection(copy, OpenMode::OpenExisting, true);
    if (!opened)
        return Error(opened.error().message, path);
    (*opened)->m_path = path;
    (*opened)->m_scratch = scratch;
    (*opened)->m_readOnly = true;
    return opened;
}

Result<std::unique_ptr<RoomStore>> RoomStore::openConnection(const QString& path, OpenMode mode,
                                                             bool hasContent)
{
    const QString connection = QStringLiteral("room-%1").arg(s_connectionCounter.fetch_add(1));
    std::unique_ptr<RoomStore> store(new RoomStore(path, connection));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        if (!database.open())
            return Error(RoomStore::tr("Cannot open the room: %1").arg(database.lastError().text()), path);
    }

    QSqlQuery q(store->db());
    // Pragmas first: a damaged file fails here with SQLite's own message.
    // A 32 MiB page cache keeps a big import's index pages in memory instead
    // of spilling them to the journal mid-transaction.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -32768",
                               "PRAGMA temp_store = MEMORY"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return store->sqlError(q, RoomStore::tr("Setting up the room"));
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Error(RoomStore::tr("This file is damaged or not a room: %1").arg(q.lastError().text()), path);
    const qint32 applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return store->sqlError(q, RoomStore::tr("Reading the schema version"));
    const int version = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Error(RoomStore::tr("This file is damaged or not a room: %1").arg(q.lastError().text()), path);
    const bool empty = q.value(0).toInt() == 0;

    if (!empty && applicationId != kApplicationId)
        return Error(RoomStore::tr("This is an SQLite database but not a Customer Room room."), path);
    if (version > kSchemaVersion)
        return Error(
            RoomStore::tr(
                "This room was saved by a newer Customer Room (room format %1; this program reads up "
                "to %2). Update Customer Room to open it.")
                .arg(version)
                .arg(kSchemaVersion),
            path);
    if (empty && mode == OpenMode::OpenExisting && hasContent)
        return Error(RoomStore::tr("This file is an empty database, not a room."), path);

    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return store->sqlError(q, RoomStore::tr("Switching the room to write-ahead logging"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));

    if (auto migrated = store->migrate(kSchemaVersion); !migrated)
        return migrated.error();
    if (store->info(QStringLiteral("created_at")).isEmpty()) {
        auto stamped =
            store->setInfo(QStringLiteral("created_at"), sql::isoDateTime(QDateTime::currentDateTime()));
        if (stamped && store->roomName().isEmpty())
            stamped = store->setRoomName(QFileInfo(path).completeBaseName());
        if (!stamped)
            return stamped.error();
    }
    return store;
}

void RoomStore::removeRoomFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Status RoomStore::replaceRoomFile(const QString& from, const QString& to)
{
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error(RoomStore::tr("Cannot replace the old room: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                     to);
    return success();
}

Status RoomStore::createAtVersion(const QString& path, int version)
{
    if (version < 0 || version > kSchemaVersion)
        return Error(RoomStore::tr("No such schema version %1.").arg(version), path);
    if (QFileInfo::exists(path))
        return Error(RoomStore::tr("A file with this name already exists; choose another name."), path);
    const QString connection = QStringLiteral("room-%1").arg(s_connectionCounter.fetch_add(1));
    RoomStore store(QFileInfo(path).absoluteFilePath(), connection);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        if (!database.open())
            return Error(RoomStore::tr("Cannot open the room: %1").arg(database.lastError().text()), path);
    }
    return store.migrate(version);
}

Status RoomStore::migrate(int targetVersion)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q, RoomStore::tr("Reading the schema version"));
    const int current = q.value(0).toInt();
    if (current >= targetVersion)
        return success();

    // Foreign keys off while tables are rebuilt (SQLite's documented way: a
    // DROP TABLE would otherwise cascade into the rows that point at it); they
    // are checked before the upgrade commits and switched back on after it.
    q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    struct ForeignKeysBackOn
    {
        QSqlDatabase database;
        ~ForeignKeysBackOn() { QSqlQuery(database).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } backOn{db()};

    // All pending migrations in one transaction: a room is never half-migrated.
    Transaction tx(*this);
    if (!tx.isActive())
        return Error(RoomStore::tr("Cannot start a transaction to upgrade the room."), m_path);
    for (int v = current + 1; v <= targetVersion; ++v) {
        QFile file(QString::fromLatin1(kMigrations[v - 1]));
        if (!file.open(QIODevice::ReadOnly))
            return Error(RoomStore::tr("Migration %1 is missing from this program.").arg(v), m_path);
        const QString script = QString::fromUtf8(file.readAll());
        for (const QString& statement : splitStatements(script)) {
            if (!q.exec(statement))
                return sqlError(q, RoomStore::tr("Upgrading the room to format %1").arg(v));
        }
        // A script that edits sqlite_master directly must raise the schema
        // version by one so every connection reads the schema again.
        if (script.contains(QLatin1String("writable_schema"))) {
            if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
                return sqlError(q, RoomStore::tr("Upgrading the room to format %1").arg(v));
            const qint64 schemaVersion = q.value(0).toLongLong();
            q.finish();
            if (!q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1)))
                return sqlError(q, RoomStore::tr("Upgrading the room to format %1").arg(v));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(q, RoomStore::tr("Checking the upgraded room"));
    if (q.next())
        return Error(RoomStore::tr("The room's links between records are broken (table %1); it was left "
                                   "as it was.")
                         .arg(q.value(0).toString()),
                     m_path);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)) ||
        !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
        return sqlError(q, RoomStore::tr("Recording the room format"));
    return tx.commit();
}

int RoomStore::schemaVersion() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QString RoomStore::info(const QString& key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM room_info WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status RoomStore::setInfo(const QString& key, const QString& value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO room_info(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Saving room settings"));
    return success();
}

QString RoomStore::roomName() const
{
    return info(QStringLiteral("name"));
}
Status RoomStore::setRoomName(const QString& name)
{
    return setInfo(QStringLiteral("name"), name);
}

// --- Transactions -----------------------------------------------------------

RoomStore::Transaction::Transaction(RoomStore& store) : m_store(store)
{
    QSqlQuery q(m_store.db());
    m_active = q.exec(QStringLiteral("SAVEPOINT room_tx"));
}

RoomStore::Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_store.db());
    q.exec(QStringLiteral("ROLLBACK TO room_tx"));
    q.exec(QStringLiteral("RELEASE room_tx"));
}

Status RoomStore::Transaction::commit()
{
    if (!m_active)
        return Error(RoomStore::tr("No transaction is open."), m_store.path());
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("RELEASE room_tx")))
        return m_store.sqlError(q, RoomStore::tr("Saving the changes"));
    m_active = false;
    return success();
}

// --- Media ------------------------------------------------------------------

Result<QString> RoomStore::putMedia(const QByteArray& data, const QString& mimeType)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO media(sha256, mime_type, size, data, added_at) VALUES(?, ?, ?, ?, ?) "
                       "ON CONFLICT(sha256) DO NOTHING"));
    q.addBindValue(sha);
    q.addBindValue(mimeType);
    q.addBindValue(qint64(data.size()));
    q.addBindValue(data);
    q.addBindValue(sql::isoDateTime(QDateTime::currentDateTime()));
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Storing media"));
    return sha;
}

Result<QByteArray> RoomStore::media(const QString& sha256) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT data FROM media WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading media"));
    if (!q.next())
        return Error(RoomStore::tr("The room holds no media with fingerprint %1.").arg(sha256), m_path);
    return q.value(0).toByteArray();
}

Result<MediaRef> RoomStore::mediaInfo(const QString& sha256) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT mime_type, size FROM media WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading media"));
    if (!q.next())
        return Error(RoomStore::tr("The room holds no media with fingerprint %1.").arg(sha256), m_path);
    return MediaRef{sha256, q.value(0).toString(), q.value(1).toLongLong()};
}

Result<QString> RoomStore::mediaFile(const QString& sha256) const
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/customer-room-cache");
    const QString dir = base + QStringLiteral("/media");
    if (!QDir().mkpath(dir))
        return Error(RoomStore::tr("Cannot create the media cache folder %1.").arg(dir));
    auto info = mediaInfo(sha256);
    if (!info)
        return info.error();
    const QString path = QStringLiteral("%1/%2.%3").arg(dir, sha256, suffixForMimeType(info->mimeType));
    if (QFileInfo(path).size() == info->size)
        return path;
    auto data = media(sha256);
    if (!data)
        return data.error();
    // Write under a temporary name and rename, so a player never sees half a file.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit())
        return Error(RoomStore::tr("Cannot write the media cache file: %1").arg(out.errorString()), path);
    return path;
}

Result<qint64> RoomStore::rowCount(const QString& table) const
{
    static const QStringList known = {QStringLiteral("department"),
                                      QStringLiteral("stage"),
                                      QStringLiteral("moment"),
                                      QStringLiteral("media"),
                                      QStringLiteral("artifact"),
                                      QStringLiteral("complaint"),
                                      QStringLiteral("survey_response"),
                                      QStringLiteral("kpi"),
                                      QStringLiteral("kpi_value"),
                                      QStringLiteral("call"),
                                      QStringLiteral("fix"),
                                      QStringLiteral("fix_department"),
                                      QStringLiteral("fix_evidence"),
                                      QStringLiteral("review"),
                                      QStringLiteral("review_decision"),
                                      QStringLiteral("review_attendee"),
                                      QStringLiteral("feed"),
                                      QStringLiteral("import_run"),
                                      QStringLiteral("import_reject"),
                                      QStringLiteral("mapping_rule"),
                                      QStringLiteral("stage_department")};
    if (!known.contains(table))
        return Error(RoomStore::tr("No table named %1 in a room.").arg(table), m_path);
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return sqlError(q, RoomStore::tr("Counting %1").arg(table));
    return q.value(0).toLongLong();
}

} // namespace cr
