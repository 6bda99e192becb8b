// Generic call manifest (CSV): one call per row. Columns audio (or file),
// started_at, agent, title, transcript, customer_channel, id, stage,
// summary, duration; other header names through --map FIELD=COLUMN. Audio
// paths are relative to the manifest's folder (absolute paths work; a path
// or URL that is not there is looked up by its file name next to the
// manifest). The transcript cell holds the text itself, or the name of a
// .txt, .vtt, .srt or .json file next to the manifest. A row without audio
// is kept when it has a transcript or a duration. Without started_at the
// start comes from a timestamp in the audio file name, else its
// modification time.
#include "import/CsvReader.h"
#include "import/Parsing.h"
#include "import/formats/CallsCommon.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace cr::formats {

namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list)
        out << QString::fromLatin1(n);
    return out;
}

ColumnMap bindColumns(const QStringList& header, const QHash<QString, QString>& userMap)
{
    ColumnMap map(header, userMap);
    map.bind(QStringLiteral("audio"),
             names({"file", "audio_file", "audio file", "recording", "recording_file", "filename",
                    "file name", "path", "media", "url"}));
    map.bind(QStringLiteral("started_at"),
             names({"started at", "start", "started", "start_time", "start time", "date", "datetime",
                    "timestamp", "call_start", "call start", "time", "date_time"}));
    map.bind(QStringLiteral("agent"),
             names({"agent_name", "agent name", "rep", "employee", "handled_by", "user"}));
    map.bind(QStringLiteral("title"), names({"name", "subject"}));
    map.bind(QStringLiteral("transcript"), names({"transcription", "text"}));
    map.bind(QStringLiteral("customer_channel"), names({"customer channel", "channel"}));
    map.bind(QStringLiteral("id"), names({"call_id", "call id", "external_id", "uuid", "contact_id"}));
    map.bind(QStringLiteral("stage"), names({"journey stage"}));
    map.bind(QStringLiteral("summary"), names({"notes", "description"}));
    map.bind(QStringLiteral("duration"), names({"duration_seconds", "duration (s)", "seconds", "length"}));
    return map;
}

// Same rule as parse::: a part > 12 settles day/month order for the file.
parse::DayMonthOrder learnOrder(const QStringList& values)
{
    static const QRegularExpression slash(QStringLiteral("^\\s*(\\d{1,2})/(\\d{1,2})/\\d{2,4}\\b"));
    bool dayFirst = false;
    bool monthFirst = false;
    for (const QString& v : values) {
        const auto m = slash.match(v);
        if (!m.hasMatch())
            continue;
        dayFirst = dayFirst || m.captured(1).toInt() > 12;
        monthFirst = monthFirst || m.captured(2).toInt() > 12;
    }
    if (dayFirst != monthFirst)
        return dayFirst ? parse::DayMonthOrder::DayFirst : parse::DayMonthOrder::MonthFirst;
    return parse::DayMonthOrder::Refuse;
}

bool namesTranscriptFile(const QString& cell)
{
    static const QRegularExpression file(QStringLiteral("^[^\\n]{1,260}\\.(txt|vtt|srt|json)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return file.match(cell.trimmed()).hasMatch();
}

class GenericCallManifest final : public Importer
{
public:
    QString id() const override { return QStringLiteral("generic"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers",
                                           "Call manifest CSV (audio, started_at, agent, transcript)");
    }
    ImportKind kind() const override { return ImportKind::Calls; }
    QStringList suffixes() const override { return {QStringLiteral("csv"), QStringLiteral("tsv")}; }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText)
            return {};
        const auto rows = CsvReader::parseSample(sample.text, 20);
        if (rows.isEmpty() || rows.first().size() < 2)
            return {};
        const ColumnMap map = bindColumns(rows.first(), {});
        const int audio = map[QStringLiteral("audio")];
        if (audio < 0)
            return {};
        // A column named "file" or "url" is common; one naming audio files is not.
        for (const QStringList& row : rows.mid(1)) {
            const QString cell = row.value(audio).trimmed().section(QLatin1Char('?'), 0, 0);
            if (calls::audioSuffixes().contains(QFileInfo(cell).suffix().toLower()))
                return {map.has(QStringLiteral("started_at")) ? 25 : 20,
                        QCoreApplication::translate("Importers", "column \"%1\" names audio files")
                            .arg(rows.first().value(audio))};
        }
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        CsvReader csv(path, options.encoding);
        CsvRow header;
        if (auto opened = csv.openAtHeader(header); !opened)
            return opened;
        const ColumnMap columns = bindColumns(header.fields, options.map);
        if (const QString unknown = columns.unknownMappedColumn(); !unknown.isEmpty())
            return Error(QCoreApplication::translate(
                             "Importers", "The column \"%1\" named by --map is not in the header (%2).")
                             .arg(unknown, header.fields.join(QStringLiteral(", "))),
                         path);
        if (!columns.has(QStringLiteral("audio")) && !columns.has(QStringLiteral("transcript")))
            return Error(
                QCoreApplication::translate(
                    "Importers",
                    "No audio (or file) column: a call manifest names each call's audio file, relative to "
                    "the manifest's folder. Name the column with --map audio=COLUMN."),
                path);

        // Rows are few (one per call) and the audio is the heavy part: read
        // them first so the date order is learned from all of them.
        QVector<CsvRow> rows;
        QStringList startTexts;
        for (CsvRow row; true;) {
            auto next = csv.next(row);
            if (!next)
                return next.error();
            if (!*next)
                break;
            startTexts << columns.value(row, QStringLiteral("started_at"));
            rows.append(row);
        }
        const auto order = learnOrder(startTexts);
        const char delimiter = csv.delimiter();
        const calls::SiblingFiles siblings(path);
        const qint64 total = csv.size();

        int imported = 0;
        int withAudio = 0;
        int withTranscript = 0;
        int startFromFile = 0;
        for (int i = 0; i < rows.size(); ++i) {
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
            if (!sink.wantsMore())
                break;
            sink.progress(total * i / std::max<qsizetype>(1, rows.size()), total);
            const CsvRow& row = rows.at(i);
            const QString raw = row.raw(QLatin1Char(delimiter));
            const QString audioCell = columns.value(row, QStringLiteral("audio"));
            const QString transcriptCell = columns.value(row, QStringLiteral("transcript"));
            const QString durationCell = columns.value(row, QStringLiteral("duration"));

            CallRecord call;
            QString audioPath;
            if (!audioCell.isEmpty()) {
                audioPath = siblings.resolve(audioCell);
                if (audioPath.isEmpty()) {
                    sink.reject(
                        row.line,
                        QCoreApplication::translate(
                            "Importers",
                            "Audio file \"%1\" not found (paths are relative to the manifest's folder).")
                            .arg(audioCell),
                        raw);
                    continue;
                }
                if (const QString bad = calls::attachAudio(call, audioPath, audioCell); !bad.isEmpty()) {
                    sink.reject(row.line, bad, raw);
                    continue;
                }
            } else if (!durationCell.isEmpty()) {
                const auto seconds = calls::durationSeconds(durationCell);
                if (!seconds) {
                    sink.reject(row.line,
                                QCoreApplication::translate(
                                    "Importers", "\"%1\" is not a duration (seconds, mm:ss or hh:mm:ss).")
                                    .arg(durationCell),
                                raw);
                    continue;
                }
                call.call.durationSeconds = *seconds;
            } else if (transcriptCell.isEmpty()) {
                sink.reject(row.line,
                            QCoreApplication::translate(
                                "Importers", "No audio file, duration or transcript: nothing to import."),
                            raw);
                continue;
            }

            const QString startText = columns.value(row, QStringLiteral("started_at"));
            if (!startText.isEmpty()) {
                const auto startedAt = parse::dateTime(startText, order);
                if (!startedAt) {
                    sink.reject(
                        row.line,
                        order == parse::DayMonthOrder::Refuse && startText.contains(QLatin1Char('/'))
                            ? QCoreApplication::translate(
                                  "Importers", "\"%1\" could be read day-first or month-first; write it as "
                                               "YYYY-MM-DD HH:MM.")
                                  .arg(startText)
                            : QCoreApplication::translate("Importers", "\"%1\" is not a date and time.")
                                  .arg(startText),
                        raw);
                    continue;
                }
                call.call.startedAt = *startedAt;
            } else if (!audioPath.isEmpty()) {
                const auto named = calls::timestampFromFileName(audioPath);
                call.call.startedAt = named ? *named : QFileInfo(audioPath).lastModified();
                ++startFromFile;
            } else {
                sink.reject(row.line,
                            QCoreApplication::translate(
                                "Importers", "No started_at and no audio file to take the time from."),
                            raw);
                continue;
            }

            if (!transcriptCell.isEmpty()) {
                if (namesTranscriptFile(transcriptCell)) {
                    const QString file = siblings.resolve(transcriptCell);
                    if (file.isEmpty()) {
                        sink.reject(row.line,
                                    QCoreApplication::translate(
                                        "Importers", "Transcript file \"%1\" not found next to the manifest.")
                                        .arg(transcriptCell),
                                    raw);
                        continue;
                    }
                    auto segments =
                        calls::readTranscriptFile(file, call.call.durationSeconds, call.call.startedAt);
                    if (!segments) {
                        sink.reject(row.line,
                                    QCoreApplication::translate("Importers", "Transcript file \"%1\": %2")
                                        .arg(transcriptCell, segments.error().message),
                                    raw);
                        continue;
                    }
                    call.call.transcript = *segments;
                } else if (transcriptCell.startsWith(QLatin1String("WEBVTT"))) {
                    call.call.transcript = calls::parseWebVtt(transcriptCell);
                } else {
                    call.call.transcript =
                        calls::parsePlainTranscript(transcriptCell, call.call.durationSeconds);
                }
                if (call.audio.isEmpty() && durationCell.isEmpty())
                    for (const TranscriptSegment& s : call.call.transcript)
                        call.call.durationSeconds = std::max(call.call.durationSeconds, s.end);
                if (!call.call.transcript.isEmpty())
                    ++withTranscript;
            }

            call.call.title = columns.value(row, QStringLiteral("title"));
            if (call.call.title.isEmpty())
                call.call.title =
                    !audioPath.isEmpty()
                        ? QFileInfo(audioPath).completeBaseName()
                        : QCoreApplication::translate("Importers", "Call on line %1").arg(row.line);
            call.call.agent = columns.value(row, QStringLiteral("agent"));
            call.call.customerChannel = columns.value(row, QStringLiteral("customer_channel")).toLower();
            call.call.summary = columns.value(row, QStringLiteral("summary"));
            if (!call.audio.isEmpty())
                ++withAudio;

            ImportRecord record;
            record.line = row.line;
            record.externalId = columns.value(row, QStringLiteral("id"));
            record.stage = columns.value(row, QStringLiteral("stage"));
            record.value = std::move(call);
            sink.accept(std::move(record));
            ++imported;
        }
        sink.progress(total, total);
        QString note = QCoreApplication::translate(
                           "Importers", "Call manifest (calls: %1; with audio: %2; with a transcript: %3).")
                           .arg(imported)
                           .arg(withAudio)
                           .arg(withTranscript);
        if (startFromFile > 0)
            note +=
                QLatin1Char(' ') +
                QCoreApplication::translate(
                    "Importers", "Start times taken from the audio file (name, else modification time): %1.")
                    .arg(startFromFile);
        sink.note(note);
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeGenericCallManifest()
{
    return std::make_unique<GenericCallManifest>();
}

} // namespace cr::formats
