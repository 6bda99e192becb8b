#pragma once
// Facts about an audio file read with libsndfile (WAV, FLAC, OGG, AIFF, MP3),
// without any Qt multimedia module: duration for the call list, peaks for
// the waveform.

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace cr {

struct AudioInfo
{
    double durationSeconds = 0;
    int sampleRate = 0;
    int channels = 0;
    qint64 frames = 0;
    QString format; // "WAV", "FLAC", "OGG", "AIFF", "MP3"...
};

Result<AudioInfo> readAudioInfo(const QString& path);
Result<AudioInfo> readAudioInfo(const QByteArray& data, const QString& nameForErrors);

// Peak amplitude (0..1) of `buckets` equal slices of the audio.
Result<QVector<float>> readAudioPeaks(const QByteArray& data, int buckets, const QString& nameForErrors);

} // namespace cr
