// The fixes board and the fix editor (issue 12, point 2) as a person uses
// them: cards dropped into another column, keys, removal and its undo, a new
// fix with evidence found by search and its baseline captured, a fix made
// from a complaint in one action, overdue fixes in red on the wall.
#include "OpenWall.h"

#include "drill/ComplaintsDialog.h"
#include "fixes/FixCardModel.h"
#include "fixes/FixEditor.h"
#include "fixes/FixesBoard.h"
#include "fixes/RoomWriteQueue.h"
#include "player/CallPlayer.h"
#include "player/CallPlayerDialog.h"
#include "player/ClipPanel.h"
#include "store/ClipStore.h"
#include "followups/FollowUpsDialog.h"
#include "followups/InboxPage.h"
#include "priorities/HurtModel.h"
#include "priorities/PrioritiesDialog.h"
#include "store/FixStore.h"
#include "wall/WallView.h"
#include "wall/WallWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cr;

namespace {

Fix storedFix(const QString& room, RowId id)
{
    auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
    if (!store)
        return {};
    auto fix = FixStore(**store).fix(id);
    return fix ? *fix : Fix{};
}

int storedFixCount(const QString& room)
{
    auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
    auto fixes = store ? FixStore(**store).fixes() : Result<QVector<Fix>>(Error(QString()));
    return fixes ? int(fixes->size()) : -1;
}

// Drops `fixId` onto a column's empty space below its cards, as a mouse would.
void dropOnColumn(QListView* view, RowId fixId)
{
    QMimeData mime;
    mime.setData(QLatin1String(ui::FixCardModel::kMimeType), QByteArray::number(fixId));
    const QPoint at(view->viewport()->width() / 2, view->viewport()->height() - 5);
    QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
}

} // namespace

class FixesTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_room = m_dir.filePath(QStringLiteral("demo-%1.croom").arg(++m_count));
        auto store = test::makeDemoRoomFile(m_room, QDate::currentDate().addMonths(-1));
        QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().toString()));
        m_window = test::openWallWindow(m_room, Period::month(QDate::currentDate().addMonths(-1)), QSize(1600, 1000));
        QVERIFY(m_window->hasWall());
    }

    void cleanup() { m_window.reset(); }

    void aCardDroppedOnAnotherColumnMovesAndUndoMovesItBack()
    {
        ui::FixesBoard* board = m_window->openFixesBoard();
        QVERIFY(board);
        QTRY_VERIFY(!board->isLoading());
        for (FixStatus s : {FixStatus::Proposed, FixStatus::InProgress, FixStatus::Done, FixStatus::Verified})
            new QAbstractItemModelTester(board->column(s), QAbstractItemModelTester::FailureReportingMode::QtTest, board);
        QVERIFY(board->column(FixStatus::Proposed)->rowCount() >= 1);
        QVERIFY(board->column(FixStatus::Verified)->rowCount() >= 1);
        const RowId id = board->column(FixStatus::Proposed)->card(0)->fix.id;
        const int inProgress = board->column(FixStatus::InProgress)->rowCount();

        dropOnColumn(board->columnView(FixStatus::InProgress), id);
        QTRY_VERIFY_WITH_TIMEOUT(storedFix(m_room, id).status == FixStatus::InProgress, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(board->column(FixStatus::InProgress)->rowCount(), inProgress + 1, 10000);
        QCOMPARE(board->column(FixStatus::InProgress)->rowOf(id), inProgress); // dropped below the others

        m_window->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(storedFix(m_room, id).status == FixStatus::Proposed, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(board->column(FixStatus::Proposed)->rowOf(id), 0, 10000);

        // Ctrl+→ moves the selected card on; reaching done records the day.
        board->activateWindow();
        QTRY_VERIFY(!board->isLoading());
        ui::FixCardModel* proposed = board->column(FixStatus::Proposed);
        board->columnView(FixStatus::Proposed)->setCurrentIndex(proposed->index(proposed->rowOf(id)));
        QTest::keyClick(board->columnView(FixStatus::Proposed), Qt::Key_Right, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(storedFix(m_room, id).status == FixStatus::InProgress, 10000);
    }

    void editingACardTwiceOpensOneEditor()
    {
        ui::FixesBoard* board = m_window->openFixesBoard();
        QTRY_VERIFY(!board->isLoading());
        board->columnView(FixStatus::Proposed)->setCurrentIndex(board->column(FixStatus::Proposed)->index(0));
        board->editSelected();
        board->editSelected();
        QTRY_COMPARE(m_window->findChildren<ui::FixEditor*>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
    }

    void removingACardCanBeUndone()
    {
        ui::FixesBoard* board = m_window->openFixesBoard();
        QTRY_VERIFY(!board->isLoading());
        const ui::FixCard card = *board->column(FixStatus::Verified)->card(0);
        const int before = storedFixCount(m_room);
        board->columnView(FixStatus::Verified)->setCurrentIndex(board->column(FixStatus::Verified)->index(0));
        board->removeSelected();
        QTRY_COMPARE_WITH_TIMEOUT(storedFixCount(m_room), before - 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(board->column(FixStatus::Verified)->rowOf(card.fix.id), -1, 10000);
        m_window->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(storedFixCount(m_room), before, 10000);
        const Fix back = storedFix(m_room, card.fix.id);
        QCOMPARE(back.title, card.fix.title);
        QVERIFY(back.status == FixStatus::Verified);
        QCOMPARE(back.evidence.size(), card.fix.evidence.size());
        QCOMPARE(back.result, card.fix.result);
        QTRY_COMPARE_WITH_TIMEOUT(board->column(FixStatus::Verified)->rowOf(card.fix.id), 0, 10000);
    }

    void aNewFixLinksEvidenceFoundBySearchAndCapturesItsBaseline()
    {
        ui::FixesBoard* board = m_window->openFixesBoard();
        QTRY_VERIFY(!board->isLoading());
        const int before = storedFixCount(m_room);
        board->newFix();
        ui::FixEditor* editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<ui::FixEditor*>()) != nullptr);
        QTRY_VERIFY(editor->isReady());
        editor->titleEdit()->setText(QStringLiteral("Text the customer when the engineer is 30 minutes away"));
        editor->stageBox()->setCurrentIndex(editor->stageBox()->findText(QStringLiteral("Get connected")));
        editor->metricBox()->setCurrentIndex(editor->metricBox()->findData(QStringLiteral("nps")));
        QCOMPARE(editor->ownerBox()->currentText(), QStringLiteral("Field Engineering")); // the stage's owner
        QTest::keyClicks(editor->evidenceSearch(), QStringLiteral("engineer never"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->evidenceHits()->count() > 0, 10000);
        editor->evidenceHits()->item(0)->setCheckState(Qt::Checked);
        editor->findChild<QPushButton*>(QStringLiteral("linkEvidenceButton"))->click();
        QCOMPARE(editor->evidenceList()->count(), 1);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(storedFixCount(m_room), before + 1, 10000);

        auto store = RoomStore::open(m_room, RoomStore::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        auto fixes = FixStore(**store).fixes();
        QVERIFY(fixes.ok());
        const auto made = std::find_if(fixes->begin(), fixes->end(), [](const Fix& f) {
            return f.title.startsWith(QStringLiteral("Text the customer"));
        });
        QVERIFY(made != fixes->end());
        QVERIFY(made->status == FixStatus::Proposed);
        QCOMPARE(made->metric, QStringLiteral("nps"));
        QVERIFY(made->baseline.has_value());     // captured when created
        QVERIFY(made->baselineN.value_or(0) > 30); // the demo's Get connected answers
        QCOMPARE(made->evidence.size(), 1);
        QVERIFY(made->evidence[0].kind == EvidenceKind::Complaint);
        store->reset();

        // Undo removes it, redo brings the same fix back.
        const RowId id = made->id;
        m_window->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(storedFixCount(m_room), before, 10000);
        m_window->undoStack()->redo();
        QTRY_COMPARE_WITH_TIMEOUT(storedFixCount(m_room), before + 1, 10000);
        QCOMPARE(storedFix(m_room, id).title, made->title);
    }

    void aComplaintBecomesAFixInOneAction()
    {
        const auto& stages = m_window->snapshot()->stages;
        int help = -1;
        for (int i = 0; i < stages.size(); ++i)
            if (stages[i].report.stage.name == QStringLiteral("Get help"))
                help = i;
        QVERIFY(help >= 0);
        emit m_window->wallView()->complaintsClicked(help, QString()); // a click on the stage's complaints
        ui::ComplaintsDialog* complaints = nullptr;
        QTRY_VERIFY((complaints = m_window->findChild<ui::ComplaintsDialog*>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(complaints->isLoaded(), 10000);
        complaints->table()->setCurrentIndex(complaints->table()->model()->index(0, 0));
        QVERIFY(complaints->newFixButton()->isEnabled());
        complaints->newFixButton()->click();
        ui::FixEditor* editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<ui::FixEditor*>()) != nullptr);
        QTRY_VERIFY(editor->isReady());
        QCOMPARE(editor->stageBox()->currentText(), QStringLiteral("Get help"));
        QCOMPARE(editor->evidenceList()->count(), 1);
        // The evidence reads as what the customer said, not as a number.
        QVERIFY2(editor->evidenceList()->item(0)->text().contains(QChar(0x201c)),
                 qPrintable(editor->evidenceList()->item(0)->text()));
        QVERIFY(!editor->titleEdit()->text().isEmpty());
        const Fix fix = editor->editedFix();
        QVERIFY(fix.evidence[0].kind == EvidenceKind::Complaint);
        QVERIFY(fix.ownerDepartmentId != 0);
    }

    void theHurtRankingShowsItsFormulaAndMakesAFixFromARow()
    {
        ui::PrioritiesDialog* priorities = m_window->openPriorities();
        QVERIFY(priorities);
        new QAbstractItemModelTester(priorities->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     priorities);
        QCOMPARE(priorities->model()->rowCount(), 7); // the demo's stages
        QVERIFY(priorities->formulaLabel()->text().contains(QStringLiteral("0.35")));
        // Worst first: the hurt never rises down the table.
        for (int r = 1; r < priorities->model()->rowCount(); ++r)
            QVERIFY(priorities->model()->row(r - 1)->hurt >= priorities->model()->row(r)->hurt);
        priorities->showKind(HurtRow::Kind::Category);
        QVERIFY(priorities->model()->rowCount() > 7);
        priorities->table()->selectRow(0);
        const QString category = priorities->model()->row(0)->name;
        priorities->newFixButton()->click();
        ui::FixEditor* editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<ui::FixEditor*>()) != nullptr);
        QTRY_VERIFY(editor->isReady());
        QCOMPARE(editor->titleEdit()->text(), category);
        QCOMPARE(editor->stageBox()->currentText(), priorities->model()->row(0)->stageName);
        priorities->showKind(HurtRow::Kind::Moment);
        QVERIFY(priorities->model()->rowCount() >= 7);
    }

    void aFollowUpBecomesAFixWithItsEvidence()
    {
        m_window->findChild<QAction*>(QStringLiteral("followUpsAction"))->trigger();
        ui::FollowUpsDialog* followUps = nullptr;
        QTRY_VERIFY((followUps = m_window->findChild<ui::FollowUpsDialog*>()) != nullptr);
        ui::InboxPage* inbox = followUps->inboxPage();
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isLoading() && inbox->currentFollowUp().has_value(), 10000);
        const auto fix = inbox->fixFromCurrent();
        QVERIFY(fix.has_value());
        QVERIFY(!fix->evidence.isEmpty());
        QCOMPARE(fix->stageId, inbox->currentFollowUp()->stageId);
        QVERIFY(inbox->newFixButton()->isEnabled());
        inbox->newFixButton()->click();
        ui::FixEditor* editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<ui::FixEditor*>()) != nullptr);
        QTRY_VERIFY(editor->isReady());
        QCOMPARE(editor->evidenceList()->count(), fix->evidence.size());
    }

    void aClipBecomesAFixFromThePlayer()
    {
        std::optional<CallClip> featured;
        {
            auto store = RoomStore::open(m_room, RoomStore::OpenMode::OpenExisting);
            QVERIFY(store.ok());
            auto clips = ClipStore(**store).featuredClips();
            QVERIFY(clips.ok() && !clips->isEmpty());
            featured = clips->first().clip;
        }
        m_window->playCall(featured->callId);
        ui::CallPlayerDialog* player = m_window->player();
        QVERIFY(player);
        ui::ClipPanel* clips = player->player()->clipPanel();
        // The call's clips arrive from a worker: wait until the featured one can be chosen.
        QTRY_VERIFY_WITH_TIMEOUT((clips->selectClip(featured->id), clips->list()->currentRow() >= 0), 10000);
        auto* button = clips->findChild<QPushButton*>(QStringLiteral("newFixFromClip"));
        QVERIFY(button);
        QTRY_VERIFY2(button->isEnabled(), qPrintable(QStringLiteral("rows %1, current %2")
                                                         .arg(clips->list()->count())
                                                         .arg(clips->list()->currentRow())));
        button->click();
        ui::FixEditor* editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<ui::FixEditor*>()) != nullptr);
        QTRY_VERIFY(editor->isReady());
        const Fix fix = editor->editedFix();
        QCOMPARE(fix.evidence.size(), 1);
        QVERIFY(fix.evidence[0].kind == EvidenceKind::Clip);
        QVERIFY(editor->evidenceList()->item(0)->text().contains(QStringLiteral("clip"), Qt::CaseInsensitive));
    }

    void anOverdueFixIsRedOnTheWall()
    {
        // The demo's part-month-charge fix was due at the end of the month before last.
        const auto labels = m_window->wallView()->findChildren<QWidget*>(QStringLiteral("overdueFix"));
        QVERIFY(!labels.isEmpty());
        ui::FixesBoard* board = m_window->openFixesBoard();
        QTRY_VERIFY(!board->isLoading());
        QVERIFY(board->summary()->text().contains(QStringLiteral("overdue")));
        bool found = false;
        for (int r = 0; r < board->column(FixStatus::InProgress)->rowCount(); ++r)
            found = found || board->column(FixStatus::InProgress)->card(r)->overdue;
        QVERIFY(found);
    }

private:
    QTemporaryDir m_dir;
    QString m_room;
    int m_count = 0;
    std::unique_ptr<ui::WallWindow> m_window;
};

QTEST_MAIN(FixesTest)
#include "test_fixes.moc"
