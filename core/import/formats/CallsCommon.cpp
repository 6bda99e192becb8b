#include "import/formats/CallsCommon.h"

#include "import/Parsing.h"
#include "import/TextInput.h"
#include "media/MediaTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <deque>

namespace cr::formats::calls {

namespace {

QString normaliseKey(const QString& key)
{
    QString k = key.toLower();
    k.remove(QLatin1Char('_'));
    k.remove(QLatin1Char('-'));
    return k;
}

// "AGENT" -> "Agent", "customer" -> "Customer"; other names stay as written.
QString speakerName(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return n;
    if (n == n.toUpper() || n == n.toLower())
        return n.left(1).toUpper() + n.mid(1).toLower();
    return n;
}

QString unescapeEntities(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lrm;"), QString());
    text.replace(QLatin1String("&rlm;"), QString());
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// "Agent: Hello" -> ("Agent", "Hello"): at most three words before the colon, no digits.
bool splitSpeaker(const QString& line, QString* speaker, QString* text)
{
    static const QRegularExpression re(QStringLiteral("^([^\\W\\d_][^:\\d]{0,23}):\\s+(\\S.*)$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(line.trimmed());
    if (!m.hasMatch() || m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 3)
        return false;
    *speaker = m.captured(1).trimmed();
    *text = m.captured(2).trimmed();
    return true;
}

std::optional<double> cueTime(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d+):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const double ms =
        m.captured(4).isEmpty() ? 0 : m.captured(4).leftJustified(3, QLatin1Char('0')).toDouble();
    return m.captured(1).toDouble() * 3600 + m.captured(2).toDouble() * 60 + m.captured(3).toDouble() +
           ms / 1000;
}

// WebVTT and SRT share their shape: blocks, a "start --> end" line, text.
QVector<TranscriptSegment> parseCues(const QString& input, bool vtt)
{
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n"));
    static const QRegularExpression voice(QStringLiteral("<v(?:\\.[^\\s>]*)?\\s+([^>]*)>"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>|\\{\\\\[^}]*\\}"));
    QVector<TranscriptSegment> segments;
    const QStringList blocks = text.split(blankLines, Qt::SkipEmptyParts);
    for (const QString& block : blocks) {
        const QStringList lines = block.split(QLatin1Char('\n'));
        int timing = -1;
        for (int i = 0; i < lines.size() && i < 2; ++i)
            if (lines.at(i).contains(QLatin1String("-->")))
                timing = i;
        if (timing < 0)
            continue; // WEBVTT header, NOTE, STYLE, REGION, stray text
        const QString timeLine = lines.at(timing);
        const int arrow = int(timeLine.indexOf(QLatin1String("-->")));
        const auto start = cueTime(timeLine.left(arrow));
        QString endText = timeLine.mid(arrow + 3).trimmed();
        endText = endText.section(QLatin1Char(' '), 0, 0); // cue settings follow in WebVTT
        const auto end = cueTime(endText);
        if (!start || !end)
            continue;
        QString cueText = lines.mid(timing + 1).join(QLatin1Char(' '));
        QString speaker;
        if (vtt) {
            if (const auto m = voice.match(cueText); m.hasMatch())
                speaker = m.captured(1).trimmed();
        }
        cueText = unescapeEntities(cueText.remove(tags)).simplified();
        if (cueText.isEmpty())
            continue;
        QString said;
        if (speaker.isEmpty() && splitSpeaker(cueText, &speaker, &said))
            cueText = said;
        segments.append(TranscriptSegment{*start, std::max(*start, *end), speaker, cueText});
    }
    return segments;
}

double numberOf(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString())
        return parse::number(v.toString()).value_or(std::nan(""));
    return std::nan("");
}

// An item with its text and times in seconds under the given keys (Twilio,
// Transcribe, Whisper); nullopt without text. A missing start is 0, a
// missing or earlier end the start.
std::optional<TranscriptSegment> secondsSegment(const QJsonObject& item, const char* textKey,
                                                const char* startKey, const char* endKey,
                                                const QString& speaker)
{
    const QString text = stringField(item, textKey).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const double start = numberOf(field(item, startKey));
    const double end = numberOf(field(item, endKey));
    TranscriptSegment seg{std::isnan(start) ? 0 : start, 0, speaker, text};
    seg.end = std::isnan(end) ? seg.start : std::max(seg.start, end);
    return seg;
}

} // namespace

QString audioFormatFromMagic(const QByteArray& head)
{
    if (head.size() < 4)
        return {};
    if ((head.startsWith("RIFF") || head.startsWith("RF64") || head.startsWith("BW64")) &&
        head.mid(8, 4) == "WAVE")
        return QStringLiteral("WAV");
    if (head.startsWith("fLaC"))
        return QStringLiteral("FLAC");
    if (head.startsWith("OggS"))
        return head.contains("OpusHead") ? QStringLiteral("OPUS") : QStringLiteral("OGG");
    if (head.startsWith("FORM") && (head.mid(8, 4) == "AIFF" || head.mid(8, 4) == "AIFC"))
        return QStringLiteral("AIFF");
    if (head.startsWith("ID3") && head.size() >= 10) {
        // An ID3v2 tag may sit in front of FLAC as well as MP3.
        const auto b = [&](int i) { return int(static_cast<unsigned char>(head.at(i))) & 0x7F; };
        const int tagSize = 10 + ((b(6) << 21) | (b(7) << 14) | (b(8) << 7) | b(9));
        if (head.mid(tagSize, 4) == "fLaC")
            return QStringLiteral("FLAC");
        return QStringLiteral("MP3");
    }
    const auto u = [&](int i) { return static_cast<unsigned char>(head.at(i)); };
    // MPEG audio frame sync: 11 bits set, a layer, a valid bitrate and sample rate.
    if (u(0) == 0xFF && (u(1) & 0xE0) == 0xE0 && ((u(1) >> 1) & 3) != 0 && (u(2) >> 4) != 0xF &&
        ((u(2) >> 2) & 3) != 3)
        return QStringLiteral("MP3");
    return {};
}

QString audioMimeType(const QByteArray& head, const QString& fileName)
{
    const QString format = audioFormatFromMagic(head);
    if (format == QLatin1String("WAV"))
        return QStringLiteral("audio/wav");
    if (format == QLatin1String("FLAC"))
        return QStringLiteral("audio/flac");
    if (format == QLatin1String("OGG") || format == QLatin1String("OPUS"))
        return QStringLiteral("audio/ogg");
    if (format == QLatin1String("AIFF"))
        return QStringLiteral("audio/aiff");
    if (format == QLatin1String("MP3"))
        return QStringLiteral("audio/mpeg");
    return mimeTypeForFile(fileName);
}

Result<LoadedAudio> loadAudio(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("Importers", "Cannot read the audio file: %1")
                         .arg(file.errorString()),
                     path);
    LoadedAudio audio;
    audio.bytes = file.readAll();
    if (audio.bytes.isEmpty())
        return Error(QCoreApplication::translate("Importers", "The audio file is empty."), path);
    auto info = readAudioInfo(audio.bytes, path);
    if (!info)
        return info.error();
    // libsndfile reports an unknown length (some MP3 streams) as a huge count.
    if (info->frames <= 0 || !(info->durationSeconds > 0) || info->durationSeconds > 7 * 24 * 3600)
        return Error(QCoreApplication::translate(
                         "Importers", "The audio file holds no sound that can be measured (%1 frames).")
                         .arg(info->frames),
                     path);
    audio.info = *info;
    audio.mimeType = audioMimeType(audio.bytes.left(64 * 1024), path);
    return audio;
}

QString attachAudio(CallRecord& call, const QString& path, const QString& shownAs)
{
    auto audio = loadAudio(path);
    if (!audio)
        return QCoreApplication::translate("Importers", "Audio file \"%1\": %2")
            .arg(shownAs.isEmpty() ? QFileInfo(path).fileName() : shownAs, audio.error().message);
    call.call.durationSeconds = audio->info.durationSeconds;
    call.audioMimeType = audio->mimeType;
    call.audio = std::move(audio->bytes);
    return {};
}

std::optional<QDateTime> timestampFromFileName(const QString& fileName, bool* dateOnly)
{
    const QString name = QFileInfo(fileName).fileName();
    static const QRegularExpression re(
        QStringLiteral("(?<!\\d)((?:19|20)\\d{2})([-_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])"
                       "(?:[T _\\-.]?([01]\\d|2[0-3])[:\\-_.h]?([0-5]\\d)(?:[:\\-_.m]?([0-5]\\d))?)?(?!\\d)"
                       "(?:[_\\- ]?(Z|UTC|GMT)(?![A-Za-z])|([+-]\\d{2}:?\\d{2})(?!\\d))?"));
    std::optional<QRegularExpressionMatch> best;
    for (auto it = re.globalMatch(name); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(5).isEmpty()) {
            best = m;
            break;
        }
        if (!best)
            best = m;
    }
    if (!best)
        return std::nullopt;
    const QRegularExpressionMatch& m = *best;
    const QDate date(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!date.isValid())
        return std::nullopt;
    const bool hasTime = !m.captured(5).isEmpty();
    if (dateOnly)
        *dateOnly = !hasTime;
    const QTime time =
        hasTime ? QTime(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt()) : QTime(0, 0);
    if (!m.captured(8).isEmpty())
        return QDateTime(date, time, QTimeZone::utc()).toLocalTime();
    if (!m.captured(9).isEmpty()) {
        const QString offset = QString(m.captured(9)).remove(QLatin1Char(':'));
        const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int seconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60);
        return QDateTime(date, time, QTimeZone(seconds)).toLocalTime();
    }
    return QDateTime(date, time);
}

SiblingFiles::SiblingFiles(const QString& manifestPath)
{
    const QFileInfo manifest(manifestPath);
    m_folder = manifest.absolutePath();
    m_manifest = manifest.absoluteFilePath();
    // Breadth first, so a file next to the manifest wins over one deeper down.
    constexpr int maxDepth = 5;
    constexpr int maxFiles = 20000;
    std::deque<std::pair<QString, int>> queue{{m_folder, 0}};
    while (!queue.empty() && m_names.size() < maxFiles) {
        const auto [dir, depth] = queue.front();
        queue.pop_front();
        const QFileInfoList entries =
            QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& entry : entries) {
            if (entry.isDir()) {
                if (depth < maxDepth && !entry.isSymLink())
                    queue.emplace_back(entry.absoluteFilePath(), depth + 1);
                continue;
            }
            if (entry.absoluteFilePath() == m_manifest)
                continue;
            const QString key = entry.fileName().toLower();
            if (!m_byName.contains(key)) {
                m_byName.insert(key, entry.absoluteFilePath());
                m_names << key;
            }
        }
    }
}

QString SiblingFiles::byName(const QString& written) const
{
    QString name = written;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1);
    return m_byName.value(name.toLower());
}

QString SiblingFiles::byStem(const QString& stem, const QStringList& suffixes) const
{
    for (const QString& suffix : suffixes)
        if (const QString found = byName(stem + QLatin1Char('.') + suffix); !found.isEmpty())
            return found;
    return {};
}

QStringList SiblingFiles::byPrefix(const QString& prefix, const QString& suffix) const
{
    QStringList found;
    const QString p = prefix.toLower();
    for (const QString& name : m_names) {
        if (name.size() <= p.size() || !name.startsWith(p) || !name.endsWith(suffix.toLower()))
            continue;
        const QChar next = name.at(p.size());
        if (next == QLatin1Char('_') || next == QLatin1Char('.') || next == QLatin1Char('-') ||
            next == QLatin1Char(' '))
            found << m_byName.value(name);
    }
    return found;
}

QString SiblingFiles::resolve(const QString& input) const
{
    const QString written = input.trimmed();
    if (written.isEmpty())
        return {};
    static const QRegularExpression url(QStringLiteral("^[a-z][a-z0-9+.-]*://"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!url.match(written).hasMatch()) {
        QString path = written;
        path.replace(QLatin1Char('\\'), QLatin1Char('/'));
        const QFileInfo direct(QFileInfo(path).isAbsolute() ? path : m_folder + QLatin1Char('/') + path);
        if (direct.isFile())
            return direct.absoluteFilePath();
    }
    return byName(written);
}

const QStringList& audioSuffixes()
{
    static const QStringList suffixes = {
        QStringLiteral("wav"),  QStringLiteral("mp3"), QStringLiteral("flac"), QStringLiteral("ogg"),
        QStringLiteral("opus"), QStringLiteral("oga"), QStringLiteral("aiff"), QStringLiteral("aif")};
    return suffixes;
}

QVector<TranscriptSegment> parseWebVtt(const QString& text)
{
    return parseCues(text, true);
}

QVector<TranscriptSegment> parseSrt(const QString& text)
{
    return parseCues(text, false);
}

QVector<TranscriptSegment> parsePlainTranscript(const QString& input, double duration)
{
    QStringList lines;
    for (const QString& line : input.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    if (lines.isEmpty())
        return {};
    // "[00:01:02] Agent: ..." or "00:01 Customer: ...": timed lines.
    static const QRegularExpression stamp(
        QStringLiteral("^\\[?((?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?)\\]?\\s+(.*)$"));
    QVector<TranscriptSegment> segments;
    int withSpeaker = 0;
    int withTime = 0;
    for (const QString& line : lines) {
        TranscriptSegment seg;
        QString rest = line;
        if (const auto m = stamp.match(line); m.hasMatch()) {
            if (const auto t = cueTime(m.captured(1))) {
                seg.start = seg.end = *t;
                rest = m.captured(2);
                ++withTime;
            }
        }
        QString said;
        if (splitSpeaker(rest, &seg.speaker, &said)) {
            rest = said;
            ++withSpeaker;
        }
        seg.text = rest;
        segments.append(seg);
    }
    const bool timed = withTime * 2 > lines.size();
    if (!timed && withSpeaker * 2 <= lines.size())
        return {TranscriptSegment{0, duration, QString(), lines.join(QLatin1Char('\n'))}};
    if (timed) {
        for (int i = 0; i < segments.size(); ++i)
            segments[i].end = i + 1 < segments.size() ? std::max(segments[i].start, segments[i + 1].start)
                                                      : std::max(segments[i].start, duration);
    } else {
        for (TranscriptSegment& s : segments)
            s.start = s.end = 0;
    }
    return segments;
}

Result<QVector<TranscriptSegment>> parseTranscriptJson(const QByteArray& json, const QDateTime& callStart)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return Error(
            QCoreApplication::translate("Importers", "The transcript is not valid JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset));
    QVector<TranscriptSegment> segments;
    const QJsonObject root = doc.object();
    const QJsonArray contactLens = field(root, "Transcript").toArray();
    if (!contactLens.isEmpty()) {
        // Contact Lens names participants by id and gives their role apart.
        QHash<QString, QString> roles;
        for (const QJsonValue& p : field(root, "Participants").toArray())
            roles.insert(stringField(p.toObject(), "ParticipantId"),
                         stringField(p.toObject(), "ParticipantRole"));
        QDateTime origin = callStart;
        for (const QJsonValue& v : contactLens) {
            const QJsonObject item = v.toObject();
            const QString content = stringField(item, "Content");
            if (content.trimmed().isEmpty() || stringField(item, "Type") == QLatin1String("EVENT"))
                continue;
            const QString id = stringField(item, "ParticipantId");
            QString speaker = roles.value(id);
            if (speaker.isEmpty())
                speaker = stringField(item, "ParticipantRole");
            if (speaker.isEmpty())
                speaker = stringField(item, "DisplayName");
            if (speaker.isEmpty())
                speaker = id;
            TranscriptSegment seg{0, 0, speakerName(speaker), content.trimmed()};
            const double begin = numberOf(field(item, "BeginOffsetMillis"));
            if (!std::isnan(begin)) {
                seg.start = begin / 1000;
                const double end = numberOf(field(item, "EndOffsetMillis"));
                seg.end = std::isnan(end) ? seg.start : std::max(seg.start, end / 1000);
            } else if (const auto at = parse::dateTime(stringField(item, "AbsoluteTime"))) {
                // Chat messages carry wall-clock times: offsets from the contact's start.
                if (!origin.isValid())
                    origin = *at;
                seg.start = seg.end = std::max<qint64>(0, origin.msecsTo(*at)) / 1000.0;
            }
            segments.append(seg);
        }
        return segments;
    }
    // Twilio Voice Intelligence: GET /v2/Transcripts/{GT}/Sentences.
    const QJsonArray sentences = field(root, "sentences").toArray();
    if (!sentences.isEmpty()) {
        QSet<int> channels;
        for (const QJsonValue& v : sentences)
            channels.insert(v.toObject().value(QStringLiteral("media_channel")).toInt());
        for (const QJsonValue& v : sentences) {
            const QJsonObject item = v.toObject();
            // Which party a channel is depends on the call; name it only when there are two.
            const QString speaker = channels.size() > 1
                                        ? QCoreApplication::translate("Importers", "Channel %1")
                                              .arg(item.value(QStringLiteral("media_channel")).toInt())
                                        : QString();
            if (const auto seg = secondsSegment(item, "transcript", "start_time", "end_time", speaker))
                segments.append(*seg);
        }
        return segments;
    }
    const QJsonArray whisper = doc.isArray() ? doc.array() : field(root, "segments").toArray();
    if (!whisper.isEmpty()) {
        for (const QJsonValue& v : whisper) {
            const QJsonObject item = v.toObject();
            if (const auto seg =
                    secondsSegment(item, "text", "start", "end", speakerName(stringField(item, "speaker"))))
                segments.append(*seg);
        }
        return segments;
    }
    const QJsonObject results = field(root, "results").toObject();
    if (!results.isEmpty()) {
        for (const QJsonValue& v : field(results, "audio_segments").toArray()) {
            const QJsonObject item = v.toObject();
            if (const auto seg = secondsSegment(item, "transcript", "start_time", "end_time",
                                                speakerName(stringField(item, "speaker_label"))))
                segments.append(*seg);
        }
        if (segments.isEmpty()) {
            const QJsonArray transcripts = field(results, "transcripts").toArray();
            const QString text =
                transcripts.isEmpty() ? QString() : stringField(transcripts.at(0).toObject(), "transcript");
            double end = 0;
            for (const QJsonValue& item : field(results, "items").toArray())
                if (const double e = numberOf(field(item.toObject(), "end_time")); !std::isnan(e))
                    end = std::max(end, e);
            if (!text.trimmed().isEmpty())
                segments.append(TranscriptSegment{0, end, QString(), text.trimmed()});
        }
        return segments;
    }
    return Error(QCoreApplication::translate(
        "Importers",
        "Not a transcript this program knows: expected Contact Lens \"Transcript\", Amazon Transcribe "
        "\"results\", Twilio \"sentences\" or \"segments\" with start, end and text."));
}

Result<QVector<TranscriptSegment>> readTranscriptFile(const QString& path, double duration,
                                                      const QDateTime& callStart)
{
    auto bytes = TextInput::readAllUtf8(path);
    if (!bytes)
        return bytes.error();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString text = QString::fromUtf8(*bytes);
    const QString start = text.trimmed().left(16);
    if (suffix == QLatin1String("json") || start.startsWith(QLatin1Char('{')) ||
        start.startsWith(QLatin1Char('['))) {
        auto segments = parseTranscriptJson(*bytes, callStart);
        if (!segments)
            return Error(segments.error().message, path);
        return segments;
    }
    if (suffix == QLatin1String("vtt") || start.startsWith(QLatin1String("WEBVTT")))
        return parseWebVtt(text);
    if (suffix == QLatin1String("srt") || text.contains(QLatin1String("-->")))
        return parseSrt(text);
    return parsePlainTranscript(text, duration);
}

bool looksLikeJson(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('['));
}

JsonRecords splitJsonRecords(const QByteArray& text, const QByteArray& wrapperKey)
{
    struct Frame
    {
        char type = '{';
        QByteArray key; // the key this container sits under in its parent object
        qsizetype start = 0;
        int line = 0;
        bool record = false;
        bool root = false;
        bool hasWrapper = false;
        bool expectKey = true;
        QByteArray pendingKey;
    };
    JsonRecords out;
    QVector<Frame> stack;
    int line = 1;
    bool inString = false;
    bool escape = false;
    qsizetype stringStart = 0;
    const qsizetype n = text.size();
    qsizetype i = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    auto emitRecord = [&](const Frame& f, qsizetype end) {
        const QByteArray slice = text.mid(f.start, end - f.start);
        JsonRecord record;
        record.line = f.line;
        record.offset = f.start;
        record.raw = QString::fromUtf8(slice.left(240)).simplified();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(slice, &error);
        if (doc.isNull() || !doc.isObject())
            record.error =
                QCoreApplication::translate("Importers", "Not valid JSON: %1.").arg(error.errorString());
        else
            record.object = doc.object();
        out.records.append(record);
    };
    auto fail = [&](const QString& message) {
        out.error = message;
        out.errorLine = line;
    };

    for (; i < n; ++i) {
        const char c = text.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                inString = false;
                if (!stack.isEmpty() && stack.last().type == '{' && stack.last().expectKey)
                    stack.last().pendingKey = text.mid(stringStart, i - stringStart);
            }
            continue;
        }
        switch (c) {
        case '"':
            if (stack.isEmpty()) {
                fail(QCoreApplication::translate("Importers", "A JSON string outside any object."));
                return out;
            }
            inString = true;
            stringStart = i + 1;
            break;
        case ':':
            if (!stack.isEmpty() && stack.last().type == '{')
                stack.last().expectKey = false;
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().type == '{') {
                stack.last().expectKey = true;
                stack.last().pendingKey.clear();
            }
            break;
        case '{':
        case '[': {
            Frame f;
            f.type = c;
            f.start = i;
            f.line = line;
            f.root = stack.isEmpty();
            if (!stack.isEmpty() && stack.last().type == '{')
                f.key = stack.last().pendingKey;
            if (c == '[' && stack.size() == 1 && stack.at(0).type == '{' && !wrapperKey.isEmpty() &&
                f.key == wrapperKey)
                stack[0].hasWrapper = true; // {"recordings": []} holds no record, and is none
            if (c == '{') {
                if (stack.size() == 1 && stack.at(0).type == '[') {
                    f.record = true;
                } else if (stack.size() == 2 && stack.at(0).type == '{' && stack.at(1).type == '[' &&
                           !wrapperKey.isEmpty() && stack.at(1).key == wrapperKey) {
                    f.record = true;
                    stack[0].hasWrapper = true;
                }
            }
            stack.append(f);
            break;
        }
        case '}':
        case ']': {
            if (stack.isEmpty() || stack.last().type != (c == '}' ? '{' : '[')) {
                fail(QCoreApplication::translate("Importers",
                                                 "Unbalanced JSON: \"%1\" closes nothing that is open.")
                         .arg(QLatin1Char(c)));
                return out;
            }
            const Frame f = stack.takeLast();
            if (f.type == '{' && (f.record || (f.root && !f.hasWrapper)))
                emitRecord(f, i + 1);
            if (f.root && f.hasWrapper)
                out.wrapped = true;
            break;
        }
        default:
            if (stack.isEmpty() && !QChar::isSpace(uchar(c)) && c != '\0') {
                fail(QCoreApplication::translate("Importers",
                                                 "This is not JSON: \"%1\" where an object should start.")
                         .arg(QString::fromUtf8(text.mid(i, 24)).simplified()));
                return out;
            }
            break;
        }
    }
    if (inString || !stack.isEmpty()) {
        for (const Frame& f : stack) {
            if (f.type == '{' && (f.record || (f.root && !f.hasWrapper))) {
                JsonRecord record;
                record.line = f.line;
                record.offset = f.start;
                record.raw = QString::fromUtf8(text.mid(f.start, 240)).simplified();
                record.error = QCoreApplication::translate(
                    "Importers", "The file ends inside this record: it was cut off.");
                out.records.append(record);
                return out;
            }
        }
        if (!stack.isEmpty() && stack.first().hasWrapper)
            out.wrapped = true;
        fail(QCoreApplication::translate("Importers",
                                         "The file ends before its JSON is closed: it was cut off."));
        out.errorLine = stack.isEmpty() ? line : stack.last().line;
    }
    return out;
}

QJsonValue field(const QJsonObject& object, const char* name)
{
    const QString wanted = QString::fromLatin1(name);
    if (const auto it = object.constFind(wanted); it != object.constEnd())
        return *it;
    const QString key = normaliseKey(wanted);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (normaliseKey(it.key()) == key)
            return it.value();
    return QJsonValue(QJsonValue::Undefined);
}

QString stringField(const QJsonObject& object, const char* name)
{
    const QJsonValue v = field(object, name);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<double> durationSeconds(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.contains(QLatin1Char(':')))
        return cueTime(text);
    const auto v = parse::number(text);
    if (!v || *v < 0)
        return std::nullopt;
    return *v;
}

} // namespace cr::formats::calls
