#pragma once
// Plays one recorded call to the room: play/pause, seek, speed, volume, a
// waveform and the transcript, which follows playback and seeks on click.
// Problems (no audio device, unreadable audio) are said in the player,
// never as a hang.

#include "Domain.h"
#include "common/Theme.h"

#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QComboBox;
class QLabel;
class QListWidget;
class QSlider;
class QToolButton;

namespace cr::ui {

class WaveformView;

class CallPlayer : public QWidget
{
    Q_OBJECT
public:
    explicit CallPlayer(QWidget* parent = nullptr);
    ~CallPlayer() override;

    void setTheme(const Theme& theme);
    // audioFile: a local file; peaks may be empty (the waveform is then flat).
    void load(const Call& call, const QString& audioFile, const QVector<float>& peaks);
    void setPeaks(const QVector<float>& peaks); // the waveform, when it arrives after load()
    void play();
    void pause();
    void showError(const QString& message);

    QMediaPlayer* mediaPlayer() const { return m_player; }
    QString errorText() const;
    bool hasAudioDevice() const { return m_hasDevice; }
    int currentSegment() const { return m_currentSegment; }
    const Call& call() const { return m_call; }

private:
    void updatePosition(qint64 ms);
    void updateState();
    void seek(qint64 ms);

    Theme m_theme = Theme::standard();
    Call m_call;
    QMediaPlayer* m_player;
    QAudioOutput* m_output;
    bool m_hasDevice = false;
    int m_currentSegment = -1;

    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_notice;
    QLabel* m_error;
    WaveformView* m_wave;
    QToolButton* m_playPause;
    QLabel* m_time;
    QSlider* m_seek;
    QComboBox* m_speed;
    QSlider* m_volume;
    QListWidget* m_transcript;
};

} // namespace cr::ui
