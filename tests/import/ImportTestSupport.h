#pragma once
// Reading a file with one importer into memory, without a room: the
// parser-level tests of every format use this; the store-level tests use
// importFile() on a TempRoom.

#include "import/Importer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>

#include <optional>

namespace cr::test {

struct CollectingSink final : ImportSink
{
    QVector<ImportRecord> records;
    QStringList rejects; // "LINE: reason"
    QVector<int> rejectLines;
    QStringList skips;
    QStringList notes;
    bool cancelled = false;

    void accept(ImportRecord record) override { records.append(std::move(record)); }
    void reject(int line, const QString& reason, const QString& raw = {}) override;
    void skip(int line, const QString& reason) override;
    void note(const QString& message) override { notes.append(message); }
    bool isCancelled() const override { return cancelled; }
    void progress(qint64, qint64) override {}

    template <typename T> QVector<T> all() const
    {
        QVector<T> out;
        for (const auto& r : records)
            if (const T* v = std::get_if<T>(&r.value))
                out.append(*v);
        return out;
    }
};

struct ReadOutcome
{
    CollectingSink sink;
    std::optional<Error> refusal; // set when read() refused the file whole
};

// Reads `path` with the importer registered as `id` for `kind`; fails the
// test when no such importer exists.
ReadOutcome readWith(ImportKind kind, const QString& id, const QString& path, ImportOptions options = {});
// The same with a sink that is cancelled before the first row.
ReadOutcome readCancelled(ImportKind kind, const QString& id, const QString& path,
                          ImportOptions options = {});

// The record with this external id, or null.
const ImportRecord* recordFor(const ReadOutcome& outcome, const QString& externalId);

// The importer --format auto would choose for this file and kind ("" if none).
QString autoChoice(ImportKind kind, const QString& path);

// Where the shared sample files were copied: tests/data/<relative>.
QString importData(const QString& relative);
// What an independent script computed for a real sample (EXPECTED.json
// under tests/data/real); fails the test when the key is not there.
QJsonObject expectedFor(const QString& key);

// Writes a file (making its folder) and returns its path; fails the test
// when the file cannot be written.
QString writeFile(const QString& path, const QByteArray& bytes);
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);
QByteArray readFile(const QString& path);

} // namespace cr::test
