#pragma once
// A playback engine whose clock the test moves: advance(ms) plays on in the
// 50 ms steps a media backend reports positions in. The player cannot tell
// it from QMediaPlayer, so its logic is tested without a sound card.

#include "player/PlaybackEngine.h"

#include <QStringList>

#include <algorithm>

class FakePlaybackEngine : public cr::ui::PlaybackEngine
{
    Q_OBJECT
public:
    explicit FakePlaybackEngine(qint64 durationMs, bool hasOutput = true)
        : m_sourceDuration(durationMs), m_hasOutput(hasOutput)
    {
    }

    void setSource(const QString& localFile) override
    {
        m_source = localFile;
        if (!localFile.isEmpty())
            sources << localFile;
        m_position = 0;
        setPlaying(false);
        m_duration = localFile.isEmpty() ? 0 : m_sourceDuration;
        emit durationChanged(m_duration);
    }
    QString source() const override { return m_source; }
    void play() override
    {
        if (!m_source.isEmpty())
            setPlaying(true);
    }
    void pause() override { setPlaying(false); }
    void stop() override
    {
        setPlaying(false);
        m_position = 0;
    }
    bool isPlaying() const override { return m_playing; }
    qint64 position() const override { return m_position; }
    void setPosition(qint64 ms) override
    {
        m_position = std::clamp<qint64>(ms, 0, m_duration);
        emit positionChanged(m_position);
    }
    qint64 duration() const override { return m_duration; }
    void setRate(double rate) override { m_rate = rate; }
    double rate() const override { return m_rate; }
    void setVolume(float volume) override { m_volume = volume; }
    bool hasAudioOutput() const override { return m_hasOutput; }

    // Plays on for `ms` of wall-clock time (at the current rate), reporting
    // the position every 50 ms as a backend does; stops at the end.
    void advance(qint64 ms)
    {
        for (qint64 done = 0; done < ms && m_playing; done += 50) {
            m_position = std::min(m_duration, m_position + qint64(std::min<qint64>(50, ms - done) * m_rate));
            emit positionChanged(m_position);
            if (m_position >= m_duration) {
                setPlaying(false);
                emit ended();
            }
        }
    }

    float volume() const { return m_volume; }
    QStringList sources; // every file it was given, in order (unloading is not listed)

private:
    void setPlaying(bool on)
    {
        if (on == m_playing)
            return;
        m_playing = on;
        emit playingChanged(on);
    }

    QString m_source;
    qint64 m_sourceDuration;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    bool m_playing = false;
    bool m_hasOutput;
    double m_rate = 1.0;
    float m_volume = 1.0f;
};
