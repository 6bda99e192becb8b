#pragma once
// The call player window the wall opens when ▶ is pressed. Reads the call,
// its audio file and waveform from the room; one window, reused per call.

#include "common/Theme.h"
#include "store/RoomStore.h"

#include <QDialog>

class QComboBox;

namespace cr::ui {

class CallPlayer;

class CallPlayerDialog : public QDialog
{
    Q_OBJECT
public:
    CallPlayerDialog(const RoomStore* store, QWidget* parent = nullptr);

    void setTheme(const Theme& theme);
    // Loads and starts the call; `stageCalls` fills the "other calls" chooser.
    void playCall(RowId callId, const QVector<Call>& stageCalls = {});
    CallPlayer* player() const { return m_player; }

private:
    void loadCall(RowId callId, bool autoplay);

    const RoomStore* m_store;
    CallPlayer* m_player;
    QComboBox* m_calls;
    quint64 m_peaksGeneration = 0; // waveforms of calls left behind are dropped
};

} // namespace cr::ui
