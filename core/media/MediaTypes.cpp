#include "media/MediaTypes.h"

#include <QFileInfo>

#include <utility>

namespace cr {

namespace {

// First entry per MIME type is its preferred suffix; aliases follow.
const std::pair<const char*, const char*> kTypes[] = {
    {"audio/ogg", "ogg"},     {"audio/ogg", "oga"},      {"audio/flac", "flac"},     {"audio/x-flac", "flac"},
    {"audio/wav", "wav"},     {"audio/x-wav", "wav"},    {"audio/mpeg", "mp3"},      {"audio/aiff", "aiff"},
    {"audio/x-aiff", "aiff"}, {"audio/aiff", "aif"},     {"image/png", "png"},       {"image/jpeg", "jpg"},
    {"image/jpeg", "jpeg"},   {"image/svg+xml", "svg"},  {"application/pdf", "pdf"}, {"text/html", "html"},
    {"text/html", "htm"},     {"message/rfc822", "eml"},
    {"audio/opus", "opus"},   {"audio/ogg", "opus"},     {"image/gif", "gif"},       {"image/webp", "webp"},
    {"image/tiff", "tif"},    {"image/tiff", "tiff"},    {"image/bmp", "bmp"},
};

} // namespace

QString mimeTypeForFile(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto& [mime, known] : kTypes)
        if (suffix == QLatin1String(known))
            return QString::fromLatin1(mime);
    return QStringLiteral("application/octet-stream");
}

QString suffixForMimeType(const QString& mimeType)
{
    for (const auto& [mime, suffix] : kTypes)
        if (mimeType == QLatin1String(mime))
            return QString::fromLatin1(suffix);
    return QStringLiteral("bin");
}

} // namespace cr
