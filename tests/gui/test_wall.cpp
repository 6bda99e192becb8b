// The wall on a real demo room: one column per stage, lanes aligned, the
// numbers the snapshot holds, a call that plays, 4K type sizes, and a file
// that is not a room shown as an error instead of a crash.

#include "OpenWall.h"
#include "common/ClickableFrame.h"
#include "common/Format.h"
#include "common/TextLabel.h"
#include "demo/DemoRoom.h"
#include "drill/ComplaintTableModel.h"
#include "drill/ComplaintsDialog.h"
#include "player/CallPlayer.h"
#include "player/CallPlayerDialog.h"
#include "player/WaveformView.h"
#include "report/WallSnapshot.h"
#include "wall/Lane.h"
#include "wall/StagePanel.h"
#include "wall/WallView.h"
#include "wall/WallWindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace cr;
using namespace cr::ui;

namespace {
const QDate kLastMonth(2026, 10, 1);
const Period kPeriod = Period::month(kLastMonth);
} // namespace

class WallTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onePanelPerStageInJourneyOrder();
    void lanesAlignAcrossColumns();
    void npsMatchesSnapshot();
    void sevenStagesFitFullHdWithoutScrolling();
    void playButtonPlaysTheCall();
    void typeScalesAt4k();
    void periodWithoutDataSaysSo();
    void complaintsDrillDownSearches();
    void garbageFileShowsErrorState();
    void missingFileShowsErrorState();
    void roomWithoutStagesSaysWhatToDo();
    void germanCatalogueReachesTheWall();
    void firstRunBuildsTheDemoInTheBackground();
    void presentationHidesTheControls();
    void nineStagesScrollWithPinnedLaneLabels();

private:
    std::unique_ptr<WallWindow> openWall(const QString& path, QSize size = {1920, 1080});
    QTemporaryDir m_dir;
    QString m_roomPath;
    std::unique_ptr<RoomStore> m_store;
    QVector<Stage> m_stages;
};

void WallTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_roomPath = m_dir.filePath(QStringLiteral("demo.croom"));
    auto store = test::makeDemoRoomFile(m_roomPath, kLastMonth);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(store).value();
    auto stages = m_store->stages();
    QVERIFY(stages.ok());
    m_stages = *stages;
    QVERIFY(m_stages.size() >= 5);
}

std::unique_ptr<WallWindow> WallTest::openWall(const QString& path, QSize size)
{
    return test::openWallWindow(path, kPeriod, size);
}

void WallTest::onePanelPerStageInJourneyOrder()
{
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    QCOMPARE(window->snapshot()->period, kPeriod);
    const auto panels = window->findChildren<StagePanel*>();
    QCOMPARE(panels.size(), m_stages.size());
    int lastX = -1;
    for (const Stage& stage : std::as_const(m_stages)) {
        const auto named = window->findChildren<StagePanel*>(QStringLiteral("stagePanel:%1").arg(stage.name));
        QCOMPARE(named.size(), 1);
        QVERIFY(named.first()->isVisible());
        const int x = named.first()->mapTo(window.get(), QPoint(0, 0)).x();
        QVERIFY2(x > lastX, qPrintable(stage.name)); // journey order, left to right
        lastX = x;
    }
}

void WallTest::lanesAlignAcrossColumns()
{
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    int previousLaneTop = -1;
    for (int lane = 0; lane < kLaneCount; ++lane) {
        const QString key = laneKey(static_cast<Lane>(lane));
        int top = -1, height = -1;
        for (const Stage& stage : std::as_const(m_stages)) {
            auto* cell = window->findChild<QWidget*>(QStringLiteral("lane:%1:%2").arg(key, stage.name));
            QVERIFY2(cell, qPrintable(key + QLatin1Char(':') + stage.name));
            QVERIFY(cell->isVisible());
            const QRect r(cell->mapTo(window.get(), QPoint(0, 0)), cell->size());
            if (top < 0) {
                top = r.top();
                height = r.height();
            }
            QCOMPARE(r.top(), top);
            QCOMPARE(r.height(), height);
        }
        QVERIFY2(top > previousLaneTop, qPrintable(key)); // lanes in the fixed order
        previousLaneTop = top;
    }
    // The pinned lane labels sit on the lanes.
    const QVector<QRect> labels = window->wallView()->laneLabels()->labelRects();
    QCOMPARE(labels.size(), kLaneCount);
    auto* scores = window->findChild<QWidget*>(QStringLiteral("lane:scores:%1").arg(m_stages.first().name));
    QCOMPARE(window->wallView()->laneLabels()->mapTo(window.get(), labels[int(Lane::Scores)].topLeft()).y(),
             scores->mapTo(window.get(), QPoint(0, 0)).y());
}

void WallTest::npsMatchesSnapshot()
{
    auto expected = buildWallSnapshot(*m_store, kPeriod);
    QVERIFY(expected.ok());
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    int withNps = 0;
    for (const StageWall& stage : std::as_const(expected->stages)) {
        auto* cell =
            window->findChild<QWidget*>(QStringLiteral("lane:scores:%1").arg(stage.report.stage.name));
        QVERIFY(cell);
        auto* value = cell->findChild<TextLabel*>(QStringLiteral("npsValue"));
        QVERIFY(value);
        const QString want = stage.report.nps ? formatNps(stage.report.nps->score) : noDataDash();
        QCOMPARE(value->text(), want);
        if (stage.report.nps) {
            ++withNps;
            auto* sample = cell->findChild<TextLabel*>(QStringLiteral("npsSample"));
            QVERIFY(sample);
            QVERIFY2(sample->text().contains(QString::number(stage.report.nps->n)),
                     qPrintable(sample->text()));
            QCOMPARE(bool(cell->findChild<QWidget*>(QStringLiteral("lowSample"))),
                     stage.report.nps->lowSample());
        }
    }
    QVERIFY(withNps > 0);
}

void WallTest::sevenStagesFitFullHdWithoutScrolling()
{
    QCOMPARE(m_stages.size(), 7);
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    QScrollArea* scroll = window->wallView()->scrollArea();
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    // Nothing of the wall hides below the window at 1080p.
    QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
    // And the columns are wide enough that nine would not fit.
    const int column = WallView::minimumColumnWidth(window->wallView()->theme());
    QVERIFY(9 * column > scroll->viewport()->width());
}

void WallTest::playButtonPlaysTheCall()
{
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    const StageWall* stage = nullptr;
    for (const StageWall& s : window->snapshot()->stages)
        if (!s.calls.isEmpty() && !s.calls.first().audioSha256.isEmpty()) {
            stage = &s;
            break;
        }
    QVERIFY(stage);
    const RowId callId = stage->calls.first().id;
    auto* button = window->findChild<ClickableFrame*>(QStringLiteral("playCall:%1").arg(callId));
    QVERIFY(button);
    QVERIFY(!button->toolTip().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(window->player() != nullptr);
    CallPlayer* player = window->player()->player();
    QCOMPARE(player->call().id, callId);
    QVERIFY(!player->call().transcript.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->playbackState() == QMediaPlayer::PlayingState ||
                                 player->mediaPlayer()->position() > 0,
                             5000);
    QVERIFY2(player->errorText().isEmpty(), qPrintable(player->errorText()));
    // The waveform is decoded in the background and arrives while the call plays.
    auto* wave = player->findChild<WaveformView*>(QStringLiteral("waveform"));
    QVERIFY(wave);
    QTRY_VERIFY_WITH_TIMEOUT(wave->peakCount() > 0, 10000);
    player->pause();
}

void WallTest::typeScalesAt4k()
{
    auto window = openWall(m_roomPath, {3840, 2160});
    QVERIFY(window->hasWall());
    QCOMPARE(window->size(), QSize(3840, 2160));
    const Stage& first = m_stages.first();
    auto* header = window->findChild<QWidget*>(QStringLiteral("lane:header:%1").arg(first.name));
    QVERIFY(header);
    auto* name = header->findChild<TextLabel*>(QStringLiteral("stageName"));
    QVERIFY(name);
    QVERIFY2(name->textFont().pixelSize() >= 40, qPrintable(QString::number(name->textFont().pixelSize())));
    auto* scores = window->findChild<QWidget*>(QStringLiteral("lane:scores:%1").arg(first.name));
    auto* nps = scores->findChild<TextLabel*>(QStringLiteral("npsValue"));
    QVERIFY(nps);
    QVERIFY2(nps->textFont().pixelSize() >= 72, qPrintable(QString::number(nps->textFont().pixelSize())));
    // Body text: every piece of text on the wall is at least 24 px.
    const auto labels = window->wallView()->findChildren<TextLabel*>();
    QVERIFY(labels.size() > 50);
    for (TextLabel* label : labels)
        QVERIFY2(label->textFont().pixelSize() >= 24, qPrintable(label->text()));
    const QImage shot = window->grab().toImage();
    QCOMPARE(shot.size(), QSize(3840, 2160));
}

void WallTest::periodWithoutDataSaysSo()
{
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    QSignalSpy ready(window.get(), &WallWindow::wallReady);
    window->setPeriod(Period::month(QDate(2019, 1, 1)));
    QVERIFY(ready.wait(10000));
    for (const Stage& stage : std::as_const(m_stages)) {
        auto* cell = window->findChild<QWidget*>(QStringLiteral("lane:scores:%1").arg(stage.name));
        QVERIFY(cell);
        QCOMPARE(cell->findChild<TextLabel*>(QStringLiteral("npsValue"))->text(), noDataDash());
        bool saysNoData = false;
        for (TextLabel* l : cell->findChildren<TextLabel*>())
            saysNoData = saysNoData || l->text() == noDataText();
        QVERIFY(saysNoData);
    }
}

void WallTest::complaintsDrillDownSearches()
{
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    const StageWall* stage = nullptr;
    for (const StageWall& s : window->snapshot()->stages)
        if (s.report.complaints.total > 3 && !s.categories.isEmpty())
            stage = &s;
    QVERIFY(stage);
    auto* target =
        window->findChild<ClickableFrame*>(QStringLiteral("complaints:%1").arg(stage->report.stage.name));
    QVERIFY(target);
    // The total at the top opens every category.
    QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(target->width() / 4, 8));
    ComplaintsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ComplaintsDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->categoryFilter(), QString());
    QCOMPARE(dialog->visibleRows(), stage->report.complaints.total);
    auto* model = dialog->findChild<ComplaintTableModel*>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const CategoryTrend& top = stage->categories.first();
    QTest::keyClicks(dialog->searchBox(), top.category);
    QTRY_COMPARE(dialog->visibleRows(), top.count);
    dialog->searchBox()->setText(QStringLiteral("no complaint says this zq7x"));
    QCOMPARE(dialog->visibleRows(), 0);
}

void WallTest::garbageFileShowsErrorState()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.croom"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x5A'));
    f.close();
    WallWindow window;
    window.resize(1280, 800);
    window.show();
    window.openRoom(path);
    QTRY_VERIFY(window.hasRoomError());
    QVERIFY(!window.hasWall());
    auto* page = window.findChild<QWidget*>(QStringLiteral("roomError"));
    QVERIFY(page && page->isVisible());
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("openRoomButton"))->isVisible());
    QVERIFY2(window.roomError().contains(QStringLiteral("garbage.croom")), qPrintable(window.roomError()));
    // Still usable: a good room opens in the same window afterwards.
    window.openRoom(m_roomPath);
    QTRY_VERIFY(window.hasWall());
    QVERIFY(!window.hasRoomError());
}

void WallTest::missingFileShowsErrorState()
{
    WallWindow window;
    window.show();
    window.openRoom(m_dir.filePath(QStringLiteral("does-not-exist.croom")));
    QTRY_VERIFY(window.hasRoomError());
    QVERIFY(!window.roomError().isEmpty());
}

void WallTest::roomWithoutStagesSaysWhatToDo()
{
    const QString path = m_dir.filePath(QStringLiteral("no-stages.croom"));
    QVERIFY(RoomStore::open(path, RoomStore::OpenMode::CreateNew).ok());
    auto window = openWall(path, {1280, 800});
    QVERIFY(window->hasWall());
    auto* hint = window->findChild<QLabel*>(QStringLiteral("noStages"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("--template")));
    QVERIFY(window->findChildren<StagePanel*>().isEmpty());
}

void WallTest::germanCatalogueReachesTheWall()
{
    // The .qm built from translations/ must match the contexts tr() uses at run time.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/customer-room_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(laneTitle(Lane::Complaints).toUpper(), QStringLiteral("BESCHWERDEN"));
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    auto* previous = window->findChild<QWidget*>(QStringLiteral("previousPeriod"));
    QVERIFY(previous);
    QCOMPARE(previous->toolTip(), QStringLiteral("Vorheriger Zeitraum"));
    QCOMPARE(Theme::statusWord(metrics::KpiStatus::Green), QStringLiteral("im Ziel"));
    QCOMPARE(Theme::statusWord(metrics::KpiStatus::Red), QStringLiteral("verfehlt"));
    QCoreApplication::removeTranslator(&german);
}

void WallTest::firstRunBuildsTheDemoInTheBackground()
{
    QStandardPaths::setTestModeEnabled(true); // the test's own app-data folder
    const QString path = defaultDemoRoomPath();
    RoomStore::removeRoomFiles(path);
    WallWindow window;
    window.resize(1920, 1080);
    window.show();
    QSignalSpy ready(&window, &WallWindow::wallReady);
    QVERIFY(window.openDefaultDemoRoom());
    // The window answers while the demo is built: the call returns at once.
    QVERIFY(!window.hasWall());
    QVERIFY(ready.wait(60000));
    QVERIFY(window.hasWall());
    QCOMPARE(window.findChildren<StagePanel*>().size(), 7);
    QVERIFY(QFile::exists(path));
    window.close();
    RoomStore::removeRoomFiles(path);
}

void WallTest::presentationHidesTheControls()
{
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    auto* previous = window->findChild<QWidget*>(QStringLiteral("previousPeriod"));
    QVERIFY(previous && previous->isVisible());
    window->setPresentation(true, false);
    QVERIFY(!previous->isVisible());
    // The big-display wall takes the screen: the headline figures of every stage.
    auto* present = window->findChild<QWidget*>(QStringLiteral("presentationView"));
    QVERIFY(present && present->isVisible());
    QVERIFY(!window->findChild<QWidget*>(QStringLiteral("wallScroll"))->isVisible());
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(previous->isVisible());
    QVERIFY(!present->isVisible());
}

void WallTest::nineStagesScrollWithPinnedLaneLabels()
{
    // A copy of the demo room with two more stages: nine columns no longer fit 1920 px.
    const QString path = m_dir.filePath(QStringLiteral("nine.croom"));
    QVERIFY(QFile::copy(m_roomPath, path));
    {
        auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        for (int i = 0; i < 2; ++i) {
            Stage extra;
            extra.name = QStringLiteral("Extra %1").arg(i + 1);
            extra.position = 100 + i;
            QVERIFY((*store)->addStage(extra).ok());
        }
    }
    auto window = openWall(path);
    QVERIFY(window->hasWall());
    QCOMPARE(window->wallView()->stageCount(), 9);
    QScrollBar* bar = window->wallView()->scrollArea()->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);
    auto* labels = window->wallView()->laneLabels();
    auto* firstHeader =
        window->findChild<QWidget*>(QStringLiteral("lane:header:%1").arg(m_stages.first().name));
    const int labelX = labels->mapTo(window.get(), QPoint(0, 0)).x();
    const int columnX = firstHeader->mapTo(window.get(), QPoint(0, 0)).x();
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    QCOMPARE(labels->mapTo(window.get(), QPoint(0, 0)).x(), labelX);       // pinned
    QVERIFY(firstHeader->mapTo(window.get(), QPoint(0, 0)).x() < columnX); // the wall moved
    QVERIFY(labels->isVisible());
    // The new stages have no evidence: their cells say what to do, not 0.
    auto* calls = window->findChild<QWidget*>(QStringLiteral("lane:calls:Extra 1"));
    QVERIFY(calls);
    bool saysWhatToDo = false;
    for (TextLabel* l : calls->findChildren<TextLabel*>())
        saysWhatToDo = saysWhatToDo || l->text().contains(QStringLiteral("drop audio files"));
    QVERIFY(saysWhatToDo);
}

QTEST_MAIN(WallTest)
#include "test_wall.moc"
