#include "media/ChannelAudio.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sndfile.h>

#include <memory>
#include <vector>

namespace cr {

namespace {

struct SndFileCloser
{
    void operator()(SNDFILE* f) const { sf_close(f); }
};
using SndFilePtr = std::unique_ptr<SNDFILE, SndFileCloser>;

} // namespace

Status writeChannelWav(const QString& sourcePath, int channel, const QString& outPath)
{
    if (QFileInfo(outPath).size() > 0)
        return success();
    SF_INFO in{};
    SndFilePtr source(sf_open(QFile::encodeName(sourcePath).constData(), SFM_READ, &in));
    if (!source)
        return Error(QCoreApplication::translate("ChannelAudio", "Not a readable audio file (%1).")
                         .arg(QString::fromLatin1(sf_strerror(nullptr))),
                     sourcePath);
    if (channel < 0 || channel >= in.channels)
        return Error(QCoreApplication::translate(
                         "ChannelAudio",
                         "The recording has %n channel(s); there is no channel %1 to play alone.", nullptr,
                         in.channels)
                         .arg(channel + 1),
                     sourcePath);
    SF_INFO out{};
    out.samplerate = in.samplerate;
    out.channels = 1;
    out.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    const QString partial = outPath + QStringLiteral(".part");
    QFile::remove(partial);
    {
        SndFilePtr target(sf_open(QFile::encodeName(partial).constData(), SFM_WRITE, &out));
        if (!target)
            return Error(QCoreApplication::translate("ChannelAudio", "Cannot write the one-channel copy: %1")
                             .arg(QString::fromLatin1(sf_strerror(nullptr))),
                         partial);
        constexpr sf_count_t kFrames = 8192;
        std::vector<float> block(static_cast<size_t>(kFrames) * static_cast<size_t>(in.channels));
        std::vector<float> mono(static_cast<size_t>(kFrames));
        for (;;) {
            const sf_count_t got = sf_readf_float(source.get(), block.data(), kFrames);
            if (got <= 0)
                break;
            for (sf_count_t i = 0; i < got; ++i)
                mono[size_t(i)] = block[size_t(i) * size_t(in.channels) + size_t(channel)];
            if (sf_writef_float(target.get(), mono.data(), got) != got) {
                const QString why = QString::fromLatin1(sf_strerror(target.get()));
                target.reset();
                QFile::remove(partial);
                return Error(
                    QCoreApplication::translate("ChannelAudio", "Cannot write the one-channel copy: %1")
                        .arg(why),
                    partial);
            }
        }
    }
    QFile::remove(outPath);
    if (!QFile::rename(partial, outPath)) {
        QFile::remove(partial);
        return Error(QCoreApplication::translate("ChannelAudio", "Cannot write the one-channel copy."),
                     outPath);
    }
    return success();
}

} // namespace cr
