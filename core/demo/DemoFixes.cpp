// The demo's fixes (every status; before and after measured from the
// evidence, as for any fix) and its three past reviews with their decisions.
#include "demo/DemoContext.h"

#include "demo/DemoScript.h"
#include "fixes/FixMeasure.h"
#include "store/ReviewStore.h"
#include "store/RoomStore.h"

#include <QCoreApplication>

namespace cr::demo_build {

Status addFixesAndReviews(Context& c)
{
    QHash<QString, QString> topCategory; // stage -> its first (largest) category
    for (const auto& s : demo::stages())
        topCategory.insert(str(s.name), str(s.categories.first().category));

    for (const auto& f : demo::fixes()) {
        Fix fix;
        const QString stage = str(f.stage);
        fix.stageId = c.stageIds.value(stage);
        fix.title = str(f.title);
        fix.description = str(f.description);
        fix.ownerDepartmentId = c.departmentIds.value(str(f.owner));
        for (const char* d : f.contributors)
            fix.contributingDepartmentIds.append(c.departmentIds.value(str(d)));
        fix.status = f.status;
        fix.createdOn = c.month(f.createdMonth).addDays(c.rng.between(2, 20));
        fix.due = c.month(f.dueMonth).addMonths(1).addDays(-1);
        // Verified in the last month: after that month's review (held by the
        // 21st), so the next agenda celebrates them.
        if (f.status == FixStatus::Verified)
            fix.verifiedOn = c.month(f.verifiedMonth)
                                 .addDays(f.verifiedMonth == kMonths - 1 ? c.rng.between(22, 27) : c.rng.between(5, 20));
        const QString metric = str(f.metric);
        if (metric == QLatin1String("nps")) {
            fix.metric = metric;
        } else {
            fix.metric = QStringLiteral("kpi");
            fix.kpiId = c.kpiIds.value(metric);
        }
        fix.goal = f.goal;
        // Done when the change went live: the month before the KPI's step,
        // else two months after it was created. Baseline and result are
        // measured from the evidence, as for any fix.
        if (f.status == FixStatus::Done || f.status == FixStatus::Verified) {
            int doneMonth = std::min(f.createdMonth + 2, kMonths - 2);
            for (const auto& st : demo::stages())
                for (const auto& k : st.kpis)
                    if (metric == str(k.name) && k.stepMonth > f.createdMonth)
                        doneMonth = k.stepMonth - 1;
            fix.doneOn = c.month(doneMonth).addDays(c.rng.between(8, 24));
        }
        if (auto captured = fixes::captureBaseline(c.store, fix); !captured)
            return captured;
        if (fix.verifiedOn) {
            auto outcome = fixes::measure(c.store, fix, *fix.verifiedOn);
            if (!outcome)
                return outcome.error();
            if (outcome->after)
                fix.result = outcome->after->value;
        }
        const auto complaints =
            c.complaintIdsByStageCategory.value(stage + QLatin1Char('|') + topCategory.value(stage));
        for (int i = 0; i < std::min<int>(3, complaints.size()); ++i)
            fix.evidence.append({EvidenceKind::Complaint, complaints[i]});
        if (c.callIdByStage.contains(stage))
            fix.evidence.append({EvidenceKind::Call, c.callIdByStage.value(stage)});
        if (fix.kpiId)
            fix.evidence.append({EvidenceKind::Kpi, *fix.kpiId});
        auto id = c.store.addFix(fix);
        if (!id)
            return id.error();
    }

    QStringList leaders{QStringLiteral("Jonathan Hale (CEO)")};
    for (const auto& d : demo::departments())
        leaders << str(d.leader);
    // Three past reviews, each of the month before it was held; a review's
    // decisions are closed by the next one, the last review's stay open for
    // today's agenda.
    struct DemoDecision
    {
        const char* stage; // nullptr: the whole journey
        const char* text;
    };
    const QVector<DemoDecision> decisions[] = {
        {{"Get connected", QT_TRANSLATE_NOOP("DemoRoom", "Field Engineering to roll two-hour windows out to every region.")},
         {"Get help", QT_TRANSLATE_NOOP("DemoRoom", "Customer Care and Digital to scope one case history across channels.")}},
        {{"Pay", QT_TRANSLATE_NOOP("DemoRoom", "Billing to explain the part-month charge before checkout, not after the first bill.")},
         {nullptr, QT_TRANSLATE_NOOP("DemoRoom", "Listen to a 'Renew or leave' call at every review until churn is back under target.")}},
        {{"Get connected", QT_TRANSLATE_NOOP("DemoRoom", "Verify the two-hour windows against installs on first appointment.")},
         {"Get help", QT_TRANSLATE_NOOP("DemoRoom", "Customer Care to bring a call-back plan to the next review.")},
         {"Renew or leave", QT_TRANSLATE_NOOP("DemoRoom", "Sales and Care to agree one loyalty price before renewal letters go out.")}},
    };
    QVector<RowId> previousDecisions;
    ReviewStore reviews(c.store);
    for (int i = 0; i < 3; ++i) {
        const QDate month = c.month(kMonths - 4 + i);
        ReviewRecord record;
        Review& r = record.review;
        // Second Tuesday of the month after the one under review.
        QDate day = month.addMonths(1);
        while (day.dayOfWeek() != Qt::Tuesday)
            day = day.addDays(1);
        r.heldOn = day.addDays(7);
        r.title = QCoreApplication::translate("DemoRoom", "Monthly customer review – %1")
                      .arg(month.toString(QStringLiteral("MMMM yyyy")));
        r.attendees = leaders;
        r.periodFrom = month;
        r.periodTo = month.addMonths(1).addDays(-1);
        r.notes = QCoreApplication::translate(
            "DemoRoom", "Walked the wall stage by stage and played one call per broken stage.");
        for (const DemoDecision& d : decisions[i]) {
            ReviewDecision decision;
            decision.text = QCoreApplication::translate("DemoRoom", d.text);
            if (d.stage)
                decision.stageId = c.stageIds.value(str(d.stage));
            record.decisions.append(decision);
        }
        for (RowId id : previousDecisions)
            record.closedDecisions.append({id, DecisionStatus::Done});
        auto id = reviews.record(record);
        if (!id)
            return id.error();
        auto made = reviews.decisions(*id);
        if (!made)
            return made.error();
        previousDecisions.clear();
        for (const ReviewDecision& d : *made)
            previousDecisions.append(d.id);
    }
    return success();
}

} // namespace cr::demo_build
