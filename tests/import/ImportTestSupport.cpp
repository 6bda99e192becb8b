#include "ImportTestSupport.h"

#include "import/ImporterRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace cr::test {

namespace {

ReadOutcome read(ImportKind kind, const QString& id, const QString& path, ImportOptions options,
                 bool cancelled)
{
    const Importer* importer = importerById(kind, id);
    INFO("importer " << id.toStdString());
    REQUIRE(importer != nullptr);
    options.kind = kind;
    options.format = id;
    ReadOutcome outcome;
    outcome.sink.cancelled = cancelled;
    const Status status = importer->read(path, options, outcome.sink);
    if (!status.ok())
        outcome.refusal = status.error();
    return outcome;
}

} // namespace

void CollectingSink::reject(int line, const QString& reason, const QString&)
{
    rejects.append(QStringLiteral("%1: %2").arg(line).arg(reason));
    rejectLines.append(line);
}

void CollectingSink::skip(int line, const QString& reason)
{
    skips.append(QStringLiteral("%1: %2").arg(line).arg(reason));
}

ReadOutcome readWith(ImportKind kind, const QString& id, const QString& path, ImportOptions options)
{
    return read(kind, id, path, std::move(options), false);
}

ReadOutcome readCancelled(ImportKind kind, const QString& id, const QString& path, ImportOptions options)
{
    return read(kind, id, path, std::move(options), true);
}

const ImportRecord* recordFor(const ReadOutcome& outcome, const QString& externalId)
{
    for (const ImportRecord& r : outcome.sink.records)
        if (r.externalId == externalId)
            return &r;
    return nullptr;
}

QString autoChoice(ImportKind kind, const QString& path)
{
    ImportOptions options;
    options.kind = kind;
    auto choice = chooseImporter(path, options);
    return choice ? choice->importer->id() : QString();
}

QString importData(const QString& relative)
{
    return QStringLiteral(CR_TEST_DATA "/") + relative;
}

QJsonObject expectedFor(const QString& key)
{
    static const QJsonObject all =
        QJsonDocument::fromJson(readFile(importData(QStringLiteral("real/EXPECTED.json")))).object();
    const QJsonObject object = all.value(key).toObject();
    INFO("EXPECTED.json: " << key.toStdString());
    REQUIRE(!object.isEmpty());
    return object;
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    return writeFile(dir.filePath(name), bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace cr::test
