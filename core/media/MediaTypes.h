#pragma once
// One table of the media the room stores: file suffix <-> MIME type. The
// store names its cache files by it; importers and the demo label blobs by it.

#include <QString>

namespace cr {

QString mimeTypeForFile(const QString& fileName);   // "application/octet-stream" if unknown
QString suffixForMimeType(const QString& mimeType); // "bin" if unknown

} // namespace cr
