#pragma once
// The clips beside a call's transcript: marking a new clip (in, out, title,
// save), the call's saved clips numbered like the keys that play them, and
// play / delete / feature-on-the-wall for the selected one. The panel only
// asks; the player and its dialog do the work and tell it the outcome.

#include "Domain.h"
#include "common/Theme.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cr::ui {

class ClipPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClipPanel(QWidget* parent = nullptr);

    void setTheme(const Theme& theme);
    // In the meeting the clips are played, not cut: the list and Play only.
    void setEditable(bool on);
    bool isEditable() const { return m_editable; }
    // stageName empty: the call is on no stage, so nothing can be featured.
    void setClips(const QVector<CallClip>& clips, std::optional<RowId> featuredClipId,
                  const QString& stageName);
    void setMarks(std::optional<double> inSeconds, std::optional<double> outSeconds);
    void showMessage(const QString& text, bool isError = false);
    QString message() const;

    QString title() const;
    void clearTitle();
    QLineEdit* titleEdit() const { return m_titleEdit; }
    QListWidget* list() const { return m_list; }

    const QVector<CallClip>& clips() const { return m_clips; }
    std::optional<RowId> featuredClipId() const { return m_featured; }
    std::optional<CallClip> selectedClip() const;
    void selectClip(RowId clipId);
    // Shows which clip is playing (nullopt: none).
    void setPlayingClip(std::optional<RowId> clipId);

signals:
    void markInRequested();
    void markOutRequested();
    void saveRequested();
    void playRequested(const cr::CallClip& clip);
    void deleteRequested(const cr::CallClip& clip);
    void featureRequested(const cr::CallClip& clip); // toggles: featuring the featured clip un-features it
    void newFixRequested(const cr::CallClip& clip);  // a fix with this clip as its evidence

private:
    void updateButtons();
    void fillList();

    Theme m_theme = Theme::standard();
    QVector<CallClip> m_clips;
    std::optional<RowId> m_featured;
    std::optional<RowId> m_playing;
    QString m_stageName;

    QLabel* m_heading;
    QLabel* m_marks;
    QPushButton* m_markIn;
    QPushButton* m_markOut;
    QLineEdit* m_titleEdit;
    QPushButton* m_save;
    QListWidget* m_list;
    QPushButton* m_play;
    QPushButton* m_delete;
    QPushButton* m_feature;
    QPushButton* m_newFix;
    QLabel* m_message;
    bool m_editable = true;
};

} // namespace cr::ui
