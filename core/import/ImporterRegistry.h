#pragma once
// The one list of importers that --format auto walks.

#include "import/Importer.h"

#include <QVector>

namespace cr {

const QVector<const Importer*>& importers();
const Importer* importerById(ImportKind kind, const QString& id);
QStringList importerIds(ImportKind kind);

// Reads the file's head for sniffing; refuses unreadable files with a reason.
Result<FileSample> sampleFile(const QString& path, const QByteArray& encoding = {});

struct ImporterChoice
{
    const Importer* importer = nullptr;
    QString reason; // "chose cfpb: header has Complaint ID and Consumer complaint narrative"
};

// options.format "auto" sniffs every importer of options.kind and takes the
// most confident; a named format is checked to exist for the kind.
Result<ImporterChoice> chooseImporter(const QString& path, const ImportOptions& options);

// Which kind a dropped file most likely holds (all kinds sniffed).
Result<ImporterChoice> sniffAnyKind(const QString& path);

} // namespace cr
