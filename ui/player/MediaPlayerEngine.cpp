#include "player/MediaPlayerEngine.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QUrl>

namespace cr::ui {

MediaPlayerEngine::MediaPlayerEngine(QObject* parent)
    : PlaybackEngine(parent), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this)),
      m_devices(new QMediaDevices(this))
{
    m_player->setAudioOutput(m_output);
    m_output->setVolume(1.0f); // the room must hear it
    m_hasOutput = !QMediaDevices::audioOutputs().isEmpty();

    connect(m_player, &QMediaPlayer::positionChanged, this, &PlaybackEngine::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PlaybackEngine::durationChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        applyPendingPosition();
        emit playingChanged(state == QMediaPlayer::PlayingState);
    });
    // A seek asked for before the pipeline could seek is made the moment it can:
    // gstreamer drops a position set earlier, and the clip would start at 0:00.
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable)
            applyPendingPosition();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) {
                emit failed(tr("The call cannot be played: %1").arg(message));
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia)
            emit failed(tr("The call's audio is damaged or in a format this computer cannot play."));
        else if (status == QMediaPlayer::EndOfMedia)
            emit ended();
    });
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, [this] {
        m_hasOutput = !QMediaDevices::audioOutputs().isEmpty();
        if (m_hasOutput)
            m_output->setDevice(QMediaDevices::defaultAudioOutput());
        emit audioOutputsChanged();
    });
}

MediaPlayerEngine::~MediaPlayerEngine()
{
    m_player->stop();
}

void MediaPlayerEngine::setSource(const QString& localFile)
{
    m_source = localFile;
    m_pendingPosition.reset();
    m_player->setSource(localFile.isEmpty() ? QUrl() : QUrl::fromLocalFile(localFile));
}

void MediaPlayerEngine::play()
{
    if (!m_source.isEmpty())
        m_player->play();
}

void MediaPlayerEngine::pause()
{
    m_player->pause();
}

void MediaPlayerEngine::stop()
{
    m_player->stop();
}

bool MediaPlayerEngine::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 MediaPlayerEngine::position() const
{
    return m_pendingPosition.value_or(m_player->position());
}

void MediaPlayerEngine::setPosition(qint64 ms)
{
    // A seek on a player that has not started yet (a clip played the moment
    // its call opens) is kept and made again once it plays: QMediaPlayer's
    // gstreamer backend drops it otherwise and the clip starts at 0:00.
    m_player->setPosition(ms);
    if (m_player->isSeekable() && m_player->playbackState() != QMediaPlayer::StoppedState)
        m_pendingPosition.reset();
    else
        m_pendingPosition = ms; // made again when the media can seek
}

void MediaPlayerEngine::applyPendingPosition()
{
    if (!m_pendingPosition || !m_player->isSeekable() || m_player->playbackState() == QMediaPlayer::StoppedState)
        return;
    const qint64 ms = *m_pendingPosition;
    m_pendingPosition.reset();
    m_player->setPosition(ms);
}

qint64 MediaPlayerEngine::duration() const
{
    return m_player->duration();
}

void MediaPlayerEngine::setRate(double rate)
{
    m_player->setPlaybackRate(rate);
}

double MediaPlayerEngine::rate() const
{
    return m_player->playbackRate();
}

void MediaPlayerEngine::setVolume(float volume)
{
    m_output->setVolume(volume);
}

} // namespace cr::ui
