#pragma once
// The closed loop (DESIGN.md): rules that read the evidence and raise
// follow-ups routed to the owning department, and the escalation of those
// left unresolved too long. They run after every import and sync; a rule
// key per piece of evidence means a re-run never raises the same one twice.
//
// - Detractor: an NPS answer of 0-6 with a comment, answered in the last
//   kDetractorWindowDays, on a stage → the stage's owner department.
// - Complaint spike: a stage's complaint category whose count in a month
//   exceeds the mean of the six months before it by more than three sample
//   standard deviations and by at least kSpikeMinimumExcess complaints.
//   Months before the room's first complaint are unknown, not zero, so a
//   month needs kSpikeMinimumHistory known months behind it. Checked for the
//   current and the previous month → the stage's owner department.
// - KPI turning red: a month whose value is red when the month before was
//   not (or had no value), in the last three months → the KPI's owner
//   department, else the stage's owner.
// - Escalation: open or acknowledged longer than the room's
//   escalate-after days → the stage's owner department (its leader).

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cr {

class RoomStore;

struct FollowUpRunOutcome
{
    int raised = 0;
    int escalated = 0;
};

class FollowUpRules
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRules)

public:
    static constexpr int kDetractorWindowDays = 30;
    static constexpr int kSpikeTrailingMonths = 6;
    static constexpr int kSpikeMinimumHistory = 3;
    static constexpr int kSpikeMinimumExcess = 10;
    static constexpr double kSpikeDeviations = 3.0;

    // Runs every rule and the escalation as of `now`, in one transaction.
    static Result<FollowUpRunOutcome> run(RoomStore& store, const QDateTime& now);

    // True when `count` is a spike over the trailing monthly counts (oldest first).
    static bool isSpike(int count, const QVector<int>& trailing);
};

} // namespace cr
