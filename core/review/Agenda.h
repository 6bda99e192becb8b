#pragma once
// The monthly review's agenda (DESIGN.md, "The wall"): an opening page with
// what improved and what got worse (significant changes only), then stage by
// stage what changed, the top complaint categories with their trend, the
// featured call clip and the open and overdue fixes, then a celebration of
// the fixes verified since the last review. Built in core from the wall's
// snapshot, off the GUI thread; the screens only lay it out.

#include "report/WallSnapshot.h"
#include "store/ClipStore.h"

namespace cr {

class RoomStore;

constexpr int kDefaultDwellSeconds = 20; // the tour's time on a stage unless the stage says otherwise
constexpr int kAgendaCategories = 3;

// One significant change, in words a room reads aloud.
struct AgendaChange
{
    int stageIndex = -1; // into WallSnapshot::stages
    QString stage;
    QString text;  // "NPS up 16 points: −14 → +2 (n 248 → 263)"
    bool better = false;
};

struct AgendaStage
{
    int stageIndex = 0;
    QVector<AgendaChange> changes;         // significant only, worse first
    QVector<ReviewDecision> decisions;     // still open from earlier reviews
    QVector<CategoryTrend> topCategories;  // up to kAgendaCategories, with their trend
    std::optional<CallClip> featuredClip;  // the stage's featured clip
    std::optional<Call> featuredCall;      // its call, else the period's latest call
    QVector<Fix> openFixes;                // proposed, in progress or done (not yet verified)
    QVector<Fix> overdueFixes;             // open and past their due date
    int dwellSeconds = kDefaultDwellSeconds;
};

struct CelebratedFix
{
    Fix fix;
    int stageIndex = -1;
    QString metricName; // "NPS", or the KPI's name
};

struct Agenda
{
    QDate today;
    Comparison comparison;
    std::optional<Review> lastReview;
    QVector<AgendaChange> improved;
    QVector<AgendaChange> worsened;
    QVector<ReviewDecision> roomDecisions; // open decisions about the whole journey
    QVector<AgendaStage> stages;           // journey order, one per wall stage
    QVector<CelebratedFix> celebrated;     // verified since the last review
    QDate celebratedSince;                 // the last review, or 90 days back without one

    // Pages: 1 opening, 2..N+1 the stages, N+2 celebration, N+3 the record.
    int pageCount() const { return int(stages.size()) + 3; }
    int celebrationPage() const { return int(stages.size()) + 2; }
};

// `store` is read only (the review and clip stores take a non-const room).
Result<Agenda> buildAgenda(RoomStore& store, const WallSnapshot& wall, QDate today);

bool isOverdue(const Fix& fix, QDate today);
bool isOpen(const Fix& fix); // proposed or in progress

} // namespace cr
