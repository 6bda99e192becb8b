// Calls: audio files (real samples and every format libsndfile writes here),
// Twilio recordings lists, Amazon Connect contact records with Contact Lens,
// and the generic call manifest with WebVTT/SRT/JSON transcripts.
#include "ImportTestSupport.h"

#include "import/ImporterRegistry.h"
#include "import/formats/CallsCommon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <sndfile.h>

#include <cmath>
#include <vector>

using namespace cr;
using namespace cr::test;

namespace {

QString copyTo(const QString& from, const QString& to)
{
    return writeFile(to, readFile(from));
}

// A sine tone written by libsndfile; false when this build cannot write the format.
bool writeTone(const QString& path, int format, int rate, int channels, double seconds)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    if (!sf_format_check(&info))
        return false;
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    const sf_count_t frames = sf_count_t(std::lround(seconds * rate));
    std::vector<float> samples(size_t(frames * channels));
    for (sf_count_t i = 0; i < frames; ++i)
        for (int c = 0; c < channels; ++c)
            samples[size_t(i * channels + c)] = 0.4f * float(std::sin(2 * M_PI * 440.0 * double(i) / rate));
    const sf_count_t written = sf_writef_float(file, samples.data(), frames);
    sf_close(file);
    return written == frames;
}

CallRecord onlyCall(const ReadOutcome& out)
{
    INFO((out.refusal ? out.refusal->toString() : QString()).toStdString());
    REQUIRE_FALSE(out.refusal);
    REQUIRE(out.sink.records.size() == 1);
    return std::get<CallRecord>(out.sink.records.first().value);
}

const CallRecord* callWithId(const ReadOutcome& out, const QString& id)
{
    for (const auto& r : out.sink.records)
        if (r.externalId == id)
            return &std::get<CallRecord>(r.value);
    return nullptr;
}

int lineOf(const ReadOutcome& out, const QString& id)
{
    for (const auto& r : out.sink.records)
        if (r.externalId == id)
            return r.line;
    return -1;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

TEST_CASE("Audio files: the real samples, duration read from the audio")
{
    struct Case
    {
        const char* file;
        const char* mime;
    };
    for (const Case c : {Case{"calls/english.wav", "audio/wav"}, Case{"calls/mono-16bit.aiff", "audio/aiff"},
                         Case{"calls/stereo-16bit.flac", "audio/flac"}}) {
        const QString key = QString::fromLatin1(c.file);
        INFO(c.file);
        const QString path = importData(QStringLiteral("real/") + key);
        const QJsonObject expected = expectedFor(key);
        REQUIRE(!expected.isEmpty());
        CHECK(autoChoice(ImportKind::Calls, path) == QLatin1String("audio"));
        auto out = readWith(ImportKind::Calls, QStringLiteral("audio"), path);
        const CallRecord call = onlyCall(out);
        const double exact = expected.value(QStringLiteral("samples")).toDouble() /
                             expected.value(QStringLiteral("rate")).toDouble();
        CHECK(call.call.durationSeconds == Approx(exact).margin(1e-6));
        CHECK(std::round(call.call.durationSeconds * 1000) / 1000 ==
              Approx(expected.value(QStringLiteral("seconds")).toDouble()));
        CHECK(call.audio.size() == expected.value(QStringLiteral("bytes")).toInt());
        CHECK(call.audioMimeType == QLatin1String(c.mime));
        CHECK(call.call.title == QFileInfo(path).completeBaseName());
        // No timestamp in these names: the file's modification time, and the note says so.
        CHECK(call.call.startedAt == QFileInfo(path).lastModified());
        CHECK(out.sink.records.first().externalId.isEmpty());
        CHECK(out.sink.records.first().line == 1);
        REQUIRE(out.sink.notes.size() == 1);
        CHECK(out.sink.notes.first().contains(QLatin1String("modification time")));
        CHECK(out.sink.notes.first().contains(
            QStringLiteral("channels: %1").arg(expected.value(QStringLiteral("channels")).toInt())));
    }
}

TEST_CASE("Audio files: every format libsndfile writes (8/24/32-bit, float, Vorbis, Opus, MP3)")
{
    QTemporaryDir dir;
    struct Case
    {
        const char* name;
        int format;
        int rate;
        int channels;
        double seconds;
        double tolerance;
        const char* mime;
    };
    const Case cases[] = {
        {"u8.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_U8, 8000, 1, 1.0, 1e-9, "audio/wav"},
        {"s24.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_24, 16000, 2, 1.5, 1e-9, "audio/wav"},
        {"s32.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_32, 22050, 1, 0.8, 1e-9, "audio/wav"},
        {"f32.wav", SF_FORMAT_WAV | SF_FORMAT_FLOAT, 22050, 1, 0.8, 1e-9, "audio/wav"},
        {"alaw.wav", SF_FORMAT_WAV | SF_FORMAT_ALAW, 8000, 1, 1.0, 1e-9, "audio/wav"},
        {"vorbis.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 44100, 1, 2.0, 0.05, "audio/ogg"},
        {"opus.opus", SF_FORMAT_OGG | SF_FORMAT_OPUS, 48000, 1, 2.0, 0.05, "audio/ogg"},
        {"s16.aiff", SF_FORMAT_AIFF | SF_FORMAT_PCM_16, 44100, 2, 1.0, 1e-9, "audio/aiff"},
        {"s24.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_24, 48000, 1, 1.0, 1e-9, "audio/flac"},
        {"lame.mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, 44100, 1, 2.0, 0.1, "audio/mpeg"},
    };
    int written = 0;
    for (const Case& c : cases) {
        INFO(c.name);
        const QString path = dir.filePath(QString::fromLatin1(c.name));
        if (!writeTone(path, c.format, c.rate, c.channels, c.seconds)) {
            WARN("libsndfile here cannot write " << c.name << ": not tested");
            continue;
        }
        ++written;
        CHECK(autoChoice(ImportKind::Calls, path) == QLatin1String("audio"));
        const CallRecord call = onlyCall(readWith(ImportKind::Calls, QStringLiteral("audio"), path));
        CHECK(call.call.durationSeconds == Approx(c.seconds).margin(c.tolerance));
        CHECK(call.audioMimeType == QLatin1String(c.mime));
        CHECK(call.audio == readFile(path));
    }
    CHECK(written >= 9); // all but possibly MP3 on a libsndfile without LAME
}

TEST_CASE("Audio files: start time from a timestamp in the file name")
{
    QTemporaryDir dir;
    const QString wav = importData(QStringLiteral("real/calls/english.wav"));
    struct Case
    {
        const char* name;
        QDateTime expected;
        const char* said;
    };
    const Case cases[] = {
        {"call_2024-03-01_10-22-31.wav", QDateTime(QDate(2024, 3, 1), QTime(10, 22, 31)), "the file name"},
        {"5f3d2a10-1b2c-4d3e-8f40-a1b2c3d4e5f6_20190731T17:04_UTC.wav", utc(2019, 7, 31, 17, 4),
         "the file name"},
        {"20240301-102231_+4930123456.wav", QDateTime(QDate(2024, 3, 1), QTime(10, 22, 31)), "the file name"},
        {"2024-03-01T10:22:31+01:00 hotline.wav", utc(2024, 3, 1, 9, 22, 31), "the file name"},
        {"recording 2024-03-01.wav", QDateTime(QDate(2024, 3, 1), QTime(0, 0)), "no time of day"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const QString path = copyTo(wav, dir.filePath(QString::fromUtf8(c.name)));
        auto out = readWith(ImportKind::Calls, QStringLiteral("audio"), path);
        const CallRecord call = onlyCall(out);
        CHECK(call.call.startedAt == c.expected);
        CHECK(out.sink.notes.first().contains(QLatin1String(c.said)));
    }
    // Digits that are not a date (a phone number, an invalid month) are no timestamp.
    for (const char* name : {"4915112345678.wav", "call-2024-13-01.wav"}) {
        INFO(name);
        const QString path = copyTo(wav, dir.filePath(QString::fromLatin1(name)));
        const CallRecord call = onlyCall(readWith(ImportKind::Calls, QStringLiteral("audio"), path));
        CHECK(call.call.startedAt == QFileInfo(path).lastModified());
    }
}

TEST_CASE("Audio files: what libsndfile cannot read is refused whole")
{
    QTemporaryDir dir;
    const QByteArray wav = readFile(importData(QStringLiteral("real/calls/english.wav")));
    SECTION("text named .wav")
    {
        const QString path = writeFile(dir.filePath(QStringLiteral("notes.wav")), "call notes, not audio\n");
        auto out = readWith(ImportKind::Calls, QStringLiteral("audio"), path);
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QLatin1String("WAV, FLAC, OGG")));
        CHECK(out.sink.records.isEmpty());
        CHECK(autoChoice(ImportKind::Calls, path).isEmpty());
    }
    SECTION("empty file")
    {
        CHECK(readWith(ImportKind::Calls, QStringLiteral("audio"),
                       writeFile(dir.filePath(QStringLiteral("e.wav")), {}))
                  .refusal);
    }
    SECTION("a WAV header with no samples")
    {
        auto out = readWith(ImportKind::Calls, QStringLiteral("audio"),
                            writeFile(dir.filePath(QStringLiteral("h.wav")), wav.left(44)));
        CHECK(out.refusal);
        CHECK(out.sink.records.isEmpty());
    }
    SECTION("binary garbage")
    {
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 2654435761u) >> 13);
        const QString path = writeFile(dir.filePath(QStringLiteral("g.mp3")), junk);
        CHECK(readWith(ImportKind::Calls, QStringLiteral("audio"), path).refusal);
    }
    SECTION("cancelled before reading")
    {
        const auto out = readCancelled(ImportKind::Calls, QStringLiteral("audio"),
                                       importData(QStringLiteral("real/calls/english.wav")));
        REQUIRE(out.refusal);
        CHECK(out.sink.records.isEmpty());
    }
}

TEST_CASE("Twilio: the Recordings list page, audio next to it")
{
    const QString path = importData(QStringLiteral("layout-docs/twilio/recordings_page0.json"));
    CHECK(autoChoice(ImportKind::Calls, path) == QLatin1String("twilio"));
    auto out = readWith(ImportKind::Calls, QStringLiteral("twilio"), path);
    REQUIRE_FALSE(out.refusal);
    // 5 recordings: 3 completed (2 with a file here, 1 without), absent and processing skipped.
    CHECK(out.sink.records.size() == 3);
    CHECK(out.sink.skips.size() == 2);
    CHECK(out.sink.rejects.isEmpty());

    const CallRecord* first = callWithId(out, QStringLiteral("REd04242a0544234abba080942e0535505"));
    REQUIRE(first);
    CHECK(first->call.startedAt == utc(2024, 3, 4, 9, 15, 0));
    CHECK(first->call.durationSeconds == Approx(121052.0 / 44100).margin(1e-6)); // the audio's, not "3"
    CHECK(first->audio ==
          readFile(importData(QStringLiteral("layout-docs/twilio/REd04242a0544234abba080942e0535505.wav"))));
    CHECK(first->audioMimeType == QLatin1String("audio/wav"));
    CHECK(first->call.title.contains(QLatin1String("CA11111111111111111111111111111111")));
    CHECK(first->call.customerChannel == QLatin1String("phone"));

    const CallRecord* dual = callWithId(out, QStringLiteral("RE2f3a4b5c6d7e8f90123456789abcdef0"));
    REQUIRE(dual);
    CHECK_FALSE(dual->audio.isEmpty());
    CHECK(dual->call.startedAt == utc(2024, 3, 4, 10, 2, 38));

    // Completed but its file is not here: kept with the listed length, no audio.
    const CallRecord* missing = callWithId(out, QStringLiteral("RE5c6d7e8f90123456789abcdef0123456"));
    REQUIRE(missing);
    CHECK(missing->audio.isEmpty());
    CHECK(missing->call.durationSeconds == 117);
    CHECK(missing->call.startedAt == utc(2024, 3, 3, 23, 58, 1));

    CHECK(out.sink.skips.join(QLatin1Char('\n')).contains(QLatin1String("\"absent\"")));
    CHECK(out.sink.skips.join(QLatin1Char('\n')).contains(QLatin1String("\"processing\"")));
    REQUIRE(out.sink.notes.size() == 1);
    CHECK(out.sink.notes.first().contains(QLatin1String("1 without an audio file")));
    CHECK(lineOf(out, QStringLiteral("REd04242a0544234abba080942e0535505")) == 9);
}

TEST_CASE("Twilio: CLI JSON, CSV, transcripts, and broken files")
{
    QTemporaryDir dir;
    const QString docs = importData(QStringLiteral("layout-docs/twilio/"));
    const QString sid = QStringLiteral("REd04242a0544234abba080942e0535505");
    copyTo(docs + sid + QStringLiteral(".wav"), dir.filePath(sid + QStringLiteral(".wav")));

    SECTION("the twilio CLI's -o json: an array, camelCase, ISO dates; a transcript <sid>*.json")
    {
        copyTo(docs + QStringLiteral("transcript_GT00000000000000000000000000000001_sentences.json"),
               dir.filePath(sid + QStringLiteral("_sentences.json")));
        const QString path = writeFile(dir.filePath(QStringLiteral("cli.json")),
                                       "[\n  {\n    \"accountSid\": \"AC00000000000000000000000000000000\",\n"
                                       "    \"callSid\": \"CA11111111111111111111111111111111\",\n"
                                       "    \"dateCreated\": \"2024-03-04T09:15:03.000Z\",\n"
                                       "    \"startTime\": \"2024-03-04T09:15:00.000Z\",\n"
                                       "    \"duration\": \"3\",\n    \"sid\": \"" +
                                           sid.toLatin1() + "\",\n    \"status\": \"completed\"\n  }\n]\n");
        CHECK(autoChoice(ImportKind::Calls, path) == QLatin1String("twilio"));
        auto out = readWith(ImportKind::Calls, QStringLiteral("twilio"), path);
        const CallRecord call = onlyCall(out);
        CHECK(out.sink.records.first().line == 2);
        CHECK(call.call.startedAt == utc(2024, 3, 4, 9, 15, 0));
        CHECK_FALSE(call.audio.isEmpty());
        REQUIRE(call.call.transcript.size() == 1);
        CHECK(call.call.transcript.first().text == QLatin1String("One, two, three."));
        CHECK(call.call.transcript.first().start == Approx(0.3));
        CHECK(call.call.transcript.first().end == Approx(2.6));
    }
    SECTION("a CSV of status callbacks with a file column")
    {
        copyTo(docs + sid + QStringLiteral(".wav"), dir.filePath(QStringLiteral("audio/first.wav")));
        const QString path = writeFile(dir.filePath(QStringLiteral("recordings.csv")),
                                       "RecordingSid,CallSid,RecordingStartTime,RecordingDuration,File\n"
                                       "RE01,CA01,\"Mon, 04 Mar 2024 09:15:00 +0000\",3,audio/first.wav\n"
                                       "RE02,CA02,\"Mon, 04 Mar 2024 09:20:00 +0000\",42,\n"
                                       "RE02,CA02,\"Mon, 04 Mar 2024 09:20:00 +0000\",42,\n"
                                       "RE03,CA03,yesterday,42,\n"
                                       "RE04,CA04,\"Mon, 04 Mar 2024 09:30:00 +0000\",42,audio/gone.wav\n"
                                       "RE05,CA05,\"Mon, 04 Mar 2024 09:40:00 +0000\",,\n");
        CHECK(autoChoice(ImportKind::Calls, path) == QLatin1String("twilio"));
        auto out = readWith(ImportKind::Calls, QStringLiteral("twilio"), path);
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 2);
        const CallRecord* first = callWithId(out, QStringLiteral("RE01"));
        REQUIRE(first);
        CHECK(first->call.durationSeconds == Approx(2.745).margin(1e-3));
        const CallRecord* second = callWithId(out, QStringLiteral("RE02"));
        REQUIRE(second);
        CHECK(second->call.durationSeconds == 42);
        CHECK(out.sink.skips.size() == 1); // RE02 again
        CHECK(out.sink.rejectLines == QVector<int>{5, 6, 7});
    }
    SECTION("cut off inside the third recording: the first two are kept")
    {
        const QByteArray page = readFile(docs + QStringLiteral("recordings_page0.json"));
        const int third = int(page.indexOf("RE3a4b5c6d7e8f90123456789abcdef012"));
        REQUIRE(third > 0);
        const QString path = writeFile(dir.filePath(QStringLiteral("cut.json")), page.left(third + 40));
        auto out = readWith(ImportKind::Calls, QStringLiteral("twilio"), path);
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 2);
        REQUIRE(out.sink.rejects.size() == 1);
        CHECK(out.sink.rejects.first().contains(QLatin1String("cut off")));
    }
    SECTION("refused whole: empty, no recordings, not JSON, a CSV without sid")
    {
        for (const QByteArray& bytes : {QByteArray(), QByteArray("{}"), QByteArray("[]"),
                                        QByteArray("{\"recordings\": []}"), QByteArray("[oops")}) {
            INFO(bytes.constData());
            CHECK(readWith(ImportKind::Calls, QStringLiteral("twilio"),
                           writeFile(dir.filePath(QStringLiteral("bad.json")), bytes))
                      .refusal);
        }
        auto csv =
            readWith(ImportKind::Calls, QStringLiteral("twilio"),
                     writeFile(dir.filePath(QStringLiteral("bad.csv")), "call,when\nCA1,2024-03-01\n"));
        REQUIRE(csv.refusal);
        CHECK(csv.refusal->message.contains(QLatin1String("--map")));
    }
}

TEST_CASE("Amazon Connect: Firehose files, at-least-once copies, recordings and Contact Lens")
{
    for (const char* file : {"ctr_firehose_concatenated.json", "ctr_firehose_newline.jsonl"}) {
        INFO(file);
        const QString path = importData(QStringLiteral("layout-docs/connect/") + QString::fromLatin1(file));
        CHECK(autoChoice(ImportKind::Calls, path) == QLatin1String("connect"));
        auto out = readWith(ImportKind::Calls, QStringLiteral("connect"), path);
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.rejects.isEmpty());
        // 5 records, 4 contacts: the older copy of 5f3d... is skipped.
        REQUIRE(out.sink.records.size() == 4);
        REQUIRE(out.sink.skips.size() == 1);
        CHECK(out.sink.skips.first().contains(QLatin1String("older copy")));

        const CallRecord* answered = callWithId(out, QStringLiteral("5f3d2a10-1b2c-4d3e-8f40-a1b2c3d4e5f6"));
        REQUIRE(answered);
        CHECK(answered->call.agent == QLatin1String("jonas.weber"));
        CHECK(answered->call.startedAt == utc(2024, 3, 4, 9, 12, 59));
        CHECK(answered->call.customerChannel == QLatin1String("phone"));
        CHECK(answered->call.durationSeconds == Approx(121052.0 / 44100).margin(1e-6));
        CHECK(answered->audioMimeType == QLatin1String("audio/wav"));
        CHECK(answered->call.title.contains(QLatin1String("Billing")));
        REQUIRE(answered->call.transcript.size() == 1);
        CHECK(answered->call.transcript.first().speaker == QLatin1String("Customer"));
        CHECK(answered->call.transcript.first().text == QLatin1String("One, two, three."));
        CHECK(answered->call.transcript.first().start == Approx(0.3));
        CHECK(answered->call.transcript.first().end == Approx(2.6));

        const CallRecord* abandoned = callWithId(out, QStringLiteral("6a4e3b21-2c3d-4e4f-9051-b2c3d4e5f6a7"));
        REQUIRE(abandoned);
        CHECK(abandoned->call.agent.isEmpty());
        CHECK(abandoned->audio.isEmpty());
        CHECK(abandoned->call.durationSeconds == 282); // 10:30:05 -> 10:34:47

        const CallRecord* chat = callWithId(out, QStringLiteral("7b5f4c32-3d4e-4f50-a162-c3d4e5f6a7b8"));
        REQUIRE(chat);
        CHECK(chat->call.customerChannel == QLatin1String("chat"));
        CHECK(chat->call.durationSeconds == 730);
        CHECK(chat->call.agent == QLatin1String("mia.klein"));

        const CallRecord* outbound = callWithId(out, QStringLiteral("8c605d43-4e5f-4061-b273-d4e5f6a7b8c9"));
        REQUIRE(outbound);
        CHECK(outbound->call.startedAt == utc(2024, 3, 4, 13, 1, 30));
        CHECK_FALSE(outbound->audio.isEmpty());
        CHECK(outbound->call.title.startsWith(QLatin1String("Contact 8c605d43")));
        REQUIRE(out.sink.notes.size() == 1);
        CHECK(out.sink.notes.first().contains(QLatin1String("voice: 3; chat: 1")));
    }
    // In the newline file the kept copy of 5f3d... is the third line.
    auto lines = readWith(ImportKind::Calls, QStringLiteral("connect"),
                          importData(QStringLiteral("layout-docs/connect/ctr_firehose_newline.jsonl")));
    CHECK(lineOf(lines, QStringLiteral("5f3d2a10-1b2c-4d3e-8f40-a1b2c3d4e5f6")) == 3);
    CHECK(lineOf(lines, QStringLiteral("8c605d43-4e5f-4061-b273-d4e5f6a7b8c9")) == 5);
}

TEST_CASE("Amazon Connect: other shapes, no audio, bad records")
{
    QTemporaryDir dir;
    const QByteArray concatenated =
        readFile(importData(QStringLiteral("layout-docs/connect/ctr_firehose_concatenated.json")));
    SECTION("cut off inside the last record, no audio here: lengths from the timestamps")
    {
        const QString path =
            writeFile(dir.filePath(QStringLiteral("cut")), concatenated.left(concatenated.size() - 200));
        auto out = readWith(ImportKind::Calls, QStringLiteral("connect"), path);
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 3);
        REQUIRE(out.sink.rejects.size() == 1);
        CHECK(out.sink.rejects.first().contains(QLatin1String("cut off")));
        const CallRecord* answered = callWithId(out, QStringLiteral("5f3d2a10-1b2c-4d3e-8f40-a1b2c3d4e5f6"));
        REQUIRE(answered);
        CHECK(answered->audio.isEmpty());
        CHECK(answered->call.durationSeconds == 521); // 09:12:59 -> 09:21:40
        CHECK(out.sink.notes.first().contains(QLatin1String("not found")));
    }
    SECTION("an array, a task, a record without ContactId, an end before the start")
    {
        const QString path = writeFile(
            dir.filePath(QStringLiteral("array.json")),
            "[\n"
            "{\"ContactId\": \"a1\", \"Channel\": \"VOICE\", \"InitiationTimestamp\": "
            "\"2024-03-04T08:00:00Z\","
            " \"DisconnectTimestamp\": \"2024-03-04T08:01:00Z\", \"Agent\": null},\n"
            "{\"ContactId\": \"t1\", \"Channel\": \"TASK\", \"InitiationTimestamp\": "
            "\"2024-03-04T08:00:00Z\","
            " \"DisconnectTimestamp\": \"2024-03-04T08:01:00Z\"},\n"
            "{\"Channel\": \"VOICE\", \"InitiationTimestamp\": \"2024-03-04T08:00:00Z\"},\n"
            "{\"ContactId\": \"b1\", \"Channel\": \"VOICE\", \"InitiationTimestamp\": "
            "\"2024-03-04T08:00:00Z\","
            " \"DisconnectTimestamp\": \"2024-03-04T07:00:00Z\"},\n"
            "{\"ContactId\": \"c1\", \"Channel\": \"VOICE\", \"InitiationTimestamp\": \"yesterday\"},\n"
            "{\"ContactId\": \"d1\", \"Channel\": \"VOICE\", \"InitiationTimestamp\": "
            "\"2024-03-04T08:00:00Z\"}\n"
            "]\n");
        auto out = readWith(ImportKind::Calls, QStringLiteral("connect"), path);
        REQUIRE_FALSE(out.refusal);
        REQUIRE(out.sink.records.size() == 1);
        CHECK(out.sink.records.first().externalId == QLatin1String("a1"));
        CHECK(std::get<CallRecord>(out.sink.records.first().value).call.durationSeconds == 60);
        CHECK(out.sink.skips.size() == 1);
        CHECK(out.sink.rejectLines == QVector<int>{4, 5, 6, 7});
    }
    SECTION("refused whole")
    {
        for (const QByteArray& bytes :
             {QByteArray(), QByteArray("[]"), QByteArray("ContactId,InitiationTimestamp\n")}) {
            INFO(bytes.constData());
            CHECK(readWith(ImportKind::Calls, QStringLiteral("connect"),
                           writeFile(dir.filePath(QStringLiteral("bad.json")), bytes))
                      .refusal);
        }
    }
}

TEST_CASE("Generic call manifest: audio paths, transcripts in files and cells")
{
    QTemporaryDir dir;
    copyTo(importData(QStringLiteral("real/calls/english.wav")),
           dir.filePath(QStringLiteral("audio/english.wav")));
    copyTo(importData(QStringLiteral("real/calls/stereo-16bit.flac")),
           dir.filePath(QStringLiteral("recordings/stereo.flac")));
    writeFile(dir.filePath(QStringLiteral("call1.vtt")), "WEBVTT\n\n"
                                                         "NOTE made for a test\n\n"
                                                         "1\n00:00.300 --> 00:01.200 align:start\n"
                                                         "<v Agent>Good morning, how can I help?</v>\n\n"
                                                         "00:00:01.500 --> 00:00:02.600\n"
                                                         "<v.loud Customer>My bill is wrong &amp; late.\n");
    writeFile(dir.filePath(QStringLiteral("call2.srt")),
              "1\r\n00:00:00,000 --> 00:00:02,500\r\n"
              "Agent: Hello, <i>thanks</i> for calling.\r\n\r\n"
              "2\r\n00:00:02,600 --> 00:00:04,000\r\nCustomer: Hi.\r\n");
    const QString path =
        writeFile(dir.filePath(QStringLiteral("calls.csv")),
                  "file,started_at,agent,title,transcript,customer_channel,id,stage,summary\n"
                  "audio/english.wav,2024-03-01 10:22:31,Ana,Billing question,call1.vtt,Phone,c1,Get "
                  "help,Refund promised\n"
                  "recordings\\stereo.flac,,Ben,,\"Agent: Hello\nCustomer: Hi there\",,c2,,\n"
                  "missing.wav,2024-03-01 11:00,Ana,,,,c3,,\n"
                  "audio/english.wav,not a date,Ana,,,,c4,,\n"
                  ",2024-03-02T09:00:00Z,Cem,,call2.srt,chat,c5,,\n"
                  ",2024-03-03 08:00,Cem,,,,c6,,\n"
                  ",,Cem,,,,c7,,\n"
                  "audio/english.wav,2024-03-04 10:00,Ana,,missing.vtt,,c8,,\n"
                  ",2024-03-05 08:00,Cem,,,,c9,,\n");
    CHECK(autoChoice(ImportKind::Calls, path) == QLatin1String("generic"));
    auto out = readWith(ImportKind::Calls, QStringLiteral("generic"), path);
    REQUIRE_FALSE(out.refusal);

    const CallRecord* c1 = callWithId(out, QStringLiteral("c1"));
    REQUIRE(c1);
    CHECK(c1->call.startedAt == QDateTime(QDate(2024, 3, 1), QTime(10, 22, 31)));
    CHECK(c1->call.agent == QLatin1String("Ana"));
    CHECK(c1->call.title == QLatin1String("Billing question"));
    CHECK(c1->call.customerChannel == QLatin1String("phone"));
    CHECK(c1->call.summary == QLatin1String("Refund promised"));
    CHECK(c1->call.durationSeconds == Approx(121052.0 / 44100).margin(1e-6));
    CHECK(out.sink.records.first().stage == QLatin1String("Get help"));
    REQUIRE(c1->call.transcript.size() == 2);
    CHECK(c1->call.transcript.at(0).speaker == QLatin1String("Agent"));
    CHECK(c1->call.transcript.at(0).start == Approx(0.3));
    CHECK(c1->call.transcript.at(0).end == Approx(1.2));
    CHECK(c1->call.transcript.at(1).speaker == QLatin1String("Customer"));
    CHECK(c1->call.transcript.at(1).text == QLatin1String("My bill is wrong & late."));

    const CallRecord* c2 = callWithId(out, QStringLiteral("c2"));
    REQUIRE(c2);
    CHECK(c2->audioMimeType == QLatin1String("audio/flac"));
    CHECK(c2->call.title == QLatin1String("stereo"));
    CHECK(c2->call.startedAt ==
          QFileInfo(dir.filePath(QStringLiteral("recordings/stereo.flac"))).lastModified());
    REQUIRE(c2->call.transcript.size() == 2);
    CHECK(c2->call.transcript.at(1).speaker == QLatin1String("Customer"));
    CHECK(c2->call.transcript.at(1).text == QLatin1String("Hi there"));

    const CallRecord* c5 = callWithId(out, QStringLiteral("c5"));
    REQUIRE(c5);
    CHECK(c5->audio.isEmpty());
    CHECK(c5->call.durationSeconds == Approx(4.0));
    CHECK(c5->call.startedAt == utc(2024, 3, 2, 9, 0));
    REQUIRE(c5->call.transcript.size() == 2);
    CHECK(c5->call.transcript.at(0).text == QLatin1String("Hello, thanks for calling."));

    // Lines: the quoted two-line transcript of c2 spans lines 3-4.
    CHECK(out.sink.records.size() == 3);
    CHECK(out.sink.rejectLines == QVector<int>{5, 6, 8, 9, 10, 11});
    CHECK(out.sink.rejects.at(0).contains(QLatin1String("missing.wav")));
    CHECK(out.sink.rejects.at(4).contains(QLatin1String("missing.vtt")));

    SECTION("--map for headers of its own, durations as mm:ss")
    {
        const QString mapped =
            writeFile(dir.filePath(QStringLiteral("mapped.csv")),
                      "Datei;Beginn;Länge\naudio/english.wav;01.03.2024 10:00;\n;02.03.2024 09:00;05:30\n");
        auto refused = readWith(ImportKind::Calls, QStringLiteral("generic"), mapped);
        REQUIRE(refused.refusal);
        CHECK(refused.refusal->message.contains(QLatin1String("--map audio=")));
        ImportOptions options;
        options.map.insert(QStringLiteral("audio"), QStringLiteral("Datei"));
        options.map.insert(QStringLiteral("started_at"), QStringLiteral("Beginn"));
        options.map.insert(QStringLiteral("duration"), QStringLiteral("Länge"));
        auto ok = readWith(ImportKind::Calls, QStringLiteral("generic"), mapped, options);
        REQUIRE_FALSE(ok.refusal);
        REQUIRE(ok.sink.records.size() == 2);
        const auto second = std::get<CallRecord>(ok.sink.records.at(1).value);
        CHECK(second.call.durationSeconds == 330);
        CHECK(second.call.startedAt == QDateTime(QDate(2024, 3, 2), QTime(9, 0)));
    }
    SECTION("empty, header only, no audio column")
    {
        CHECK(readWith(ImportKind::Calls, QStringLiteral("generic"),
                       writeFile(dir.filePath(QStringLiteral("e.csv")), {}))
                  .refusal);
        auto header = readWith(ImportKind::Calls, QStringLiteral("generic"),
                               writeFile(dir.filePath(QStringLiteral("h.csv")), "file,started_at\n"));
        CHECK_FALSE(header.refusal);
        CHECK(header.sink.records.isEmpty());
        CHECK(readWith(ImportKind::Calls, QStringLiteral("generic"),
                       writeFile(dir.filePath(QStringLiteral("n.csv")), "agent,started_at\nAna,2024-03-01\n"))
                  .refusal);
    }
}

TEST_CASE("Transcripts and JSON records: the shared readers")
{
    using namespace cr::formats::calls;
    SECTION("plain text with timestamps")
    {
        const auto segments = parsePlainTranscript(
            QStringLiteral("[00:00:01] Agent: Hello\n[00:00:04] Customer: Hi\n00:07 Agent: Bye"), 9);
        REQUIRE(segments.size() == 3);
        CHECK(segments.at(0).start == 1);
        CHECK(segments.at(0).end == 4);
        CHECK(segments.at(2).start == 7);
        CHECK(segments.at(2).end == 9);
        CHECK(segments.at(1).speaker == QLatin1String("Customer"));
        const auto prose = parsePlainTranscript(QStringLiteral("The customer called about a bill."), 30);
        REQUIRE(prose.size() == 1);
        CHECK(prose.first().end == 30);
    }
    SECTION("Amazon Transcribe and Whisper JSON")
    {
        auto transcribe = parseTranscriptJson(
            R"({"results": {"transcripts": [{"transcript": "hello there"}],
                "audio_segments": [{"start_time": "0.5", "end_time": "1.5", "transcript": "hello", "speaker_label": "spk_0"},
                                   {"start_time": "1.6", "end_time": "2.0", "transcript": "there", "speaker_label": "spk_1"}]}})");
        REQUIRE(transcribe);
        REQUIRE(transcribe->size() == 2);
        CHECK(transcribe->at(1).start == Approx(1.6));
        auto whisper = parseTranscriptJson(R"({"segments": [{"start": 0.0, "end": 2.5, "text": " Hi."}]})");
        REQUIRE(whisper);
        REQUIRE(whisper->size() == 1);
        CHECK(whisper->first().text == QLatin1String("Hi."));
        CHECK_FALSE(parseTranscriptJson(R"({"foo": 1})"));
        CHECK_FALSE(parseTranscriptJson("not json"));
    }
    SECTION("splitting JSON exports")
    {
        const auto ndjson = splitJsonRecords("{\"a\": \"}{\\\"\"}\n{\"a\": 2}\n\n{\"a\": 3}");
        REQUIRE(ndjson.records.size() == 3);
        CHECK(ndjson.records.at(0).object.value(QStringLiteral("a")).toString() == QLatin1String("}{\""));
        CHECK(ndjson.records.at(2).line == 4);
        const auto wrapped = splitJsonRecords(
            "{\"page\": 0, \"recordings\": [{\"sid\": 1}, {\"sid\": 2}], \"x\": {\"y\": []}}", "recordings");
        CHECK(wrapped.wrapped);
        CHECK(wrapped.records.size() == 2);
        const auto single = splitJsonRecords("{\"sid\": 1, \"nested\": [{\"k\": 1}]}", "recordings");
        CHECK_FALSE(single.wrapped);
        CHECK(single.records.size() == 1);
        const auto garbage = splitJsonRecords("PK\x03\x04 zip");
        CHECK(garbage.records.isEmpty());
        CHECK_FALSE(garbage.error.isEmpty());
        const auto unbalanced = splitJsonRecords("{\"a\": 1}]");
        CHECK(unbalanced.records.size() == 1);
        CHECK_FALSE(unbalanced.error.isEmpty());
    }
}

TEST_CASE("Call files are recognised as calls without --kind")
{
    for (const char* file :
         {"real/calls/english.wav", "real/calls/stereo-16bit.flac", "real/calls/mono-16bit.aiff",
          "layout-docs/twilio/recordings_page0.json", "layout-docs/connect/ctr_firehose_concatenated.json",
          "layout-docs/connect/ctr_firehose_newline.jsonl"}) {
        INFO(file);
        auto chosen = sniffAnyKind(importData(QString::fromLatin1(file)));
        REQUIRE(chosen);
        CHECK(chosen->importer->kind() == ImportKind::Calls);
    }
}
