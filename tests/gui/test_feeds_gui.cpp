// Getting evidence into a room from the GUI alone: a file dropped on a stage
// panel lands on that stage; the import dialog previews rejects in red; a
// cancelled import leaves the room as it was; the feeds window's models
// pass Qt's model tester; a watched folder feed brings new files in by
// itself; the Room menu builds a room from a shipped template.

#include "OpenWall.h"
#include "feeds/FeedKeychain.h"
#include "feeds/FeedListModel.h"
#include "feeds/FeedSyncer.h"
#include "feeds/FeedsDialog.h"
#include "feeds/ImportDialog.h"
#include "feeds/ImportOptionsForm.h"
#include "feeds/ImportPreviewPane.h"
#include "feeds/ImportSummaryView.h"
#include "feeds/PreviewModel.h"
#include "feeds/RunLogModel.h"
#include "jobs/JobBar.h"
#include "jobs/JobRunner.h"
#include "report/WallSnapshot.h"
#include "room/NewRoomDialog.h"
#include "room/RoomMenu.h"
#include "room/RoomTemplate.h"
#include "store/FeedStore.h"
#include "wall/Lane.h"
#include "wall/StagePanel.h"
#include "wall/WallView.h"
#include "wall/WallWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <atomic>

using namespace cr;
using namespace cr::ui;

namespace {

const QByteArray kTemplate = R"({"name": "Feeds test room",
  "stages": [{"name": "Join"}, {"name": "Get help"}, {"name": "Pay"}]})";

QDate lastMonth()
{
    const QDate d = QDate::currentDate().addMonths(-1);
    return QDate(d.year(), d.month(), 1);
}

QString day(int n)
{
    return lastMonth().addDays(n - 1).toString(Qt::ISODate);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

qint64 complaintRows(const QString& room)
{
    auto store = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    if (!store)
        return -1;
    auto n = (*store)->rowCount(QStringLiteral("complaint"));
    return n ? *n : -1;
}

int complaintTotal(const WallWindow& window, const QString& stage)
{
    if (!window.snapshot())
        return -1;
    for (const StageWall& s : window.snapshot()->stages)
        if (s.report.stage.name == stage)
            return s.report.complaints.total;
    return -1;
}

// What Qt does for a drag from the file manager: the widget under the
// pointer that accepts drops gets enter and move (and drop, if asked).
struct Drag
{
    QMimeData mime;
    QWidget* target = nullptr;
    QPoint local;

    Drag(QWidget* window, QPoint pos, const QStringList& files)
    {
        QList<QUrl> urls;
        for (const QString& f : files)
            urls << QUrl::fromLocalFile(f);
        mime.setUrls(urls);
        target = window->childAt(pos);
        if (!target)
            target = window;
        while (target && !target->acceptDrops())
            target = target->parentWidget();
        if (target)
            local = target->mapFrom(window, pos);
    }
    bool hover()
    {
        if (!target)
            return false;
        QDragEnterEvent enter(local, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(local, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        return move.isAccepted();
    }
    bool drop()
    {
        QDropEvent event(QPointF(local), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &event);
        return event.isAccepted();
    }
};

} // namespace

class FeedsGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jobRunnerRunsInOrderAndCancelsQueuedJobs();
    void fileDroppedOnStagePanelLandsOnThatStage();
    void fileOfUnknownKindDroppedOnStageOpensImportDialog();
    void previewShowsRejectedRowsInRed();
    void mappingDropdownsOfferTheirColumns();
    void cancellingLongImportLeavesRoomUnchanged();
    void feedsDialogListsFeedsAndTheirLog();
    void watchedFolderFeedBringsNewFilesIn();
    void watchedFileFeedTakesTheFileWhenReplaced();
    void newRoomFromShippedTemplate();
    void roomMenuHasItsActionsAndShortcuts();
    void keychainKeyNamesRoomAndFeed();

private:
    QString makeRoom(const QString& name);
    std::unique_ptr<WallWindow> openWall(const QString& room);
    QTemporaryDir m_dir;
};

void FeedsGuiTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // settings and app data of the test's own
    QCoreApplication::setOrganizationName(QStringLiteral("CustomerRoomTests"));
    QCoreApplication::setApplicationName(QStringLiteral("gui-feeds-tests"));
    RoomMenu::forgetRecentRooms();
}

QString FeedsGuiTest::makeRoom(const QString& name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".croom"));
    auto store = RoomStore::open(path, RoomStore::OpenMode::CreateNew);
    if (!store)
        return {};
    auto t = parseRoomTemplate(kTemplate, QStringLiteral("test"));
    if (!t || !applyRoomTemplate(**store, *t))
        return {};
    return path;
}

std::unique_ptr<WallWindow> FeedsGuiTest::openWall(const QString& room)
{
    return test::openWallWindow(room, Period::month(lastMonth()), {1600, 900});
}

void FeedsGuiTest::jobRunnerRunsInOrderAndCancelsQueuedJobs()
{
    JobRunner runner;
    QStringList order;
    std::atomic<bool> release{false};
    QSignalSpy finished(&runner, &JobRunner::finished);
    QSignalSpy progressed(&runner, &JobRunner::progressed);
    const int first = runner.run(
        QStringLiteral("first"),
        [&release](JobControl& job) {
            job.progress(0.5, QStringLiteral("halfway"));
            while (!release.load() && !job.isCancelled())
                QThread::msleep(5);
        },
        nullptr,
        [&order](bool cancelled) {
            order << (cancelled ? QStringLiteral("first cancelled") : QStringLiteral("first"));
        });
    const int second = runner.run(
        QStringLiteral("second"), [](JobControl&) {}, nullptr,
        [&order](bool cancelled) {
            order << (cancelled ? QStringLiteral("second cancelled") : QStringLiteral("second"));
        });
    const int third = runner.runWithResult(
        QStringLiteral("third"), [](JobControl&) { return 42; }, nullptr,
        [&order](int value, bool) { order << QStringLiteral("third %1").arg(value); });
    QVERIFY(runner.isBusy());
    QCOMPARE(runner.currentId(), first);
    QCOMPARE(runner.queuedTitles(), (QStringList{QStringLiteral("second"), QStringLiteral("third")}));
    // Progress reaches the GUI thread, from the worker, as a queued update.
    QTRY_VERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.first().at(2).toString(), QStringLiteral("halfway"));
    runner.cancel(second); // dropped from the queue before it ran
    QCOMPARE(order, QStringList{QStringLiteral("second cancelled")});
    release.store(true);
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(order, (QStringList{QStringLiteral("second cancelled"), QStringLiteral("first"),
                                 QStringLiteral("third 42")}));
    QVERIFY(!runner.isBusy());
    Q_UNUSED(third);
}

void FeedsGuiTest::fileDroppedOnStagePanelLandsOnThatStage()
{
    const QString room = makeRoom(QStringLiteral("drop"));
    QVERIFY(!room.isEmpty());
    auto window = openWall(room);
    QVERIFY(window->hasWall());
    QCOMPARE(complaintTotal(*window, QStringLiteral("Get help")), 0);

    const QString csv = m_dir.filePath(QStringLiteral("help-desk.csv"));
    QVERIFY(writeFile(csv, QStringLiteral("id,received_at,channel,category,text\n"
                                          "T-1,%1,phone,Billing,Charged twice for October\n"
                                          "T-2,%2,email,Billing,Refund never arrived\n"
                                          "T-3,%3,web,Outage,No internet since Monday\n")
                               .arg(day(3), day(9), day(15))
                               .toUtf8()));

    // Aim at the complaints cell of "Get help", as a person would.
    WallView* wall = window->wallView();
    StagePanel* panel = wall->panel(1);
    QVERIFY(panel);
    QWidget* cell = wall->cell(1, Lane::Complaints);
    QVERIFY(cell);
    const QPoint pos = cell->mapTo(window.get(), cell->rect().center());
    Drag drag(window.get(), pos, {csv});
    QVERIFY(drag.target);
    QVERIFY(drag.hover());
    QVERIFY(panel->isDropHighlighted()); // the panel shows where the file goes
    if (const QByteArray dir = qgetenv("CR_SCREENSHOT_DIR"); !dir.isEmpty())
        window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/drop-highlight.png"));
    QVERIFY(!wall->panel(0)->isDropHighlighted()); // and only that one
    QSignalSpy ready(window.get(), &WallWindow::wallReady);
    QVERIFY(drag.drop());
    QVERIFY(!panel->isDropHighlighted());
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && complaintTotal(*window, QStringLiteral("Get help")) == 3,
                             20000);
    QCOMPARE(complaintTotal(*window, QStringLiteral("Join")), 0);
    QVERIFY(window->findChildren<ImportDialog*>().isEmpty()); // nothing to ask: no dialog
    QTRY_VERIFY(window->jobBar()->noteText().contains(QStringLiteral("Get help")));
    // The panel's own widgets say so too.
    QWidget* complaints = window->findChild<QWidget*>(QStringLiteral("complaints:Get help"));
    QVERIFY(complaints);
}

void FeedsGuiTest::fileOfUnknownKindDroppedOnStageOpensImportDialog()
{
    const QString room = makeRoom(QStringLiteral("unknown-kind"));
    auto window = openWall(room);
    QVERIFY(window->hasWall());
    const QString csv = m_dir.filePath(QStringLiteral("mystery.csv"));
    QVERIFY(writeFile(csv, "Opened,Customer said,Where\n2026-10-01,Too slow,Web\n"));
    QWidget* cell = window->wallView()->cell(2, Lane::Complaints);
    Drag drag(window.get(), cell->mapTo(window.get(), cell->rect().center()), {csv});
    QVERIFY(drag.hover());
    QVERIFY(drag.drop());
    // The columns say nothing we know: a person maps them in the import dialog, stage preset.
    QTRY_COMPARE(window->findChildren<ImportDialog*>().size(), 1);
    ImportDialog* dialog = window->findChildren<ImportDialog*>().first();
    QCOMPARE(dialog->fileCount(), 1);
    QTRY_COMPARE(dialog->form()->stageBox()->currentData().toString(), QStringLiteral("Pay"));
    QCOMPARE(complaintRows(room), 0);
    dialog->close();
}

void FeedsGuiTest::previewShowsRejectedRowsInRed()
{
    const QString room = makeRoom(QStringLiteral("preview"));
    JobRunner jobs;
    ImportDialog dialog(room, &jobs, Theme::standard(), nullptr);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    QAbstractItemModelTester tester(dialog.previewPane()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString csv = m_dir.filePath(QStringLiteral("with-bad-row.csv"));
    QVERIFY(writeFile(csv, QStringLiteral("received_at,text,status\n"
                                          "%1,Fine complaint,open\n"
                                          "yesterday-ish,Date nobody can read,open\n"
                                          "%2,Another fine one,closed\n")
                               .arg(day(2), day(4))
                               .toUtf8()));
    dialog.show();
    QSignalSpy previewed(dialog.previewPane(), &ImportPreviewPane::previewed);
    dialog.addFiles({csv});
    QVERIFY(previewed.wait(10000));
    PreviewModel* model = dialog.previewPane()->model();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(!model->isRejected(0));
    QVERIFY(model->isRejected(1));
    QVERIFY(!model->isRejected(2));
    // Red, and not by colour alone: the row says "Rejected" and why, with its line.
    const QColor background = model->index(1, 1).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(background.isValid());
    QVERIFY(background.red() > background.green() && background.red() > background.blue());
    QVERIFY(!model->index(0, 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->index(1, 1).data().toString().startsWith(QStringLiteral("Rejected")));
    QVERIFY(model->index(1, 1).data().toString().contains(QStringLiteral("yesterday-ish")));
    QVERIFY(model->index(1, 0).data().toString().contains(QStringLiteral("3"))); // line 3 of the file
    QVERIFY(dialog.previewPane()->bannerText().isEmpty());
    QCOMPARE(complaintRows(room), 0); // a preview writes nothing
    dialog.close();
}

void FeedsGuiTest::mappingDropdownsOfferTheirColumns()
{
    const QString room = makeRoom(QStringLiteral("mapping"));
    JobRunner jobs;
    ImportDialog dialog(room, &jobs, Theme::standard(), nullptr);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    const QString csv = m_dir.filePath(QStringLiteral("their-columns.csv"));
    QVERIFY(
        writeFile(csv, QStringLiteral("Opened,Customer said,Where\n%1,Too slow,web\n%2,Rude agent,phone\n")
                           .arg(day(5), day(6))
                           .toUtf8()));
    dialog.show();
    QSignalSpy previewed(dialog.previewPane(), &ImportPreviewPane::previewed);
    dialog.addFiles({csv});
    QVERIFY(previewed.wait(10000));
    // Refused as it is, with what to do; the required fields offer their columns.
    QTRY_VERIFY(!dialog.previewPane()->bannerText().isEmpty());
    QVERIFY(dialog.previewPane()->bannerText().contains(QStringLiteral("Columns in the file")));
    QTRY_VERIFY(dialog.form()->mappingBox(QStringLiteral("received_at")));
    QComboBox* when = dialog.form()->mappingBox(QStringLiteral("received_at"));
    QComboBox* text = dialog.form()->mappingBox(QStringLiteral("text"));
    QVERIFY(text);
    QVERIFY(when->findData(QStringLiteral("Opened")) > 0);
    previewed.clear();
    when->setCurrentIndex(when->findData(QStringLiteral("Opened")));
    text->setCurrentIndex(text->findData(QStringLiteral("Customer said")));
    QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty() && dialog.previewPane()->bannerText().isEmpty(), 10000);
    QCOMPARE(dialog.previewPane()->model()->rowCount(), 2);
    QCOMPARE(dialog.previewPane()->model()->rejectedRows(), 0);
    // Importing with that mapping writes the rows.
    QVERIFY(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 20000);
    QCOMPARE(complaintRows(room), 2);
    QVERIFY(dialog.summaryView()->toPlainText().contains(QStringLiteral("2 imported")));
    dialog.close();
}

void FeedsGuiTest::cancellingLongImportLeavesRoomUnchanged()
{
    const QString room = makeRoom(QStringLiteral("cancel"));
    QCOMPARE(complaintRows(room), 0);
    const QString csv = m_dir.filePath(QStringLiteral("long.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,received_at,channel,category,text\n");
        QByteArray chunk;
        for (int i = 0; i < 400000; ++i) {
            chunk += QStringLiteral("C-%1,%2,phone,Billing,Complaint number %1 about a bill\n")
                         .arg(i)
                         .arg(day(1 + i % 28))
                         .toUtf8();
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    JobRunner jobs;
    ImportDialog dialog(room, &jobs, Theme::standard(), nullptr);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    dialog.addFiles({csv});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 10000);
    QSignalSpy progressed(&jobs, &JobRunner::progressed);
    dialog.importButton()->click();
    QVERIFY(dialog.isImporting());
    // Cancel in the middle, with thousands of rows already written in the open transaction.
    auto halfway = [&] {
        for (const QList<QVariant>& p : std::as_const(progressed))
            if (p.at(1).toDouble() >= 0.2)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(halfway(), 60000);
    QVERIFY(dialog.isImporting());
    jobs.cancel(jobs.currentId());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 30000);
    QCOMPARE(complaintRows(room), 0); // rolled back: not one row of the file
    QVERIFY(dialog.summaryView()->toPlainText().contains(QStringLiteral("Cancelled")));
    dialog.close();
}

void FeedsGuiTest::feedsDialogListsFeedsAndTheirLog()
{
    const QString room = makeRoom(QStringLiteral("feeds"));
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + QStringLiteral("/week1.csv"),
                      QStringLiteral("id,received_at,text\nA-1,%1,Slow refund\nA-2,not a date,Broken row\n")
                          .arg(day(2))
                          .toUtf8()));
    {
        auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        Feed feed;
        feed.name = QStringLiteral("Help desk exports");
        feed.kind = ImportKind::Complaints;
        feed.location = folder;
        QVERIFY(FeedStore(**store).add(feed).ok());
    }
    auto window = openWall(room);
    QVERIFY(window->hasWall());
    FeedsDialog* dialog = window->roomMenu()->openFeedsDialog();
    QVERIFY(dialog);
    QAbstractItemModelTester feedTester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester logTester(dialog->logModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    QCOMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(dialog->model()->index(0, FeedListModel::Name).data().toString(),
             QStringLiteral("Help desk exports"));
    QCOMPARE(dialog->model()->index(0, FeedListModel::Location).data().toString(), folder);

    // The room opening already synced it in the background; "Sync now" again finds nothing new.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->logModel()->rowCount() == 1, 20000);
    QCOMPARE(complaintRows(room), 1);
    QTRY_VERIFY(dialog->model()
                    ->index(0, FeedListModel::LastResult)
                    .data()
                    .toString()
                    .contains(QStringLiteral("1 rejected")));
    QTRY_VERIFY(dialog->rejectsText().contains(QStringLiteral("week1.csv:3:")));
    QSignalSpy loaded(dialog, &FeedsDialog::loaded);
    dialog->syncSelected();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(complaintRows(room), 1);
    QTRY_VERIFY(window->jobBar()->noteText().contains(QStringLiteral("up to date")));
    dialog->close();
}

void FeedsGuiTest::watchedFolderFeedBringsNewFilesIn()
{
    const QString room = makeRoom(QStringLiteral("watch"));
    const QString folder = m_dir.filePath(QStringLiteral("watched"));
    QVERIFY(QDir().mkpath(folder));
    {
        auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        auto stages = (*store)->stages();
        QVERIFY(stages.ok());
        Feed feed;
        feed.name = QStringLiteral("Shop complaints");
        feed.kind = ImportKind::Complaints;
        feed.location = folder;
        feed.stageId = stages->last().id; // Pay
        QVERIFY(FeedStore(**store).add(feed).ok());
    }
    auto window = openWall(room);
    QVERIFY(window->hasWall());
    FeedSyncer* syncer = window->roomMenu()->syncer();
    syncer->setDebounceMs(150);
    QTRY_VERIFY_WITH_TIMEOUT(syncer->watchedPaths().contains(folder), 10000);
    QSignalSpy changed(syncer, &FeedSyncer::evidenceChanged);
    QVERIFY(writeFile(folder + QStringLiteral("/today.csv"),
                      QStringLiteral("id,received_at,text\nS-1,%1,Till broken\nS-2,%2,Queue too long\n")
                          .arg(day(6), day(7))
                          .toUtf8()));
    QVERIFY(changed.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(complaintTotal(*window, QStringLiteral("Pay")), 2, 10000);
    QTRY_VERIFY(window->jobBar()->noteText().contains(QStringLiteral("Shop complaints")));
}

void FeedsGuiTest::watchedFileFeedTakesTheFileWhenReplaced()
{
    const QString room = makeRoom(QStringLiteral("watch-file"));
    const QString folder = m_dir.filePath(QStringLiteral("nightly"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/complaints.csv");
    QVERIFY(writeFile(
        file, QStringLiteral("id,received_at,text,stage\nN-1,%1,Late engineer,Join\n").arg(day(3)).toUtf8()));
    {
        auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        Feed feed;
        feed.name = QStringLiteral("Nightly export");
        feed.kind = ImportKind::Complaints;
        feed.location = file;
        QVERIFY(FeedStore(**store).add(feed).ok());
    }
    auto window = openWall(room);
    QVERIFY(window->hasWall());
    FeedSyncer* syncer = window->roomMenu()->syncer();
    syncer->setDebounceMs(150);
    // Opening the room took the file in, in the background.
    QTRY_COMPARE_WITH_TIMEOUT(complaintTotal(*window, QStringLiteral("Join")), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(syncer->watchedPaths().contains(file), 10000);
    // The exporting system writes a new file beside it and renames it over the old one.
    const QString temp = folder + QStringLiteral("/.complaints.csv.tmp");
    QVERIFY(writeFile(temp, QStringLiteral("id,received_at,text,stage\nN-1,%1,Late engineer,Join\n"
                                           "N-2,%2,Wrong address on file,Join\n")
                                .arg(day(3), day(4))
                                .toUtf8()));
    QSignalSpy changed(syncer, &FeedSyncer::evidenceChanged);
    QVERIFY(QFile::remove(file));
    QVERIFY(QFile::rename(temp, file));
    QVERIFY(changed.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(complaintTotal(*window, QStringLiteral("Join")), 2, 10000);
    // And the replaced file is watched again.
    QTRY_VERIFY_WITH_TIMEOUT(syncer->watchedPaths().contains(file), 10000);
}

void FeedsGuiTest::newRoomFromShippedTemplate()
{
    const QVector<TemplateInfo> templates = shippedTemplates();
    QVERIFY(!templates.isEmpty()); // resources/templates/*.json are compiled into the app
    QVERIFY(templates.first().stages.size() >= 3);

    NewRoomDialog dialog(QString(), Theme::standard(), nullptr);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(dialog.startCount() >= 3); // template(s), blank, demo
    dialog.selectStart(0);
    dialog.nameEdit()->setText(QStringLiteral("Acme journey"));
    QSignalSpy chosen(&dialog, &NewRoomDialog::chosen);
    const QString path = m_dir.filePath(QStringLiteral("acme"));
    QVERIFY(dialog.chooseFile(path));
    QCOMPARE(chosen.size(), 1);
    const auto choice = chosen.first().first().value<NewRoomChoice>();
    QCOMPARE(choice.path, path + QStringLiteral(".croom"));

    JobControl job;
    auto made = createRoomFile(choice, job);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
    auto store = RoomStore::open(*made, RoomStore::OpenMode::ReadOnly);
    QVERIFY(store.ok());
    QCOMPARE((*store)->roomName(), QStringLiteral("Acme journey"));
    QCOMPARE((*store)->stages()->size(), templates.first().stages.size());
    // The open room cannot be overwritten.
    NewRoomDialog again(*made, Theme::standard(), nullptr);
    again.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(!again.chooseFile(*made));
}

void FeedsGuiTest::roomMenuHasItsActionsAndShortcuts()
{
    const QString room = makeRoom(QStringLiteral("menu"));
    auto window = openWall(room);
    QVERIFY(window->hasWall());
    RoomMenu* menu = window->roomMenu();
    QVERIFY(menu->isVisible());
    auto action = [&](const char* name) { return menu->menu()->findChild<QAction*>(QLatin1String(name)); };
    QCOMPARE(action("openRoomAction")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action("importAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(action("syncAction")->shortcut(), QKeySequence(Qt::Key_F9));
    QVERIFY(action("feedsAction"));
    QCOMPARE(action("trayAction")->isVisible(), RoomMenu::hasTrayDialogs());
    // The room is remembered for Open Recent.
    QVERIFY(RoomMenu::recentRooms().contains(QFileInfo(room).absoluteFilePath()));
    // Ctrl+I opens the import dialog, with the room's stages to choose from.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier);
    QTRY_COMPARE(window->findChildren<ImportDialog*>().size(), 1);
    ImportDialog* dialog = window->findChildren<ImportDialog*>().first();
    QTRY_COMPARE(dialog->form()->stageBox()->count(), 4); // by the file, then three stages
    dialog->close();
    // Presentation hides the menu with the other controls.
    window->setPresentation(true, false);
    QVERIFY(!menu->isVisible());
    window->setPresentation(false, false);
    QVERIFY(menu->isVisible());
}

void FeedsGuiTest::keychainKeyNamesRoomAndFeed()
{
    const QString room = m_dir.filePath(QStringLiteral("k.croom"));
    QCOMPARE(keychain::keyFor(room, QStringLiteral("Zendesk")),
             QFileInfo(room).absoluteFilePath() + QStringLiteral("#Zendesk"));
    QCOMPARE(QString::fromLatin1(keychain::kService), QStringLiteral("customer-room"));
    // With a keychain service the credentials come back; without one (headless CI)
    // both calls answer with a sentence naming the keychain, and nothing hangs.
    QObject context;
    bool wrote = false;
    QString writeProblem;
    FeedCredentials token;
    token.token = QStringLiteral("t0ken");
    keychain::write(room, QStringLiteral("Zendesk"), token, &context, [&](const QString& problem) {
        writeProblem = problem;
        wrote = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(wrote, 30000);
    bool read = false;
    FeedCredentials back;
    QString readProblem;
    keychain::read(room, QStringLiteral("Zendesk"), &context,
                   [&](const FeedCredentials& c, const QString& problem) {
                       back = c;
                       readProblem = problem;
                       read = true;
                   });
    QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
    if (writeProblem.isEmpty()) {
        QCOMPARE(back.token, QStringLiteral("t0ken"));
        bool removed = false;
        keychain::remove(room, QStringLiteral("Zendesk"), &context, [&](const QString&) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    } else {
        qInfo("no keychain here: %s", qPrintable(writeProblem));
        QVERIFY(writeProblem.contains(QStringLiteral("keychain")));
        QVERIFY(back.isEmpty());
        QVERIFY(readProblem.isEmpty() || readProblem.contains(QStringLiteral("keychain")));
    }
}

QTEST_MAIN(FeedsGuiTest)
#include "test_feeds_gui.moc"
