// One audio file = one call (WAV 8/16/24/32-bit and float, FLAC, OGG Vorbis
// and Opus, MP3, AIFF). The length is measured from the audio itself with
// libsndfile; the start time comes from a timestamp in the file name when it
// has one (call recorders and Amazon Connect name files that way), else from
// the file's modification time. The file has no id of its own: the session
// identifies it by its content hash, so a renamed copy is not imported twice.
#include "import/formats/CallsCommon.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cr::formats {

namespace {

class AudioFiles final : public Importer
{
public:
    QString id() const override { return QStringLiteral("audio"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "Call recordings (WAV, FLAC, OGG, MP3, AIFF)");
    }
    ImportKind kind() const override { return ImportKind::Calls; }
    QStringList suffixes() const override { return calls::audioSuffixes(); }

    Sniff sniff(const FileSample& sample) const override
    {
        const QString format = calls::audioFormatFromMagic(sample.head);
        if (format.isEmpty())
            return {};
        return {95, QCoreApplication::translate("Importers", "%1 audio").arg(format)};
    }

    Status read(const QString& path, const ImportOptions&, ImportSink& sink) const override
    {
        if (sink.isCancelled())
            return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
        const QFileInfo file(path);
        auto audio = calls::loadAudio(path);
        if (!audio) {
            // The one record of this file cannot be read: refuse it whole.
            return Error(QCoreApplication::translate(
                             "Importers", "%1 Give a WAV, FLAC, OGG (Vorbis or Opus), MP3 or AIFF file.")
                             .arg(audio.error().message),
                         path);
        }
        sink.progress(file.size(), file.size());

        CallRecord call;
        call.call.title = file.completeBaseName();
        call.call.durationSeconds = audio->info.durationSeconds;
        bool dateOnly = false;
        QString startedFrom;
        if (const auto named = calls::timestampFromFileName(file.fileName(), &dateOnly)) {
            call.call.startedAt = *named;
            startedFrom = dateOnly ? QCoreApplication::translate("Importers",
                                                                 "the date in the file name (no time of day)")
                                   : QCoreApplication::translate("Importers", "the file name");
        } else {
            call.call.startedAt = file.lastModified();
            startedFrom = QCoreApplication::translate("Importers",
                                                      "the file's modification time (no date in the name)");
        }
        call.audioMimeType = audio->mimeType;
        call.audio = std::move(audio->bytes);

        ImportRecord record;
        record.line = 1;
        record.value = std::move(call);
        sink.accept(std::move(record));
        sink.note(QCoreApplication::translate("Importers",
                                              "%1 audio, %2 Hz, channels: %3, %4 s; start time from %5.")
                      .arg(audio->info.format)
                      .arg(audio->info.sampleRate)
                      .arg(audio->info.channels)
                      .arg(audio->info.durationSeconds, 0, 'f', 3)
                      .arg(startedFrom));
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeAudioFiles()
{
    return std::make_unique<AudioFiles>();
}

} // namespace cr::formats
