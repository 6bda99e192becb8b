#include "wall/WallWindow.h"

#include "demo/DemoRoom.h"
#include "drill/DrillDialog.h"
#include "player/CallPlayerDialog.h"
#include "feeds/ImportDialog.h"
#include "fixes/FixEditor.h"
#include "fixes/FixesBoard.h"
#include "fixes/RoomWriteQueue.h"
#include "priorities/PrioritiesDialog.h"
#include "setup/SetupDialog.h"
#include "jobs/Background.h"
#include "jobs/JobBar.h"
#include "jobs/JobRunner.h"
#include "player/CallPlayer.h"
#include "player/ClipPanel.h"
#include "present/PresentationView.h"
#include "room/RoomMenu.h"
#include "wall/PeriodBar.h"
#include "wall/RoomErrorPage.h"
#include "wall/WallView.h"

#include <QDialog>
#include <QDropEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace cr::ui {

namespace {
// Marks a dialog that wears the window's style sheet (and follows its theme).
constexpr const char* kWallSheet = "crWallStyleSheet";
struct DemoRoomOutcome
{
    QString path; // empty on failure
    QString error;
};
} // namespace

WallWindow::WallWindow(QWidget* parent)
    : QWidget(parent), m_theme(Theme::standard()), m_bar(new PeriodBar), m_stack(new QStackedWidget),
      m_wall(new WallView), m_error(new RoomErrorPage), m_loading(new QLabel(tr("Opening the room…"))),
      m_jobs(new JobRunner(this)), m_jobBar(new JobBar(m_jobs)), m_roomMenu(nullptr),
      m_present(new PresentationView), m_undo(new QUndoStack(this)), m_writes(new RoomWriteQueue(this))
{
    setObjectName(QStringLiteral("wallWindow"));
    setFocusPolicy(Qt::StrongFocus); // keys (F11, Esc, Page Up/Down) reach the window first
    setWindowTitle(tr("Customer Room"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_jobBar);
    m_loading->setObjectName(QStringLiteral("roomLoading"));
    static_cast<QLabel*>(m_loading)->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_loading); // first: nothing flashes before the room is read
    m_stack->addWidget(m_wall);
    m_stack->addWidget(m_error);
    m_stack->addWidget(m_present);
    m_roomMenu = new RoomMenu(this);
    m_bar->setRoomMenu(m_roomMenu);
    // What the board, the editor and the set-up write shows on the wall once written.
    connect(m_writes, &RoomWriteQueue::settled, this, &WallWindow::reloadWall);
    setAcceptDrops(true);

    connect(&m_loader, &SnapshotLoader::loaded, this, &WallWindow::onLoaded);
    connect(&m_loader, &SnapshotLoader::failed, this, &WallWindow::showRoomError);
    connect(m_bar, &PeriodBar::periodChangeRequested, this, &WallWindow::setPeriod);
    connect(m_bar, &PeriodBar::compareToggled, this, [this](bool on) {
        m_compare = on;
        showWall();
    });
    connect(m_bar, &PeriodBar::openRoomRequested, this, &WallWindow::chooseRoom);
    connect(m_bar, &PeriodBar::presentationRequested, this, [this] { setPresentation(!m_presentation); });
    connect(m_bar, &PeriodBar::tourRequested, this, [this] { showTour(0); });
    connect(m_bar, &PeriodBar::agendaRequested, this, [this] { showAgenda(1); });
    connect(m_present, &PresentationView::leaveRequested, this, [this] {
        if (m_presentation)
            setPresentation(false);
        else
            showWall();
    });
    connect(m_present, &PresentationView::playRequested, this,
            [this](RowId callId, std::optional<CallClip> clip, int stage) { playCall(callId, stage, clip); });
    connect(m_present, &PresentationView::saveReviewRequested, this, &WallWindow::saveReview);
    connect(m_present, &PresentationView::dwellChanged, this, &WallWindow::saveTourDwell);
    m_dwellTimer.setSingleShot(true);
    connect(&m_dwellTimer, &QTimer::timeout, this, &WallWindow::writePendingDwell);
    connect(m_error, &RoomErrorPage::openRoomRequested, this, &WallWindow::chooseRoom);
    connect(m_error, &RoomErrorPage::openDemoRequested, this, &WallWindow::openDefaultDemoRoom);

    connect(m_wall, &WallView::stageClicked, this, &WallWindow::openStage);
    connect(m_wall, &WallView::npsClicked, this, &WallWindow::openNpsTrend);
    connect(m_wall, &WallView::kpiClicked, this, &WallWindow::openKpi);
    connect(m_wall, &WallView::complaintsClicked, this, &WallWindow::openComplaints);
    connect(m_wall, &WallView::callClicked, this, [this](int stage, RowId id) { playCall(id, stage); });
    connect(m_wall, &WallView::moreCallsClicked, this, &WallWindow::openCalls);
    connect(m_wall, &WallView::artifactClicked, this, &WallWindow::openArtifact);
    connect(m_wall, &WallView::fixesClicked, this, &WallWindow::openFixes);
    connect(m_wall, &WallView::filesDropped, this, [this](int stage, const QStringList& files) {
        const StageWall* s = stageAt(stage);
        m_roomMenu->importDropped(files, s ? s->report.stage.name : QString());
    });
    connect(m_wall, &WallView::dropTargetChanged, this, [this](int stage) {
        const StageWall* s = stageAt(stage);
        m_bar->setStatus(s ? tr("Drop to import into “%1”").arg(s->report.stage.name) : QString());
    });
    applyTheme();
}

WallWindow::~WallWindow()
{
    // Work for this window's room ends with it, not after the room's file
    // (or the program's SQL driver) is gone: long jobs are cancelled (an
    // import rolls back), short reads are waited for.
    m_jobs->cancelAll();
    QThreadPool::globalInstance()->waitForDone();
}

void WallWindow::openRoom(const QString& path)
{
    m_periodChosen = false; // another room: it opens on its own latest month
    beginOpen(path);
}

bool WallWindow::openDefaultDemoRoom()
{
    // The first run builds the demo (thousands of rows): off the GUI thread,
    // with the window up and the job bar saying how far it is.
    m_bar->setStatus(tr("Preparing the demo room…"));
    m_jobs->runWithResult(
        tr("Preparing the demo room"),
        [](JobControl& job) -> DemoRoomOutcome {
            auto path = ensureDefaultDemoRoom({&job, 0, 1});
            return path ? DemoRoomOutcome{*path, QString()}
                        : DemoRoomOutcome{QString(), path.error().toString()};
        },
        this,
        [this](const DemoRoomOutcome& outcome, bool) {
            if (outcome.path.isEmpty())
                showRoomError(outcome.error);
            else
                beginOpen(outcome.path); // keeps a period asked for meanwhile
        });
    return true;
}

void WallWindow::beginOpen(const QString& path)
{
    const quint64 asked = ++m_openGeneration;
    m_opening = true;
    m_bar->setStatus(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    if (m_roomPath.isEmpty() && !hasRoomError())
        m_stack->setCurrentWidget(m_loading);
    runInBackground(
        this,
        [path] {
            // Opening checks the file and upgrades an older room: a worker's job.
            OpenedRoom room;
            auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
            if (!store) {
                room.error = store.error().toString();
                return room;
            }
            room.path = (*store)->path();
            room.name = (*store)->roomName();
            if (auto months = (*store)->monthsWithData())
                room.months = *months;
            return room;
        },
        [this, asked](const OpenedRoom& room) {
            if (asked != m_openGeneration)
                return; // another room was asked for meanwhile
            m_opening = false;
            if (room.error.isEmpty()) {
                onRoomOpened(room);
                return;
            }
            if (m_roomPath.isEmpty()) {
                showRoomError(room.error);
                return;
            }
            // A room is open: it stays open, and the reason is said once.
            m_bar->setStatus(QString());
            auto* box = new QMessageBox(QMessageBox::Warning, tr("This file cannot be opened"),
                                        room.error.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("openFailedBox"));
            box->setInformativeText(tr("The room that was open stays open."));
            box->setDetailedText(room.error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            emit roomFailed(room.error);
        });
}

void WallWindow::closeRoomWindows()
{
    // Drill-downs, the player and the viewer belong to the room that was open.
    if (m_player)
        m_player->close();
    const auto dialogs = findChildren<DrillDialog*>(QString(), Qt::FindDirectChildrenOnly);
    for (DrillDialog* d : dialogs)
        d->close();
    if (m_board)
        m_board->close();
    if (m_setup)
        m_setup->close();
    if (m_priorities)
        m_priorities->close();
    const auto editors = findChildren<FixEditor*>(QString(), Qt::FindDirectChildrenOnly);
    for (FixEditor* e : editors)
        e->close();
}

void WallWindow::onRoomOpened(const OpenedRoom& room)
{
    closeRoomWindows();
    if (room.path != m_roomPath)
        m_undo->clear(); // the steps belong to the room that was open
    m_roomPath = room.path;
    m_data.reset();
    m_bar->setRoomName(room.name);
    setWindowTitle(tr("%1 — Customer Room").arg(room.name));
    if (!m_periodChosen)
        m_period = latestCompleteMonth(room.months, QDate::currentDate());
    reload();
    emit roomOpened(m_roomPath);
}

void WallWindow::showRoomError(const QString& message)
{
    m_data.reset();
    m_error->setMessage(message);
    m_stack->setCurrentWidget(m_error);
    m_bar->setStatus(QString());
    emit roomFailed(message);
}

bool WallWindow::hasRoomError() const
{
    return m_stack->currentWidget() == m_error;
}

QString WallWindow::roomError() const
{
    return hasRoomError() ? m_error->message() : QString();
}

void WallWindow::setPeriod(const Period& period)
{
    if (period.startsAfter(QDate::currentDate()))
        return; // never into the future
    m_period = period;
    m_periodChosen = true;
    reload();
}

void WallWindow::reloadWall()
{
    if (m_roomPath.isEmpty() || m_periodChosen) {
        reload();
        return;
    }
    const QString path = m_roomPath;
    const quint64 asked = ++m_refitGeneration;
    runInBackground(
        this,
        [path] {
            auto store = RoomStore::open(path, RoomStore::OpenMode::ReadOnly);
            QVector<QDate> months;
            if (store)
                if (auto m = (*store)->monthsWithData())
                    months = *m;
            return months;
        },
        [this, path, asked](const QVector<QDate>& months) {
            if (asked != m_refitGeneration || m_roomPath != path)
                return; // a newer request, or another room
            if (!m_periodChosen && !months.isEmpty())
                m_period = latestCompleteMonth(months, QDate::currentDate());
            reload();
        });
}

void WallWindow::reload()
{
    if (m_roomPath.isEmpty())
        return;
    m_bar->setPeriod(m_period, m_period.label(), tr("to %1").arg(m_period.previous().label()));
    m_bar->setStatus(tr("Loading…"));
    m_loader.load(m_roomPath, m_period);
}

void WallWindow::onLoaded(const WallData& data)
{
    m_data = data;
    const Comparison& compared = data.snapshot.comparison;
    m_bar->setPeriod(m_period, compared.label(), compared.partial ? tr("to the same days: %1").arg(context().previousPeriodLabel)
                                                                  : tr("to %1").arg(compared.previousPeriod.label()));
    m_bar->setStatus(QString());
    m_bar->setStageCount(int(data.snapshot.stages.size()));
    m_bar->setRoomName(data.snapshot.roomName);
    showWall();
    if (m_priorities)
        m_priorities->setWall(data.snapshot); // the ranking follows the wall's period
    if (!focusWidget() || focusWidget() == this || m_bar->isAncestorOf(focusWidget()))
        setFocus();
    emit wallReady();
}

WallContext WallWindow::context() const
{
    WallContext c;
    if (m_data) {
        const Comparison& compared = m_data->snapshot.comparison;
        c.periodLabel = compared.label();
        c.partial = compared.partial;
        const Period& previous = m_data->snapshot.previousPeriod;
        if (compared.partial && compared.previous.from && compared.previous.to) {
            // Like with like: the same days of the period before.
            const QLocale locale;
            c.previousPeriodLabel = tr("%1 – %2").arg(locale.toString(*compared.previous.from, QStringLiteral("d MMM")),
                                                      locale.toString(*compared.previous.to, QStringLiteral("d MMM yyyy")));
            c.previousPeriodShort = tr("%1 – %2").arg(locale.toString(*compared.previous.from, QStringLiteral("d MMM")),
                                                      locale.toString(*compared.previous.to, QStringLiteral("d MMM")));
        } else {
            c.previousPeriodLabel = previous.label();
            c.previousPeriodShort = previous.kind == Period::Kind::Month
                                        ? QLocale().toString(previous.from, QStringLiteral("MMM yyyy"))
                                        : previous.label();
        }
        c.trendLength = m_data->snapshot.period.kind;
    }
    c.compare = m_compare && (!m_data || m_data->snapshot.comparison.comparable());
    return c;
}

void WallWindow::showWall()
{
    if (!m_data)
        return;
    m_wall->setWall(m_data->snapshot, m_data->thumbnails, context(), m_theme);
    m_present->setData(*m_data, context(), presentTheme());
    if (m_presentation) {
        showPresentationScreens();
        return;
    }
    if (m_stack->currentWidget() != m_present)
        m_stack->setCurrentWidget(m_wall);
    m_bar->show();
}

void WallWindow::childEvent(QChildEvent* event)
{
    QWidget::childEvent(event);
    // Dialogs opened over the wall (drill-downs, import, feeds, the tray)
    // take the window's buttons and focus rings when they are first shown.
    if (event->type() != QEvent::ChildPolished)
        return;
    if (auto* dialog = qobject_cast<QDialog*>(event->child())) {
        if (dialog->styleSheet().isEmpty()) { // one with a sheet of its own keeps it
            dialog->setProperty(kWallSheet, true);
            dialog->setStyleSheet(m_sheet);
        }
    }
}

void WallWindow::applyTheme()
{
    m_theme = Theme::forWindowHeight(height() > 0 ? height() : int(Theme::kDesignHeight), m_presentation);
    // The style sheet goes where its buttons are, never on the wall itself:
    // a sheet above the wall makes Qt style-polish each of its thousand-odd
    // cells, which doubled the GUI thread's stall when a large room repaints.
    m_sheet = m_theme.styleSheet();
    for (QWidget* w : {static_cast<QWidget*>(m_bar), static_cast<QWidget*>(m_error), static_cast<QWidget*>(m_present)})
        w->setStyleSheet(m_sheet); // the job bar adds its own rules to it (JobBar::setTheme)
    const auto dialogs = findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly);
    for (QDialog* d : dialogs)
        if (d->property(kWallSheet).toBool())
            d->setStyleSheet(m_sheet);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, m_theme.background);
    pal.setColor(QPalette::WindowText, m_theme.text);
    setPalette(pal);
    setAutoFillBackground(true);
    m_bar->setTheme(m_theme);
    m_error->setTheme(m_theme);
    m_loading->setFont(m_theme.font(m_theme.valuePx()));
    QPalette muted = m_loading->palette();
    muted.setColor(QPalette::WindowText, m_theme.mutedText);
    m_loading->setPalette(muted);
    m_jobBar->setTheme(m_theme);
    m_roomMenu->setTheme(m_theme);
    if (m_data)
        m_wall->setWall(m_data->snapshot, m_data->thumbnails, context(), m_theme);
}

void WallWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const Theme wanted = Theme::forWindowHeight(height(), m_presentation);
    if (!qFuzzyCompare(wanted.scale(), m_theme.scale()))
        applyTheme();
}

void WallWindow::setPresentation(bool on, bool fullScreen)
{
    const bool entering = on && !m_presentation;
    m_presentation = on;
    m_bar->setPresentation(on);
    m_jobBar->setSuppressed(on);
    if (on && fullScreen) {
        if (entering && !isFullScreen()) {
            m_restoreMaximized = isMaximized();
            m_restoreGeometry = geometry();
        }
        // The whole screen even where no window manager enlarges the window.
        if (QScreen* s = screen())
            setGeometry(s->geometry());
        showFullScreen();
    } else if (!on && isFullScreen()) {
        // Back as it was before F5: maximised, or where and as big as it was.
        if (m_restoreMaximized) {
            showMaximized();
        } else {
            showNormal();
            if (m_restoreGeometry.isValid())
                setGeometry(m_restoreGeometry);
        }
    }
    applyTheme();
    if (on) {
        showPresentationScreens();
        if (entering && fullScreen)
            m_present->showKeyHint(); // the keys, for a moment, on the way in
    } else {
        leavePresentationScreens();
    }
}

void WallWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F5 || event->key() == Qt::Key_F11) {
        setPresentation(!m_presentation);
        return;
    }
    if (m_stack->currentWidget() == m_present && m_present->handleKey(event->key(), event->modifiers()))
        return;
    if (event->key() == Qt::Key_Escape && m_presentation) {
        setPresentation(false);
        return;
    }
    if (event->key() == Qt::Key_PageUp) {
        setPeriod(m_period.previous());
        return;
    }
    if (event->key() == Qt::Key_PageDown) {
        setPeriod(m_period.next());
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallWindow::chooseRoom()
{
    m_roomMenu->openRoomFile();
}

void WallWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void WallWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData()->urls());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    m_roomMenu->importDropped(files);
}

} // namespace cr::ui
