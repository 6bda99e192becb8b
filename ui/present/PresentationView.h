#pragma once
// The big-display screens and their keys (issue 11): the headline wall, the
// stage tour (one stage at a time, auto-advancing, paused by any key) and the
// review agenda (opening, stage pages, celebration, record). Keyboard and
// presenter remote: ←/→, PgUp/PgDn, Space, Home/End, B black screen, P play
// the featured clip, T tour, A agenda, W wall, C celebration, D decision,
// N notes, M masking, H keys, + / - this stage's tour time, Esc back. A hint
// of the keys shows on entry.

#include "common/Theme.h"
#include "present/AgendaPages.h"
#include "wall/SnapshotLoader.h"
#include "wall/WallContext.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cr::ui {

class PresentationView : public QWidget
{
    Q_OBJECT
public:
    enum class Screen { Wall, Tour, Agenda };
    explicit PresentationView(QWidget* parent = nullptr);

    // The room's numbers for the period; the current page is drawn again.
    void setData(const WallData& data, const WallContext& context, const Theme& theme);
    bool hasData() const { return m_data.has_value(); }

    void showWall();
    void showTour(int stageIndex, bool autoAdvance = true);
    void showAgendaPage(int page); // 1-based: 1 opening, then stages, celebration, record
    void showCelebration();

    Screen screen() const { return m_screen; }
    int tourStage() const { return m_stage; }
    int agendaPage() const { return m_page; }
    int agendaPageCount() const;
    bool isTourRunning() const { return m_tourTimer.isActive(); }
    bool isBlack() const { return m_black; }
    bool masking() const { return m_mask; }
    void setMasking(bool on);
    bool isKeyHintVisible() const;
    void showKeyHint(int milliseconds = 2500);
    ReviewSession& session() { return m_session; }
    void markSessionSaved();
    // Handles a key; false when it is not one of the screens' keys.
    bool handleKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // The screen is the size it is: a page never grows the window.
    QSize minimumSizeHint() const override { return {320, 240}; }

signals:
    void playRequested(cr::RowId callId, std::optional<cr::CallClip> clip, int stageIndex);
    void leaveRequested();                  // Esc on the headline wall
    void saveReviewRequested();             // the record page's Save
    void maskingChanged(bool on);
    void dwellChanged(cr::RowId stageId, int seconds); // + / - on a tour page

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void rebuild();
    void next();
    void previous();
    void pauseTour();
    void scheduleTour();
    void playFeatured();
    void changeDwell(int deltaSeconds);
    void addDecision();
    void editNotes();
    void placeOverlays();
    QString footerText() const;
    int stageCount() const;
    int currentStage() const; // the stage on screen, or -1

    std::optional<WallData> m_data;
    WallContext m_context;
    Theme m_theme;
    Screen m_screen = Screen::Wall;
    int m_stage = 0;
    int m_page = 1;
    bool m_black = false;
    bool m_mask = true;
    bool m_stale = false;      // data changed while hidden: rebuilt when shown
    bool m_tourWanted = false; // auto-advance on (paused by any key)
    QTimer m_tourTimer;
    QTimer m_countdown; // refreshes "next in N s"
    QVBoxLayout* m_layout;
    QWidget* m_current = nullptr;
    QLabel* m_footer;
    QLabel* m_hint;
    QTimer m_hintTimer;
    ReviewSession m_session;
};

} // namespace cr::ui
