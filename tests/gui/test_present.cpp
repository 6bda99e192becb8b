// The monthly review on the big display, offscreen against a real demo room:
// F5 and the presenter keys, the tour's dwell and pause, the agenda's pages
// and the review it records, masking, black screen, 4 m type at 4K, a custom
// period; and the wall defects found by trying it as a new user (category
// drill-down, a bad file while a room is open, the first frame, one window
// per drill-down, type at 4K, pinned stage names, the artifact viewer).

#include "OpenWall.h"
#include "common/ClickableFrame.h"
#include "common/TextLabel.h"
#include "demo/DemoRoom.h"
#include "drill/ArtifactDialog.h"
#include "drill/ComplaintsDialog.h"
#include "drill/DrillDialog.h"
#include "present/AgendaPages.h"
#include "present/PresentationView.h"
#include "store/ReviewStore.h"
#include "wall/WallView.h"
#include "wall/WallWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QPdfWriter>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace cr;
using namespace cr::ui;

namespace {
const QDate kLastMonth(2026, 10, 1);
const Period kPeriod = Period::month(kLastMonth);

// What a screen says: its labels and the wall's own text widgets.
QStringList visibleTexts(const QWidget* root)
{
    QStringList out;
    const auto labels = root->findChildren<QLabel*>();
    for (const QLabel* l : labels)
        if (l->isVisible() && !l->text().isEmpty())
            out << l->text();
    const auto texts = root->findChildren<TextLabel*>();
    for (const TextLabel* t : texts)
        if (t->isVisible() && !t->text().isEmpty())
            out << t->text();
    return out;
}

bool anyMaskToken(const QStringList& texts)
{
    for (const QString& t : texts)
        for (const char* token : {"[e-mail]", "[phone]", "[card]", "[account]", "[postcode]"})
            if (t.contains(QLatin1String(token)))
                return true;
    return false;
}
} // namespace

class PresentTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void f5EntersPresentationWithAKeyHintAndEscLeaves();
    void presenterKeysMoveTheScreensNotThePeriod();
    void tourAdvancesByItsDwellAndAnyKeyPauses();
    void blackScreenAndBack();
    void agendaRunsOpeningStagesCelebrationRecord();
    void recordedReviewCarriesItsDecisionsToTheNextAgenda();
    void maskingIsOnUntilThePresenterTurnsItOff();
    void presentationTypeIsReadableFrom4mAt4k();
    void customPeriodShowsItsRange();
    void categoryOpensTheDrillDownOnThatCategory();
    void aFileThatIsNotARoomLeavesTheOpenRoomOpen();
    void firstFrameIsNotAnEmptyRoom();
    void drillDownsOpenOnceAndReadAt4k();
    void stageNamesStayPinnedWhenTheWallScrollsDown();
    void artifactViewerPagesAndZooms();
    void viewerClosesWhenAnotherRoomOpens();
    void cleanupTestCase();

private:
    std::unique_ptr<WallWindow> openWall(const QString& path, QSize size = {1920, 1080});
    QString copyOfRoom(const QString& name);
    QTemporaryDir m_dir;
    QString m_roomPath;
};

void PresentTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_roomPath = m_dir.filePath(QStringLiteral("demo.croom"));
    auto store = test::makeDemoRoomFile(m_roomPath, kLastMonth);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
}

QString PresentTest::copyOfRoom(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_roomPath, path))
        return {};
    return path;
}

std::unique_ptr<WallWindow> PresentTest::openWall(const QString& path, QSize size)
{
    return test::openWallWindow(path, kPeriod, size);
}

void PresentTest::f5EntersPresentationWithAKeyHintAndEscLeaves()
{
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(window->isPresentation());
    QVERIFY(window->isFullScreen());
    PresentationView* present = window->presentationView();
    QVERIFY(present->isVisible());
    QCOMPARE(present->screen(), PresentationView::Screen::Wall);
    QVERIFY(present->isKeyHintVisible()); // the keys, for a moment
    QTRY_VERIFY_WITH_TIMEOUT(!present->isKeyHintVisible(), 6000);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!window->isPresentation());
    QVERIFY(!window->isFullScreen());
    QVERIFY(window->wallView()->isVisible());
}

void PresentTest::presenterKeysMoveTheScreensNotThePeriod()
{
    auto window = openWall(m_roomPath);
    window->setPresentation(true, false);
    PresentationView* present = window->presentationView();
    const int stages = int(window->snapshot()->stages.size());
    QTest::keyClick(window.get(), Qt::Key_Right); // from the headline wall into the tour
    QCOMPARE(present->screen(), PresentationView::Screen::Tour);
    QCOMPARE(present->tourStage(), 0);
    QVERIFY(!present->isTourRunning()); // by hand: arrows do not start the clock
    QTest::keyClick(window.get(), Qt::Key_PageDown); // presenter remotes send PgDn/PgUp
    QCOMPARE(present->tourStage(), 1);
    QTest::keyClick(window.get(), Qt::Key_Right);
    QCOMPARE(present->tourStage(), 2);
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    QCOMPARE(present->tourStage(), 1);
    QTest::keyClick(window.get(), Qt::Key_Left);
    QTest::keyClick(window.get(), Qt::Key_Left); // wraps to the last stage
    QCOMPARE(present->tourStage(), stages - 1);
    QCOMPARE(window->period(), kPeriod); // PgUp/PgDn never change the period here
    QTest::keyClick(window.get(), Qt::Key_Escape); // tour -> headline wall
    QCOMPARE(present->screen(), PresentationView::Screen::Wall);
    QVERIFY(window->isPresentation());
}

void PresentTest::tourAdvancesByItsDwellAndAnyKeyPauses()
{
    const QString path = copyOfRoom(QStringLiteral("dwell.croom"));
    QVERIFY(!path.isEmpty());
    {
        auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        auto stages = (*store)->stages();
        QVERIFY(stages.ok());
        for (const Stage& stage : *stages)
            QVERIFY((*store)->setTourDwell(stage.id, 3).ok());
    }
    auto window = openWall(path);
    window->setPresentation(true, false);
    PresentationView* present = window->presentationView();
    QTest::keyClick(window.get(), Qt::Key_T);
    QCOMPARE(present->screen(), PresentationView::Screen::Tour);
    QVERIFY(present->isTourRunning());
    const int first = present->tourStage();
    QTRY_COMPARE_WITH_TIMEOUT(present->tourStage(), first + 1, 5000); // 3 s on each stage
    QTest::keyClick(window.get(), Qt::Key_X); // any key pauses
    QVERIFY(!present->isTourRunning());
    QTest::qWait(3500);
    QCOMPARE(present->tourStage(), first + 1);
    QTest::keyClick(window.get(), Qt::Key_Space); // Space resumes on the stage on screen
    QCOMPARE(present->tourStage(), first + 1);
    QVERIFY(present->isTourRunning());
    QTRY_COMPARE_WITH_TIMEOUT(present->tourStage(), first + 2, 5000);
    // + gives the stage on screen 5 s more, kept in the room for the next meeting.
    QTest::keyClick(window.get(), Qt::Key_Space); // pause
    const RowId stageId = window->snapshot()->stages[present->tourStage()].report.stage.id;
    QTest::keyClick(window.get(), Qt::Key_Plus);
    QTest::keyClick(window.get(), Qt::Key_Plus);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto store = RoomStore::open(path, RoomStore::OpenMode::ReadOnly);
            auto stages = store ? (*store)->stages() : Result<QVector<Stage>>(store.error());
            if (!stages)
                return false;
            for (const Stage& s : *stages)
                if (s.id == stageId)
                    return s.tourDwellSeconds == 13;
            return false;
        }(),
        5000);
}

void PresentTest::blackScreenAndBack()
{
    auto window = openWall(m_roomPath);
    window->setPresentation(true, false);
    PresentationView* present = window->presentationView();
    QTest::keyClick(window.get(), Qt::Key_B);
    QVERIFY(present->isBlack());
    const QImage black = present->grab().toImage();
    QCOMPARE(black.pixelColor(black.width() / 2, black.height() / 2), QColor(Qt::black));
    QTest::keyClick(window.get(), Qt::Key_Period); // any key brings the picture back
    QVERIFY(!present->isBlack());
    QCOMPARE(present->screen(), PresentationView::Screen::Wall);
}

void PresentTest::agendaRunsOpeningStagesCelebrationRecord()
{
    auto window = openWall(m_roomPath);
    window->setPresentation(true, false);
    PresentationView* present = window->presentationView();
    QTest::keyClick(window.get(), Qt::Key_A);
    QCOMPARE(present->screen(), PresentationView::Screen::Agenda);
    QCOMPARE(present->agendaPage(), 1);
    QTRY_VERIFY(present->findChild<AgendaOpeningPage*>());
    const int stages = int(window->snapshot()->stages.size());
    QCOMPARE(present->agendaPageCount(), stages + 3);
    QTest::keyClick(window.get(), Qt::Key_Right);
    QCOMPARE(present->agendaPage(), 2);
    // The first stage's page names it.
    const QString firstStage = window->snapshot()->stages.first().report.stage.name;
    QTRY_VERIFY(visibleTexts(present).join(QLatin1Char('\n')).contains(firstStage));
    QTest::keyClick(window.get(), Qt::Key_C);
    QCOMPARE(present->agendaPage(), stages + 2);
    QTRY_VERIFY(present->findChild<CelebrationPage*>());
    // The demo verified fixes since its last review: they are celebrated with before and after.
    const QString texts = visibleTexts(present).join(QLatin1Char('\n'));
    QVERIFY2(texts.contains(QStringLiteral("→")), qPrintable(texts));
    QTest::keyClick(window.get(), Qt::Key_End);
    QCOMPARE(present->agendaPage(), stages + 3);
    QTRY_VERIFY(present->findChild<ReviewRecordPage*>());
    // An earlier decision is ticked done with a click (the tick is a glyph of the text's size).
    auto* earlier = present->findChild<QListWidget*>(QStringLiteral("openDecisions"));
    QVERIFY(earlier && earlier->count() > 0);
    QVERIFY(earlier->item(0)->text().startsWith(QStringLiteral("☐")));
    QTest::mouseClick(earlier->viewport(), Qt::LeftButton, {}, earlier->visualItemRect(earlier->item(0)).center());
    QVERIFY(earlier->item(0)->text().startsWith(QStringLiteral("☑")));
    QCOMPARE(present->session().closed.size(), 1);
    QCOMPARE(present->session().closed.cbegin().value(), DecisionStatus::Done);
    QTest::keyClick(window.get(), Qt::Key_Right); // the last page stays
    QCOMPARE(present->agendaPage(), stages + 3);
    QTest::keyClick(window.get(), Qt::Key_Home);
    QCOMPARE(present->agendaPage(), 1);
}

void PresentTest::recordedReviewCarriesItsDecisionsToTheNextAgenda()
{
    const QString path = copyOfRoom(QStringLiteral("review.croom"));
    auto window = openWall(path);
    window->setPresentation(true, false);
    PresentationView* present = window->presentationView();
    const Stage& stage = window->snapshot()->stages[2].report.stage;
    ReviewDecision decision;
    decision.text = QStringLiteral("Field Engineering to text the arrival window the day before.");
    decision.stageId = stage.id;
    present->session().decisions.append(decision);
    present->session().attendees = {QStringLiteral("Jonathan Hale (CEO)"), QStringLiteral("Priya Shah")};
    present->session().notes = QStringLiteral("Played the install call; room agreed the window is the problem.");
    window->showAgenda(present->agendaPageCount());
    auto* record = present->findChild<ReviewRecordPage*>();
    QVERIFY(record);
    QSignalSpy saved(window.get(), &WallWindow::reviewSaved);
    emit record->saveRequested();
    QVERIFY(saved.wait(10000));
    {
        auto store = RoomStore::open(path, RoomStore::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        ReviewStore reviews(**store);
        auto last = reviews.lastReview();
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*last)->heldOn, QDate::currentDate());
        QVERIFY((*last)->attendees.contains(QStringLiteral("Priya Shah")));
        auto open = reviews.openDecisions();
        QVERIFY(open.ok());
        bool found = false;
        for (const ReviewDecision& d : *open)
            found = found || (d.text == decision.text && d.stageId == stage.id);
        QVERIFY(found);
    }
    // A second Save records nothing twice.
    emit record->saveRequested();
    QTest::qWait(300);
    QCOMPARE(saved.count(), 1);
    // Opened again the same day (a restart mid-meeting), the agenda is the
    // same: it still starts from the review before this one.
    auto again = openWall(path);
    auto* reopened = again->presentationView();
    QTRY_VERIFY(reopened->hasData());
    again->setPresentation(true, false);
    again->showCelebration();
    QTRY_VERIFY(reopened->findChild<CelebrationPage*>());
    QTRY_VERIFY(!reopened->findChildren<TextLabel*>(QStringLiteral("beforeAfter")).isEmpty());
    // The next meeting starts from it: the stage's page lists the decision.
    {
        auto store = RoomStore::open(path, RoomStore::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        auto wall = buildWallSnapshot(**store, Period::month(kLastMonth.addMonths(1)));
        QVERIFY(wall.ok());
        auto next = buildAgenda(**store, *wall, QDate::currentDate().addMonths(1));
        QVERIFY(next.ok());
        QVERIFY(next->lastReview && next->lastReview->heldOn == QDate::currentDate());
        bool listed = false;
        for (const AgendaStage& page : next->stages)
            for (const ReviewDecision& d : page.decisions)
                listed = listed || d.text == decision.text;
        QVERIFY(listed);
    }
}

void PresentTest::maskingIsOnUntilThePresenterTurnsItOff()
{
    auto window = openWall(m_roomPath);
    window->setPresentation(true, false);
    PresentationView* present = window->presentationView();
    QVERIFY(present->masking());
    // Find a stage page whose quotes carry personal data: masked, then shown.
    int masked = -1;
    for (int i = 0; i < window->snapshot()->stages.size() && masked < 0; ++i) {
        window->showTour(i, false);
        QTest::qWait(50);
        if (anyMaskToken(visibleTexts(present)))
            masked = i;
    }
    QVERIFY2(masked >= 0, "the demo's quotes should hold an account number or a phone number");
    QTest::keyClick(window.get(), Qt::Key_M);
    QVERIFY(!present->masking());
    QCOMPARE(present->tourStage(), masked);
    QTRY_VERIFY(!anyMaskToken(visibleTexts(present)));
    QTest::keyClick(window.get(), Qt::Key_M);
    QVERIFY(present->masking());
    QTRY_VERIFY(anyMaskToken(visibleTexts(present)));
}

void PresentTest::presentationTypeIsReadableFrom4mAt4k()
{
    auto window = openWall(m_roomPath, {3840, 2160});
    window->setPresentation(true, false);
    PresentationView* present = window->presentationView();
    auto check = [&](const char* screen) {
        QTest::qWait(50); // a new page's widgets are shown from the event loop
        int checked = 0;
        auto verify = [&](const QString& text, int pixels) {
            ++checked;
            QVERIFY2(pixels >= 53, qPrintable(QStringLiteral("%1: '%2' is %3 px")
                                                  .arg(QLatin1String(screen), text.left(40))
                                                  .arg(pixels)));
        };
        const auto labels = present->findChildren<QLabel*>();
        for (const QLabel* l : labels)
            if (l->isVisible() && !l->text().trimmed().isEmpty() && l->objectName() != QLatin1String("keyHint"))
                verify(l->text(), l->fontInfo().pixelSize());
        const auto texts = present->findChildren<TextLabel*>();
        for (const TextLabel* t : texts)
            if (t->isVisible() && !t->text().trimmed().isEmpty())
                verify(t->text(), QFontInfo(t->textFont()).pixelSize());
        QVERIFY2(checked > 5, qPrintable(QStringLiteral("%1: %2 texts of %3 labels, %4 text widgets")
                                               .arg(QLatin1String(screen))
                                               .arg(checked)
                                               .arg(labels.size())
                                               .arg(texts.size())));
    };
    check("headline wall");
    window->showTour(0, false);
    check("tour");
    window->showAgenda(1);
    check("agenda opening");
    window->showCelebration();
    check("celebration");
}

void PresentTest::customPeriodShowsItsRange()
{
    auto window = openWall(m_roomPath);
    const Period custom = Period::custom(QDate(2026, 9, 15), QDate(2026, 10, 14));
    QSignalSpy ready(window.get(), &WallWindow::wallReady);
    window->setPeriod(custom);
    QVERIFY(ready.wait(10000));
    QCOMPARE(window->snapshot()->period, custom);
    // Compared with the 30 days before it.
    const Comparison& c = window->snapshot()->comparison;
    QVERIFY(c.previous.to.has_value());
    QCOMPARE(*c.previous.to, QDate(2026, 9, 14));
    auto* label = window->findChild<QLabel*>(QStringLiteral("periodLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("15")) && label->text().contains(QStringLiteral("14")),
             qPrintable(label->text()));
}

void PresentTest::categoryOpensTheDrillDownOnThatCategory()
{
    auto window = openWall(m_roomPath);
    const StageWall* stage = nullptr;
    for (const StageWall& s : window->snapshot()->stages)
        if (s.categories.size() >= 2 && s.categories[1].count > 0)
            stage = &s;
    QVERIFY(stage);
    const CategoryTrend& second = stage->categories[1];
    auto* row = window->findChild<ClickableFrame*>(QStringLiteral("complaintCategory:%1").arg(second.category));
    QVERIFY(row);
    QTest::mouseClick(row, Qt::LeftButton);
    ComplaintsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ComplaintsDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->categoryFilter(), second.category);
    QCOMPARE(dialog->visibleRows(), second.count);
    // The selected complaint is readable whole, however long.
    QVERIFY(!dialog->shownText().trimmed().isEmpty());
    QVERIFY(dialog->shownText().length() > 40);
    // Another category reuses the same window.
    auto* first = window->findChild<ClickableFrame*>(
        QStringLiteral("complaintCategory:%1").arg(stage->categories[0].category));
    QTest::mouseClick(first, Qt::LeftButton);
    QTRY_COMPARE(dialog->categoryFilter(), stage->categories[0].category);
    QCOMPARE(window->findChildren<ComplaintsDialog*>().size(), 1);
}

void PresentTest::aFileThatIsNotARoomLeavesTheOpenRoomOpen()
{
    auto window = openWall(m_roomPath);
    QVERIFY(window->hasWall());
    const QString name = window->snapshot()->roomName;
    const QString garbage = m_dir.filePath(QStringLiteral("notes.croom"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are my meeting notes, not a room.\n");
    f.close();
    QSignalSpy failed(window.get(), &WallWindow::roomFailed);
    window->openRoom(garbage);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("notes.croom")));
    QVERIFY(window->hasWall());
    QVERIFY(!window->hasRoomError());
    QCOMPARE(window->roomPath(), QFileInfo(m_roomPath).absoluteFilePath());
    QVERIFY(window->windowTitle().contains(name));
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("openFailedBox")));
    // An empty file is refused too, and never turned into a room.
    const QString empty = m_dir.filePath(QStringLiteral("empty.croom"));
    QFile e(empty);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.close();
    window->openRoom(empty);
    QVERIFY(failed.wait(5000));
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(window->hasWall());
}

void PresentTest::firstFrameIsNotAnEmptyRoom()
{
    WallWindow window;
    window.resize(1280, 800);
    window.show();
    window.openRoom(m_roomPath);
    // Until the room is read the window says it is opening, never "no stages".
    auto* noStages = window.findChild<QWidget*>(QStringLiteral("noStages"));
    QVERIFY(!noStages || !noStages->isVisible());
    auto* loading = window.findChild<QWidget*>(QStringLiteral("roomLoading"));
    QVERIFY(loading && loading->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.hasWall(), 20000);
    QVERIFY(!loading->isVisible());
}

void PresentTest::drillDownsOpenOnceAndReadAt4k()
{
    auto window = openWall(m_roomPath, {3840, 2160});
    WallView* wall = window->wallView();
    emit wall->stageClicked(0);
    emit wall->stageClicked(0); // a double click
    emit wall->npsClicked(0);
    emit wall->npsClicked(0);
    emit wall->complaintsClicked(0, QString());
    QCoreApplication::processEvents();
    const auto dialogs = window->findChildren<DrillDialog*>(QString(), Qt::FindDirectChildrenOnly);
    QCOMPARE(dialogs.size(), 3);
    QTRY_VERIFY(window->findChild<ComplaintsDialog*>()->isLoaded());
    for (DrillDialog* d : dialogs) {
        int checked = 0;
        const auto widgets = d->findChildren<QWidget*>();
        for (const QWidget* w : widgets) {
            const bool text = qobject_cast<const QLabel*>(w) || w->inherits("QAbstractButton") ||
                              w->inherits("QLineEdit") || w->inherits("QComboBox") || w->inherits("QTableView");
            if (!w->isVisible() || !text)
                continue;
            ++checked;
            QVERIFY2(w->fontInfo().pixelSize() >= 24,
                     qPrintable(QStringLiteral("%1 %2 (%3): %4 px")
                                    .arg(d->objectName(), w->objectName(),
                                         QString::fromLatin1(w->metaObject()->className()))
                                    .arg(w->fontInfo().pixelSize())));
        }
        QVERIFY(checked > 0);
    }
}

void PresentTest::stageNamesStayPinnedWhenTheWallScrollsDown()
{
    auto window = openWall(m_roomPath, {1280, 720});
    auto* scroll = window->wallView()->scrollArea();
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    auto* pinned = window->findChild<QWidget*>(QStringLiteral("pinnedStageNames"));
    QVERIFY(pinned);
    QVERIFY(!pinned->isVisible());
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QVERIFY(pinned->isVisible());
    // It paints each stage's name over its own column (this crashed when the wall scrolled).
    const QImage strip = window->grab().toImage();
    QVERIFY(!strip.isNull());
    scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
    QVERIFY(!window->grab().toImage().isNull());
    QCOMPARE(pinned->mapTo(window.get(), QPoint(0, 0)).y(),
             scroll->viewport()->mapTo(window.get(), QPoint(0, 0)).y());
    scroll->verticalScrollBar()->setValue(0);
    QVERIFY(!pinned->isVisible());
}

void PresentTest::artifactViewerPagesAndZooms()
{
    // A three-page letter, as a real import would store it.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter p(&writer);
        for (int page = 1; page <= 3; ++page) {
            if (page > 1)
                writer.newPage();
            p.setFont(QFont(QStringLiteral("DejaVu Sans"), 24));
            p.drawText(QRect(0, 0, writer.width(), writer.height() / 4), Qt::AlignCenter,
                       QStringLiteral("Your new price, page %1").arg(page));
        }
    }
    const QString path = copyOfRoom(QStringLiteral("letters.croom"));
    Artifact letter;
    {
        auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        auto sha = (*store)->putMedia(pdf, QStringLiteral("application/pdf"));
        QVERIFY(sha.ok());
        letter.title = QStringLiteral("Price change letter (3 pages)");
        letter.kind = ArtifactKind::Letter;
        letter.mediaSha256 = *sha;
        auto stages = (*store)->stages();
        QVERIFY(stages.ok());
        letter.stageId = stages->last().id;
        auto id = (*store)->addArtifact(letter);
        QVERIFY(id.ok());
        letter.id = *id;
    }
    QWidget parent;
    parent.resize(1920, 1080);
    auto* viewer = ArtifactDialog::showFor(path, {letter}, 0, Theme::forWindowHeight(1080, false), &parent);
    QSignalSpy shown(viewer, &ArtifactDialog::pageShown);
    QVERIFY(shown.wait(10000));
    QCOMPARE(viewer->pageCount(), 3);
    QCOMPARE(viewer->page(), 0);
    QVERIFY(viewer->hasImage());
    // Drawn for the window, not a thumbnail scaled up.
    const QSize fit = viewer->imageSize();
    QVERIFY2(fit.height() > 500, qPrintable(QStringLiteral("%1x%2").arg(fit.width()).arg(fit.height())));
    QTest::keyClick(viewer, Qt::Key_PageDown);
    QVERIFY(shown.wait(10000));
    QCOMPARE(viewer->page(), 1);
    QTest::keyClick(viewer, Qt::Key_End);
    QVERIFY(shown.wait(10000));
    QCOMPARE(viewer->page(), 2);
    QTest::keyClick(viewer, Qt::Key_Plus);
    QVERIFY(shown.wait(10000));
    QVERIFY(viewer->zoom() > 1.0);
    QVERIFY(viewer->imageSize().height() > fit.height()); // drawn again, sharper, not stretched
    QCOMPARE(viewer->page(), 2);
    QTest::keyClick(viewer, Qt::Key_0);
    QVERIFY(shown.wait(10000));
    QVERIFY(qAbs(viewer->imageSize().height() - fit.height()) <= 2); // back to fit (the bar may move a pixel)
    viewer->close();
}

void PresentTest::viewerClosesWhenAnotherRoomOpens()
{
    auto window = openWall(m_roomPath);
    int stage = -1;
    for (int i = 0; i < window->snapshot()->stages.size() && stage < 0; ++i)
        if (!window->snapshot()->stages[i].artifacts.isEmpty())
            stage = i;
    QVERIFY(stage >= 0);
    emit window->wallView()->artifactClicked(stage, 0);
    QPointer<ArtifactDialog> viewer = window->findChild<ArtifactDialog*>();
    QVERIFY(viewer);
    QSignalSpy shown(viewer.data(), &ArtifactDialog::pageShown);
    QVERIFY(shown.wait(10000));
    const QString other = copyOfRoom(QStringLiteral("other.croom"));
    QSignalSpy opened(window.get(), &WallWindow::roomOpened);
    window->openRoom(other);
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY(viewer.isNull() || !viewer->isVisible());
}

void PresentTest::cleanupTestCase()
{
    // Loads still running on workers end before the rooms' folder goes.
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_MAIN(PresentTest)
#include "test_present.moc"
