#include "followups/FollowUpRules.h"

#include "metrics/Metrics.h"
#include "store/FollowUpStore.h"
#include "store/RoomStore.h"

#include <QLocale>

#include <cmath>
#include <map>

namespace cr {

namespace {

QDate firstOfMonth(const QDate& d)
{
    return QDate(d.year(), d.month(), 1);
}

QString monthName(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString shortened(const QString& text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + QChar(0x2026);
}

struct RoomShape
{
    QHash<RowId, Stage> stages;
    QHash<RowId, Department> departments;
    std::optional<RowId> ownerOf(std::optional<RowId> stageId) const
    {
        if (!stageId || !stages.contains(*stageId))
            return std::nullopt;
        return stages.value(*stageId).ownerDepartmentId;
    }
    QString stageName(RowId stageId) const { return stages.value(stageId).name; }
};

Result<int> raiseDetractors(FollowUpStore& followUps, const RoomShape& room, const QDateTime& now)
{
    auto answers = followUps.detractorsWithComments(now.addDays(-FollowUpRules::kDetractorWindowDays), now);
    if (!answers)
        return answers.error();
    int raised = 0;
    for (const auto& a : *answers) {
        FollowUp f;
        f.rule = FollowUpRule::Detractor;
        f.ruleKey = QStringLiteral("detractor:%1").arg(a.id);
        f.stageId = a.stageId;
        f.departmentId = room.ownerOf(a.stageId);
        f.title = FollowUpRules::tr("Detractor (%1 of 10) on %2: \u201c%3\u201d")
                      .arg(a.score)
                      .arg(room.stageName(a.stageId), shortened(a.comment, 80));
        f.detail = a.respondentRef.isEmpty()
                       ? FollowUpRules::tr("Answered %1: %2").arg(QLocale().toString(a.respondedAt.date(), QLocale::ShortFormat), a.comment)
                       : FollowUpRules::tr("%1 answered %2: %3")
                             .arg(a.respondentRef, QLocale().toString(a.respondedAt.date(), QLocale::ShortFormat), a.comment);
        f.raisedAt = now;
        f.evidence.append({EvidenceKind::SurveyResponse, a.id});
        auto isNew = followUps.raise(f);
        if (!isNew)
            return isNew.error();
        raised += *isNew ? 1 : 0;
    }
    return raised;
}

Result<int> raiseSpikes(FollowUpStore& followUps, const RoomShape& room, const QDateTime& now)
{
    auto first = followUps.firstComplaintMonth();
    if (!first)
        return first.error();
    if (!*first)
        return 0;
    const QDate thisMonth = firstOfMonth(now.date());
    const QDate checkFrom = thisMonth.addMonths(-1);
    const QDate historyFrom = std::max(**first, checkFrom.addMonths(-FollowUpRules::kSpikeTrailingMonths));
    auto counts = followUps.monthlyCategoryCounts(historyFrom, now);
    if (!counts)
        return counts.error();
    // (stage, category) -> month -> count
    std::map<std::pair<RowId, QString>, std::map<QDate, int>> series;
    for (const auto& c : *counts)
        series[{c.stageId, c.category}][c.month] = c.count;
    int raised = 0;
    for (const auto& [key, months] : series) {
        for (QDate month = checkFrom; month <= thisMonth; month = month.addMonths(1)) {
            const auto found = months.find(month);
            if (found == months.end())
                continue;
            QVector<int> trailing;
            for (int back = FollowUpRules::kSpikeTrailingMonths; back >= 1; --back) {
                const QDate m = month.addMonths(-back);
                if (m < **first)
                    continue; // before the room knew any complaint: unknown, not zero
                const auto it = months.find(m);
                trailing.append(it == months.end() ? 0 : it->second);
            }
            if (!FollowUpRules::isSpike(found->second, trailing))
                continue;
            double mean = 0;
            for (int t : trailing)
                mean += t;
            mean /= trailing.size();
            const auto& [stageId, category] = key;
            FollowUp f;
            f.rule = FollowUpRule::ComplaintSpike;
            f.ruleKey = QStringLiteral("spike:%1:%2:%3").arg(stageId).arg(category, month.toString(QStringLiteral("yyyy-MM")));
            f.stageId = stageId;
            f.departmentId = room.ownerOf(stageId);
            f.title = FollowUpRules::tr("Complaint spike on %1: %2").arg(room.stageName(stageId), category);
            f.detail = FollowUpRules::tr("%1 complaints in %2 against %3 a month over the %4 months before.")
                           .arg(found->second)
                           .arg(monthName(month), QLocale().toString(mean, 'f', 1))
                           .arg(trailing.size());
            f.raisedAt = now;
            auto ids = followUps.complaintIds(stageId, category, month, 50);
            if (!ids)
                return ids.error();
            for (RowId id : *ids)
                f.evidence.append({EvidenceKind::Complaint, id});
            auto isNew = followUps.raise(f);
            if (!isNew)
                return isNew.error();
            raised += *isNew ? 1 : 0;
        }
    }
    return raised;
}

Result<int> raiseRedKpis(RoomStore& store, FollowUpStore& followUps, const RoomShape& room, const QDateTime& now)
{
    auto kpis = store.allKpis();
    if (!kpis)
        return kpis.error();
    const QDate thisMonth = firstOfMonth(now.date());
    const QDate checkFrom = thisMonth.addMonths(-3);
    int raised = 0;
    for (const Kpi& kpi : *kpis) {
        if (!kpi.target)
            continue;
        auto values = store.kpiValues(kpi.id, DateRange{checkFrom.addMonths(-1), thisMonth});
        if (!values)
            return values.error();
        std::optional<metrics::KpiStatus> before;
        std::optional<QDate> beforeMonth;
        for (const KpiValue& v : *values) {
            const auto status = metrics::kpiStatus(v.value, *kpi.target, kpi.direction, kpi.amberBand);
            const bool follows = beforeMonth && *beforeMonth == v.period.addMonths(-1);
            const bool turnedRed = status == metrics::KpiStatus::Red &&
                                   (!follows || before != metrics::KpiStatus::Red);
            // A month's value counts once the month is over.
            if (turnedRed && v.period >= checkFrom && v.period < thisMonth) {
                FollowUp f;
                f.rule = FollowUpRule::KpiRed;
                f.ruleKey = QStringLiteral("kpi_red:%1:%2").arg(kpi.id).arg(v.period.toString(QStringLiteral("yyyy-MM")));
                f.stageId = kpi.stageId;
                f.departmentId = kpi.ownerDepartmentId ? kpi.ownerDepartmentId : room.ownerOf(kpi.stageId);
                const QString unit = kpi.unit.isEmpty() ? QString() : QStringLiteral("\u00a0") + kpi.unit;
                f.title = FollowUpRules::tr("%1 turned red in %2").arg(kpi.name, monthName(v.period));
                f.detail = FollowUpRules::tr("%1%2 against a target of %3%2.")
                               .arg(QLocale().toString(v.value, 'f', 1), unit,
                                    QLocale().toString(*kpi.target, 'f', 1));
                f.raisedAt = now;
                f.evidence.append({EvidenceKind::Kpi, kpi.id});
                auto isNew = followUps.raise(f);
                if (!isNew)
                    return isNew.error();
                raised += *isNew ? 1 : 0;
            }
            before = status;
            beforeMonth = v.period;
        }
    }
    return raised;
}

Result<int> escalateWaiting(FollowUpStore& followUps, const RoomShape& room, const QDateTime& now)
{
    auto open = followUps.followUps(FollowUpFilter{std::nullopt, std::nullopt, true});
    if (!open)
        return open.error();
    const int days = followUps.escalateAfterDays();
    int escalated = 0;
    for (const FollowUp& f : *open) {
        if (f.escalatedAt || !f.isOverdue(days, now))
            continue;
        // The stage's owner hears of it through the department's leader, by name.
        const auto owner = room.ownerOf(f.stageId);
        const Department leader = owner ? room.departments.value(*owner) : Department{};
        const QString reason =
            leader.leader.isEmpty()
                ? FollowUpRules::tr("Unresolved after %1 days.").arg(f.raisedAt.daysTo(now))
                : FollowUpRules::tr("Unresolved after %1 days; for %2, who leads %3.")
                      .arg(f.raisedAt.daysTo(now))
                      .arg(leader.leader, leader.name);
        if (auto r = followUps.escalate(f.id, room.ownerOf(f.stageId), reason, now); !r)
            return r.error();
        ++escalated;
    }
    return escalated;
}

} // namespace

bool FollowUpRules::isSpike(int count, const QVector<int>& trailing)
{
    if (trailing.size() < kSpikeMinimumHistory)
        return false;
    double mean = 0;
    for (int t : trailing)
        mean += t;
    mean /= trailing.size();
    double squares = 0;
    for (int t : trailing)
        squares += (t - mean) * (t - mean);
    const double sd = std::sqrt(squares / (trailing.size() - 1));
    return count > mean + kSpikeDeviations * sd && count - mean >= kSpikeMinimumExcess;
}

Result<FollowUpRunOutcome> FollowUpRules::run(RoomStore& store, const QDateTime& now)
{
    RoomShape room;
    auto stages = store.stages();
    if (!stages)
        return stages.error();
    for (const Stage& s : *stages)
        room.stages.insert(s.id, s);
    auto departments = store.departments();
    if (!departments)
        return departments.error();
    for (const Department& d : *departments)
        room.departments.insert(d.id, d);
    FollowUpStore followUps(store);
    RoomStore::Transaction tx(store);
    FollowUpRunOutcome outcome;
    auto detractors = raiseDetractors(followUps, room, now);
    if (!detractors)
        return detractors.error();
    auto spikes = raiseSpikes(followUps, room, now);
    if (!spikes)
        return spikes.error();
    auto red = raiseRedKpis(store, followUps, room, now);
    if (!red)
        return red.error();
    auto escalated = escalateWaiting(followUps, room, now);
    if (!escalated)
        return escalated.error();
    outcome.raised = *detractors + *spikes + *red;
    outcome.escalated = *escalated;
    if (auto c = tx.commit(); !c)
        return c.error();
    return outcome;
}

} // namespace cr
