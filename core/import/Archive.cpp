#include "import/Archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace cr {

namespace {

struct ArchiveCloser
{
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveCloser>;

bool isGzip(const QByteArray& head)
{
    return head.startsWith("\x1f\x8b");
}

// What a zip made on a Mac or by Windows Explorer carries beside the file.
bool isClutter(const QString& name)
{
    const QString base = QFileInfo(name).fileName();
    return name.startsWith(QLatin1String("__MACOSX/")) || base == QLatin1String(".DS_Store") ||
           base.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0 || base.startsWith(QLatin1String("._"));
}

Result<ArchivePtr> openArchive(const QString& path, bool gzip)
{
    ArchivePtr a(archive_read_new());
    if (gzip) {
        archive_read_support_filter_gzip(a.get());
        archive_read_support_format_raw(a.get());
    } else {
        // Seekable: the zip's central directory is read first, so listing
        // the files costs nothing however large they are.
        archive_read_support_format_zip_seekable(a.get());
    }
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
        return Error(QCoreApplication::translate("Importers", "Cannot read the archive: %1").arg(QString::fromUtf8(archive_error_string(a.get()))), path);
    return a;
}

QString readError(archive* a)
{
    const char* why = archive_error_string(a);
    return why ? QString::fromUtf8(why) : QCoreApplication::translate("Importers", "the archive is damaged");
}

QString entryName(archive_entry* entry)
{
    const char* utf8 = archive_entry_pathname_utf8(entry);
    return QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry));
}

bool isGzipFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && isGzip(file.read(2));
}

// Opens the archive positioned at its one file, ready for archive_read_data.
Result<ArchivePtr> openMember(const QString& path, ArchiveMember& member)
{
    const bool gzip = isGzipFile(path);
    auto a = openArchive(path, gzip);
    if (!a)
        return a.error();
    archive_entry* entry = nullptr;
    if (gzip) {
        const int status = archive_read_next_header(a->get(), &entry);
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return Error(QCoreApplication::translate("Importers", "Cannot read the archive: %1").arg(readError(a->get())), path);
        member.name = QFileInfo(path).fileName();
        if (member.name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
            member.name.chop(3);
        return a;
    }
    QStringList names;
    int status;
    while ((status = archive_read_next_header(a->get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
        const QString name = entryName(entry);
        if (archive_entry_filetype(entry) != AE_IFREG || isClutter(name))
            continue;
        if (archive_entry_is_encrypted(entry))
            return Error(QCoreApplication::translate("Importers", "\"%1\" in this archive is protected by a password. Unpack it with the password and "
                            "import the file itself.")
                             .arg(name),
                         path);
        names << name;
        if (names.size() == 1) {
            member.name = name;
            member.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        }
    }
    if (status != ARCHIVE_EOF)
        return Error(QCoreApplication::translate("Importers", "Cannot read the archive: %1").arg(readError(a->get())), path);
    if (names.isEmpty())
        return Error(QCoreApplication::translate("Importers", "The archive holds no file to import."), path);
    if (names.size() > 1)
        return Error(QCoreApplication::translate("Importers", "The archive holds %1 files (%2). Unpack it and import them one by one, or add the "
                        "folder as a feed.")
                         .arg(names.size())
                         .arg(names.mid(0, 5).join(QStringLiteral(", "))),
                     path);
    // Listed; open again and stop at the one file.
    a = openArchive(path, false);
    if (!a)
        return a.error();
    while ((status = archive_read_next_header(a->get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN)
        if (archive_entry_filetype(entry) == AE_IFREG && entryName(entry) == member.name)
            return a;
    return Error(QCoreApplication::translate("Importers", "Cannot read the archive: %1").arg(readError(a->get())), path);
}

} // namespace

bool looksLikeArchive(const QByteArray& head)
{
    return isGzip(head) || head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

Result<ArchiveMember> archiveMember(const QString& path, qint64 headBytes)
{
    ArchiveMember member;
    auto a = openMember(path, member);
    if (!a)
        return a.error();
    member.head.resize(headBytes);
    qint64 got = 0;
    while (got < headBytes) {
        const la_ssize_t n = archive_read_data(a->get(), member.head.data() + got, std::size_t(headBytes - got));
        if (n < 0)
            return Error(QCoreApplication::translate("Importers", "Cannot read \"%1\" in the archive: %2").arg(member.name, readError(a->get())), path);
        if (n == 0)
            break;
        got += n;
    }
    member.head.truncate(got);
    if (member.size < 0 && got < headBytes)
        member.size = got;
    return member;
}

Result<QString> unpackArchive(const QString& path, const QTemporaryDir& dir, JobControl::Span progress,
                              qint64 maxBytes)
{
    const qint64 compressedSize = QFileInfo(path).size();
    ArchiveMember member;
    auto a = openMember(path, member);
    if (!a)
        return a.error();
    // The member keeps its own name (importers look at the suffix), without
    // its folders, so no name can escape the temporary directory.
    const QString name = QFileInfo(member.name).fileName();
    const QString target = QDir(dir.path()).filePath(name.isEmpty() ? QStringLiteral("member") : name);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate("Importers", "Cannot unpack the archive: %1").arg(out.errorString()), path);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 written = 0;
    while (maxBytes <= 0 || written < maxBytes) {
        if (progress.isCancelled())
            return Error(QCoreApplication::translate("Importers", "Cancelled; nothing from this file was imported."), path);
        const la_ssize_t n = archive_read_data(a->get(), buffer.data(), std::size_t(buffer.size()));
        if (n < 0)
            return Error(QCoreApplication::translate("Importers", "Cannot read \"%1\" in the archive: %2").arg(member.name, readError(a->get())), path);
        if (n == 0)
            break;
        if (out.write(buffer.constData(), n) != n)
            return Error(QCoreApplication::translate("Importers", "Cannot unpack the archive: %1").arg(out.errorString()), path);
        written += n;
        if (compressedSize > 0)
            progress.progress(double(archive_filter_bytes(a->get(), -1)) / double(compressedSize),
                              QCoreApplication::translate("Importers", "Unpacking %1").arg(QFileInfo(path).fileName()));
    }
    if (!out.flush())
        return Error(QCoreApplication::translate("Importers", "Cannot unpack the archive: %1").arg(out.errorString()), path);
    return target;
}

QString importedFileName(const QString& file)
{
    const QFileInfo info(file);
    const QFileInfo parent(info.path());
    if (parent.isFile()) // the archive the file came out of
        return parent.fileName() + QLatin1Char('/') + info.fileName();
    return info.fileName().isEmpty() ? file : info.fileName();
}

QString unpackFolderTemplate()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (cache.isEmpty() || !QDir().mkpath(cache))
        return {}; // QTemporaryDir's default: the system's temporary folder
    return QDir(cache).filePath(QStringLiteral("unpack-XXXXXX"));
}

Result<QString> readablePath(const QString& path, const QTemporaryDir& dir, JobControl::Span progress,
                             qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !looksLikeArchive(file.read(4)))
        return path; // not an archive, or unreadable: the importer says why
    file.close();
    if (!dir.isValid())
        return Error(QCoreApplication::translate("Importers", "Cannot create a temporary folder to unpack the archive."),
                     path);
    return unpackArchive(path, dir, progress, maxBytes);
}

} // namespace cr
