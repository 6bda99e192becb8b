#pragma once
// What the call player needs from something that plays audio: a source,
// play/pause, a position clock, speed and volume. MediaPlayerEngine is the
// real one (QMediaPlayer); tests give the player an engine whose clock they
// move by hand, so clip marking, Space, seeking and "stop at the clip's end"
// are tested the same with or without a sound card.

#include <QObject>
#include <QString>

namespace cr::ui {

class PlaybackEngine : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // A local audio file; an empty path unloads.
    virtual void setSource(const QString& localFile) = 0;
    virtual QString source() const = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual bool isPlaying() const = 0;
    virtual qint64 position() const = 0; // ms
    virtual void setPosition(qint64 ms) = 0;
    virtual qint64 duration() const = 0; // ms; 0 until known
    virtual void setRate(double rate) = 0;
    virtual double rate() const = 0;
    virtual void setVolume(float volume) = 0; // 0..1
    // False when the computer has no sound output at all (the call then plays silently).
    virtual bool hasAudioOutput() const = 0;

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    void ended();                        // reached the end of the audio
    void failed(const QString& message); // the audio cannot be played; says why
    void audioOutputsChanged();
};

} // namespace cr::ui
