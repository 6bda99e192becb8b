#pragma once
// One interface for every file format (STYLE.md: Tiled's FileFormat). An
// importer sniffs a file, names the kind of evidence it produces, and streams
// records to a sink; rejects carry the file's line. Adding a format means one
// file in formats/ and one line in ImporterRegistry.cpp.

#include "Result.h"
#include "import/ImportTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cr {

// What --format auto looks at: the file name and its first bytes.
struct FileSample
{
    QString path;
    QString fileName; // without folder
    QString suffix;   // lower case, no dot ("csv", "json", "eml")
    qint64 size = 0;
    QByteArray head;  // the first 64 KiB as stored
    QString text;     // the same decoded to text (BOM/encoding honoured); empty for binary files
    bool isText = false;
};

struct Sniff
{
    int confidence = 0; // 0 = not mine, 100 = certain
    QString reason;     // why, for "chose qualtrics: ..." ("3-row header with ImportId")
};

class Importer
{
public:
    virtual ~Importer() = default;

    virtual QString id() const = 0;          // "qualtrics", the --format name
    virtual QString displayName() const = 0; // "Qualtrics CSV"
    virtual ImportKind kind() const = 0;
    virtual QStringList suffixes() const = 0; // what a folder feed picks up: {"csv", "tsv"}
    virtual Sniff sniff(const FileSample& sample) const = 0;
    // The namespace of the source's ids: importers of one system (CFPB CSV
    // and JSON) share it, so a record is one record whichever file brought it.
    virtual QString sourceFamily() const { return id(); }

    // Reads the whole file, streaming records to the sink. An Error refuses
    // the file whole (unknown layout, unreadable encoding, missing column);
    // a bad row is a sink.reject() and reading goes on.
    virtual Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const = 0;
};

} // namespace cr
