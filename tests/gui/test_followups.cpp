// Closed-loop follow-ups and the department view (issue 12, points 4 and 5)
// as a person uses them: Ctrl+Shift+F on the wall opens the window, a
// department's inbox lists only its follow-ups, acknowledge / resolve (with
// a note) / escalate change the room file and Ctrl+Z puts them back, the
// department page lists its stages, KPIs and open fixes. Every model runs
// under QAbstractItemModelTester.
#include "OpenWall.h"

#include "followups/DepartmentFixModel.h"
#include "followups/DepartmentKpiModel.h"
#include "followups/DepartmentPage.h"
#include "followups/DepartmentWork.h"
#include "followups/FollowUpActionDialogs.h"
#include "followups/FollowUpDetail.h"
#include "followups/FollowUpTableModel.h"
#include "followups/FollowUpWords.h"
#include "followups/FollowUpsDialog.h"
#include "followups/InboxListModel.h"
#include "followups/InboxPage.h"
#include "store/FixStore.h"
#include "store/FollowUpStore.h"
#include "wall/WallView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

using namespace cr;
using ui::FollowUpsDialog;
using ui::InboxKey;

namespace {

constexpr int kWaitMs = 15000;
using Tester = QAbstractItemModelTester;

// A read's value, kept (a range-for over `*result()` would outlive the temporary).
template <typename T> T valueOf(Result<T> result)
{
    if (!result) {
        qWarning("%s", qPrintable(result.error().toString()));
        return T{};
    }
    return std::move(result).value();
}

std::unique_ptr<RoomStore> openStore(const QString& path)
{
    auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
    return store ? std::move(store).value() : nullptr;
}

FollowUp storedFollowUp(const QString& path, RowId id)
{
    auto store = openStore(path);
    auto f = FollowUpStore(*store).followUp(id);
    return f ? *f : FollowUp{};
}

QString statusOf(const QString& path, RowId id)
{
    return toString(storedFollowUp(path, id).status);
}

RowId departmentId(const QString& path, const QString& name)
{
    auto store = openStore(path);
    for (const Department& d : valueOf(store->departments()))
        if (d.name == name)
            return d.id;
    return 0;
}

bool settled(const ui::InboxPage* page)
{
    return !page->isLoading() && !page->isBusy();
}

} // namespace

class FollowUpsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.croom"));
        auto store = test::makeDemoRoomFile(m_base, QDate(2026, 10, 1));
        QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().toString()));
    }

    // A room of its own per test: the actions write to it.
    void init()
    {
        m_room =
            m_dir.filePath(QStringLiteral("%1.croom").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_room);
        QVERIFY(QFile::copy(m_base, m_room));
        m_careId = departmentId(m_room, QStringLiteral("Customer Care"));
        QVERIFY(m_careId > 0);
    }

    void everyModelPassesTheModelTester()
    {
        const ui::Theme theme = ui::Theme::standard();
        const QDateTime now = QDateTime::currentDateTime();
        const ui::InboxSnapshot all = ui::loadInbox(m_room, {InboxKey::all(), false, std::nullopt}, now);
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        QVERIFY(all.followUps.size() > 20);

        ui::InboxListModel inboxes;
        Tester inboxTester(&inboxes, Tester::FailureReportingMode::QtTest);
        inboxes.setInboxes(all.inboxes, all.escalateAfterDays);
        QCOMPARE(inboxes.rowCount(), int(all.inboxes.size()));
        inboxes.setInboxes(all.inboxes, 3);           // the same inboxes: counts change in place
        inboxes.setInboxes(all.inboxes.mid(0, 2), 3); // others: a reset
        inboxes.setInboxes({}, 3);

        ui::FollowUpTableModel followUps(theme);
        Tester followUpTester(&followUps, Tester::FailureReportingMode::QtTest);
        followUps.setFollowUps(all.followUps);
        followUps.setContext(all.departments, all.stages, all.escalateAfterDays, now);
        FollowUp changed = all.followUps.first();
        changed.status = FollowUpStatus::Resolved;
        followUps.updateFollowUp(changed);
        QVERIFY(followUps.followUpAt(0).status == FollowUpStatus::Resolved);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&followUps);
        sorted.setSortRole(ui::FollowUpTableModel::SortRole);
        Tester sortedTester(&sorted, Tester::FailureReportingMode::QtTest);
        for (int column = 0; column < ui::FollowUpTableModel::ColumnCount; ++column)
            sorted.sort(column);
        followUps.setFollowUps({});

        const ui::DepartmentPageData page = ui::loadDepartmentPage(m_room, m_careId, QDate::currentDate());
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        ui::DepartmentKpiModel kpis(theme);
        Tester kpiTester(&kpis, Tester::FailureReportingMode::QtTest);
        kpis.setKpis(page.kpis);
        QVERIFY(kpis.rowCount() > 0);
        kpis.setKpis({});
        ui::DepartmentFixModel fixes(theme);
        Tester fixTester(&fixes, Tester::FailureReportingMode::QtTest);
        fixes.setFixes(page.openFixes, m_careId, page.departments, page.stages, QDate::currentDate());
        QVERIFY(fixes.rowCount() > 0);

        // And the window's own models while it reads and a person clicks around.
        FollowUpsDialog dialog(m_room);
        Tester liveInboxes(dialog.inboxModel(), Tester::FailureReportingMode::QtTest);
        Tester liveTable(dialog.inboxPage()->model(), Tester::FailureReportingMode::QtTest);
        Tester liveProxy(dialog.inboxPage()->proxy(), Tester::FailureReportingMode::QtTest);
        Tester liveKpis(dialog.departmentPage()->kpiModel(), Tester::FailureReportingMode::QtTest);
        Tester liveFixes(dialog.departmentPage()->fixModel(), Tester::FailureReportingMode::QtTest);
        Tester liveDepartmentFollowUps(dialog.departmentPage()->followUpModel(),
                                       Tester::FailureReportingMode::QtTest);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.inboxModel()->rowCount() > 2, kWaitMs);
        dialog.showTab(FollowUpsDialog::DepartmentTab);
        dialog.showInbox(InboxKey::department(m_careId));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.departmentPage()->kpiModel()->rowCount() > 0, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(settled(dialog.inboxPage()), kWaitMs);
    }

    void aDepartmentsInboxListsOnlyItsFollowUps()
    {
        FollowUpsDialog dialog(m_room);
        dialog.show();
        ui::InboxPage* page = dialog.inboxPage();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.inboxModel()->rowCount() > 2 && settled(page), kWaitMs);
        const int allOpen = page->model()->rowCount();

        const int row = dialog.inboxModel()->rowOf(InboxKey::department(m_careId));
        QVERIFY(row > 0);
        dialog.inboxList()->setCurrentIndex(dialog.inboxModel()->index(row));
        QTRY_VERIFY_WITH_TIMEOUT(page->inbox() == InboxKey::department(m_careId) && settled(page), kWaitMs);

        auto store = openStore(m_room);
        auto expected = FollowUpStore(*store).followUps(FollowUpFilter{m_careId, std::nullopt, true});
        QVERIFY(expected.ok());
        QVERIFY(!expected->isEmpty());
        QCOMPARE(page->model()->rowCount(), int(expected->size()));
        QVERIFY2(page->model()->rowCount() < allOpen, "a department's inbox is narrower than all of them");
        for (int i = 0; i < page->model()->rowCount(); ++i) {
            const FollowUp& f = page->model()->followUpAt(i);
            QVERIFY(f.isOpen());
            QVERIFY2(f.departmentId == m_careId || f.escalatedToDepartmentId == m_careId,
                     qPrintable(f.title));
        }
        // The inbox's count beside its name says the same.
        QCOMPARE(dialog.inboxModel()->index(row).data(ui::InboxListModel::OpenRole).toInt(),
                 int(expected->size()));

        // "All" adds its resolved ones.
        QTest::mouseClick(page->allButton(), Qt::LeftButton);
        auto everything = FollowUpStore(*store).followUps(FollowUpFilter{m_careId, std::nullopt, false});
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), int(everything->size()), kWaitMs);
        QVERIFY(everything->size() > expected->size());

        // The selected follow-up's evidence shows in the pane below.
        QTRY_VERIFY_WITH_TIMEOUT(page->detail()->toPlainText().contains(QStringLiteral("EVIDENCE")), kWaitMs);
    }

    void theEvidenceOfEachRuleIsShown()
    {
        const ui::InboxSnapshot all =
            ui::loadInbox(m_room, {InboxKey::all(), false, std::nullopt}, QDateTime::currentDateTime());
        QHash<int, FollowUp> oneOfEach;
        for (const FollowUp& f : all.followUps)
            if (!oneOfEach.contains(int(f.rule)))
                oneOfEach.insert(int(f.rule), f);
        QCOMPARE(oneOfEach.size(), 3); // the demo raises every rule

        const ui::FollowUpEvidence detractor =
            ui::loadEvidence(m_room, oneOfEach.value(int(FollowUpRule::Detractor)).id);
        QVERIFY2(detractor.error.isEmpty(), qPrintable(detractor.error));
        QVERIFY(detractor.answer.has_value());
        QVERIFY(detractor.answer->score <= 6);
        QVERIFY(!detractor.answer->comment.isEmpty());
        QVERIFY(detractor.followUp.title.contains(detractor.answer->comment.left(20)));

        const FollowUp spikeFollowUp = oneOfEach.value(int(FollowUpRule::ComplaintSpike));
        const ui::FollowUpEvidence spike = ui::loadEvidence(m_room, spikeFollowUp.id);
        QCOMPARE(spike.complaintCount, int(spikeFollowUp.evidence.size()));
        QCOMPARE(int(spike.complaints.size()), qMin(ui::kEvidenceComplaints, spike.complaintCount));
        for (const Complaint& c : spike.complaints)
            QVERIFY(!c.text.isEmpty() && spikeFollowUp.title.contains(c.category));

        const ui::FollowUpEvidence red =
            ui::loadEvidence(m_room, oneOfEach.value(int(FollowUpRule::KpiRed)).id);
        QCOMPARE(red.kpis.size(), 1);
        QVERIFY(!red.kpis.first().values.isEmpty());
        QVERIFY(red.followUp.title.startsWith(red.kpis.first().kpi.name));

        // The pane says them in words.
        ui::FollowUpTableModel names(ui::Theme::standard());
        names.setContext(all.departments, all.stages, all.escalateAfterDays, QDateTime::currentDateTime());
        QTextDocument doc;
        doc.setHtml(ui::followUpDetailHtml(detractor, names, ui::Theme::standard()));
        QVERIFY(doc.toPlainText().contains(detractor.answer->comment));
        QVERIFY(doc.toPlainText().contains(QStringLiteral("%1 of 10").arg(detractor.answer->score)));
        doc.setHtml(ui::followUpDetailHtml(spike, names, ui::Theme::standard()));
        QVERIFY(doc.toPlainText().contains(spike.complaints.first().text.simplified().left(60)));
        doc.setHtml(ui::followUpDetailHtml(red, names, ui::Theme::standard()));
        QVERIFY(doc.toPlainText().contains(ui::Theme::statusWord(metrics::KpiStatus::Red)));
    }

    void aStageFilterAndQuickSwitchingShowTheLastChoice()
    {
        FollowUpsDialog dialog(m_room);
        dialog.show();
        ui::InboxPage* page = dialog.inboxPage();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->stageBox()->count() > 1, kWaitMs);
        // Three inboxes chosen at once: only the last one's answer is shown.
        const RowId billing = departmentId(m_room, QStringLiteral("Billing & Finance"));
        page->setInbox(InboxKey::department(m_careId));
        page->setInbox(InboxKey::noDepartment());
        page->setInbox(InboxKey::department(billing));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kWaitMs);
        QVERIFY(page->model()->rowCount() > 0);
        for (int i = 0; i < page->model()->rowCount(); ++i) {
            const FollowUp& f = page->model()->followUpAt(i);
            QVERIFY(f.departmentId == billing || f.escalatedToDepartmentId == billing);
        }

        page->setInbox(InboxKey::all());
        const RowId stage = page->stageBox()->itemData(5).toLongLong(); // Get help
        page->setStageFilter(stage);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kWaitMs);
        QVERIFY(page->model()->rowCount() > 0);
        for (int i = 0; i < page->model()->rowCount(); ++i)
            QVERIFY(page->model()->followUpAt(i).stageId == stage);
    }

    void acknowledgeResolveAndEscalateWriteTheRoomAndCtrlZUndoes()
    {
        FollowUpsDialog dialog(m_room);
        dialog.show();
        ui::InboxPage* page = dialog.inboxPage();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy changed(&dialog, &FollowUpsDialog::changed);
        dialog.showInbox(InboxKey::department(m_careId));
        QTRY_VERIFY_WITH_TIMEOUT(page->inbox() == InboxKey::department(m_careId) && settled(page), kWaitMs);

        // Acknowledge an open one, then undo it with Ctrl+Z.
        int row = -1;
        for (int i = 0; i < page->model()->rowCount() && row < 0; ++i)
            if (page->model()->followUpAt(i).status == FollowUpStatus::Open)
                row = i;
        QVERIFY2(row >= 0, "the demo leaves open follow-ups in Customer Care");
        const FollowUp before = page->model()->followUpAt(row);
        page->selectFollowUp(before.id);
        QTRY_VERIFY(page->acknowledgeButton()->isEnabled());
        QTest::mouseClick(page->acknowledgeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_room, before.id), toString(FollowUpStatus::Acknowledged),
                                  kWaitMs);
        QVERIFY(storedFollowUp(m_room, before.id).acknowledgedAt.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kWaitMs);
        QCOMPARE(page->undoDepth(), 1);
        QVERIFY(changed.count() >= 1);
        QTest::keyClick(page->table(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_room, before.id), toString(FollowUpStatus::Open), kWaitMs);
        QVERIFY(!storedFollowUp(m_room, before.id).acknowledgedAt.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kWaitMs);
        QCOMPARE(page->undoDepth(), 0);

        // Resolve: no note, no resolving, neither in the dialog nor in the room.
        page->selectFollowUp(before.id);
        QTRY_VERIFY(page->currentFollowUp() && page->currentFollowUp()->id == before.id);
        ui::ResolveDialog* resolve = page->resolveSelected();
        QVERIFY(resolve);
        QVERIFY(!resolve->resolveButton()->isEnabled());
        resolve->noteBox()->setPlainText(QStringLiteral("   "));
        QVERIFY(!resolve->resolveButton()->isEnabled());
        resolve->reject();
        ui::ActionRequest empty;
        empty.action = ui::FollowUpAction::Resolve;
        empty.id = before.id;
        page->act(empty);
        QTRY_VERIFY_WITH_TIMEOUT(page->messageLabel()->text().contains(QStringLiteral("note")), kWaitMs);
        QCOMPARE(statusOf(m_room, before.id), toString(FollowUpStatus::Open));
        QCOMPARE(page->undoDepth(), 0);

        resolve = page->resolveSelected();
        QVERIFY(resolve);
        QTest::keyClicks(resolve->noteBox(), QStringLiteral("Called back and rebooked the engineer."));
        QVERIFY(resolve->resolveButton()->isEnabled());
        QTest::mouseClick(resolve->resolveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_room, before.id), toString(FollowUpStatus::Resolved), kWaitMs);
        QCOMPARE(storedFollowUp(m_room, before.id).resolutionNote,
                 QStringLiteral("Called back and rebooked the engineer."));
        // Resolved, it leaves the Open list.
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->rowOf(before.id) < 0, kWaitMs);
        page->undo();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_room, before.id), toString(FollowUpStatus::Open), kWaitMs);
        QVERIFY(storedFollowUp(m_room, before.id).resolutionNote.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->rowOf(before.id) >= 0, kWaitMs);
        QTRY_VERIFY(page->currentFollowUp() &&
                    page->currentFollowUp()->id == before.id); // back where the person left it

        // Escalate: the stage's owner comes first; another department can be chosen.
        ui::EscalateDialog* escalate = page->escalateSelected();
        QVERIFY(escalate);
        auto store = openStore(m_room);
        std::optional<RowId> owner;
        for (const Stage& s : valueOf(store->stages()))
            if (before.stageId == s.id)
                owner = s.ownerDepartmentId;
        QVERIFY(owner.has_value());
        QVERIFY(escalate->departmentId() == owner);
        QVERIFY(!escalate->escalateButton()->isEnabled()); // a reason first
        const RowId network = departmentId(m_room, QStringLiteral("Network Operations"));
        escalate->departmentBox()->setCurrentIndex(escalate->departmentBox()->findData(network));
        QTest::keyClicks(escalate->reasonBox(), QStringLiteral("Line faults behind the calls"));
        QTest::mouseClick(escalate->escalateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(storedFollowUp(m_room, before.id).escalatedToDepartmentId == network,
                                 kWaitMs);
        QCOMPARE(storedFollowUp(m_room, before.id).escalationReason,
                 QStringLiteral("Line faults behind the calls"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kWaitMs);
        dialog.activateWindow(); // back from the escalate dialog
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(storedFollowUp(m_room, before.id).escalatedToDepartmentId ==
                                     before.escalatedToDepartmentId,
                                 kWaitMs);
        QCOMPARE(storedFollowUp(m_room, before.id).escalationReason, before.escalationReason);
        QCOMPARE(storedFollowUp(m_room, before.id).escalatedAt.has_value(), before.escalatedAt.has_value());
    }

    void theDepartmentPageListsItsStagesKpisAndOpenFixes()
    {
        FollowUpsDialog dialog(m_room);
        dialog.show();
        ui::DepartmentPage* page = dialog.departmentPage();
        dialog.showTab(FollowUpsDialog::DepartmentTab);
        dialog.showInbox(InboxKey::department(m_careId));
        QTRY_VERIFY_WITH_TIMEOUT(page->department() == m_careId && !page->isLoading() &&
                                     page->data().error.isEmpty() &&
                                     page->nameLabel()->text() == QStringLiteral("Customer Care"),
                                 kWaitMs);

        auto store = openStore(m_room);
        const QVector<Stage> stages = valueOf(store->stages());
        for (const Stage& s : stages) {
            const bool owns = s.ownerDepartmentId == m_careId;
            const bool shapes = s.contributingDepartmentIds.contains(m_careId);
            QCOMPARE(page->stagesLabel()->text().contains(s.name.toHtmlEscaped()), owns || shapes);
        }
        QVERIFY(page->peopleLabel()->text().contains(page->data().department.leader));
        QVERIFY(!page->data().department.leader.isEmpty());

        // Its KPIs, each with a value and a status from the month the wall opens on.
        int expectedKpis = 0;
        for (const Kpi& k : valueOf(store->allKpis()))
            expectedKpis += ui::isDepartmentKpi(k, m_careId, stages) ? 1 : 0;
        QVERIFY(expectedKpis > 0);
        QCOMPARE(page->kpiModel()->rowCount(), expectedKpis);
        QStringList kpiNames;
        for (int i = 0; i < page->kpiModel()->rowCount(); ++i) {
            kpiNames << page->kpiModel()->index(i, ui::DepartmentKpiModel::Name).data().toString();
            QVERIFY(page->kpiModel()->kpiAt(i).report.value.has_value());
        }
        QVERIFY2(kpiNames.contains(QStringLiteral("First contact resolution")),
                 qPrintable(kpiNames.join(u',')));
        QVERIFY(!kpiNames.contains(QStringLiteral("Installs on first appointment"))); // Field Engineering's

        // Its open fixes, owned or contributed to; overdue ones in red and said so.
        FixFilter filter;
        filter.departmentId = m_careId;
        int open = 0;
        for (const Fix& f : valueOf(FixStore(*store).fixes(filter)))
            open += f.isOpen() ? 1 : 0;
        QVERIFY(open > 0);
        QCOMPARE(page->fixModel()->rowCount(), open);
        for (int i = 0; i < page->fixModel()->rowCount(); ++i) {
            const Fix& f = page->fixModel()->fixAt(i);
            QVERIFY(f.isOpen());
            const QModelIndex due = page->fixModel()->index(i, ui::DepartmentFixModel::Due);
            QCOMPARE(due.data(ui::DepartmentFixModel::OverdueRole).toBool(),
                     f.isOverdue(QDate::currentDate()));
            QCOMPARE(due.data(Qt::ForegroundRole).isValid() &&
                         due.data().toString().contains(QStringLiteral("overdue")),
                     f.isOverdue(QDate::currentDate()));
        }

        // And its open follow-ups; double-clicking one opens it in the inbox.
        auto expected = FollowUpStore(*store).followUps(FollowUpFilter{m_careId, std::nullopt, true});
        QCOMPARE(page->followUpModel()->rowCount(), int(expected->size()));
        const RowId last = page->followUpModel()->followUpAt(page->followUpModel()->rowCount() - 1).id;
        emit page->followUpTable()->activated(
            page->followUpModel()->index(page->followUpModel()->rowCount() - 1, 1));
        QCOMPARE(dialog.tabs()->currentIndex(), int(FollowUpsDialog::InboxTab));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.inboxPage()->currentFollowUp() &&
                                     dialog.inboxPage()->currentFollowUp()->id == last,
                                 kWaitMs);

        // "All departments" is not a department: the page says to choose one.
        dialog.showTab(FollowUpsDialog::DepartmentTab);
        dialog.showInbox(InboxKey::all());
        QTRY_VERIFY(!page->department().has_value());
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("chooseDepartment"))->isVisible());
    }

    void theEscalateAfterSettingIsSavedAndEscalatesWhatWaitedLonger()
    {
        FollowUpsDialog dialog(m_room);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.escalateAfterBox()->isEnabled(), kWaitMs);
        // Waiting longer than two days as of now, by the rule's own test, and not escalated.
        const QDateTime now = QDateTime::currentDateTime();
        auto waitingUnescalated = [this, now] {
            auto store = openStore(m_room);
            int n = 0;
            for (const FollowUp& f :
                 valueOf(FollowUpStore(*store).followUps(FollowUpFilter{std::nullopt, std::nullopt, true})))
                n += !f.escalatedAt && ui::isFollowUpOverdue(f, 2, now) ? 1 : 0;
            return n;
        };
        QVERIFY2(waitingUnescalated() > 0, "the demo has open follow-ups not escalated yet");
        dialog.escalateAfterBox()->setValue(2);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.settingNote()->text().startsWith(QStringLiteral("Saved")), kWaitMs);
        QCOMPARE(FollowUpStore(*openStore(m_room)).escalateAfterDays(), 2);
        QVERIFY2(waitingUnescalated() == 0, qPrintable(dialog.settingNote()->text()));
    }

    void ctrlShiftFOnTheWallOpensTheWindowAndTheWallCountsOpenFollowUps()
    {
        auto window = test::openWallWindow(m_room, Period::month(QDate(2026, 10, 1)), QSize(1600, 1000));
        QVERIFY(window->hasWall());
        // The fixes lane says how many follow-ups wait on each stage.
        auto* line = window->wallView()->findChild<QWidget*>(QStringLiteral("openFollowUps"));
        QVERIFY2(line, "a stage with open follow-ups says so in its fixes lane");
        int counted = 0;
        for (const StageWall& s : window->snapshot()->stages)
            counted += s.report.openFollowUps > 0 ? 1 : 0;
        QCOMPARE(int(window->wallView()->findChildren<QWidget*>(QStringLiteral("openFollowUps")).size()),
                 counted);

        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = window->findChild<FollowUpsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->close();
        QTRY_VERIFY(!window->findChild<FollowUpsDialog*>());

        // A click on the line opens the stage's open follow-ups.
        QTest::mouseClick(line, Qt::LeftButton);
        dialog = window->findChild<FollowUpsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(settled(dialog->inboxPage()) && dialog->inboxPage()->model()->rowCount() > 0,
                                 kWaitMs);
        const std::optional<RowId> stage = dialog->inboxPage()->model()->followUpAt(0).stageId;
        QVERIFY(stage.has_value());
        QCOMPARE(dialog->inboxPage()->stageBox()->currentData().toLongLong(), *stage);
        for (int i = 0; i < dialog->inboxPage()->model()->rowCount(); ++i)
            QVERIFY(dialog->inboxPage()->model()->followUpAt(i).stageId == stage);
    }

private:
    QTemporaryDir m_dir;
    QString m_base;
    QString m_room;
    RowId m_careId = 0;
};

QTEST_MAIN(FollowUpsTest)
#include "test_followups.moc"
