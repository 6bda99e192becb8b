#pragma once
// The "Room" menu of the wall's top bar: new room, open, recent rooms,
// import, feeds, sync, the Unassigned tray and the mapping rules. It also
// keeps the open room's feeds flowing (FeedSyncer) and takes files dropped
// on the wall. Everything that reads or writes the room runs on the
// window's job runner or a worker; this class only wires and decides.

#include "common/Theme.h"

#include <QPointer>
#include <QToolButton>

class QDialog;
class QMenu;

namespace cr::ui {

class FeedSyncer;
class FeedsDialog;
class ImportDialog;
class WallWindow;
struct ImportBatch;

class RoomMenu : public QToolButton
{
    Q_OBJECT
public:
    explicit RoomMenu(WallWindow* window);

    void setTheme(const Theme& theme);
    FeedSyncer* syncer() const { return m_syncer; }
    QMenu* recentMenu() const { return m_recent; }

    // Files dropped on a stage (stage named) or elsewhere on the wall.
    void importDropped(const QStringList& paths, const QString& stage = {});
    ImportDialog* openImportDialog(const QStringList& paths = {}, const QString& stage = {});
    FeedsDialog* openFeedsDialog();
    void newRoom();
    void openRoomFile();
    void openTray();
    void openRules();
    void openSearch();
    // The follow-up inboxes and department pages; on a stage's follow-ups when one is given.
    void openFollowUps(std::optional<qint64> stageId = std::nullopt);
    void syncAllFeeds();

    static QStringList recentRooms();
    static void rememberRoom(const QString& path);
    static void forgetRecentRooms();
    static bool hasTrayDialogs();

private:
    void buildMenu();
    void rebuildRecent();
    void onRoomOpened(const QString& path);
    void onWallReady();
    void afterImport(const QString& room, const ImportBatch& batch, const QString& stage);
    void updateEnabled();
    void reloadIf(const QString& room);

    WallWindow* m_window;
    QMenu* m_menu;
    QMenu* m_recent;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_import = nullptr;
    QAction* m_feeds = nullptr;
    QAction* m_sync = nullptr;
    QAction* m_tray = nullptr;
    QAction* m_rules = nullptr;
    FeedSyncer* m_syncer;
    QString m_autoSyncRoom; // opened; its feeds sync once the wall is painted
    QPointer<ImportDialog> m_importDialog;
    QPointer<FeedsDialog> m_feedsDialog;
    QPointer<QDialog> m_trayDialog;
    QPointer<QDialog> m_rulesDialog;
    QPointer<QDialog> m_searchDialog;
    QAction* m_search = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_followUps = nullptr;
    QPointer<QDialog> m_followUpsDialog;
    QAction* m_board = nullptr;
    QAction* m_setupAction = nullptr;
    QAction* m_prioritiesAction = nullptr;
    quint64 m_recentGeneration = 0;
};

} // namespace cr::ui
