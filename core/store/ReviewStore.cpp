#include "store/ReviewStore.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QSqlQuery>

#include <algorithm>

namespace cr {

const char* toString(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Open:
        return "open";
    case DecisionStatus::Done:
        return "done";
    case DecisionStatus::Dropped:
        return "dropped";
    }
    return "open";
}

namespace {

DecisionStatus decisionStatusFromString(const QString& s)
{
    if (s == QLatin1String("done"))
        return DecisionStatus::Done;
    if (s == QLatin1String("dropped"))
        return DecisionStatus::Dropped;
    return DecisionStatus::Open;
}

} // namespace

Result<QVector<Review>> ReviewStore::reviews() const
{
    auto base = m_store.reviews();
    if (!base)
        return base;
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT id, period_from, period_to FROM review")))
        return m_store.sqlError(q, tr("Reading reviews"));
    while (q.next()) {
        for (Review& r : *base) {
            if (r.id != q.value(0).toLongLong())
                continue;
            r.periodFrom = sql::optionalDate(q.value(1));
            r.periodTo = sql::optionalDate(q.value(2));
        }
    }
    // Same-day reviews: the later one first.
    std::stable_sort(base->begin(), base->end(), [](const Review& a, const Review& b) {
        return a.heldOn != b.heldOn ? a.heldOn > b.heldOn : a.id > b.id;
    });
    return base;
}

Result<std::optional<Review>> ReviewStore::lastReview() const
{
    auto all = reviews();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<Review>();
    return std::optional<Review>(all->first());
}

Result<QVector<ReviewDecision>> ReviewStore::decisions(std::optional<RowId> reviewId) const
{
    QSqlQuery q(m_store.db());
    const QString columns = QStringLiteral(
        "SELECT d.id, d.review_id, d.stage_id, d.text, d.fix_id, d.status, d.closed_in_review_id "
        "FROM review_decision d JOIN review r ON r.id = d.review_id ");
    if (reviewId) {
        q.prepare(columns + QStringLiteral("WHERE d.review_id = ? ORDER BY d.id"));
        q.addBindValue(*reviewId);
    } else {
        q.prepare(columns + QStringLiteral("WHERE d.status = 'open' ORDER BY r.held_on, d.id"));
    }
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading review decisions"));
    QVector<ReviewDecision> out;
    while (q.next()) {
        ReviewDecision d;
        d.id = q.value(0).toLongLong();
        d.reviewId = q.value(1).toLongLong();
        d.stageId = sql::optionalId(q.value(2));
        d.text = q.value(3).toString();
        d.fixId = sql::optionalId(q.value(4));
        d.status = decisionStatusFromString(q.value(5).toString());
        d.closedInReviewId = sql::optionalId(q.value(6));
        out.append(d);
    }
    return out;
}

Result<RowId> ReviewStore::record(const ReviewRecord& record)
{
    const Review& r = record.review;
    if (!r.heldOn.isValid())
        return Error(tr("A review needs the date it was held."));
    RoomStore::Transaction tx(m_store);
    Review plain = r;
    plain.decisions.clear(); // decisions are written below with their stage
    auto id = m_store.addReview(plain);
    if (!id)
        return id;
    QSqlQuery p(m_store.db());
    p.prepare(QStringLiteral("UPDATE review SET period_from = ?, period_to = ? WHERE id = ?"));
    p.addBindValue(sql::nullable(r.periodFrom));
    p.addBindValue(sql::nullable(r.periodTo));
    p.addBindValue(*id);
    if (!p.exec())
        return m_store.sqlError(p, tr("Saving the review's period"));
    for (const ReviewDecision& d : record.decisions) {
        if (d.text.trimmed().isEmpty())
            continue;
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral(
            "INSERT INTO review_decision(review_id, text, fix_id, stage_id, status) VALUES(?, ?, ?, ?, 'open')"));
        q.addBindValue(*id);
        q.addBindValue(d.text.trimmed());
        q.addBindValue(sql::nullable(d.fixId));
        q.addBindValue(sql::nullable(d.stageId));
        if (!q.exec())
            return m_store.sqlError(q, tr("Saving a decision"));
    }
    for (const auto& [decisionId, status] : record.closedDecisions) {
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("UPDATE review_decision SET status = ?, closed_in_review_id = ? WHERE id = ?"));
        q.addBindValue(QString::fromLatin1(toString(status)));
        q.addBindValue(sql::nullable(status == DecisionStatus::Open ? std::optional<RowId>() : *id));
        q.addBindValue(decisionId);
        if (!q.exec())
            return m_store.sqlError(q, tr("Closing a decision"));
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

} // namespace cr
