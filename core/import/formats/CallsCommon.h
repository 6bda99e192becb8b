#pragma once
// What the call importers share: reading an audio file into a CallRecord,
// finding the audio and transcripts a manifest points at, a start time in a
// file name, and splitting JSON exports into records with lines.
// Transcripts have their own file (Transcripts.h).

#include "Result.h"
#include "import/ImportTypes.h"
#include "import/formats/Transcripts.h"
#include "media/AudioInfo.h"

#include "Domain.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cr::formats::calls {

// "WAV", "FLAC", "OGG", "AIFF", "MP3" from the first bytes; empty if none.
QString audioFormatFromMagic(const QByteArray& head);
// The MIME type the room stores: from the bytes, else from the suffix.
QString audioMimeType(const QByteArray& head, const QString& fileName);

struct LoadedAudio
{
    QByteArray bytes;
    QString mimeType;
    AudioInfo info;
};
// Reads and measures an audio file; an Error says why libsndfile cannot.
Result<LoadedAudio> loadAudio(const QString& path);
// loadAudio() into the call: bytes, type and length. Empty, or the reject
// reason "Audio file "SHOWN": why" (SHOWN: the file name unless given).
QString attachAudio(CallRecord& call, const QString& path, const QString& shownAs = {});

// A start time written in a file name: "20190731T17:04_UTC",
// "2024-03-01_10-22-31", "20240301-102231", "2024-03-01T10:22:31+01:00".
// `dateOnly` is set when the name holds a date and no time.
std::optional<QDateTime> timestampFromFileName(const QString& fileName, bool* dateOnly = nullptr);

// The files in and below a manifest's folder (a few levels, as an S3 sync
// lays them out), looked up by file name, case-insensitive.
class SiblingFiles
{
public:
    explicit SiblingFiles(const QString& manifestPath);
    QString folder() const { return m_folder; }
    // The file named `name` (any folder part is dropped), or empty.
    QString byName(const QString& name) const;
    // The first of `stem` + each suffix that exists ("RE12.wav", "RE12.mp3").
    QString byStem(const QString& stem, const QStringList& suffixes) const;
    // Files whose name starts with `prefix` and ends with `suffix` (.json).
    QStringList byPrefix(const QString& prefix, const QString& suffix) const;
    // A path as a manifest writes it: relative to the manifest's folder,
    // absolute, or a URL / foreign path whose file name is looked up.
    QString resolve(const QString& written) const;

private:
    QString m_folder;
    QString m_manifest;
    QHash<QString, QString> m_byName; // lower-case file name -> path
    QStringList m_names;              // lower-case names, for prefix lookups
};

const QStringList& audioSuffixes(); // wav, mp3, flac, ogg, opus, oga, aiff, aif

// One record of a JSON export, with the line its object starts on.
struct JsonRecord
{
    int line = 0;
    qint64 offset = 0;
    QJsonObject object;
    QString error; // set when this record cannot be read (cut off, not JSON, not an object)
    QString raw;   // the first characters, for the reject log
};

struct JsonRecords
{
    QVector<JsonRecord> records;
    bool wrapped = false; // records came from the wrapper key's array
    QString error;        // text that is no JSON at all, where records would start
    int errorLine = 0;
};

// Whether text starts like JSON ('{' or '[' after white space).
bool looksLikeJson(const QString& text);

// Splits a JSON export into records: one object; an array of objects; NDJSON;
// objects written back to back with no separator (Kinesis Data Firehose); or
// an object holding the records in an array under `wrapperKey` (Twilio's
// list pages: {"recordings": [...]}).
JsonRecords splitJsonRecords(const QByteArray& utf8, const QByteArray& wrapperKey = {});

// A field of a JSON object by any of its spellings: snake_case, camelCase
// and PascalCase compare equal ("call_sid", "callSid", "CallSid").
QJsonValue field(const QJsonObject& object, const char* name);
QString stringField(const QJsonObject& object, const char* name);

// "mm:ss", "hh:mm:ss" or a number of seconds.
std::optional<double> durationSeconds(const QString& text);

} // namespace cr::formats::calls
