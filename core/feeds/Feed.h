#pragma once
// A feed: an export a company already produces (a folder, a file or an
// http(s) URL) that the room takes in again and again. Its options are the
// import options, kept in the room; its sync state remembers what was taken.

#include "Domain.h"
#include "import/ImportTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cr {

struct Feed
{
    RowId id = 0;
    QString name;
    ImportKind kind = ImportKind::Complaints;
    QString format = QStringLiteral("auto");
    QString location; // folder, file or http(s) URL
    std::optional<RowId> stageId;
    ImportOptions options; // map, aggregate, encoding, question, details, strict (kind/format/stage above)
    std::optional<QDateTime> lastSyncAt;
    QJsonObject syncState; // {"files": {path: {size, mtime, sha256}}, "http": {etag, last_modified, sha256}}

    enum class Location { Folder, File, Url };
    Location locationType() const;
};

// Options <-> the feed's "mapping" JSON column.
QJsonObject optionsToJson(const ImportOptions& options);
ImportOptions optionsFromJson(const QJsonObject& json);

} // namespace cr
