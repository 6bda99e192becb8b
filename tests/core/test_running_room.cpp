// Running the room (issue 12): fixes with a baseline captured at creation and
// a result measured after done, the board's moves, the closed-loop rules on
// hand-built rooms, and the evidence search kept in step by the store.
#include "TestRoom.h"

#include "fixes/FixMeasure.h"
#include "followups/FollowUpRules.h"
#include "report/CsvExport.h"
#include "store/EvidenceSearch.h"
#include "store/FixStore.h"
#include "store/FollowUpStore.h"
#include "store/SetupStore.h"
#include "priorities/HurtRanking.h"
#include "report/WallSnapshot.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cr;
using namespace cr::test;

namespace {

struct LoopRoom
{
    TempRoom room;
    RowId care = 0;
    RowId digital = 0;
    RowId stage = 0;

    LoopRoom()
    {
        care = require(room.store->addDepartment({0, QStringLiteral("Customer Care"), QStringLiteral("Ann Lee"), {}}));
        digital = require(room.store->addDepartment({0, QStringLiteral("Digital"), {}, {}}));
        Stage s;
        s.name = QStringLiteral("Get help");
        s.position = 1;
        s.ownerDepartmentId = care;
        s.contributingDepartmentIds = {digital};
        stage = require(room.store->addStage(s));
    }

    RoomStore& store() { return *room.store; }

    RowId answer(int score, const QDateTime& when, const QString& comment = {}, SurveyMetric metric = SurveyMetric::Nps)
    {
        SurveyResponse r;
        r.stageId = stage;
        r.metric = metric;
        r.score = score;
        r.comment = comment;
        r.respondedAt = when;
        return require(room.store->addSurveyResponse(r));
    }

    void answers(int score, QDate day, int times)
    {
        for (int i = 0; i < times; ++i)
            answer(score, QDateTime(day, QTime(9, 0).addSecs(i)));
    }

    void complaints(const QString& category, QDate month, int times, const QString& text = QStringLiteral("Again."))
    {
        for (int i = 0; i < times; ++i) {
            Complaint c;
            c.stageId = stage;
            c.category = category;
            c.channel = QStringLiteral("phone");
            c.text = text;
            c.receivedAt = QDateTime(month.addDays(i % 25), QTime(10, 0).addSecs(i));
            require(room.store->addComplaint(c));
        }
    }

    RowId kpi(double target, KpiDirection direction = KpiDirection::HigherIsBetter, std::optional<RowId> owner = {})
    {
        Kpi k;
        k.stageId = stage;
        k.name = QStringLiteral("First contact resolution");
        k.unit = QStringLiteral("%");
        k.direction = direction;
        k.target = target;
        k.amberBand = 5;
        k.ownerDepartmentId = owner;
        return require(room.store->addKpi(k));
    }

    void kpiValue(RowId kpi, QDate month, double value)
    {
        KpiValue v;
        v.kpiId = kpi;
        v.period = month;
        v.value = value;
        require(room.store->setKpiValue(v));
    }

    QVector<FollowUp> followUps() { return require(FollowUpStore(store()).followUps()); }
};

Fix npsFix(const LoopRoom& r, QDate created)
{
    Fix f;
    f.title = QStringLiteral("Call-back instead of queuing");
    f.stageId = r.stage;
    f.ownerDepartmentId = r.care;
    f.contributingDepartmentIds = {r.digital};
    f.metric = QStringLiteral("nps");
    f.createdOn = created;
    return f;
}

} // namespace

TEST_CASE("A fix captures its baseline when it is created and measures its result after done")
{
    LoopRoom r;
    const QDate created(2026, 6, 1);
    // Before: 40 promoters, 40 detractors, 20 passives (NPS 0) inside the 90 days.
    r.answers(10, created.addDays(-30), 40);
    r.answers(3, created.addDays(-20), 40);
    r.answers(8, created.addDays(-10), 20);
    r.answers(0, created.addDays(-120), 50); // outside the window: not part of the baseline

    FixStore fixes(r.store());
    const RowId id = require(fixes.create(npsFix(r, created)));
    Fix fix = require(fixes.fix(id));
    REQUIRE(fix.baseline);
    CHECK(*fix.baseline == Approx(0.0));
    CHECK(fix.baselineN == 100);
    CHECK(fix.baselineFrom == created.addDays(-90));
    CHECK(fix.baselineTo == created.addDays(-1));
    CHECK(fix.status == FixStatus::Proposed);

    // Evidence arriving later for the baseline window does not move the captured baseline.
    r.answers(0, created.addDays(-5), 30);
    CHECK(*require(fixes.fix(id)).baseline == Approx(0.0));

    // Not done yet: no result.
    auto pending = require(fixes::measure(r.store(), require(fixes.fix(id)), QDate(2026, 8, 1)));
    CHECK_FALSE(pending.after);

    const QDate done(2026, 7, 1);
    require(fixes.setStatus(id, FixStatus::InProgress, done.addDays(-10)));
    require(fixes.setStatus(id, FixStatus::Done, done));
    fix = require(fixes.fix(id));
    CHECK(fix.doneOn == done);
    CHECK_FALSE(fix.verifiedOn);

    // The day it is done has no result yet.
    CHECK_FALSE(require(fixes::measure(r.store(), fix, done)).after);

    // After: 70 promoters, 10 detractors, 20 passives (NPS +60).
    r.answers(10, done.addDays(5), 70);
    r.answers(2, done.addDays(6), 10);
    r.answers(7, done.addDays(7), 20);
    r.answers(0, done.addDays(120), 40); // after the 90-day window: not part of the result
    const auto outcome = require(fixes::measure(r.store(), fix, done.addDays(200)));
    REQUIRE(outcome.after);
    CHECK(outcome.after->n == 100);
    CHECK(*outcome.after->value == Approx(60.0));
    CHECK(outcome.after->window.from == done.addDays(1));
    CHECK(outcome.after->window.to == done.addDays(90));
    REQUIRE(outcome.change);
    CHECK(outcome.change->delta == Approx(60.0));
    CHECK(outcome.significant == true);
    CHECK(outcome.better == true);

    // Verifying keeps the measured result.
    require(fixes.setStatus(id, FixStatus::Verified, done.addDays(100)));
    fix = require(fixes.fix(id));
    CHECK(fix.verifiedOn == done.addDays(100));
    REQUIRE(fix.result);
    CHECK(*fix.result == Approx(60.0));
}

TEST_CASE("A small sample after a fix is not called significant")
{
    LoopRoom r;
    const QDate created(2026, 6, 1);
    r.answers(10, created.addDays(-30), 40);
    r.answers(3, created.addDays(-20), 40);
    FixStore fixes(r.store());
    const RowId id = require(fixes.create(npsFix(r, created)));
    require(fixes.setStatus(id, FixStatus::Done, QDate(2026, 7, 1)));
    r.answers(10, QDate(2026, 7, 10), 12); // n 12 < 30
    const auto outcome = require(fixes::measure(r.store(), require(fixes.fix(id)), QDate(2026, 9, 1)));
    REQUIRE(outcome.change);
    CHECK(outcome.change->delta == Approx(100.0));
    CHECK(outcome.significant == false);
    CHECK(outcome.better == true);
}

TEST_CASE("A KPI fix reads whole months before creation and after the month it was done")
{
    LoopRoom r;
    const RowId kpi = r.kpi(75, KpiDirection::LowerIsBetter);
    for (int m = 1; m <= 12; ++m)
        r.kpiValue(kpi, QDate(2026, m, 1), m <= 6 ? 80 + m : 60);
    Fix f;
    f.title = QStringLiteral("Case history for every agent");
    f.stageId = r.stage;
    f.ownerDepartmentId = r.care;
    f.metric = QStringLiteral("kpi");
    f.kpiId = kpi;
    f.createdOn = QDate(2026, 5, 14);
    FixStore fixes(r.store());
    const RowId id = require(fixes.create(f));
    Fix fix = require(fixes.fix(id));
    CHECK(fix.baselineN == 3); // February, March, April
    CHECK(*fix.baseline == Approx(83.0));
    require(fixes.setStatus(id, FixStatus::Done, QDate(2026, 6, 20)));
    const auto outcome = require(fixes::measure(r.store(), require(fixes.fix(id)), QDate(2026, 12, 5)));
    REQUIRE(outcome.after);
    CHECK(outcome.after->n == 3); // July, August, September
    CHECK(*outcome.after->value == Approx(60.0));
    CHECK_FALSE(outcome.significant); // a KPI has no sample to test
    CHECK(outcome.better == true);    // lower is better for this KPI
}

TEST_CASE("The board orders fixes by column and position and a removed fix comes back as it was")
{
    LoopRoom r;
    FixStore fixes(r.store());
    QVector<RowId> ids;
    for (int i = 0; i < 3; ++i) {
        Fix f = npsFix(r, QDate(2026, 6, 1));
        f.title = QStringLiteral("Fix %1").arg(i);
        f.due = QDate(2026, 6, 30);
        f.evidence = {{EvidenceKind::Clip, 7}};
        ids << require(fixes.create(f));
    }
    auto titles = [&](FixStatus status) {
        QStringList out;
        FixFilter filter;
        filter.status = status;
        for (const Fix& f : require(fixes.fixes(filter)))
            out << f.title;
        return out.join(QLatin1Char('|'));
    };
    CHECK(titles(FixStatus::Proposed) == QStringLiteral("Fix 0|Fix 1|Fix 2"));
    require(fixes.move(ids[2], FixStatus::Proposed, 0, QDate(2026, 6, 2)));
    CHECK(titles(FixStatus::Proposed) == QStringLiteral("Fix 2|Fix 0|Fix 1"));
    require(fixes.move(ids[0], FixStatus::InProgress, 0, QDate(2026, 6, 2)));
    CHECK(titles(FixStatus::InProgress) == QStringLiteral("Fix 0"));
    CHECK(titles(FixStatus::Proposed) == QStringLiteral("Fix 2|Fix 1"));

    // Done and back: the done day goes with it.
    require(fixes.move(ids[0], FixStatus::Done, 0, QDate(2026, 6, 3)));
    CHECK(require(fixes.fix(ids[0])).doneOn == QDate(2026, 6, 3));
    require(fixes.move(ids[0], FixStatus::InProgress, 0, QDate(2026, 6, 4)));
    CHECK_FALSE(require(fixes.fix(ids[0])).doneOn);

    // Counts for the wall and the report: open fixes past their due date are overdue.
    const auto counts = require(fixes.countsByStage(QDate(2026, 7, 1))).value(r.stage);
    CHECK(counts.open == 3);
    CHECK(counts.overdue == 3);

    const Fix before = require(fixes.fix(ids[1]));
    require(fixes.remove(ids[1]));
    CHECK_FALSE(fixes.fix(ids[1]).ok());
    CHECK(require(fixes.insert(before)) == ids[1]);
    const Fix after = require(fixes.fix(ids[1]));
    CHECK(after.title == before.title);
    CHECK(after.contributingDepartmentIds == before.contributingDepartmentIds);
    CHECK(after.evidence.size() == 1);
    CHECK(after.evidence[0].kind == EvidenceKind::Clip);
    CHECK(after.baselineN == before.baselineN);
}

TEST_CASE("A fix needs a title, an owner of the room and a stage for a survey metric")
{
    LoopRoom r;
    FixStore fixes(r.store());
    Fix f = npsFix(r, QDate(2026, 6, 1));
    f.title = QStringLiteral("  ");
    CHECK_FALSE(fixes.create(f).ok());
    f = npsFix(r, QDate(2026, 6, 1));
    f.ownerDepartmentId = 999;
    CHECK_FALSE(fixes.create(f).ok());
    f = npsFix(r, QDate(2026, 6, 1));
    f.stageId.reset();
    CHECK_FALSE(fixes.create(f).ok());
    f = npsFix(r, QDate(2026, 6, 1));
    f.metric = QStringLiteral("kpi");
    CHECK_FALSE(fixes.create(f).ok());
    CHECK(require(r.store().rowCount(QStringLiteral("fix"))) == 0);
}

TEST_CASE("A complaint spike raises one follow-up; a fluctuation does not")
{
    CHECK(FollowUpRules::isSpike(40, {10, 12, 9, 11, 10, 12}));
    CHECK_FALSE(FollowUpRules::isSpike(30, {10, 24, 4, 18, 8, 20})); // mean 14, 3 SD above is 37.4
    CHECK(FollowUpRules::isSpike(38, {10, 24, 4, 18, 8, 20}));
    CHECK_FALSE(FollowUpRules::isSpike(18, {9, 9, 9, 9, 9, 9})); // 3 SD is 0, but a spike is at least 10 more
    CHECK(FollowUpRules::isSpike(19, {9, 9, 9, 9, 9, 9}));
    CHECK(FollowUpRules::isSpike(20, {10, 10, 10, 10, 10, 10}));
    CHECK_FALSE(FollowUpRules::isSpike(50, {10, 10})); // too little history to tell

    LoopRoom r;
    const QDate thisMonth(2026, 11, 1);
    const int trailing[] = {10, 12, 9, 11, 10, 12};
    const int noisy[] = {10, 24, 4, 18, 8, 20};
    for (int back = 6; back >= 1; --back) {
        r.complaints(QStringLiteral("Missed call-back"), thisMonth.addMonths(-back), trailing[6 - back]);
        r.complaints(QStringLiteral("Long queue"), thisMonth.addMonths(-back), noisy[6 - back]);
    }
    r.complaints(QStringLiteral("Missed call-back"), thisMonth, 40);
    r.complaints(QStringLiteral("Long queue"), thisMonth, 30);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0));
    const auto outcome = require(FollowUpRules::run(r.store(), now));
    CHECK(outcome.raised == 1);
    const auto raised = r.followUps();
    REQUIRE(raised.size() == 1);
    CHECK(raised[0].rule == FollowUpRule::ComplaintSpike);
    CHECK(raised[0].title.contains(QStringLiteral("Missed call-back")));
    CHECK(raised[0].departmentId == r.care);
    CHECK(raised[0].stageId == r.stage);
    CHECK(raised[0].evidence.size() == 40);

    // Running again, or after more of the same month arrives, raises nothing new.
    r.complaints(QStringLiteral("Missed call-back"), thisMonth, 5);
    CHECK(require(FollowUpRules::run(r.store(), now.addSecs(60))).raised == 0);
    CHECK(r.followUps().size() == 1);
}

TEST_CASE("Detractors with a comment raise a follow-up once; others do not")
{
    LoopRoom r;
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0));
    const RowId detractor = r.answer(2, now.addDays(-3), QStringLiteral("Waited 50 minutes and got cut off."));
    r.answer(3, now.addDays(-2));                                          // no comment
    r.answer(9, now.addDays(-2), QStringLiteral("Great help."));           // a promoter
    r.answer(1, now.addDays(-45), QStringLiteral("Long ago."));            // outside the 30 days
    r.answer(2, now.addDays(-2), QStringLiteral("Hard."), SurveyMetric::Ces); // not NPS
    CHECK(require(FollowUpRules::run(r.store(), now)).raised == 1);
    const auto raised = r.followUps();
    REQUIRE(raised.size() == 1);
    CHECK(raised[0].rule == FollowUpRule::Detractor);
    CHECK(raised[0].departmentId == r.care);
    REQUIRE(raised[0].evidence.size() == 1);
    CHECK(raised[0].evidence[0].kind == EvidenceKind::SurveyResponse);
    CHECK(raised[0].evidence[0].id == detractor);
    CHECK(require(FollowUpRules::run(r.store(), now.addDays(1))).raised == 0);
}

TEST_CASE("A KPI turning red raises a follow-up for its owner; staying red does not raise another")
{
    LoopRoom r;
    const RowId kpi = r.kpi(75, KpiDirection::HigherIsBetter, r.digital);
    r.kpiValue(kpi, QDate(2026, 8, 1), 76);
    r.kpiValue(kpi, QDate(2026, 9, 1), 62); // red (amber down to 70)
    r.kpiValue(kpi, QDate(2026, 10, 1), 61);
    const QDateTime now(QDate(2026, 11, 3), QTime(9, 0));
    CHECK(require(FollowUpRules::run(r.store(), now)).raised == 1);
    auto raised = r.followUps();
    REQUIRE(raised.size() == 1);
    CHECK(raised[0].rule == FollowUpRule::KpiRed);
    CHECK(raised[0].departmentId == r.digital);
    CHECK(raised[0].ruleKey.endsWith(QStringLiteral("2026-09")));
    // The month in progress does not count yet.
    r.kpiValue(kpi, QDate(2026, 10, 1), 80);
    r.kpiValue(kpi, QDate(2026, 11, 1), 50);
    CHECK(require(FollowUpRules::run(r.store(), now.addDays(1))).raised == 0);
}

TEST_CASE("Follow-ups are acknowledged, resolved with a note, and escalate to the stage owner when they wait")
{
    LoopRoom r;
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0));
    r.answer(2, now.addDays(-3), QStringLiteral("Cut off twice."));
    r.answer(1, now.addDays(-1), QStringLiteral("Nobody called back."));
    require(FollowUpRules::run(r.store(), now.addDays(-10)));
    require(FollowUpRules::run(r.store(), now));
    FollowUpStore store(r.store());
    auto all = r.followUps();
    REQUIRE(all.size() == 2);
    CHECK_FALSE(store.resolve(all[0].id, QStringLiteral("  "), now).ok()); // a note is required
    require(store.acknowledge(all[0].id, now));
    CHECK(require(store.followUp(all[0].id)).status == FollowUpStatus::Acknowledged);
    require(store.resolve(all[0].id, QStringLiteral("Called back, credit applied."), now));
    const FollowUp resolved = require(store.followUp(all[0].id));
    CHECK(resolved.status == FollowUpStatus::Resolved);
    CHECK(resolved.resolutionNote == QStringLiteral("Called back, credit applied."));

    // The other waits longer than the room's 7 days: the stage owner gets it.
    require(store.setEscalateAfterDays(7));
    const auto later = require(FollowUpRules::run(r.store(), now.addDays(8)));
    CHECK(later.escalated == 1);
    const FollowUp waiting = require(store.followUp(all[1].id));
    REQUIRE(waiting.escalatedAt);
    CHECK(waiting.escalatedToDepartmentId == r.care);
    CHECK(require(FollowUpRules::run(r.store(), now.addDays(9))).escalated == 0);

    // Undo puts it back as it was.
    require(store.restore(all[1]));
    CHECK_FALSE(require(store.followUp(all[1].id)).escalatedAt);
    CHECK(require(FollowUpStore(r.store()).openCountsByStage()).value(r.stage) == 1);
}

TEST_CASE("Search finds every kind of text, highlights the hit and follows edits")
{
    LoopRoom r;
    r.complaints(QStringLiteral("Missed call-back"), QDate(2026, 11, 1), 1,
                 QStringLiteral("The engineer never arrived, and nobody rang."));
    r.answer(3, QDateTime(QDate(2026, 11, 2), QTime(9, 0)), QStringLiteral("Engineers were rude at the café."));
    Call call;
    call.stageId = r.stage;
    call.title = QStringLiteral("Install gone wrong");
    call.startedAt = QDateTime(QDate(2026, 11, 3), QTime(9, 0));
    call.durationSeconds = 120;
    call.transcript = {{0, 10, QStringLiteral("Agent"), QStringLiteral("How can I help?")},
                       {10, 30, QStringLiteral("Customer"), QStringLiteral("My ENGINEER was four hours late.")}};
    const RowId callId = require(r.store().addCall(call));
    Fix f = npsFix(r, QDate(2026, 11, 4));
    f.title = QStringLiteral("Live engineer tracking");
    require(FixStore(r.store()).create(f));

    const auto results = require(EvidenceSearch(r.store()).search(QStringLiteral("engineer")));
    CHECK(results.totals.value(int(SearchKind::Complaint)) == 1);
    CHECK(results.totals.value(int(SearchKind::SurveyComment)) == 1);
    CHECK(results.totals.value(int(SearchKind::Call)) == 1);
    CHECK(results.totals.value(int(SearchKind::Fix)) == 1);
    REQUIRE(results.hits.size() == 4);
    for (const SearchHit& hit : results.hits) {
        INFO(hit.snippet.toStdString());
        REQUIRE_FALSE(hit.highlights.isEmpty());
        CHECK(hit.snippet.mid(hit.highlights[0].first, hit.highlights[0].second).toLower().startsWith(QStringLiteral("engineer")));
        CHECK(hit.stageId == r.stage);
        if (hit.kind == SearchKind::Call) {
            CHECK(hit.id == callId);
            CHECK(hit.atSeconds == Approx(10.0));
            CHECK(hit.snippet.startsWith(QStringLiteral("Customer: ")));
        }
    }

    // Accents are ignored, every word is needed, and quotes typed do no harm.
    CHECK(require(EvidenceSearch(r.store()).search(QStringLiteral("cafe"))).total() == 1);
    CHECK(require(EvidenceSearch(r.store()).search(QStringLiteral("engineer rude"))).total() == 1);
    CHECK(require(EvidenceSearch(r.store()).search(QStringLiteral("\"engineer\" OR \"x"))).total() == 0);
    CHECK(require(EvidenceSearch(r.store()).search(QStringLiteral("  ;; "))).hits.isEmpty());

    // The index follows updates and deletes.
    QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst()));
    for (const QString& name : QSqlDatabase::connectionNames())
        if (QSqlDatabase::database(name).databaseName() == r.room.path)
            q = QSqlQuery(QSqlDatabase::database(name));
    REQUIRE(q.exec(QStringLiteral("UPDATE complaint SET text = 'The technician never arrived.'")));
    CHECK(require(EvidenceSearch(r.store()).search(QStringLiteral("engineer"))).totals.value(int(SearchKind::Complaint)) == 0);
    CHECK(require(EvidenceSearch(r.store()).search(QStringLiteral("technician"))).total() == 1);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM call")));
    CHECK(require(EvidenceSearch(r.store()).search(QStringLiteral("late"))).total() == 0);
}

TEST_CASE("A room from before search is indexed when it is upgraded")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.croom"));
    REQUIRE(RoomStore::createAtVersion(path, 4).ok());
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO complaint(text, received_at, imported_at) "
                                      "VALUES('Router arrived broken', '2026-10-01T10:00:00', '2026-10-02T10:00:00')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO department(name) VALUES('Care')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO fix(title, owner_department_id, status, created_on) "
                                      "VALUES('Test routers', 1, 'verified', '2026-09-01')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    auto store = require(RoomStore::open(path, RoomStore::OpenMode::OpenExisting));
    CHECK(require(EvidenceSearch(*store).search(QStringLiteral("router"))).total() == 2);
    const Fix fix = require(FixStore(*store).fix(1));
    CHECK(fix.doneOn == QDate(2026, 9, 1)); // a fix done before v5 is done from when it was known
}

TEST_CASE("CSV export writes a header and quotes what needs quoting")
{
    LoopRoom r;
    r.complaints(QStringLiteral("Billing, general"), QDate(2026, 11, 1), 1,
                 QStringLiteral("He said \"no\".\nThen call me on 07700 900123."));
    require(FixStore(r.store()).create(npsFix(r, QDate(2026, 11, 2))));
    const QString out = r.room.dir.filePath(QStringLiteral("complaints.csv"));
    CsvExportOptions options;
    options.mask = true;
    CHECK(require(exportCsv(r.store(), CsvTable::Complaints, out, options)) == 1);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("id,received_at,stage,moment,category,")));
    CHECK(text.contains(QStringLiteral("\"Billing, general\"")));
    CHECK(text.contains(QStringLiteral("\"He said \"\"no\"\".\nThen call me on [phone].\"")));
    CHECK(text.endsWith(QStringLiteral("\r\n")));
    CHECK(require(exportCsv(r.store(), CsvTable::Fixes, out, {})) == 1);
    CHECK(require(exportCsv(r.store(), CsvTable::FollowUps, out, {})) == 0);
    CHECK(csvField(QStringLiteral(" padded")) == QStringLiteral("\" padded\""));
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
}

TEST_CASE("Removing a stage moves its evidence to Unassigned and an undo puts everything back")
{
    LoopRoom r;
    Stage pay;
    pay.name = QStringLiteral("Pay");
    pay.ownerDepartmentId = r.digital;
    SetupStore setup(r.store());
    const RowId payId = require(setup.addStage(pay, 5));
    Moment bill;
    bill.stageId = r.stage;
    bill.name = QStringLiteral("First bill");
    bill.isKey = true;
    const RowId billId = require(setup.addMoment(bill, 0));
    r.complaints(QStringLiteral("Wrong bill"), QDate(2026, 10, 1), 3);
    const RowId kpi = r.kpi(80);
    r.kpiValue(kpi, QDate(2026, 10, 1), 70);
    require(FixStore(r.store()).create(npsFix(r, QDate(2026, 10, 5))));
    require(setup.setMaturity(r.stage, Maturity::Broken, QDate(2026, 9, 1)));
    const auto stagesBefore = require(r.store().stages());
    CHECK(stagesBefore.size() == 2);
    CHECK(stagesBefore[0].id == r.stage); // "Pay" went last
    CHECK(stagesBefore[1].id == payId);

    const Removal removal = require(setup.removeStage(r.stage));
    CHECK(require(r.store().stages()).size() == 1);
    CHECK(require(r.store().complaintTotal(std::nullopt, {})) == 3); // the evidence is in the tray
    CHECK(require(r.store().rowCount(QStringLiteral("complaint"))) == 3);
    CHECK(require(r.store().moments(r.stage)).isEmpty());
    CHECK(require(r.store().kpis(std::nullopt)).size() == 1); // the KPI lost its stage, not its values
    CHECK(require(r.store().kpiValues(kpi, {})).size() == 1);

    require(setup.restore(removal));
    const auto stagesAfter = require(r.store().stages());
    REQUIRE(stagesAfter.size() == 2);
    CHECK(stagesAfter[0].id == r.stage);
    CHECK(stagesAfter[0].name == QStringLiteral("Get help"));
    CHECK(stagesAfter[0].ownerDepartmentId == r.care);
    CHECK(stagesAfter[0].contributingDepartmentIds == QVector<RowId>{r.digital});
    CHECK(require(r.store().complaintTotal(r.stage, {})) == 3);
    const auto moments = require(r.store().moments(r.stage));
    REQUIRE(moments.size() == 1);
    CHECK(moments[0].id == billId);
    CHECK(moments[0].isKey);
    CHECK(require(r.store().kpis(r.stage)).size() == 1);
    CHECK(require(FixStore(r.store()).fixes())[0].stageId == r.stage);
    CHECK(require(setup.maturityHistory(r.stage)).size() >= 1);
}

TEST_CASE("Set-up edits: order, names, maturity by month, KPIs with their values, departments that own fixes")
{
    LoopRoom r;
    SetupStore setup(r.store());
    Stage join;
    join.name = QStringLiteral("Join");
    const RowId joinId = require(setup.addStage(join, 0));
    CHECK(require(r.store().stages())[0].id == joinId);
    require(setup.moveStage(joinId, 5));
    CHECK(require(r.store().stages())[1].id == joinId);
    join.id = joinId;
    join.name = QStringLiteral("Get help"); // taken
    CHECK_FALSE(setup.updateStage(join).ok());
    join.name = QStringLiteral("Sign up");
    join.ownerDepartmentId = r.digital;
    join.contributingDepartmentIds = {r.care, r.digital}; // the owner is not also a contributor
    require(setup.updateStage(join));
    const Stage saved = require(r.store().stages())[1];
    CHECK(saved.name == QStringLiteral("Sign up"));
    CHECK(saved.ownerDepartmentId == r.digital);
    CHECK(saved.contributingDepartmentIds == QVector<RowId>{r.care});

    require(setup.setMaturity(joinId, Maturity::Broken, QDate(2026, 3, 10)));
    require(setup.setMaturity(joinId, Maturity::Differentiating, QDate(2026, 9, 1)));
    const auto history = require(setup.maturityHistory(joinId));
    REQUIRE(history.size() >= 2);
    CHECK(history.front().month <= QDate(2026, 3, 1));
    CHECK(history.back().maturity == Maturity::Differentiating);
    CHECK(require(r.store().stages())[1].maturity == Maturity::Differentiating);

    const RowId kpi = r.kpi(80);
    r.kpiValue(kpi, QDate(2026, 9, 1), 75);
    r.kpiValue(kpi, QDate(2026, 10, 1), 78);
    Kpi k = require(r.store().allKpis())[0];
    k.target = 85;
    k.amberBand = 3;
    k.ownerDepartmentId = r.digital;
    require(setup.updateKpi(k));
    CHECK(require(r.store().allKpis())[0].target == 85.0);
    const Removal gone = require(setup.removeKpi(kpi));
    CHECK(require(r.store().kpiValues(kpi, {})).isEmpty());
    require(setup.restore(gone));
    CHECK(require(r.store().kpiValues(kpi, {})).size() == 2);
    CHECK(require(r.store().allKpis())[0].ownerDepartmentId == r.digital);

    // A department that owns a fix cannot go; one that does not, can, and comes back.
    require(FixStore(r.store()).create(npsFix(r, QDate(2026, 10, 5))));
    const auto refused = setup.removeDepartment(r.care);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("fixes")));
    const Removal digital = require(setup.removeDepartment(r.digital));
    CHECK(require(r.store().departments()).size() == 1);
    CHECK_FALSE(require(r.store().stages())[1].ownerDepartmentId);
    require(setup.restore(digital));
    CHECK(require(r.store().stages())[1].ownerDepartmentId == r.digital);
    CHECK(require(r.store().allKpis())[0].ownerDepartmentId == r.digital);
}

TEST_CASE("Where customers hurt most: more complaints, a rise, detractors and red KPIs rank a stage first")
{
    CHECK(HurtRanking::rise(10, 10) == 0.0);
    CHECK(HurtRanking::rise(5, 10) == 0.0);             // a fall counts nothing
    CHECK(HurtRanking::rise(15, 10) == Approx(0.5));
    CHECK(HurtRanking::rise(4, 0) == Approx(0.8));      // from nothing: measured against 5
    CHECK(HurtRanking::rise(100, 10) == Approx(1.0));   // capped
    CHECK(HurtRanking::fixDiscount(0) == 1.0);
    CHECK(HurtRanking::fixDiscount(5) == Approx(0.7));  // at most 30 % off

    LoopRoom r;
    Stage calm;
    calm.name = QStringLiteral("Pay");
    calm.position = 2;
    const RowId calmId = require(r.store().addStage(calm));
    const QDate month(2026, 10, 1);
    r.complaints(QStringLiteral("Call-back missed"), month.addMonths(-1), 10);
    r.complaints(QStringLiteral("Call-back missed"), month, 30);
    r.answers(2, month.addDays(3), 20);
    r.answers(9, month.addDays(4), 20);
    for (int i = 0; i < 5; ++i) {
        Complaint c;
        c.stageId = calmId;
        c.category = QStringLiteral("Bill unclear");
        c.receivedAt = QDateTime(month.addDays(i), QTime(9, 0));
        require(r.store().addComplaint(c));
    }
    const RowId kpi = r.kpi(80);
    r.kpiValue(kpi, month, 60); // red

    const auto wall = require(buildWallSnapshot(r.store(), Period::month(month), QDate(2026, 11, 20)));
    const auto stages = HurtRanking::stages(wall, QDate(2026, 11, 20));
    REQUIRE(stages.size() == 2);
    CHECK(stages[0].stageId == r.stage);
    CHECK(stages[0].complaints == 30);
    CHECK(stages[0].previousComplaints == 10);
    CHECK(stages[0].complaintShare == Approx(30.0 / 35));
    CHECK(stages[0].rise == Approx(1.0));
    REQUIRE(stages[0].detractorShare);
    CHECK(*stages[0].detractorShare == Approx(0.5));
    CHECK(stages[0].kpisRed == 1);
    CHECK(stages[0].hurt == Approx(100 * (0.35 * 30.0 / 35 + 0.15 + 0.30 * 0.5 + 0.20)));
    CHECK_FALSE(stages[1].detractorShare); // no answers: not counted, not zero
    CHECK(stages[0].hurt > stages[1].hurt);

    // Two open fixes on it take 20 % off.
    require(FixStore(r.store()).create(npsFix(r, QDate(2026, 11, 1))));
    require(FixStore(r.store()).create(npsFix(r, QDate(2026, 11, 2))));
    const auto withFixes = require(buildWallSnapshot(r.store(), Period::month(month), QDate(2026, 11, 20)));
    const auto again = HurtRanking::stages(withFixes, QDate(2026, 11, 20));
    CHECK(again[0].openFixes == 2);
    CHECK(again[0].hurt == Approx(stages[0].hurt * 0.8));

    const auto categories = HurtRanking::categories(wall, QDate(2026, 11, 20));
    REQUIRE(categories.size() == 2);
    CHECK(categories[0].name == QStringLiteral("Call-back missed"));
    CHECK_FALSE(HurtRanking::formula().isEmpty());
}
