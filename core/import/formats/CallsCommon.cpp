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
