#pragma once
// The wall window: top bar, the wall (or a friendly error page), the
// drill-downs and the call player. Knows the open room by its path: every
// read happens on a worker with its own connection.

#include "common/Theme.h"
#include "player/CallPlayerDialog.h"
#include "report/WallSnapshot.h"
#include "wall/SnapshotLoader.h"
#include "wall/WallContext.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QStackedWidget;
class QUndoStack;

namespace cr::ui {

class CallPlayerDialog;
class JobBar;
class PresentationView;
class JobRunner;
class PeriodBar;
class RoomErrorPage;
class FixesBoard;
class SetupDialog;
class PrioritiesDialog;
class RoomMenu;
class RoomWriteQueue;
class WallView;

class WallWindow : public QWidget
{
    Q_OBJECT
public:
    explicit WallWindow(QWidget* parent = nullptr);
    ~WallWindow() override;

    // Opens a room file on a worker (checked, upgraded); roomOpened and then
    // wallReady follow, or roomFailed. A file that is not a room leaves the
    // room that was open as it was and says why.
    void openRoom(const QString& path);
    // Opens the demo room, building it first on first run (in the background;
    // wallReady or roomFailed follows). Returns true: failures come as roomFailed.
    bool openDefaultDemoRoom();
    void showRoomError(const QString& message);

    void setPeriod(const Period& period);
    Period period() const { return m_period; }
    // Presentation: large type and high contrast; fullScreen off for screenshots.
    void setPresentation(bool on, bool fullScreen = true);
    bool isPresentation() const { return m_presentation; }
    // The big-display screens (in or out of presentation mode).
    void showTour(int stageIndex, bool autoAdvance = true);
    void showAgenda(int page); // 1-based
    void showCelebration();
    PresentationView* presentationView() const { return m_present; }

    bool hasWall() const { return m_data.has_value(); }
    bool hasRoomError() const;
    QString roomError() const;
    const WallSnapshot* snapshot() const { return m_data ? &m_data->snapshot : nullptr; }
    WallView* wallView() const { return m_wall; }
    CallPlayerDialog* player() const { return m_player; }
    QString roomPath() const { return m_roomPath; }
    bool isOpening() const { return m_opening; }
    const Theme& theme() const { return m_theme; }
    // Long work (imports, sync, a new room) queues here; the bar at the bottom shows it.
    JobRunner* jobs() const { return m_jobs; }
    JobBar* jobBar() const { return m_jobBar; }
    RoomMenu* roomMenu() const { return m_roomMenu; }
    // One undo stack per open room (set-up and fixes push onto it), and the
    // queue its writes run through, one after another on a worker.
    QUndoStack* undoStack() const { return m_undo; }
    RoomWriteQueue* roomWrites() const { return m_writes; }
    // The fixes board, on one stage or all; the editor on a fix (id 0: a new
    // fix, its fields filled from the evidence it starts from).
    FixesBoard* openFixesBoard(std::optional<cr::RowId> stageId = std::nullopt);
    void editFix(const cr::Fix& fix);
    // Stages, moments, departments and KPIs, with undo.
    SetupDialog* openSetup();
    // "Where customers hurt most" for the wall's period.
    PrioritiesDialog* openPriorities();
    // Reads the room again for the current period (after an import or a sync).
    // After an import or a sync: repaint, and when nobody chose a period yet,
    // move to the latest complete month that has data (the first import into
    // an empty room is rarely about last month).
    void reloadWall();

signals:
    void wallReady(); // the wall for the current room and period is painted
    void roomFailed(const QString& message);
    void roomOpened(const QString& path);
    void reviewSaved();

public slots:
    // A clip plays from its start and stops at its end (the tour, the agenda).
    void playCall(cr::RowId callId, int stageIndex = -1, std::optional<cr::CallClip> clip = std::nullopt);
    void chooseRoom();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void childEvent(QChildEvent* event) override;
    // Files dropped outside the stage panels open the import dialog.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct OpenedRoom
    {
        QString path;
        QString name;
        QVector<QDate> months;
        QString error;
    };
    void beginOpen(const QString& path);
    void onRoomOpened(const OpenedRoom& room);
    void closeRoomWindows();
    void applyTheme();
    void reload();
    quint64 m_refitGeneration = 0;
    void onLoaded(const WallData& data);
    void showWall();
    void showPresentationScreens();
    void leavePresentationScreens();
    void saveReview();
    void saveTourDwell(cr::RowId stageId, int seconds);
    void writePendingDwell();
    Theme presentTheme() const;
    WallContext context() const;
    const StageWall* stageAt(int index) const;

    void openNpsTrend(int stage);
    void openKpi(int stage, int kpiIndex);
    void openComplaints(int stage, const QString& category);
    void openArtifact(int stage, int artifactIndex);
    void openFixes(int stage);
    void openCalls(int stage);
    void openStage(int stage);

    QString m_roomPath;
    quint64 m_openGeneration = 0;
    bool m_opening = false;
    SnapshotLoader m_loader;
    std::optional<WallData> m_data;
    Period m_period;
    bool m_periodChosen = false;
    bool m_compare = true;
    bool m_presentation = false;
    bool m_restoreMaximized = false; // the window before F5, for Esc
    QRect m_restoreGeometry;
    Theme m_theme;
    QString m_sheet; // the theme's style sheet, for the bar and the dialogs
    QHash<RowId, int> m_pendingDwell; // tour times to write, by stage
    QTimer m_dwellTimer;
    bool m_dwellSaving = false;
    PeriodBar* m_bar;
    QStackedWidget* m_stack;
    WallView* m_wall;
    RoomErrorPage* m_error;
    QWidget* m_loading; // the first frame: the room is on its way (never "no stages")
    QPointer<CallPlayerDialog> m_player;
    JobRunner* m_jobs;
    JobBar* m_jobBar;
    RoomMenu* m_roomMenu;
    PresentationView* m_present;
    QUndoStack* m_undo;
    RoomWriteQueue* m_writes;
    QPointer<FixesBoard> m_board;
    QPointer<SetupDialog> m_setup;
    QPointer<PrioritiesDialog> m_priorities;
};

} // namespace cr::ui
