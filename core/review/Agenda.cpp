#include "review/Agenda.h"

#include "store/ReviewStore.h"
#include "store/RoomStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cr {

namespace {

QString signedNumber(double v, int decimals = 0)
{
    const QString digits = QLocale().toString(std::abs(v), 'f', decimals);
    if (std::round(v * std::pow(10, decimals)) == 0)
        return QLocale().toString(0.0, 'f', decimals);
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + digits;
}

QString kpiValueText(double value, const QString& unit, int extraDecimals = 0)
{
    const int decimals = (std::abs(value) >= 100 || unit == QLatin1String("count") ? 0 : 1) + extraDecimals;
    const QString number = QLocale().toString(value, 'f', decimals);
    if (unit.isEmpty() || unit == QLatin1String("count"))
        return number;
    // No-break spaces: a wrapped line never leaves the unit without its number.
    return unit == QLatin1String("%") ? number + QStringLiteral("\u202F%") : number + QChar(0x00A0) + unit;
}

void addScoreChanges(AgendaStage& page, const QString& stage, const StageWall& s)
{
    if (!s.report.change || !s.previous)
        return;
    const StageChange& c = *s.report.change;
    auto add = [&](bool better, const QString& text) {
        page.changes.append({page.stageIndex, stage, text, better});
    };
    if (c.nps && c.nps->significant && s.report.nps && s.previous->nps)
        add(c.nps->delta > 0, QCoreApplication::translate("Agenda", "NPS %1 %2 points: %3 → %4 (n %5 → %6)")
                                  .arg(c.nps->delta > 0 ? QCoreApplication::translate("Agenda", "up") : QCoreApplication::translate("Agenda", "down"))
                                  .arg(QLocale().toString(std::abs(c.nps->delta), 'f', 0))
                                  .arg(signedNumber(s.previous->nps->score), signedNumber(s.report.nps->score))
                                  .arg(s.previous->nps->n)
                                  .arg(s.report.nps->n));
    if (c.csat && c.csat->significant && s.report.csat && s.previous->csat)
        add(c.csat->delta > 0, QCoreApplication::translate("Agenda", "CSAT %1 %2 points: %3 % → %4 % (n %5 → %6)")
                                   .arg(c.csat->delta > 0 ? QCoreApplication::translate("Agenda", "up") : QCoreApplication::translate("Agenda", "down"))
                                   .arg(QLocale().toString(std::abs(c.csat->delta), 'f', 0))
                                   .arg(QLocale().toString(s.previous->csat->score, 'f', 0),
                                        QLocale().toString(s.report.csat->score, 'f', 0))
                                   .arg(s.previous->csat->n)
                                   .arg(s.report.csat->n));
    if (c.ces && c.ces->significant && s.report.ces && s.previous->ces)
        add(c.ces->delta < 0, QCoreApplication::translate("Agenda", "Effort (CES) %1: %2 → %3 of 7 (n %4 → %5)")
                                  .arg(c.ces->delta < 0 ? QCoreApplication::translate("Agenda", "easier") : QCoreApplication::translate("Agenda", "harder"))
                                  .arg(QLocale().toString(s.previous->ces->mean, 'f', 1),
                                       QLocale().toString(s.report.ces->mean, 'f', 1))
                                  .arg(s.previous->ces->n)
                                  .arg(s.report.ces->n));
    if (c.complaints.significant)
        add(c.complaints.delta < 0, QCoreApplication::translate("Agenda", "Complaints %1: %2 → %3")
                                        .arg(c.complaints.delta < 0 ? QCoreApplication::translate("Agenda", "down") : QCoreApplication::translate("Agenda", "up"))
                                        .arg(s.previous->complaints.total)
                                        .arg(s.report.complaints.total));
    for (const CategoryTrend& t : s.categories)
        if (t.change.significant)
            add(t.change.delta < 0, QCoreApplication::translate("Agenda", "“%1” complaints %2: %3 → %4")
                                        .arg(t.category, t.change.delta < 0 ? QCoreApplication::translate("Agenda", "down") : QCoreApplication::translate("Agenda", "up"))
                                        .arg(t.previousCount)
                                        .arg(t.count));
    // A KPI counts when its status changes (meets the target, or no longer does).
    for (const KpiReport& k : s.report.kpis) {
        if (!k.status || !k.value)
            continue;
        for (const KpiReport& before : s.previous->kpis) {
            if (before.kpi.id != k.kpi.id || !before.status || *before.status == *k.status)
                continue;
            const bool better = int(*k.status) < int(*before.status); // Green < Amber < Red
            const QString word = *k.status == metrics::KpiStatus::Green   ? QCoreApplication::translate("Agenda", "now on target")
                                 : *k.status == metrics::KpiStatus::Amber ? QCoreApplication::translate("Agenda", "now near target")
                                                                          : QCoreApplication::translate("Agenda", "now off target");
            // Two values that round alike get one more decimal ("8.3 → 7.9", not "8 → 8").
            int extra = 0;
            while (extra < 2 && kpiValueText(*before.value, k.kpi.unit, extra) == kpiValueText(*k.value, k.kpi.unit, extra))
                ++extra;
            add(better, QCoreApplication::translate("Agenda", "%1 %2: %3 → %4")
                            .arg(k.kpi.name, word, kpiValueText(*before.value, k.kpi.unit, extra),
                                 kpiValueText(*k.value, k.kpi.unit, extra)));
        }
    }
    std::stable_sort(page.changes.begin(), page.changes.end(),
                     [](const AgendaChange& a, const AgendaChange& b) { return !a.better && b.better; });
}

QString metricName(const Fix& fix, const StageWall* stage)
{
    if (fix.kpiId && stage)
        for (const KpiReport& k : stage->report.kpis)
            if (k.kpi.id == *fix.kpiId)
                return k.kpi.name;
    if (fix.kpiId)
        return QCoreApplication::translate("Agenda", "KPI");
    return fix.metric.toUpper();
}

} // namespace

bool isOpen(const Fix& fix)
{
    return fix.status == FixStatus::Proposed || fix.status == FixStatus::InProgress;
}

bool isOverdue(const Fix& fix, QDate today)
{
    return isOpen(fix) && fix.due && *fix.due < today;
}

Result<Agenda> buildAgenda(RoomStore& store, const WallSnapshot& wall, QDate today)
{
    Agenda agenda;
    agenda.today = today;
    agenda.comparison = wall.comparison;
    ReviewStore reviews(store);
    // What changed and what is celebrated count from the review before this
    // meeting: a review saved today is this meeting's own record, and opening
    // the agenda again after saving must celebrate the same fixes. Its
    // decisions are open decisions like any other and are listed.
    auto all = reviews.reviews();
    if (!all)
        return all.error();
    for (const Review& r : *all) {
        if (r.heldOn < today) {
            agenda.lastReview = r; // newest first
            break;
        }
    }
    auto open = reviews.openDecisions();
    if (!open)
        return open.error();
    agenda.celebratedSince = agenda.lastReview ? agenda.lastReview->heldOn : today.addDays(-90);

    ClipStore clips(store);
    for (int i = 0; i < wall.stages.size(); ++i) {
        const StageWall& s = wall.stages[i];
        AgendaStage page;
        page.stageIndex = i;
        page.dwellSeconds = s.report.stage.tourDwellSeconds.value_or(kDefaultDwellSeconds);
        addScoreChanges(page, s.report.stage.name, s);
        for (const AgendaChange& c : page.changes)
            (c.better ? agenda.improved : agenda.worsened).append(c);
        for (const ReviewDecision& d : *open)
            if (d.stageId && *d.stageId == s.report.stage.id)
                page.decisions.append(d);
        for (const CategoryTrend& t : s.categories)
            if (t.count > 0 && page.topCategories.size() < kAgendaCategories)
                page.topCategories.append(t);

        auto featured = clips.featuredClip(s.report.stage.id);
        if (!featured)
            return featured.error();
        page.featuredClip = *featured;
        if (page.featuredClip) {
            auto call = store.call(page.featuredClip->callId);
            if (!call)
                return call.error();
            page.featuredCall = *call;
        } else if (!s.calls.isEmpty()) {
            page.featuredCall = s.calls.first();
        }

        for (const Fix& f : s.fixes) {
            if (isOpen(f) || f.status == FixStatus::Done)
                page.openFixes.append(f);
            if (isOverdue(f, today))
                page.overdueFixes.append(f);
            if (f.status == FixStatus::Verified && f.verifiedOn && *f.verifiedOn > agenda.celebratedSince)
                agenda.celebrated.append({f, i, metricName(f, &s)});
        }
        agenda.stages.append(page);
    }
    for (const ReviewDecision& d : *open)
        if (!d.stageId)
            agenda.roomDecisions.append(d);
    std::stable_sort(agenda.celebrated.begin(), agenda.celebrated.end(),
                     [](const CelebratedFix& a, const CelebratedFix& b) { return *a.fix.verifiedOn > *b.fix.verifiedOn; });
    return agenda;
}

} // namespace cr
