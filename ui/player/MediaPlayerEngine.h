#pragma once
// The real playback engine: QMediaPlayer into the default audio output,
// following the output when speakers are plugged in or out.

#include "player/PlaybackEngine.h"

#include <optional>

#include <QMediaPlayer>

class QAudioOutput;
class QMediaDevices;

namespace cr::ui {

class MediaPlayerEngine : public PlaybackEngine
{
    Q_OBJECT
public:
    explicit MediaPlayerEngine(QObject* parent = nullptr);
    ~MediaPlayerEngine() override;

    void setSource(const QString& localFile) override;
    QString source() const override { return m_source; }
    void play() override;
    void pause() override;
    void stop() override;
    bool isPlaying() const override;
    qint64 position() const override;
    void setPosition(qint64 ms) override;
    qint64 duration() const override;
    void setRate(double rate) override;
    double rate() const override;
    void setVolume(float volume) override;
    bool hasAudioOutput() const override { return m_hasOutput; }

    QMediaPlayer* mediaPlayer() const { return m_player; }

private:
    void applyPendingPosition();

    QMediaPlayer* m_player;
    QAudioOutput* m_output;
    QMediaDevices* m_devices;
    QString m_source;
    bool m_hasOutput = false;
    std::optional<qint64> m_pendingPosition; // a seek waiting for the media to load
};

} // namespace cr::ui
