#include "priorities/HurtRanking.h"

#include <algorithm>
#include <functional>

namespace cr {

namespace {

int totalComplaints(const WallSnapshot& wall)
{
    int total = 0;
    for (const StageWall& s : wall.stages)
        total += s.report.complaints.total;
    return total;
}

std::optional<double> detractorShare(const StageWall& s, int* answers)
{
    *answers = s.report.nps ? s.report.nps->n : 0;
    if (!s.report.nps || s.report.nps->n < HurtRanking::kMinimumAnswers)
        return std::nullopt;
    return double(s.report.nps->detractors) / s.report.nps->n;
}

void countKpis(const QVector<KpiReport>& kpis, std::optional<RowId> momentId, HurtRow& row)
{
    for (const KpiReport& k : kpis) {
        if (momentId && k.kpi.momentId != momentId)
            continue;
        ++row.kpis;
        if (k.status == metrics::KpiStatus::Red)
            ++row.kpisRed;
        else if (k.status == metrics::KpiStatus::Amber)
            ++row.kpisAmber;
    }
}

double kpiShare(const HurtRow& row)
{
    return row.kpis > 0 ? (row.kpisRed + 0.5 * row.kpisAmber) / row.kpis : 0.0;
}

void countFixes(const StageWall& s, const QDate& today, const std::function<bool(const Fix&)>& about, HurtRow& row)
{
    for (const Fix& f : s.fixes) {
        if (!f.isOpen() || !about(f))
            continue;
        ++row.openFixes;
        row.overdueFixes += f.isOverdue(today) ? 1 : 0;
    }
}

void sortWorstFirst(QVector<HurtRow>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const HurtRow& a, const HurtRow& b) { return a.hurt > b.hurt; });
}

} // namespace

double HurtRanking::rise(int now, int before)
{
    if (now <= before)
        return 0;
    return std::min(1.0, double(now - before) / std::max(before, kRiseFloor));
}

double HurtRanking::fixDiscount(int openFixes)
{
    return 1.0 - 0.1 * std::min(openFixes, 3);
}

QVector<HurtRow> HurtRanking::stages(const WallSnapshot& wall, const QDate& today)
{
    const int all = totalComplaints(wall);
    QVector<HurtRow> rows;
    for (const StageWall& s : wall.stages) {
        HurtRow row;
        row.kind = HurtRow::Kind::Stage;
        row.stageId = s.report.stage.id;
        row.stageName = row.name = s.report.stage.name;
        row.complaints = s.report.complaints.total;
        row.previousComplaints = s.previousComplaintTotal.value_or(row.complaints);
        row.complaintShare = all > 0 ? double(row.complaints) / all : 0;
        row.rise = rise(row.complaints, row.previousComplaints);
        row.detractorShare = detractorShare(s, &row.npsAnswers);
        countKpis(s.report.kpis, std::nullopt, row);
        countFixes(s, today, [](const Fix&) { return true; }, row);
        row.hurt = 100 * (0.35 * row.complaintShare + 0.15 * row.rise + 0.30 * row.detractorShare.value_or(0) +
                          0.20 * kpiShare(row)) *
                   fixDiscount(row.openFixes);
        rows.append(row);
    }
    sortWorstFirst(rows);
    return rows;
}

QVector<HurtRow> HurtRanking::moments(const WallSnapshot& wall, const QDate& today)
{
    QVector<HurtRow> rows;
    for (const StageWall& s : wall.stages) {
        int answers = 0;
        const auto detractors = detractorShare(s, &answers);
        for (const Moment& m : s.moments) {
            HurtRow row;
            row.kind = HurtRow::Kind::Moment;
            row.stageId = s.report.stage.id;
            row.stageName = s.report.stage.name;
            row.momentId = m.id;
            row.name = m.name;
            row.detractorShare = detractors;
            row.npsAnswers = answers;
            countKpis(s.report.kpis, m.id, row);
            countFixes(s, today, [&](const Fix& f) { return f.momentIds.contains(m.id); }, row);
            row.hurt = 100 * (0.5 * kpiShare(row) + 0.5 * detractors.value_or(0)) * fixDiscount(row.openFixes);
            rows.append(row);
        }
    }
    sortWorstFirst(rows);
    return rows;
}

QVector<HurtRow> HurtRanking::categories(const WallSnapshot& wall, const QDate& today)
{
    const int all = totalComplaints(wall);
    QVector<HurtRow> rows;
    for (const StageWall& s : wall.stages) {
        for (const CategoryTrend& c : s.categories) {
            HurtRow row;
            row.kind = HurtRow::Kind::Category;
            row.stageId = s.report.stage.id;
            row.stageName = s.report.stage.name;
            row.name = c.category;
            row.complaints = c.count;
            row.previousComplaints = c.previousCount;
            row.complaintShare = all > 0 ? double(c.count) / all : 0;
            row.rise = rise(c.count, c.previousCount);
            // A fix is on a category when its title names it (fixes made from
            // a complaint start with its category as their title).
            countFixes(s, today, [&](const Fix& f) { return f.title.contains(c.category, Qt::CaseInsensitive); }, row);
            row.hurt = 100 * (0.7 * row.complaintShare + 0.3 * row.rise) * fixDiscount(row.openFixes);
            rows.append(row);
        }
    }
    sortWorstFirst(rows);
    return rows;
}

QString HurtRanking::formula()
{
    return tr("Hurt = 100 × (0.35·V + 0.15·R + 0.30·D + 0.20·K) × (1 − 0.1·F, at most 3 fixes).\n"
              "V: share of all the period's complaints. R: rise against the same days before, "
              "(now − before) ÷ max(before, 5), from 0 to 1. D: share of NPS answers that are detractors "
              "(0 below 30 answers). K: share of KPIs off target (red 1, amber ½). F: open fixes already on it.\n"
              "Categories: 100 × (0.7·V + 0.3·R) × the fix discount. Moments: 100 × (0.5·K + 0.5·D of their stage) "
              "× the fix discount.");
}

} // namespace cr
