// Twilio call recordings: the manifest that lists them, with the audio
// downloaded next to it. Layouts read:
// - the REST API's Recordings list page (GET .../Recordings.json):
//   {"recordings": [{"sid", "call_sid", "date_created", "start_time" (RFC 2822),
//   "duration" (a string), "channels", "status", "uri", "media_url"...}], paging keys};
//   several pages saved back to back are read too;
// - one Recording resource, or a plain array of them;
// - the twilio CLI's `-o json` output (an array, camelCase keys, ISO dates);
// - a CSV or TSV with the same columns (the CLI's `-o tsv`, or a sheet made
//   from status callbacks: RecordingSid, CallSid, RecordingDuration...).
// The audio is found next to the manifest (or in a folder below it) as
// <RecordingSid>.wav / .mp3, by the file name in a file column, or by the
// file name of media_url. A completed recording whose audio file is not
// there is still imported, with the manifest's duration and no audio: the
// call happened and the room shows it without a play button; the note
// counts them. Other statuses (processing, absent, deleted, failed) have no
// audio at Twilio either and are skipped with the reason.
#include "import/CsvReader.h"
#include "import/Parsing.h"
#include "import/TextInput.h"
#include "import/formats/CallsCommon.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace cr::formats {

namespace {

// One recording as any layout writes it.
struct Row
{
    int line = 0;
    QString raw;
    QString sid;
    QString callSid;
    QString startTime;
    QString dateCreated;
    QString duration;
    QString status;
    QString mediaUrl;
    QString file;
    QString error; // the record cannot be read at all
};

Row fromJson(const QJsonObject& o)
{
    Row row;
    row.sid = calls::stringField(o, "sid");
    row.callSid = calls::stringField(o, "call_sid");
    row.startTime = calls::stringField(o, "start_time");
    row.dateCreated = calls::stringField(o, "date_created");
    row.duration = calls::stringField(o, "duration");
    row.status = calls::stringField(o, "status");
    row.mediaUrl = calls::stringField(o, "media_url");
    if (row.mediaUrl.isEmpty())
        row.mediaUrl = calls::stringField(o, "uri");
    for (const char* name : {"file", "media_file", "audio_file", "filename"})
        if (row.file.isEmpty())
            row.file = calls::stringField(o, name);
    return row;
}

struct CsvColumns
{
    ColumnMap map;
    QString missing; // what is lacking, empty when the header will do
};

CsvColumns bindCsv(const QStringList& header, const QHash<QString, QString>& userMap)
{
    CsvColumns c{ColumnMap(header, userMap), {}};
    auto l = [](std::initializer_list<const char*> names) {
        QStringList out;
        for (const char* n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    c.map.bind(QStringLiteral("sid"), l({"recording sid", "recording_sid", "recordingsid", "recording"}));
    c.map.bind(QStringLiteral("call_sid"), l({"callsid", "call sid", "call"}));
    c.map.bind(QStringLiteral("start_time"),
               l({"starttime", "start time", "recordingstarttime", "recording start time", "started_at"}));
    c.map.bind(QStringLiteral("date_created"), l({"datecreated", "date created", "date", "created"}));
    c.map.bind(QStringLiteral("duration"),
               l({"recordingduration", "recording duration", "duration (s)", "duration (seconds)"}));
    c.map.bind(QStringLiteral("status"), l({"recordingstatus", "recording status"}));
    c.map.bind(QStringLiteral("media_url"),
               l({"mediaurl", "media url", "recordingurl", "recording url", "uri", "url"}));
    c.map.bind(QStringLiteral("file"),
               l({"audio", "audio file", "audio_file", "filename", "file name", "media file"}));
    if (!c.map.has(QStringLiteral("sid")))
        c.missing = QStringLiteral("sid");
    else if (!c.map.has(QStringLiteral("start_time")) && !c.map.has(QStringLiteral("date_created")))
        c.missing = QStringLiteral("start_time");
    return c;
}

Row fromCsv(const CsvRow& csv, const ColumnMap& map)
{
    Row row;
    row.line = csv.line;
    row.raw = csv.raw();
    row.sid = map.value(csv, QStringLiteral("sid"));
    row.callSid = map.value(csv, QStringLiteral("call_sid"));
    row.startTime = map.value(csv, QStringLiteral("start_time"));
    row.dateCreated = map.value(csv, QStringLiteral("date_created"));
    row.duration = map.value(csv, QStringLiteral("duration"));
    row.status = map.value(csv, QStringLiteral("status"));
    row.mediaUrl = map.value(csv, QStringLiteral("media_url"));
    row.file = map.value(csv, QStringLiteral("file"));
    return row;
}

class TwilioRecordings final : public Importer
{
public:
    QString id() const override { return QStringLiteral("twilio"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "Twilio recordings list (JSON or CSV)");
    }
    ImportKind kind() const override { return ImportKind::Calls; }
    QStringList suffixes() const override
    {
        return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("tsv")};
    }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText)
            return {};
        const QString& t = sample.text;
        if (calls::looksLikeJson(t)) {
            const bool callSid =
                t.contains(QLatin1String("\"call_sid\"")) || t.contains(QLatin1String("\"callSid\""));
            if (callSid && t.contains(QLatin1String("\"recordings\"")))
                return {90, QCoreApplication::translate("Importers", "a Recordings list page with call_sid")};
            static const QRegularExpression recordingSid(
                QStringLiteral("\"sid\"\\s*:\\s*\"RE[0-9a-fA-F]{32}\""));
            if (callSid && recordingSid.match(t).hasMatch())
                return {85,
                        QCoreApplication::translate("Importers", "recording sids (RE...) with call sids")};
            return {};
        }
        const auto rows = CsvReader::parseSample(t, 2);
        if (rows.isEmpty())
            return {};
        const CsvColumns c = bindCsv(rows.first(), {});
        if (c.missing.isEmpty() && c.map.has(QStringLiteral("call_sid")))
            return {70, QCoreApplication::translate("Importers",
                                                    "a CSV with recording sid and call sid columns")};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        QVector<Row> rows;
        QString layout;
        auto bytes = TextInput::readAllUtf8NonBlank(path, options.encoding);
        if (!bytes)
            return bytes.error();
        const qint64 total = bytes->size();
        if (calls::looksLikeJson(QString::fromUtf8(bytes->left(64)))) {
            const calls::JsonRecords split = calls::splitJsonRecords(*bytes, "recordings");
            if (split.records.isEmpty())
                return Error(
                    split.error.isEmpty()
                        ? QCoreApplication::translate(
                              "Importers",
                              "No recordings in this JSON: expected Twilio's {\"recordings\": [...]} or "
                              "an array of recordings.")
                        : split.error,
                    path, split.errorLine);
            for (const calls::JsonRecord& r : split.records) {
                Row row = r.error.isEmpty() ? fromJson(r.object) : Row{};
                row.line = r.line;
                row.raw = r.raw;
                row.error = r.error;
                rows.append(row);
            }
            const bool anyRecording = std::any_of(rows.begin(), rows.end(), [](const Row& row) {
                return !row.error.isEmpty() || !row.sid.isEmpty() || !row.callSid.isEmpty();
            });
            if (!anyRecording)
                return Error(QCoreApplication::translate(
                                 "Importers", "No recordings in this JSON: no object has a sid or call_sid."),
                             path);
            if (!split.error.isEmpty())
                sink.reject(split.errorLine, split.error);
            layout = split.wrapped ? QCoreApplication::translate("Importers", "Recordings list JSON")
                                   : QCoreApplication::translate("Importers", "JSON array of recordings");
        } else {
            CsvReader csv(path, options.encoding);
            CsvRow header;
            if (auto opened = csv.openAtHeader(header); !opened)
                return opened;
            const CsvColumns columns = bindCsv(header.fields, options.map);
            if (const QString unknown = columns.map.unknownMappedColumn(); !unknown.isEmpty())
                return Error(QCoreApplication::translate(
                                 "Importers", "The column \"%1\" named by --map is not in the header.")
                                 .arg(unknown),
                             path);
            if (!columns.missing.isEmpty())
                return Error(QCoreApplication::translate(
                                 "Importers",
                                 "No \"%1\" column: a Twilio recordings CSV needs sid and start_time (or "
                                 "date_created); name them with --map %1=COLUMN.")
                                 .arg(columns.missing),
                             path);
            CsvRow row;
            while (true) {
                auto next = csv.next(row);
                if (!next)
                    return next.error();
                if (!*next)
                    break;
                rows.append(fromCsv(row, columns.map));
            }
            layout = QCoreApplication::translate("Importers", "recordings CSV");
        }

        const calls::SiblingFiles siblings(path);
        QHash<QString, int> seen;
        int imported = 0;
        int withAudio = 0;
        int withoutAudio = 0;
        int transcripts = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row& row = rows.at(i);
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
            if (!sink.wantsMore())
                break;
            sink.progress(total * i / rows.size(), total);
            if (!row.error.isEmpty()) {
                sink.reject(row.line, row.error, row.raw);
                continue;
            }
            const QString id = row.sid.isEmpty() ? row.callSid : row.sid;
            if (id.isEmpty()) {
                sink.reject(row.line, QCoreApplication::translate("Importers", "No recording sid."), row.raw);
                continue;
            }
            if (seen.contains(id)) {
                sink.skip(row.line, QCoreApplication::translate(
                                        "Importers", "Recording %1 is listed again (first on line %2).")
                                        .arg(id)
                                        .arg(seen.value(id)));
                continue;
            }
            seen.insert(id, row.line);
            if (!row.status.isEmpty() &&
                row.status.compare(QLatin1String("completed"), Qt::CaseInsensitive) != 0) {
                sink.skip(row.line, QCoreApplication::translate(
                                        "Importers", "Recording %1 is \"%2\": Twilio has no audio for it.")
                                        .arg(id, row.status));
                continue;
            }
            const QString when = row.startTime.isEmpty() ? row.dateCreated : row.startTime;
            if (when.isEmpty()) {
                sink.reject(row.line,
                            QCoreApplication::translate("Importers", "No start_time or date_created."),
                            row.raw);
                continue;
            }
            const auto startedAt = parse::dateTime(when);
            if (!startedAt) {
                sink.reject(
                    row.line,
                    QCoreApplication::translate("Importers", "\"%1\" is not a date and time.").arg(when),
                    row.raw);
                continue;
            }
            const auto listedDuration = calls::durationSeconds(row.duration);

            QString audioPath = siblings.resolve(row.file);
            if (audioPath.isEmpty())
                audioPath = siblings.byStem(row.sid, calls::audioSuffixes());
            if (audioPath.isEmpty() && !row.mediaUrl.isEmpty()) {
                const QString name =
                    QString(row.mediaUrl).section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1);
                audioPath = QFileInfo(name).suffix().isEmpty() || name.endsWith(QLatin1String(".json"))
                                ? siblings.byStem(QFileInfo(name).completeBaseName(), calls::audioSuffixes())
                                : siblings.byName(name);
            }
            if (audioPath.isEmpty() && !row.callSid.isEmpty())
                audioPath = siblings.byStem(row.callSid, calls::audioSuffixes());
            if (audioPath.isEmpty() && !row.file.isEmpty()) {
                sink.reject(row.line,
                            QCoreApplication::translate("Importers",
                                                        "Audio file \"%1\" not found next to the manifest.")
                                .arg(row.file),
                            row.raw);
                continue;
            }

            CallRecord call;
            call.call.title = QCoreApplication::translate("Importers", "Call %1")
                                  .arg(row.callSid.isEmpty() ? id : row.callSid);
            call.call.startedAt = *startedAt;
            call.call.customerChannel = QStringLiteral("phone");
            if (!audioPath.isEmpty()) {
                if (const QString bad = calls::attachAudio(call, audioPath); !bad.isEmpty()) {
                    sink.reject(row.line, bad, row.raw);
                    continue;
                }
                ++withAudio;
            } else {
                if (!listedDuration) {
                    sink.reject(
                        row.line,
                        QCoreApplication::translate(
                            "Importers", "No audio file for %1 next to the manifest and no duration in it.")
                            .arg(id),
                        row.raw);
                    continue;
                }
                call.call.durationSeconds = *listedDuration;
                ++withoutAudio;
            }
            // A transcript saved as <RecordingSid>*.json or <CallSid>*.json
            // (Voice Intelligence sentences, Transcribe, Whisper). Other JSON
            // named so (the Recording resource itself) is not one: ignored.
            for (const QString& key : {row.sid, row.callSid}) {
                if (key.isEmpty() || !call.call.transcript.isEmpty())
                    continue;
                for (const QString& candidate : siblings.byPrefix(key, QStringLiteral(".json"))) {
                    if (auto segments = calls::readTranscriptFile(candidate, call.call.durationSeconds,
                                                                  call.call.startedAt)) {
                        call.call.transcript = *segments;
                        ++transcripts;
                        break;
                    }
                }
            }

            ImportRecord record;
            record.line = row.line;
            record.externalId = id;
            record.value = std::move(call);
            sink.accept(std::move(record));
            ++imported;
        }
        sink.progress(total, total);
        QString note =
            QCoreApplication::translate(
                "Importers", "Twilio %1 (recordings: %2; with audio found next to the manifest: %3).")
                .arg(layout)
                .arg(imported)
                .arg(withAudio);
        if (transcripts > 0)
            note += QLatin1Char(' ') + QCoreApplication::translate(
                                           "Importers", "Transcripts found as <RecordingSid>*.json: %1.")
                                           .arg(transcripts);
        if (withoutAudio > 0)
            note += QLatin1Char(' ') +
                    QCoreApplication::translate(
                        "Importers", "%1 without an audio file (<RecordingSid>.wav or .mp3): imported with "
                                     "the listed duration and no audio.")
                        .arg(withoutAudio);
        sink.note(note);
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeTwilioRecordings()
{
    return std::make_unique<TwilioRecordings>();
}

} // namespace cr::formats
