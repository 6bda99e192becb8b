#pragma once
// "Where customers hurt most": stages, moments of truth and complaint
// categories ranked by the evidence of one period, with the formula shown
// beside the ranking (hurtFormula) so nobody has to trust a black box.
//
//   hurt = 100 × (0.35·V + 0.15·R + 0.30·D + 0.20·K) × (1 − 0.1·min(F, 3))
//
//   V  share of the period's complaints (of all stages) that are the row's
//   R  rise of those complaints against the same days before:
//      (now − before) / max(before, 5), between 0 and 1; a fall counts 0
//   D  share of the stage's NPS answers that are detractors (0-6); 0 below
//      30 answers, where one angry answer would decide the ranking
//   K  share of the row's KPIs off target: red 1, amber ½
//   F  open fixes already on it: each takes 10 % off, at most 30 %
//
// Categories have no answers or KPIs of their own: they take V and R only,
// scaled to the same 0-100 (hurt = 100 × (0.7·V + 0.3·R) × fix discount).
// Moments take their KPIs (K) and their stage's detractor share (D):
// hurt = 100 × (0.5·K + 0.5·D) × fix discount.

#include "Domain.h"
#include "report/WallSnapshot.h"

#include <QCoreApplication>

namespace cr {

struct HurtRow
{
    enum class Kind { Stage, Moment, Category };
    Kind kind = Kind::Stage;
    RowId stageId = 0;
    QString stageName;
    std::optional<RowId> momentId;
    QString name; // the stage, moment or category
    double hurt = 0; // 0-100
    int complaints = 0;
    int previousComplaints = 0;
    double complaintShare = 0; // V
    double rise = 0;           // R
    std::optional<double> detractorShare; // D, nullopt below 30 answers
    int npsAnswers = 0;
    int kpisRed = 0;
    int kpisAmber = 0;
    int kpis = 0;
    int openFixes = 0;
    int overdueFixes = 0;
};

class HurtRanking
{
    Q_DECLARE_TR_FUNCTIONS(HurtRanking)

public:
    static constexpr int kMinimumAnswers = 30;
    static constexpr int kRiseFloor = 5;

    // Each list worst first.
    static QVector<HurtRow> stages(const WallSnapshot& wall, const QDate& today);
    static QVector<HurtRow> moments(const WallSnapshot& wall, const QDate& today);
    static QVector<HurtRow> categories(const WallSnapshot& wall, const QDate& today);

    static QString formula(); // the formula and its terms, in words, for the view
    static double rise(int now, int before);
    static double fixDiscount(int openFixes);
};

} // namespace cr
