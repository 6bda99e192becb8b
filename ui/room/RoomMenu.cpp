#include "room/RoomMenu.h"

#include "feeds/FeedSyncer.h"
#include "feeds/FeedsDialog.h"
#include "feeds/ImportDialog.h"
#include "feeds/ImportJob.h"
#include "followups/FollowUpsDialog.h"
#include "jobs/Background.h"
#include "jobs/JobRunner.h"
#include "room/NewRoomDialog.h"
#include "room/ReportExport.h"
#include "search/SearchDialog.h"
#include "wall/WallView.h"
#include "wall/WallWindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QTimer>

#include <functional>

#if __has_include("tray/UnassignedDialog.h") && __has_include("tray/RulesDialog.h")
#include "tray/RulesDialog.h"
#include "tray/UnassignedDialog.h"
#define CR_HAS_TRAY_DIALOGS 1
#else
#define CR_HAS_TRAY_DIALOGS 0
#endif

namespace cr::ui {

namespace {
const char* const kRecentKey = "rooms/recent";
const char* const kOpenDirKey = "rooms/lastDir";
constexpr int kMaxRecent = 8;
// Feeds sync once the wall is up, not while it is being painted.
constexpr int kAutoSyncDelayMs = 400;
} // namespace

RoomMenu::RoomMenu(WallWindow* window)
    : QToolButton(window), m_window(window), m_menu(new QMenu(this)),
      m_recent(new QMenu(tr("Open &Recent"), this)), m_syncer(new FeedSyncer(window->jobs(), this))
{
    setObjectName(QStringLiteral("roomMenuButton"));
    setText(tr("Room"));
    setToolTip(tr("Rooms, set-up, evidence in, fixes, follow-ups, search and the PDF report"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("roomMenu"));
    m_recent->setObjectName(QStringLiteral("recentRooms"));
    buildMenu();

    connect(window, &WallWindow::roomOpened, this, &RoomMenu::onRoomOpened);
    connect(window, &WallWindow::wallReady, this, &RoomMenu::onWallReady);
    connect(window->wallView(), &WallView::followUpsClicked, this, [this](int stageIndex) {
        const WallSnapshot* wall = m_window->snapshot();
        if (wall && stageIndex >= 0 && stageIndex < wall->stages.size())
            openFollowUps(wall->stages[stageIndex].report.stage.id);
    });
    connect(m_syncer, &FeedSyncer::evidenceChanged, this, &RoomMenu::reloadIf);
    connect(m_recent, &QMenu::aboutToShow, this, &RoomMenu::rebuildRecent);
    updateEnabled();
}

void RoomMenu::buildMenu()
{
    auto add = [this](const QString& text, const QKeySequence& keys, std::function<void()> run,
                      const char* name) {
        QAction* a = m_menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        if (!keys.isEmpty()) {
            a->setShortcut(keys);
            a->setShortcutContext(Qt::WindowShortcut);
            m_window->addAction(a); // the shortcut works with the menu closed
        }
        connect(a, &QAction::triggered, this, [run = std::move(run)] { run(); });
        return a;
    };
    m_new = add(
        tr("&New room…"), QKeySequence::New, [this] { newRoom(); }, "newRoomAction");
    m_open = add(
        tr("&Open…"), QKeySequence::Open, [this] { openRoomFile(); }, "openRoomAction");
    m_menu->addMenu(m_recent);
    m_menu->addSeparator();
    // Shaping the journey, then getting evidence in, then working with it.
    m_setupAction = add(
        tr("Set &up the room…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), [this] { m_window->openSetup(); },
        "setupAction");
    m_menu->addSeparator();
    m_import = add(
        tr("&Import files…"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { openImportDialog(); },
        "importAction");
    m_feeds = add(
        tr("&Feeds…"), QKeySequence(), [this] { openFeedsDialog(); }, "feedsAction");
    m_sync = add(
        tr("S&ync all feeds now"), QKeySequence(Qt::Key_F9), [this] { syncAllFeeds(); }, "syncAction");
    m_tray = add(
        tr("&Unassigned tray…"), QKeySequence(), [this] { openTray(); }, "trayAction");
    m_rules = add(
        tr("&Mapping rules…"), QKeySequence(), [this] { openRules(); }, "rulesAction");
    m_menu->addSeparator();
    m_search = add(
        tr("&Search the room…"), QKeySequence::Find, [this] { openSearch(); }, "searchAction");
    m_board = add(
        tr("Fixes &board…"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { m_window->openFixesBoard(); },
        "fixesBoardAction");
    m_followUps = add(
        tr("Follow-ups and &departments…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        [this] { openFollowUps(); }, "followUpsAction");
    m_prioritiesAction = add(
        tr("Where customers &hurt most…"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_window->openPriorities(); },
        "prioritiesAction");
    m_tray->setVisible(hasTrayDialogs());
    m_rules->setVisible(hasTrayDialogs());
    m_menu->addSeparator();
    m_exportPdf = add(
        tr("Export &PDF report…"), QKeySequence(), [this] { exportPdfReport(m_window); }, "exportPdfAction");
    m_menu->addSeparator();
    add(
        tr("&Quit"), QKeySequence::Quit, [this] { m_window->close(); }, "quitAction");
}

void RoomMenu::setTheme(const Theme& theme)
{
    setFont(theme.font(theme.bodyPx(), QFont::DemiBold));
}

bool RoomMenu::hasTrayDialogs()
{
    return CR_HAS_TRAY_DIALOGS != 0;
}

void RoomMenu::updateEnabled()
{
    const bool room = !m_window->roomPath().isEmpty();
    for (QAction* a : {m_import, m_feeds, m_sync, m_tray, m_rules, m_search, m_followUps, m_board, m_setupAction, m_prioritiesAction})
        a->setEnabled(room);
    m_exportPdf->setEnabled(room);
}

void RoomMenu::reloadIf(const QString& room)
{
    if (!room.isEmpty() && room == m_window->roomPath())
        m_window->reloadWall();
}

// --- Rooms -------------------------------------------------------------------

QStringList RoomMenu::recentRooms()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void RoomMenu::rememberRoom(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentRooms();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), list);
}

void RoomMenu::forgetRecentRooms()
{
    QSettings().remove(QLatin1String(kRecentKey));
}

void RoomMenu::rebuildRecent()
{
    m_recent->clear();
    const QStringList rooms = recentRooms();
    if (rooms.isEmpty()) {
        m_recent->addAction(tr("No rooms opened yet"))->setEnabled(false);
        return;
    }
    QList<QAction*> actions;
    for (int i = 0; i < rooms.size(); ++i) {
        const QString path = rooms[i];
        QAction* a = m_recent->addAction(tr("&%1  %2").arg(i + 1).arg(QFileInfo(path).completeBaseName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setData(path);
        a->setEnabled(path != m_window->roomPath());
        connect(a, &QAction::triggered, this, [this, path] { m_window->openRoom(path); });
        actions << a;
    }
    m_recent->addSeparator();
    QAction* clear = m_recent->addAction(tr("&Clear list"));
    connect(clear, &QAction::triggered, this, [] { forgetRecentRooms(); });
    // Whether each file still exists is asked off the GUI thread (a network
    // share may be slow); missing ones turn grey and say so.
    const quint64 generation = ++m_recentGeneration;
    runInBackground(
        this,
        [rooms] {
            QVector<bool> exists;
            for (const QString& p : rooms)
                exists << QFileInfo::exists(p);
            return exists;
        },
        [this, generation, actions, rooms](const QVector<bool>& exists) {
            if (generation != m_recentGeneration)
                return;
            for (int i = 0; i < actions.size() && i < exists.size(); ++i) {
                if (exists[i])
                    continue;
                actions[i]->setEnabled(false);
                actions[i]->setText(tr("%1 (missing)").arg(actions[i]->text()));
            }
        });
}

void RoomMenu::onRoomOpened(const QString& path)
{
    rememberRoom(path);
    if (path != m_syncer->roomPath())
        m_window->jobs()->note(QString());
    // Windows of the room before would act on the wrong room.
    for (QDialog* d :
         {static_cast<QDialog*>(m_feedsDialog.data()), static_cast<QDialog*>(m_trayDialog.data()),
          static_cast<QDialog*>(m_rulesDialog.data()), static_cast<QDialog*>(m_searchDialog.data()),
          static_cast<QDialog*>(m_followUpsDialog.data())})
        if (d)
            d->close();
    if (m_importDialog && !m_importDialog->isImporting())
        m_importDialog->close();
    m_syncer->setRoom(path);
    m_autoSyncRoom = path;
    updateEnabled();
}

void RoomMenu::onWallReady()
{
    if (m_autoSyncRoom.isEmpty() || m_autoSyncRoom != m_window->roomPath())
        return;
    const QString room = m_autoSyncRoom;
    m_autoSyncRoom.clear();
    QTimer::singleShot(kAutoSyncDelayMs, this, [this, room] {
        if (room != m_window->roomPath())
            return;
        m_syncer->refresh();
        m_syncer->syncAll(true);
    });
}

void RoomMenu::newRoom()
{
    auto* dialog = new NewRoomDialog(m_window->roomPath(), m_window->theme(), m_window);
    connect(dialog, &NewRoomDialog::chosen, this, [this](const NewRoomChoice& choice) {
        const QString title = tr("Creating room %1").arg(QFileInfo(choice.path).completeBaseName());
        m_window->jobs()->runWithResult(
            title, [choice](JobControl& job) { return createRoomFile(choice, job); }, this,
            [this](const Result<QString>& made, bool) {
                if (!made) {
                    m_window->jobs()->note(made.error().toString());
                    return;
                }
                m_window->openRoom(*made);
            });
    });
    dialog->open();
}

void RoomMenu::openRoomFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open room"),
                                                      settings.value(QLatin1String(kOpenDirKey)).toString(),
                                                      tr("Customer rooms (*.croom);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kOpenDirKey), QFileInfo(path).absolutePath());
    m_window->openRoom(path);
}

// --- Import --------------------------------------------------------------------

ImportDialog* RoomMenu::openImportDialog(const QStringList& paths, const QString& stage)
{
    const QString room = m_window->roomPath();
    if (room.isEmpty()) {
        m_window->jobs()->note(tr("Open or create a room first (Room menu), then import files into it."));
        return nullptr;
    }
    if (!m_importDialog || m_importDialog->isImporting()) {
        m_importDialog = new ImportDialog(room, m_window->jobs(), m_window->theme(), m_window);
        m_importDialog->setTrayAvailable(hasTrayDialogs());
        m_importDialog->setImportedHandler(
            [this, room](const ImportBatch& batch) { afterImport(room, batch, QString()); });
        connect(m_importDialog, &ImportDialog::trayRequested, this, &RoomMenu::openTray);
        m_importDialog->showSized();
    } else {
        m_importDialog->show();
        m_importDialog->raise();
        m_importDialog->activateWindow();
    }
    if (!paths.isEmpty())
        m_importDialog->addFiles(paths, stage);
    return m_importDialog;
}

void RoomMenu::importDropped(const QStringList& paths, const QString& stage)
{
    if (paths.isEmpty())
        return;
    // A room file dropped on the wall opens it.
    if (paths.size() == 1 &&
        QFileInfo(paths.first()).suffix().compare(QLatin1String("croom"), Qt::CaseInsensitive) == 0) {
        m_window->openRoom(paths.first());
        return;
    }
    const QString room = m_window->roomPath();
    if (stage.isEmpty() || room.isEmpty()) {
        openImportDialog(paths, stage);
        return;
    }
    // Onto a stage: import at once when every file's kind is clear; else let a person look.
    runInBackground(
        this,
        [paths] {
            QVector<KindGuess> guesses;
            for (const QString& p : paths)
                guesses << guessKind(p);
            return guesses;
        },
        [this, room, stage, paths](const QVector<KindGuess>& guesses) {
            if (room != m_window->roomPath())
                return;
            QVector<ImportRequest> requests;
            for (const KindGuess& g : guesses) {
                if (!g.kind || !g.error.isEmpty()) {
                    openImportDialog(paths, stage);
                    return;
                }
                ImportRequest r;
                r.path = g.path;
                r.options.kind = *g.kind;
                r.options.stage = stage;
                requests << r;
            }
            const QString title =
                requests.size() == 1
                    ? tr("Importing %1 into %2").arg(QFileInfo(paths.first()).fileName(), stage)
                    : tr("Importing %1 files into %2").arg(requests.size()).arg(stage);
            m_window->jobs()->runWithResult(
                title, [room, requests](JobControl& job) { return importFiles(room, requests, job); }, this,
                [this, room, stage](ImportBatch batch, bool cancelled) {
                    // A job dropped from the queue never ran: say it was cancelled.
                    batch.cancelled |= cancelled && batch.files.isEmpty() && batch.openError.isEmpty();
                    afterImport(room, batch, stage);
                });
        });
}

void RoomMenu::afterImport(const QString& room, const ImportBatch& batch, const QString& stage)
{
    m_window->jobs()->note(batchNote(batch, stage));
    reloadIf(room);
    // A dropped file with rejects or a refusal shows why, as the dialog would.
    if (!stage.isEmpty() &&
        (batch.rejected() > 0 || batch.refusedFiles() > 0 || !batch.openError.isEmpty()) &&
        room == m_window->roomPath()) {
        auto* dialog = openImportDialog();
        if (dialog)
            dialog->showSummary(batch);
    }
}

// --- Feeds, tray, rules ----------------------------------------------------------

FeedsDialog* RoomMenu::openFeedsDialog()
{
    const QString room = m_window->roomPath();
    if (room.isEmpty())
        return nullptr;
    if (!m_feedsDialog) {
        m_feedsDialog = new FeedsDialog(room, m_window->jobs(), m_syncer, m_window->theme(), m_window);
        connect(m_feedsDialog, &FeedsDialog::feedsChanged, m_syncer, &FeedSyncer::refresh);
    }
    m_feedsDialog->show();
    m_feedsDialog->raise();
    m_feedsDialog->activateWindow();
    return m_feedsDialog;
}

void RoomMenu::syncAllFeeds()
{
    m_syncer->syncAll(false);
}

void RoomMenu::openTray()
{
#if CR_HAS_TRAY_DIALOGS
    const QString room = m_window->roomPath();
    if (room.isEmpty())
        return;
    if (!m_trayDialog) {
        auto* dialog = new UnassignedDialog(room, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &UnassignedDialog::changed, this, [this, room] { reloadIf(room); });
        m_trayDialog = dialog;
    }
    m_trayDialog->show();
    m_trayDialog->raise();
    m_trayDialog->activateWindow();
#endif
}

void RoomMenu::openSearch()
{
    const QString room = m_window->roomPath();
    if (room.isEmpty())
        return;
    if (!m_searchDialog) {
        auto* dialog = new SearchDialog(room, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SearchDialog::playCallAt, m_window, [this](qint64 callId, double seconds) {
            // The player starts where the words are spoken.
            CallClip from;
            from.callId = callId;
            from.startSeconds = seconds;
            from.endSeconds = seconds + 40;
            m_window->playCall(callId, -1, from);
        });
        connect(dialog, &SearchDialog::newFixRequested, m_window, &WallWindow::editFix);
        m_searchDialog = dialog;
    }
    m_searchDialog->show();
    m_searchDialog->raise();
    m_searchDialog->activateWindow();
}

void RoomMenu::openFollowUps(std::optional<qint64> stageId)
{
    const QString room = m_window->roomPath();
    if (room.isEmpty())
        return;
    auto* dialog = qobject_cast<FollowUpsDialog*>(m_followUpsDialog.data());
    if (!dialog) {
        dialog = new FollowUpsDialog(room, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FollowUpsDialog::changed, this, [this, room] { reloadIf(room); });
        connect(dialog, &FollowUpsDialog::newFixRequested, m_window, &WallWindow::editFix);
        m_followUpsDialog = dialog;
    }
    if (stageId)
        dialog->showStage(*stageId);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void RoomMenu::openRules()
{
#if CR_HAS_TRAY_DIALOGS
    const QString room = m_window->roomPath();
    if (room.isEmpty())
        return;
    if (!m_rulesDialog) {
        auto* dialog = new RulesDialog(room, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RulesDialog::changed, this, [this, room] { reloadIf(room); });
        m_rulesDialog = dialog;
    }
    m_rulesDialog->show();
    m_rulesDialog->raise();
    m_rulesDialog->activateWindow();
#endif
}

} // namespace cr::ui
