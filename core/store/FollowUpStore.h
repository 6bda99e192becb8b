#pragma once
// Closed-loop follow-ups as the room keeps them: raised once per rule key,
// listed per department inbox, acknowledged, resolved with a note, escalated.
// Also the evidence reads the follow-up rules need (core/followups).

#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace cr {

class RoomStore;

struct FollowUpFilter
{
    std::optional<RowId> departmentId; // routed to it or escalated to it
    std::optional<RowId> stageId;
    bool openOnly = false; // open or acknowledged
};

class FollowUpStore
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpStore)

public:
    explicit FollowUpStore(RoomStore& store) : m_store(store) {}

    // Open ones first, the longest waiting first; then resolved, latest first.
    Result<QVector<FollowUp>> followUps(const FollowUpFilter& filter = {}) const;
    Result<FollowUp> followUp(RowId id) const;

    // Raises a follow-up with its evidence unless its rule key already
    // raised one; returns whether it is new.
    Result<bool> raise(const FollowUp& followUp);
    Status acknowledge(RowId id, const QDateTime& now);
    Status resolve(RowId id, const QString& note, const QDateTime& now);
    Status escalate(RowId id, std::optional<RowId> toDepartmentId, const QString& reason, const QDateTime& now);
    // Puts a follow-up back as it was (undo of acknowledge, resolve or escalate).
    Status restore(const FollowUp& followUp);

    // Open follow-ups per stage id (0 = no stage).
    Result<QHash<RowId, int>> openCountsByStage() const;

    // --- Reads for the rules ---------------------------------------------
    struct Answer
    {
        RowId id = 0;
        RowId stageId = 0;
        int score = 0;
        QString comment;
        QDateTime respondedAt;
        QString respondentRef;
    };
    // NPS detractors (0-6) with a comment, answered from `since` through `until`, on a stage.
    Result<QVector<Answer>> detractorsWithComments(const QDateTime& since, const QDateTime& until) const;

    struct MonthlyCount
    {
        RowId stageId = 0;
        QString category;
        QDate month; // first day
        int count = 0;
    };
    // Complaints per stage, category and month, received from `fromMonth` up to `until`.
    Result<QVector<MonthlyCount>> monthlyCategoryCounts(const QDate& fromMonth, const QDateTime& until) const;
    // The first month any complaint was received in (nullopt: none yet).
    Result<std::optional<QDate>> firstComplaintMonth() const;
    Result<QVector<RowId>> complaintIds(RowId stageId, const QString& category, const QDate& month,
                                        int limit) const;

    // --- Reads for the inbox's evidence ------------------------------------
    // The survey answer a detractor follow-up links (its score and comment).
    Result<Answer> answer(RowId surveyResponseId) const;
    // Complaints by id, newest first, at most `limit` (a spike's examples).
    Result<QVector<Complaint>> complaintsById(const QVector<RowId>& ids, int limit) const;

    // Days an unresolved follow-up may wait before it escalates (room setting).
    int escalateAfterDays() const;
    Status setEscalateAfterDays(int days);

private:
    Status setFields(RowId id, const QString& assignments, const QVariantList& values, const QString& what);

    RoomStore& m_store;
};

} // namespace cr
