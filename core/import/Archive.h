#pragma once
// Exports often arrive compressed: Qualtrics and SurveyMonkey hand out their
// CSV in a .zip, the CFPB publishes complaints.csv.zip, Kinesis Data
// Firehose writes Amazon Connect contact records to S3 gzipped (often with
// no suffix at all). An archive holding one file is imported as that file,
// whatever its name says; one holding several is refused with their names.
// Read with libarchive (Debian's libarchive-dev): zip and gzip, streamed,
// so a 1.5 GB complaints.csv.zip is never held in memory.

#include "Result.h"
#include "jobs/Job.h"

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace cr {

// Zip or gzip, by the file's first bytes.
bool looksLikeArchive(const QByteArray& head);

struct ArchiveMember
{
    QString name;      // inside the archive ("Survey export.csv"); for gzip, the file name without .gz
    qint64 size = -1;  // uncompressed, when the archive says
    QByteArray head;   // the first bytes, up to the limit asked for
};

// The one file inside, with its first headBytes bytes.
Result<ArchiveMember> archiveMember(const QString& path, qint64 headBytes);

// Writes the one file inside to dir and returns its path; maxBytes > 0
// stops after that many bytes (a preview's first rows). Progress runs over
// the compressed bytes read.
Result<QString> unpackArchive(const QString& path, const QTemporaryDir& dir, JobControl::Span progress,
                              qint64 maxBytes = 0);

// How to name an imported file to a person: its file name, or for a file
// that came out of an archive ("…/export.zip/inside.csv") "export.zip/inside.csv".
QString importedFileName(const QString& file);

// A QTemporaryDir template for unpacking: in the user's cache folder, on
// disk, not in /tmp, which is often memory (tmpfs) and too small for a
// multi-gigabyte export.
QString unpackFolderTemplate();

// The file to read for path: path itself, or, for an archive, its one file
// unpacked into dir.
Result<QString> readablePath(const QString& path, const QTemporaryDir& dir,
                             JobControl::Span progress = {nullptr, 0, 1}, qint64 maxBytes = 0);

} // namespace cr
