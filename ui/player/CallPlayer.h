#pragma once
// Plays one recorded call to the room: play/pause, seek, speed 0.75×–2×,
// volume, the waveform, the transcript (follows playback, click a line to
// hear it), the customer's channel alone for two-channel recordings, and
// clips: mark in and out while it plays, title, save, play a clip (it stops
// at the clip's end), delete, feature on the wall.
//
// Everything works from the keyboard (keyHelp() lists the keys); the keys
// reach the player whichever of its controls has focus, except that text
// fields keep their typing. Problems (no audio device, unreadable audio) are
// said in the player, never as a hang. The player holds no room: saving,
// deleting and featuring clips are requests its owner carries out (see
// CallPlayerDialog) and answers with setClips()/clipSaved().

#include "Domain.h"
#include "common/Theme.h"

#include <QMediaPlayer> // mediaPlayer(): callers use it without including it themselves
#include <QWidget>

#include <optional>

class QComboBox;
class QKeyEvent;
class QLabel;
class QListWidget;
class QSlider;
class QTimer;
class QToolButton;

namespace cr::ui {

class ClipPanel;
class PlaybackEngine;
class WaveformView;

class CallPlayer : public QWidget
{
    Q_OBJECT
public:
    // engine: what plays the audio (owned); nullptr = the real QMediaPlayer.
    explicit CallPlayer(QWidget* parent = nullptr, PlaybackEngine* engine = nullptr);
    ~CallPlayer() override;

    void setTheme(const Theme& theme);
    // audioFile: a local file; peaks may be empty (the waveform is then flat).
    void load(const Call& call, const QString& audioFile, const QVector<float>& peaks);
    void setPeaks(const QVector<float>& peaks); // the waveform, when it arrives after load()
    // While the owner reads the call and its audio in the background: the
    // call as far as it is known already (the wall's copy: title, transcript),
    // or just "loading" for an empty Call. Play requests wait for the audio.
    void showLoading(const Call& known);
    // 2 offers "customer only"; the owner answers channelRequested with
    // switchAudio().
    void setChannelCount(int channels);
    // Swaps the audio file in place (another channel), keeping position and play
    // state.
    void switchAudio(const QString& audioFile);

    void play();
    void pause();
    void togglePlayPause();
    bool isPlaying() const;
    void seek(qint64 ms);
    qint64 position() const;
    double rate() const;
    void setRate(double rate); // snaps to the offered speeds, 0.75× to 2×
    void faster();
    void slower();

    // Clips. playClip plays from the clip's start and pauses at its end
    // (clipFinished follows); seeking outside it, or another call, ends it.
    void setClips(const QVector<CallClip>& clips, std::optional<RowId> featuredClipId,
                  const QString& stageName);
    const QVector<CallClip>& clips() const;
    void playClip(const CallClip& clip);
    bool playClipNumber(int number); // 1-based, as listed
    void playSelectedClip();         // the selected clip, else the featured one, else the
                                     // first
    std::optional<CallClip> activeClip() const { return m_activeClip; }
    void markIn();
    void markOut();
    void clearMarks();
    std::optional<qint64> markInMs() const { return m_markIn; }
    std::optional<qint64> markOutMs() const { return m_markOut; }
    // Checks the marks and asks to save them (saveClipRequested); false, with
    // the reason shown, when there is nothing sensible to save.
    bool saveMarkedClip();
    // The owner's answer to saveClipRequested: the marks clear on success.
    void clipSaved(std::optional<RowId> clipId, const QString& error);
    void showClipMessage(const QString& text, bool isError = false);

    // Masks e-mail, phone, account and card numbers in the transcript and
    // summary.
    void setMaskPersonalData(bool on);
    bool maskPersonalData() const { return m_mask; }

    void showError(const QString& message);
    QString errorText() const;
    void showNotice(const QString& message); // amber: worth knowing, not an error

    // Keys: the player listens to `widget` and its children as well as its own.
    void takeKeysFrom(QWidget* widget);
    bool handleKey(QKeyEvent* event, QObject* target);
    static QString keyHelp();

    PlaybackEngine* engine() const { return m_engine; }
    QMediaPlayer* mediaPlayer() const; // the real engine's player; nullptr for others
    bool hasAudioDevice() const;
    int currentSegment() const { return m_currentSegment; }
    const Call& call() const { return m_call; }
    ClipPanel* clipPanel() const { return m_clipPanel; }
    QListWidget* transcript() const { return m_transcript; }
    WaveformView* waveform() const { return m_wave; }

signals:
    void saveClipRequested(const cr::CallClip& clip);
    void deleteClipRequested(const cr::CallClip& clip);
    void featureClipRequested(const cr::CallClip& clip);
    void newFixFromClipRequested(const cr::CallClip& clip);
    void channelRequested(int channel); // -1: both sides
    void clipStarted(cr::RowId clipId);
    void clipFinished(cr::RowId clipId);
    void playingChanged(bool playing);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildControls();
    void connectEngine();
    void updatePosition(qint64 ms);
    void updateState();
    void updateMarks();
    void updateNoticeForDevice();
    void fillTranscript();
    void finishClip();
    void endClip();
    qint64 durationMs() const;
    QString shown(const QString& text) const; // masked when masking is on
    QString suggestedTitle(double from, double to) const;

    Theme m_theme = Theme::standard();
    PlaybackEngine* m_engine;
    Call m_call;
    QVector<CallClip> m_clips;
    std::optional<RowId> m_featured;
    std::optional<CallClip> m_activeClip;
    std::optional<qint64> m_markIn;
    std::optional<qint64> m_markOut;
    qint64 m_resumeAt = -1; // switchAudio: where to continue once the new file plays
    bool m_mask = false;
    bool m_loading = false;
    int m_currentSegment = -1;
    QString m_deviceNotice;
    QString m_notice;

    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_notices;
    QLabel* m_error;
    WaveformView* m_wave;
    QToolButton* m_playPause;
    QLabel* m_time;
    QSlider* m_seek;
    QLabel* m_speedLabel;
    QComboBox* m_speed;
    QLabel* m_volumeLabel;
    QSlider* m_volume;
    QLabel* m_channelLabel;
    QComboBox* m_channel;
    QListWidget* m_transcript;
    ClipPanel* m_clipPanel;
    QLabel* m_keys;
    QTimer* m_clipClock; // checks the clip's end between the engine's position
                         // reports
};

} // namespace cr::ui
