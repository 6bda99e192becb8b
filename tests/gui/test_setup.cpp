// Room set-up in the GUI with undo and redo (issue 12, point 1): a new
// company's journey built in the set-up window alone, every edit undone and
// redone through the room's undo stack, and a removed stage whose evidence
// waits in the Unassigned tray until the undo brings it back.
#include "OpenWall.h"

#include "fixes/RoomWriteQueue.h"
#include "setup/DepartmentsPage.h"
#include "setup/JourneyPage.h"
#include "setup/KpisPage.h"
#include "setup/SetupDialog.h"
#include "store/SetupStore.h"
#include "wall/WallWindow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cr;

namespace {

struct RoomState
{
    QStringList stages;
    QStringList departments;
    QStringList kpis;
    int complaintsOnStages = 0;
};

RoomState readRoom(const QString& path)
{
    RoomState state;
    auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
    if (!store)
        return state;
    if (auto stages = (*store)->stages())
        for (const Stage& s : *stages) {
            state.stages << s.name;
            if (auto n = (*store)->complaintTotal(s.id, {}))
                state.complaintsOnStages += *n;
        }
    if (auto departments = (*store)->departments())
        for (const Department& d : *departments)
            state.departments << d.name + QLatin1Char('/') + d.leader;
    if (auto kpis = (*store)->allKpis())
        for (const Kpi& k : *kpis)
            state.kpis << k.name;
    return state;
}

// Waits until the room's writes are done and the window has read it again.
void settle(ui::WallWindow* window, ui::SetupDialog* setup)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window->roomWrites()->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!setup->isLoading(), 10000);
}

} // namespace

class SetupTest : public QObject
{
    Q_OBJECT

private slots:
    void aNewCompanysJourneyIsBuiltInTheGuiAndEveryStepUndoes()
    {
        QTemporaryDir dir;
        const QString room = dir.filePath(QStringLiteral("blank.croom"));
        {
            auto store = RoomStore::open(room, RoomStore::OpenMode::CreateNew);
            QVERIFY(store.ok());
        }
        auto window = std::make_unique<ui::WallWindow>();
        window->resize(1400, 900);
        window->show();
        QSignalSpy opened(window.get(), &ui::WallWindow::roomOpened);
        window->openRoom(room);
        QVERIFY(opened.wait(10000));
        ui::SetupDialog* setup = window->openSetup();
        QVERIFY(setup);
        settle(window.get(), setup);
        QUndoStack* undo = window->undoStack();

        // Departments first: add two, name them and their leaders in place.
        setup->tabs()->setCurrentWidget(setup->departments());
        setup->findChild<QPushButton*>(QStringLiteral("addDepartmentButton"))->click();
        settle(window.get(), setup);
        setup->findChild<QPushButton*>(QStringLiteral("addDepartmentButton"))->click();
        settle(window.get(), setup);
        QTableWidget* table = setup->departments()->table();
        QCOMPARE(table->rowCount(), 2);
        table->item(0, 0)->setText(QStringLiteral("Customer Care"));
        table->item(0, 1)->setText(QStringLiteral("Ann Lee"));
        table->item(1, 0)->setText(QStringLiteral("Billing"));
        settle(window.get(), setup);
        QCOMPARE(readRoom(room).departments, // by name
                 (QStringList{QStringLiteral("Billing/"), QStringLiteral("Customer Care/Ann Lee")}));
        // One undo puts the last renamed department's old name back (the step
        // keeps a copy of the row as it was).
        undo->undo();
        settle(window.get(), setup);
        QCOMPARE(readRoom(room).departments,
                 (QStringList{QStringLiteral("Customer Care/Ann Lee"), QStringLiteral("New department 2/")}));
        undo->redo();
        settle(window.get(), setup);
        QCOMPARE(readRoom(room).departments,
                 (QStringList{QStringLiteral("Billing/"), QStringLiteral("Customer Care/Ann Lee")}));

        // Two stages, renamed, the second owned by Billing.
        ui::JourneyPage* journey = setup->journey();
        setup->tabs()->setCurrentWidget(journey);
        journey->addStage();
        settle(window.get(), setup);
        journey->nameEdit()->setText(QStringLiteral("Get help"));
        emit journey->nameEdit()->editingFinished();
        settle(window.get(), setup);
        journey->addStage();
        settle(window.get(), setup);
        QCOMPARE(journey->stageList()->count(), 2);
        QCOMPARE(journey->stageList()->currentRow(), 1); // the new stage, after the selected one
        journey->nameEdit()->setText(QStringLiteral("Pay"));
        emit journey->nameEdit()->editingFinished();
        journey->ownerBox()->setCurrentIndex(journey->ownerBox()->findText(QStringLiteral("Billing")));
        emit journey->ownerBox()->activated(journey->ownerBox()->currentIndex());
        settle(window.get(), setup);
        QCOMPARE(readRoom(room).stages, (QStringList{QStringLiteral("Get help"), QStringLiteral("Pay")}));

        // A moment of truth, checked as key.
        journey->addMoment();
        settle(window.get(), setup);
        QCOMPARE(journey->momentList()->count(), 1);
        journey->momentList()->item(0)->setCheckState(Qt::Checked);
        settle(window.get(), setup);

        // Maturity for a month: the history shows it.
        journey->maturityBox()->setCurrentIndex(journey->maturityBox()->findData(int(Maturity::Broken)));
        journey->maturityMonth()->setDate(QDate::currentDate().addMonths(-2));
        journey->applyMaturity();
        settle(window.get(), setup);
        QVERIFY(journey->maturityHistory()->text().contains(QStringLiteral("Broken")));

        // A KPI with a target.
        setup->tabs()->setCurrentWidget(setup->kpis());
        setup->kpis()->addKpi();
        settle(window.get(), setup);
        setup->kpis()->nameEdit()->setText(QStringLiteral("Bills questioned"));
        setup->kpis()->targetEdit()->setText(QStringLiteral("3"));
        setup->kpis()->directionBox()->setCurrentIndex(1); // lower is better
        setup->kpis()->save();
        settle(window.get(), setup);
        auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        auto kpis = (*store)->allKpis();
        QVERIFY(kpis.ok());
        QCOMPARE(kpis->size(), 1);
        QCOMPARE(kpis->first().name, QStringLiteral("Bills questioned"));
        QCOMPARE(kpis->first().target, std::optional<double>(3.0));
        QVERIFY(kpis->first().direction == KpiDirection::LowerIsBetter);
        auto moments = (*store)->moments((*(*store)->stages())[1].id);
        QVERIFY(moments.ok());
        QCOMPARE(moments->size(), 1);
        QVERIFY(moments->first().isKey);
        store->reset();

        // Every step undoes, back to the empty room, and redoes to the same room.
        const RoomState built = readRoom(room);
        const int steps = undo->index();
        QVERIFY(steps >= 10);
        while (undo->canUndo()) {
            undo->undo();
            settle(window.get(), setup);
        }
        const RoomState empty = readRoom(room);
        QVERIFY(empty.stages.isEmpty());
        QVERIFY(empty.departments.isEmpty());
        QVERIFY(empty.kpis.isEmpty());
        while (undo->canRedo()) {
            undo->redo();
            settle(window.get(), setup);
        }
        const RoomState again = readRoom(room);
        QCOMPARE(again.stages, built.stages);
        QCOMPARE(again.departments, built.departments);
        QCOMPARE(again.kpis, built.kpis);
    }

    void removingADemoStageSendsItsEvidenceToTheTrayUntilUndone()
    {
        QTemporaryDir dir;
        const QString room = dir.filePath(QStringLiteral("demo.croom"));
        QVERIFY(test::makeDemoRoomFile(room, QDate::currentDate().addMonths(-1)).ok());
        auto window = test::openWallWindow(room, Period::month(QDate::currentDate().addMonths(-1)), QSize(1400, 900));
        ui::SetupDialog* setup = window->openSetup();
        settle(window.get(), setup);
        const RoomState before = readRoom(room);
        QCOMPARE(before.stages.size(), 7);
        ui::JourneyPage* journey = setup->journey();
        journey->stageList()->setCurrentRow(2); // Get connected
        journey->removeStage();
        settle(window.get(), setup);
        const RoomState removed = readRoom(room);
        QCOMPARE(removed.stages.size(), 6);
        QVERIFY(!removed.stages.contains(QStringLiteral("Get connected")));
        QVERIFY(removed.complaintsOnStages < before.complaintsOnStages); // its complaints wait in the tray
        window->undoStack()->undo();
        settle(window.get(), setup);
        const RoomState back = readRoom(room);
        QCOMPARE(back.stages, before.stages);
        QCOMPARE(back.complaintsOnStages, before.complaintsOnStages);

        // Dragging a stage to another place is one undo step too.
        journey->stageList()->setCurrentRow(0);
        // What an internal drop does to the list: the first stage moves before the fifth.
        QVERIFY(journey->stageList()->model()->moveRows(QModelIndex(), 0, 1, QModelIndex(), 4));
        settle(window.get(), setup);
        QCOMPARE(readRoom(room).stages.at(3), before.stages.at(0));
        window->undoStack()->undo();
        settle(window.get(), setup);
        QCOMPARE(readRoom(room).stages, before.stages);
    }

    void aDepartmentThatOwnsFixesIsNotRemoved()
    {
        QTemporaryDir dir;
        const QString room = dir.filePath(QStringLiteral("demo.croom"));
        QVERIFY(test::makeDemoRoomFile(room, QDate::currentDate().addMonths(-1)).ok());
        auto window = test::openWallWindow(room, Period::month(QDate::currentDate().addMonths(-1)), QSize(1400, 900));
        ui::SetupDialog* setup = window->openSetup();
        settle(window.get(), setup);
        const int steps = window->undoStack()->count();
        setup->departments()->table()->setCurrentCell(0, 0);
        setup->departments()->removeDepartment();
        QVERIFY(setup->message()->isVisible());
        QVERIFY(setup->message()->text().contains(QStringLiteral("fixes")));
        QCOMPARE(window->undoStack()->count(), steps); // nothing to undo
    }
};

QTEST_MAIN(SetupTest)
#include "test_setup.moc"
