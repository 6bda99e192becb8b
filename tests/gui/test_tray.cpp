// The Unassigned tray and the mapping rules on real rooms in a temporary
// folder: records imported without a stage are listed, paged, searched,
// selected and assigned in bulk; the store (opened again) has them on the
// stage; rules added in the dialog place what matches.

#include "import/ImportSession.h"
#include "store/RoomStore.h"
#include "store/RuleStore.h"
#include "tray/RulesDialog.h"
#include "tray/RulesModel.h"
#include "tray/UnassignedDialog.h"
#include "tray/UnassignedModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace cr;
using namespace cr::ui;

namespace {

struct Room
{
    QString path;
    QVector<Stage> stages;
};

// A complaint mentions "refund" when its number is a multiple of `refundEvery`.
QString complaintText(int i, int refundEvery)
{
    return refundEvery > 0 && i % refundEvery == 0
               ? QStringLiteral("Complaint %1: I am still waiting for my refund after six weeks").arg(i)
               : QStringLiteral("Complaint %1: the engineer did not come on the day we agreed").arg(i);
}

} // namespace

class TrayTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsWhatNoStageClaimed();
    void assignsSelectedRowsToTheChosenStage();
    void assignsMixedKindsFromTheAllTab();
    void pagesAsTheViewScrollsAndSearchesEverything();
    void emptyTraySaysWhatToDo();
    void unreadableRoomSaysSo();
    void runRulesPlacesMatchingRecords();
    void rulesDialogValidatesAddsAppliesAndRemoves();
    void movingARuleUpDecidesWhichMatchesFirst();

private:
    Room makeRoom(const QString& name, int complaints, int refundEvery = 0, int surveys = 0);
    static std::unique_ptr<RoomStore> reopen(const QString& path);
    static int stageIndex(QComboBox* box, RowId stageId);

    QTemporaryDir m_dir;
};

void TrayTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

Room TrayTest::makeRoom(const QString& name, int complaints, int refundEvery, int surveys)
{
    Room room;
    room.path = m_dir.filePath(name + QStringLiteral(".croom"));
    auto store = RoomStore::open(room.path, RoomStore::OpenMode::CreateNew);
    if (!store) {
        qWarning() << store.error().toString();
        return room;
    }
    for (const QString& stageName :
         {QStringLiteral("Discover"), QStringLiteral("Billing"), QStringLiteral("Repair")}) {
        Stage s;
        s.name = stageName;
        if (auto id = (*store)->addStage(s); !id)
            qWarning() << id.error().toString();
    }
    if (complaints > 0) {
        // A generic complaints CSV without a stage column: every row lands in Unassigned.
        const QString csv = m_dir.filePath(name + QStringLiteral("-complaints.csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return room;
        file.write("received_at,text\n");
        const QDateTime start(QDate(2026, 1, 1), QTime(9, 0));
        for (int i = 1; i <= complaints; ++i)
            file.write(
                QStringLiteral("%1,\"%2\"\n")
                    .arg(start.addSecs(qint64(i) * 3600).toString(Qt::ISODate), complaintText(i, refundEvery))
                    .toUtf8());
        file.close();
        ImportRequest request;
        request.path = csv;
        request.options.kind = ImportKind::Complaints;
        const ImportSummary summary = importFile(**store, request);
        if (summary.refused || summary.unassigned != complaints)
            qWarning() << "import:" << summary.refusal << summary.unassigned << summary.rejects;
    }
    for (int i = 1; i <= surveys; ++i) {
        SurveyResponse r;
        r.metric = SurveyMetric::Nps;
        r.score = i % 11;
        r.comment = QStringLiteral("Survey comment %1").arg(i);
        r.respondedAt = QDateTime(QDate(2025, 12, i), QTime(12, 0)); // older than every complaint
        r.provenance.sourceFile = QStringLiteral("survey.csv");
        r.provenance.sourceLine = i + 1;
        r.provenance.sourceKey = QStringLiteral("test:survey-%1").arg(i);
        if (auto id = (*store)->addSurveyResponse(r); !id)
            qWarning() << id.error().toString();
    }
    if (auto stages = (*store)->stages())
        room.stages = *stages;
    return room;
}

std::unique_ptr<RoomStore> TrayTest::reopen(const QString& path)
{
    auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
    if (!store)
        return nullptr;
    return std::move(store).value();
}

int TrayTest::stageIndex(QComboBox* box, RowId stageId)
{
    return box->findData(stageId);
}

void TrayTest::listsWhatNoStageClaimed()
{
    const Room room = makeRoom(QStringLiteral("list"), 12, 0, 3);
    QCOMPARE(room.stages.size(), 3);
    auto* dialog = new UnassignedDialog(room.path);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->show();
    QTRY_COMPARE(dialog->model()->rowCount(), 15);
    QTRY_COMPARE(dialog->counts().total(), 15);
    QCOMPARE(dialog->counts().complaints, 12);
    QCOMPARE(dialog->counts().surveyResponses, 3);
    QCOMPARE(dialog->pages()->currentIndex(), 0);

    // Oldest first: the three surveys (December) come before the complaints.
    UnassignedModel* model = dialog->model();
    QCOMPARE(model->index(0, UnassignedModel::Kind).data().toString(), QStringLiteral("Survey answer"));
    QCOMPARE(model->index(0, UnassignedModel::Category).data().toString(), QStringLiteral("NPS 1"));
    QCOMPARE(model->index(3, UnassignedModel::Kind).data().toString(), QStringLiteral("Complaint"));
    QVERIFY(
        model->index(3, UnassignedModel::Text).data().toString().startsWith(QStringLiteral("Complaint 1:")));
    QVERIFY(model->index(3, UnassignedModel::Text)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("the engineer did not come")));
    // The source names the file and the line the record came from (line 2: after the header).
    QCOMPARE(model->index(3, UnassignedModel::Source).data().toString(),
             QStringLiteral("list-complaints.csv:2"));

    // The kind tabs carry counts and filter the list.
    QTabBar* tabs = dialog->kindTabs();
    QTRY_VERIFY(tabs->tabText(1).contains(QStringLiteral("12")));
    QVERIFY(tabs->tabText(0).contains(QStringLiteral("15")));
    QVERIFY(tabs->tabText(2).contains(QStringLiteral("3")));
    tabs->setCurrentIndex(2); // survey answers
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("3 survey answers")));

    // The stage box offers the room's stages after a prompt to choose.
    QCOMPARE(dialog->stageBox()->count(), 4);
    QVERIFY(!dialog->stageBox()->itemData(0).isValid());
    QCOMPARE(dialog->stageBox()->itemText(2), QStringLiteral("Billing"));
    QVERIFY(!dialog->assignButton()->isEnabled()); // nothing selected yet
    dialog->close();
}

void TrayTest::assignsSelectedRowsToTheChosenStage()
{
    const Room room = makeRoom(QStringLiteral("assign"), 12);
    const RowId billing = room.stages.at(1).id;
    auto* dialog = new UnassignedDialog(room.path);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(dialog, &UnassignedDialog::changed);
    dialog->show();
    QTRY_COMPARE(dialog->model()->rowCount(), 12);
    QTRY_COMPARE(dialog->stageBox()->count(), 4);

    // Rows 0, 2 and 4 with Ctrl-style extended selection.
    QVector<RowId> chosen;
    QItemSelectionModel* selection = dialog->table()->selectionModel();
    for (int row : {0, 2, 4}) {
        selection->select(dialog->model()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        chosen.append(dialog->model()->itemAt(row).id);
    }
    QCOMPARE(selection->selectedRows().size(), 3);
    QCOMPARE(dialog->assignButton()->text(), QStringLiteral("Assign 3 selected"));
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("3 selected")));

    // Enter without a stage chosen asks for one and assigns nothing.
    dialog->table()->setFocus();
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("Choose the stage")));
    dialog->stageBox()->hidePopup();
    QCOMPARE(changed.count(), 0);

    dialog->stageBox()->setCurrentIndex(stageIndex(dialog->stageBox(), billing));
    dialog->categoryBox()->setText(QStringLiteral("Refunds"));
    dialog->table()->setFocus();
    QTest::keyClick(dialog->table(), Qt::Key_Return); // Enter assigns
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(dialog->model()->rowCount(), 9);
    QCOMPARE(dialog->counts().complaints, 9);
    QVERIFY(dialog->kindTabs()->tabText(1).contains(QStringLiteral("9")));
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("Assigned 3 records to Billing")));
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        QVERIFY(!chosen.contains(dialog->model()->itemAt(row).id));

    // The room, opened again, has them on Billing with their new category.
    auto store = reopen(room.path);
    QVERIFY(store);
    auto onBilling = store->complaints(billing, DateRange{}, 100);
    QVERIFY(onBilling.ok());
    QCOMPARE(onBilling->size(), 3);
    for (const Complaint& c : *onBilling) {
        QVERIFY(chosen.contains(c.id));
        QCOMPARE(c.category, QStringLiteral("Refunds"));
    }
    auto counts = RuleStore(*store).unassignedCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->complaints, 9);
    dialog->close();
}

void TrayTest::assignsMixedKindsFromTheAllTab()
{
    const Room room = makeRoom(QStringLiteral("mixed"), 4, 0, 2);
    const RowId repair = room.stages.at(2).id;
    auto* dialog = new UnassignedDialog(room.path);
    dialog->show();
    QTRY_COMPARE(dialog->model()->rowCount(), 6);
    QTRY_COMPARE(dialog->stageBox()->count(), 4);
    // One survey answer (row 0) and one complaint (row 2) in one go.
    QItemSelectionModel* selection = dialog->table()->selectionModel();
    selection->select(dialog->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(dialog->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(dialog->categoryBox()->isEnabled()); // a complaint is among them
    dialog->stageBox()->setCurrentIndex(stageIndex(dialog->stageBox(), repair));
    QSignalSpy changed(dialog, &UnassignedDialog::changed);
    dialog->assignButton()->click();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(dialog->model()->rowCount(), 4);
    QCOMPARE(dialog->counts().surveyResponses, 1);
    QCOMPARE(dialog->counts().complaints, 3);

    // Only survey answers selected: no category to set.
    selection->select(dialog->model()->index(0, 0),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(dialog->model()->itemAt(0).kind == ImportKind::Surveys);
    QVERIFY(!dialog->categoryBox()->isEnabled());

    auto store = reopen(room.path);
    QVERIFY(store);
    auto counts = RuleStore(*store).unassignedCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->surveyResponses, 1);
    QCOMPARE(counts->complaints, 3);
    QCOMPARE(store->complaints(repair, DateRange{}, 100)->size(), 1);
    dialog->close();
}

void TrayTest::pagesAsTheViewScrollsAndSearchesEverything()
{
    const int total = 1200;
    const Room room = makeRoom(QStringLiteral("big"), total, 10);
    auto* dialog = new UnassignedDialog(room.path);
    UnassignedModel* model = dialog->model();
    // (No QAbstractItemModelTester here: it calls fetchMore itself and would load every page.)
    dialog->resize(1200, 700);
    dialog->show();
    QTRY_VERIFY(model->rowCount() >= UnassignedModel::kPageSize);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), UnassignedModel::kPageSize); // one page, not the whole tray
    QVERIFY(model->canFetchMore({}));
    QTRY_VERIFY(dialog->statusLabel()->text().contains(QStringLiteral("first 500 of")));

    // Scrolling to the end loads the next page on a worker.
    dialog->table()->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 2 * UnassignedModel::kPageSize);
    QTRY_VERIFY(!model->isLoading());

    // The search looks through the whole tray, not only the loaded pages.
    dialog->searchBox()->setText(QStringLiteral("refund"));
    QTRY_VERIFY(model->isExhausted() && !model->isLoading() &&
                model->query().needle == QStringLiteral("refund"));
    QCOMPARE(model->rowCount(), total / 10);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->itemAt(row).title.contains(QStringLiteral("refund")));
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("120 matches")));

    dialog->searchBox()->setText(QStringLiteral("no such words anywhere"));
    QTRY_COMPARE(dialog->pages()->currentIndex(), 1);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("trayEmptyTitle"))
                ->text()
                .contains(QStringLiteral("matches")));
    dialog->searchBox()->clear();
    QTRY_COMPARE(model->rowCount(), UnassignedModel::kPageSize);
    QTRY_COMPARE(dialog->pages()->currentIndex(), 0);

    // "Select all" loads the rest first, then selects every record.
    QTRY_VERIFY(!model->isLoading());
    auto* selectAll = dialog->findChild<QPushButton*>(QStringLiteral("traySelectAll"));
    QVERIFY(selectAll);
    selectAll->click();
    QTRY_COMPARE(model->rowCount(), total);
    QTRY_COMPARE(dialog->table()->selectionModel()->selectedRows().size(), total);

    // Assigning them all empties the tray, and it says so.
    dialog->stageBox()->setCurrentIndex(1);
    QSignalSpy changed(dialog, &UnassignedDialog::changed);
    dialog->assignButton()->click();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(dialog->counts().total(), 0);
    QTRY_COMPARE(dialog->pages()->currentIndex(), 1);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("trayEmptyTitle"))
                ->text()
                .contains(QStringLiteral("every record found its stage")));
    auto store = reopen(room.path);
    QVERIFY(store);
    QCOMPARE(RuleStore(*store).unassignedCounts()->total(), 0);
    QCOMPARE(store->complaints(room.stages.at(0).id, DateRange{}, 5000)->size(), total);
    dialog->close();
}

void TrayTest::emptyTraySaysWhatToDo()
{
    const Room room = makeRoom(QStringLiteral("empty"), 0);
    auto* dialog = new UnassignedDialog(room.path);
    dialog->show();
    QTRY_COMPARE(dialog->pages()->currentIndex(), 1);
    auto* title = dialog->findChild<QLabel*>(QStringLiteral("trayEmptyTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Nothing waits here: every record found its stage."));
    QVERIFY(!dialog->runRulesButton()->isEnabled()); // no rules yet
    QVERIFY(!dialog->assignButton()->isEnabled());
    dialog->close();
}

void TrayTest::unreadableRoomSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-room.croom"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a room");
    file.close();
    auto* dialog = new UnassignedDialog(path);
    dialog->show();
    QTRY_VERIFY(dialog->messageLabel()->text().contains(QStringLiteral("cannot be read")));
    QVERIFY(dialog->messageLabel()->text().startsWith(QStringLiteral("✕")));
    QVERIFY(!dialog->assignButton()->isEnabled());
    dialog->close();
}

void TrayTest::runRulesPlacesMatchingRecords()
{
    const Room room = makeRoom(QStringLiteral("runrules"), 20, 5); // 4 mention a refund
    {
        auto store = reopen(room.path);
        QVERIFY(store);
        MappingRule rule;
        rule.kind = ImportKind::Complaints;
        rule.field = QStringLiteral("text");
        rule.pattern = QStringLiteral("refund");
        rule.stageId = room.stages.at(1).id;
        QVERIFY(RuleStore(*store).addRule(rule).ok());
    }
    auto* dialog = new UnassignedDialog(room.path);
    dialog->show();
    QTRY_COMPARE(dialog->model()->rowCount(), 20);
    QTRY_VERIFY(dialog->runRulesButton()->isEnabled());
    QSignalSpy changed(dialog, &UnassignedDialog::changed);
    dialog->runRulesButton()->click();
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("Rules placed 4 records")));
    QTRY_COMPARE(dialog->model()->rowCount(), 16);
    QTRY_COMPARE(dialog->counts().complaints, 16);
    auto store = reopen(room.path);
    QCOMPARE(store->complaints(room.stages.at(1).id, DateRange{}, 100)->size(), 4);
    dialog->close();
}

void TrayTest::rulesDialogValidatesAddsAppliesAndRemoves()
{
    const Room room = makeRoom(QStringLiteral("rules"), 30, 3); // 10 mention a refund
    const RowId billing = room.stages.at(1).id;
    auto* dialog = new RulesDialog(room.path);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(dialog, &RulesDialog::changed);
    dialog->show();
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!dialog->applyButton()->isEnabled()); // no rule to apply yet

    // The field box offers "any" and the fields of the kind.
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(ImportKind::Calls)));
    QCOMPARE(dialog->fieldBox()->count(), 1 + ruleFields(ImportKind::Calls).size());
    QCOMPARE(dialog->fieldBox()->itemData(0).toString(), QStringLiteral("any"));
    QVERIFY(!dialog->categoryBox()->isEnabled()); // only complaints carry a category
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(ImportKind::Complaints)));
    QCOMPARE(dialog->fieldBox()->currentData().toString(), QStringLiteral("text"));

    // Live validation: empty, a broken expression, no stage, then a good keyword.
    QVERIFY(!dialog->addButton()->isEnabled());
    dialog->regexButton()->setChecked(true);
    dialog->patternBox()->setText(QStringLiteral("refund("));
    QVERIFY(!dialog->addButton()->isEnabled());
    QVERIFY(dialog->validationLabel()->text().contains(QStringLiteral("not a valid regular expression")));
    dialog->patternBox()->setText(QStringLiteral("refund"));
    QVERIFY(!dialog->addButton()->isEnabled()); // no stage chosen: the form asks for one
    QVERIFY(dialog->validationLabel()->text().startsWith(QStringLiteral("Choose the stage")));
    dialog->stageBox()->setCurrentIndex(stageIndex(dialog->stageBox(), billing));
    QVERIFY(dialog->addButton()->isEnabled());
    QVERIFY(dialog->validationLabel()->text().startsWith(QStringLiteral("✓")));
    dialog->findChild<QRadioButton*>()->setChecked(true); // back to a keyword
    dialog->categoryBox()->setText(QStringLiteral("Refunds"));

    // Enter in the pattern adds the rule.
    QTest::keyClick(dialog->patternBox(), Qt::Key_Return);
    QTRY_COMPARE(dialog->model()->rowCount(), 1);
    QTRY_COMPARE(changed.count(), 1);
    const MappingRule added = dialog->model()->ruleAt(0);
    QCOMPARE(added.pattern, QStringLiteral("refund"));
    QVERIFY(!added.isRegex);
    QCOMPARE(added.stageId.value_or(0), billing);
    QCOMPARE(dialog->model()->index(0, RulesModel::StageColumn).data().toString(), QStringLiteral("Billing"));
    QVERIFY(dialog->patternBox()->text().isEmpty());
    // The same match again would never run (the first rule wins): refused before it is saved.
    dialog->patternBox()->setText(QStringLiteral("Refund"));
    QVERIFY(!dialog->addButton()->isEnabled());
    QVERIFY(dialog->validationLabel()->text().contains(QStringLiteral("Rule 1 already matches")));
    dialog->patternBox()->clear();
    {
        auto store = reopen(room.path);
        auto rules = RuleStore(*store).rules();
        QVERIFY(rules.ok());
        QCOMPARE(rules->size(), 1);
        QCOMPARE(rules->first().category, QStringLiteral("Refunds"));
    }

    // Apply to Unassigned now: the ten refund complaints find Billing.
    QTRY_VERIFY(dialog->applyButton()->isEnabled());
    dialog->applyButton()->click();
    QTRY_COMPARE(dialog->lastApplied(), 10);
    QCOMPARE(changed.count(), 2);
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("10 records found a stage")));
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("20 records left")));
    {
        auto store = reopen(room.path);
        QCOMPARE(RuleStore(*store).unassignedCounts()->complaints, 20);
        auto onBilling = store->complaints(billing, DateRange{}, 100);
        QCOMPARE(onBilling->size(), 10);
        QCOMPARE(onBilling->first().category, QStringLiteral("Refunds"));
    }

    // Delete on the list removes the selected rule.
    dialog->table()->selectRow(0);
    dialog->table()->setFocus();
    QTest::keyClick(dialog->table(), Qt::Key_Delete);
    QTRY_COMPARE(dialog->model()->rowCount(), 0);
    QCOMPARE(changed.count(), 3);
    auto store = reopen(room.path);
    QVERIFY(RuleStore(*store).rules()->isEmpty());
    dialog->close();
}

void TrayTest::movingARuleUpDecidesWhichMatchesFirst()
{
    const Room room = makeRoom(QStringLiteral("order"), 12, 3); // 4 mention a refund; all say "Complaint"
    const RowId billing = room.stages.at(1).id;
    const RowId repair = room.stages.at(2).id;
    {
        auto store = reopen(room.path);
        RuleStore rules(*store);
        MappingRule general;
        general.field = QStringLiteral("text");
        general.pattern = QStringLiteral("complaint");
        general.stageId = repair;
        QVERIFY(rules.addRule(general).ok());
        MappingRule refunds = general;
        refunds.pattern = QStringLiteral("refund");
        refunds.stageId = billing;
        QVERIFY(rules.addRule(refunds).ok());
    }
    auto* dialog = new RulesDialog(room.path);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(dialog, &RulesDialog::changed);
    dialog->show();
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->model()->rowCount(), 2);

    // The first rule cannot go up, the last cannot go down.
    dialog->table()->selectRow(0);
    QVERIFY(!dialog->moveUpButton()->isEnabled());
    QVERIFY(dialog->moveDownButton()->isEnabled());
    dialog->table()->selectRow(1);
    QVERIFY(dialog->moveUpButton()->isEnabled());
    QVERIFY(!dialog->moveDownButton()->isEnabled());

    // Alt+Up on the list runs "refund" before the general rule; it stays selected.
    dialog->table()->setFocus();
    QTest::keyClick(dialog->table(), Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(changed.count(), 1);
    QTRY_COMPARE(dialog->model()->ruleAt(0).pattern, QStringLiteral("refund"));
    QCOMPARE(dialog->table()->selectionModel()->selectedRows().value(0).row(), 0);
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("is now rule 1")));
    {
        auto store = reopen(room.path);
        auto rules = RuleStore(*store).rules();
        QVERIFY(rules.ok());
        QCOMPARE(rules->first().pattern, QStringLiteral("refund"));
        QCOMPARE(rules->last().pattern, QStringLiteral("complaint"));
    }

    // Applied now, the refunds find Billing and the rest Repair.
    QTRY_VERIFY(dialog->applyButton()->isEnabled());
    dialog->applyButton()->click();
    QTRY_COMPARE(dialog->lastApplied(), 12);
    auto store = reopen(room.path);
    QCOMPARE(store->complaints(billing, DateRange{}, 100)->size(), 4);
    QCOMPARE(store->complaints(repair, DateRange{}, 100)->size(), 8);

    // The button moves it back down.
    dialog->table()->selectRow(0);
    dialog->moveDownButton()->click();
    QTRY_COMPARE(dialog->model()->ruleAt(1).pattern, QStringLiteral("refund"));
    dialog->close();
}

QTEST_MAIN(TrayTest)
#include "test_tray.moc"
