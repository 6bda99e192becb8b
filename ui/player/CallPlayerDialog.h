#pragma once
// The call player window: the wall opens it with ▶, the tour and the review
// agenda open it to play a stage's featured clip. One window, reused per
// call. It keeps the room's path, not the wall's store: the call, its audio,
// its clips and every clip change are read and written on worker threads
// with their own connections, so the GUI thread never waits on SQL or on
// writing the audio to the media cache (RoomStore::mediaFile), and a closed
// room cannot be reached through a stale pointer.
//
// Public API for other screens (the tour, the agenda):
//   playCall(callId)        the whole call from 0:00; the same call again
//                           toggles play/pause where it is (nothing restarts)
//   playClip(clip)          only the clip: from its start, pausing at its end;
//                           clipFinished(clip.id) follows
//   playFeaturedClip(stage) the stage's featured clip (ClipStore), or a
//                           notice saying how to choose one
// With an engine the tests control the clock; by default QMediaPlayer.

#include "Domain.h"
#include "common/Theme.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;

namespace cr {
class ClipStore;
class RoomStore;
} // namespace cr

namespace cr::ui {

class CallPlayer;
class PlaybackEngine;

class CallPlayerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CallPlayerDialog(const QString& roomPath, QWidget* parent = nullptr,
                              PlaybackEngine* engine = nullptr);
    // For callers that hold the room: only its path is kept.
    explicit CallPlayerDialog(const RoomStore* store, QWidget* parent = nullptr);

    void setTheme(const Theme& theme);

    // Loads and starts the call; `stageCalls` fills the "other calls" chooser.
    // The call already in the player is not reloaded: the click toggles
    // play/pause at the current position.
    void playCall(RowId callId, const QVector<Call>& stageCalls = {});
    // Plays only `clip` (loading its call first when another is in the player).
    void playClip(const CallClip& clip);
    // Plays the featured clip of a stage (read in the background).
    void playFeaturedClip(RowId stageId);

    // On: e-mail, phone, account and card numbers in the transcript and the
    // call's summary are masked (cr::maskPersonalData), for a shared screen.
    void setMaskPersonalData(bool on);
    bool maskPersonalData() const;

    CallPlayer* player() const { return m_player; }
    QString roomPath() const { return m_roomPath; }
    RowId callId() const { return m_callId; } // the call loaded or loading; 0 for none
    bool isLoading() const { return m_loading; }

signals:
    // "New fix from this clip": a fix on the call's stage with the clip as evidence.
    void newFixRequested(const cr::Fix& fix);
    void callLoaded(cr::RowId callId);   // in the player, audio set, clips listed
                                         // (or an error shown)
    void clipsChanged(cr::RowId callId); // a clip was saved, deleted or (un)featured
    void featuredClipChanged(cr::RowId stageId,
                             cr::RowId clipId); // clipId 0: none
    void clipFinished(cr::RowId clipId);
    void maskPersonalDataChanged(bool on);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct ClipsState;
    // known: the caller's copy of the call, shown at once while the room is read.
    void loadCall(RowId callId, std::optional<CallClip> clip, bool autoplay, const Call& known = Call{});
    void sizeToScreen();
    // Runs `change` on a ClipStore of the room off the GUI thread, then shows
    // the call's clips as they are afterwards (and `done` hears the outcome).
    void changeClips(std::function<Result<RowId>(ClipStore&)> change,
                     std::function<void(const ClipsState&)> done);
    void applyClips(const ClipsState& state);
    void chooseChannel(int channel);

    QString m_roomPath;
    CallPlayer* m_player;
    QComboBox* m_calls;
    QCheckBox* m_mask;
    bool m_themeSet = false;
    bool m_sized = false;
    bool m_loading = false;
    RowId m_callId = 0;
    std::optional<RowId> m_stageId; // of the loaded call
    QString m_stageName;
    QString m_audioFile; // the recording as stored
    QString m_audioSha256;
    quint64 m_generation = 0; // every load is numbered; answers for older ones are dropped
};

} // namespace cr::ui
