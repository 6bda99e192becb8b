#include "media/AudioInfo.h"

#include <QCoreApplication>
#include <QFile>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

namespace cr {

namespace {

// libsndfile reads from memory through a virtual I/O table.
struct MemoryFile
{
    const QByteArray* data;
    sf_count_t position = 0;
};

sf_count_t memLength(void* user)
{
    return static_cast<MemoryFile*>(user)->data->size();
}

sf_count_t memSeek(sf_count_t offset, int whence, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    sf_count_t base = whence == SEEK_CUR ? f->position : whence == SEEK_END ? f->data->size() : 0;
    f->position = std::clamp<sf_count_t>(base + offset, 0, f->data->size());
    return f->position;
}

sf_count_t memRead(void* ptr, sf_count_t count, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    const sf_count_t n = std::min<sf_count_t>(count, f->data->size() - f->position);
    if (n > 0)
        std::memcpy(ptr, f->data->constData() + f->position, static_cast<size_t>(n));
    f->position += std::max<sf_count_t>(n, 0);
    return std::max<sf_count_t>(n, 0);
}

sf_count_t memWrite(const void*, sf_count_t, void*)
{
    return 0;
}
sf_count_t memTell(void* user)
{
    return static_cast<MemoryFile*>(user)->position;
}

struct SndFileCloser
{
    void operator()(SNDFILE* f) const { sf_close(f); }
};
using SndFilePtr = std::unique_ptr<SNDFILE, SndFileCloser>;

QString formatName(int format)
{
    SF_FORMAT_INFO info{};
    info.format = format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &info, sizeof(info)) == 0 && info.extension)
        return QString::fromLatin1(info.extension).toUpper();
    return QStringLiteral("AUDIO");
}

Result<AudioInfo> infoFrom(SNDFILE* file, const SF_INFO& sfinfo, const QString& name)
{
    if (!file)
        return Error(QCoreApplication::translate("AudioInfo", "Not a readable audio file (%1).")
                         .arg(QString::fromLatin1(sf_strerror(nullptr))),
                     name);
    AudioInfo info;
    info.sampleRate = sfinfo.samplerate;
    info.channels = sfinfo.channels;
    info.frames = sfinfo.frames;
    info.format = formatName(sfinfo.format);
    if (sfinfo.samplerate <= 0)
        return Error(QCoreApplication::translate("AudioInfo", "The audio file has no sample rate."), name);
    info.durationSeconds = double(sfinfo.frames) / sfinfo.samplerate;
    return info;
}

} // namespace

Result<AudioInfo> readAudioInfo(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("AudioInfo", "Cannot read the audio file: %1").arg(f.errorString()),
            path);
    return readAudioInfo(f.readAll(), path);
}

Result<AudioInfo> readAudioInfo(const QByteArray& data, const QString& nameForErrors)
{
    SF_VIRTUAL_IO io{memLength, memSeek, memRead, memWrite, memTell};
    MemoryFile mem{&data};
    SF_INFO sfinfo{};
    SndFilePtr file(sf_open_virtual(&io, SFM_READ, &sfinfo, &mem));
    return infoFrom(file.get(), sfinfo, nameForErrors);
}

Result<QVector<float>> readAudioPeaks(const QByteArray& data, int buckets, const QString& nameForErrors)
{
    SF_VIRTUAL_IO io{memLength, memSeek, memRead, memWrite, memTell};
    MemoryFile mem{&data};
    SF_INFO sfinfo{};
    SndFilePtr file(sf_open_virtual(&io, SFM_READ, &sfinfo, &mem));
    auto info = infoFrom(file.get(), sfinfo, nameForErrors);
    if (!info)
        return info.error();
    QVector<float> peaks(std::max(buckets, 1), 0.0f);
    if (sfinfo.frames <= 0 || sfinfo.channels <= 0)
        return peaks;
    const sf_count_t framesPerBucket = std::max<sf_count_t>(1, sfinfo.frames / peaks.size());
    std::vector<float> block(static_cast<size_t>(4096 * sfinfo.channels));
    sf_count_t frameIndex = 0;
    for (;;) {
        const sf_count_t got = sf_readf_float(file.get(), block.data(), 4096);
        if (got <= 0)
            break;
        for (sf_count_t i = 0; i < got; ++i, ++frameIndex) {
            const int bucket = int(std::min<sf_count_t>(frameIndex / framesPerBucket, peaks.size() - 1));
            for (int c = 0; c < sfinfo.channels; ++c)
                peaks[bucket] = std::max(peaks[bucket], std::abs(block[size_t(i * sfinfo.channels + c)]));
        }
    }
    for (float& p : peaks)
        p = std::min(p, 1.0f);
    return peaks;
}

} // namespace cr
