#pragma once
// The room work behind the follow-up inboxes. Every function opens its own
// RoomStore on the file (a connection belongs to one thread), so each runs
// on a worker; tests call them directly. Errors come back as a sentence.

#include "Domain.h"
#include "store/FollowUpStore.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace cr::ui {

// Which follow-ups an inbox holds: every one, a department's (routed to it
// or escalated to it, as FollowUpStore filters), or those no department owns.
struct InboxKey
{
    enum class Kind { All, Department, NoDepartment };
    Kind kind = Kind::All;
    RowId departmentId = 0;

    static InboxKey all() { return {}; }
    static InboxKey department(RowId id) { return {Kind::Department, id}; }
    static InboxKey noDepartment() { return {Kind::NoDepartment, 0}; }
    bool operator==(const InboxKey& o) const { return kind == o.kind && departmentId == o.departmentId; }
    bool operator!=(const InboxKey& o) const { return !(*this == o); }
};

bool inInbox(const FollowUp& followUp, const InboxKey& inbox);

struct InboxCounts
{
    int open = 0;      // open or acknowledged
    int escalated = 0; // open and escalated
    int overdue = 0;   // open and older than the escalate-after days
};

struct Inbox
{
    InboxKey key;
    QString name;
    InboxCounts counts;
    QString leader; // departments only
};

struct InboxQuery
{
    InboxKey inbox;
    bool openOnly = true;
    std::optional<RowId> stageId;
};

// The inboxes with their counts and the follow-ups of the one asked for.
struct InboxSnapshot
{
    QVector<Inbox> inboxes; // All, the departments by name, then No department when any has none
    QVector<Department> departments;
    QVector<Stage> stages; // journey order
    int escalateAfterDays = 7;
    QVector<FollowUp> followUps; // open first, the longest waiting first
    QString error;
};
InboxSnapshot loadInbox(const QString& roomPath, const InboxQuery& query, const QDateTime& now);

struct KpiEvidence
{
    Kpi kpi;
    QVector<KpiValue> values; // recent months, oldest first
};

// A follow-up with the evidence it links, read for its detail pane.
struct FollowUpEvidence
{
    FollowUp followUp;
    std::optional<FollowUpStore::Answer> answer; // a detractor's score and comment
    QVector<Complaint> complaints;               // a few of a spike's complaints, newest first
    int complaintCount = 0;                      // all the complaints it links
    QVector<KpiEvidence> kpis;
    QVector<Call> calls;
    QString error;
};
constexpr int kEvidenceComplaints = 4;
constexpr int kEvidenceKpiMonths = 6;
FollowUpEvidence loadEvidence(const QString& roomPath, RowId followUpId);

enum class FollowUpAction { Acknowledge, Resolve, Escalate, Restore };

struct ActionRequest
{
    FollowUpAction action = FollowUpAction::Acknowledge;
    RowId id = 0;
    QString note;                        // Resolve: required
    std::optional<RowId> toDepartmentId; // Escalate
    QString reason;                      // Escalate
    FollowUp restore;                    // Restore: the follow-up as it was
    QDateTime now;
};

// What the follow-up was before (for Undo) and after the change.
struct ActionOutcome
{
    FollowUp before;
    FollowUp after;
    QString error;
};
ActionOutcome applyAction(const QString& roomPath, const ActionRequest& request);

// Saves the room's escalate-after days and runs the rules at once, so
// follow-ups now older than that escalate without waiting for an import.
struct EscalateSetting
{
    int days = 0;
    int escalated = 0;
    QString error;
};
EscalateSetting setEscalateAfter(const QString& roomPath, int days, const QDateTime& now);

} // namespace cr::ui
