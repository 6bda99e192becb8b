#include "import/formats/Transcripts.h"

#include "import/Parsing.h"
#include "import/TextInput.h"
#include "import/formats/CallsCommon.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace cr::formats::calls {

namespace {
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

} // namespace cr::formats::calls
