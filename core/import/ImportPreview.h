#pragma once
// What a file will become, before anything is written: the first rows as the
// importer reads them (our fields), and the rows it would reject, in red in
// the GUI. Also the fields a person can map to the file's columns.

#include "Result.h"
#include "import/ImportTypes.h"

#include <QStringList>
#include <QVector>

namespace cr {

struct PreviewRow
{
    int line = 0;
    bool rejected = false;
    QString reason;     // why it would be rejected (or skipped)
    QStringList values; // one per ImportPreview::fields; empty when rejected
    QString stage;      // the stage the file names, if any
};

struct ImportPreview
{
    QString format;       // importer id
    QString formatReason; // why it was chosen
    QStringList fields;   // our field names, the preview's columns
    QVector<PreviewRow> rows;
    QStringList notes;
    QString refusal; // set when the file would be refused whole
};

// Reads at most maxRows records (and the rejects among them); writes nothing.
ImportPreview previewImport(const QString& path, const ImportOptions& options, int maxRows = 50);

struct MappableField
{
    QString name;
    bool required = false;
};
// The fields of a format that --map can point at a column (empty: none).
QVector<MappableField> mappableFields(ImportKind kind, const QString& format);

// The header row of a CSV-like file, for the mapping dropdowns.
Result<QStringList> csvHeader(const QString& path, const QByteArray& encoding = {});

// Our fields of a record and their display values, in a fixed order per kind.
QStringList recordFieldNames(ImportKind kind);
QStringList recordFieldValues(const ImportRecord& record);

} // namespace cr
