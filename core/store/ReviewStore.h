#pragma once
// The monthly review meeting as the room keeps it: when it was held, who
// came, the period it looked at, notes, and decisions per stage that stay
// open until a later review marks them done or dropped. The next agenda
// starts from the open decisions.

#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QVector>

namespace cr {

class RoomStore;

// What a meeting records when it closes.
struct ReviewRecord
{
    Review review;                     // held on, title, attendees, notes, period
    QVector<ReviewDecision> decisions; // new decisions (text, stage, optional fix)
    // Earlier decisions this meeting closed.
    QVector<std::pair<RowId, DecisionStatus>> closedDecisions;
};

class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    explicit ReviewStore(RoomStore& store) : m_store(store) {}

    // Newest first, with attendees, decision texts and the period looked at.
    Result<QVector<Review>> reviews() const;
    Result<std::optional<Review>> lastReview() const;
    // Decisions of one review, or every still-open decision (reviewId nullopt).
    Result<QVector<ReviewDecision>> decisions(std::optional<RowId> reviewId) const;
    Result<QVector<ReviewDecision>> openDecisions() const { return decisions(std::nullopt); }

    // Saves the meeting in one transaction; returns the new review's id.
    Result<RowId> record(const ReviewRecord& record);

private:
    RoomStore& m_store;
};

const char* toString(DecisionStatus status); // "open", "done", "dropped"

} // namespace cr
