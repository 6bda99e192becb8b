// Audio facts from real recordings (tests/data/calls, see SOURCES.md).
#include "TestRoom.h"

#include "media/AudioInfo.h"

#include <QFile>

using namespace cr;
using namespace cr::test;

TEST_CASE("Duration, rate and channels are read from WAV, AIFF and FLAC", "[audio]")
{
    struct Expected
    {
        const char* file;
        int channels;
    };
    // Independently measured with soxi: 121052 samples at 44.1 kHz = 2.745 s.
    for (const Expected& e : {Expected{"calls/english.wav", 1}, Expected{"calls/mono-16bit.aiff", 1},
                              Expected{"calls/stereo-16bit.flac", 2}}) {
        INFO(e.file);
        const AudioInfo info = require(readAudioInfo(testData(QString::fromLatin1(e.file))));
        CHECK(info.frames == 121052);
        CHECK(info.sampleRate == 44100);
        CHECK(info.channels == e.channels);
        CHECK(info.durationSeconds == Approx(2.745).margin(0.001));
    }
}

TEST_CASE("Waveform peaks lie in 0..1 and show speech", "[audio]")
{
    QFile f(testData(QStringLiteral("calls/english.wav")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QVector<float> peaks = require(readAudioPeaks(f.readAll(), 100, f.fileName()));
    REQUIRE(peaks.size() == 100);
    float loudest = 0;
    for (float p : peaks) {
        CHECK(p >= 0.0f);
        CHECK(p <= 1.0f);
        loudest = std::max(loudest, p);
    }
    CHECK(loudest > 0.1f);
}

TEST_CASE("A file that is not audio gives an error naming it", "[audio]")
{
    auto info = readAudioInfo(QByteArray("this is not audio at all, just text"), QStringLiteral("notes.txt"));
    REQUIRE_FALSE(info.ok());
    CHECK(info.error().file == QStringLiteral("notes.txt"));
    CHECK_FALSE(readAudioInfo(testData(QStringLiteral("calls/missing.wav"))).ok());
}
