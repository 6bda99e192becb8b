#pragma once
// Domain vocabulary shared by store, metrics, report, importers and UI.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cr {

using RowId = qint64;

enum class Maturity { Broken, Reliable, Differentiating };
enum class SurveyMetric { Nps, Csat, Ces };
enum class KpiDirection { HigherIsBetter, LowerIsBetter };
enum class FixStatus { Proposed, InProgress, Done, Verified };
enum class ComplaintStatus { Open, InProgress, Resolved, Closed };
enum class ArtifactKind { Letter, Invoice, Email, AppScreen, WebPage, Other };
enum class EvidenceKind { Complaint, SurveyResponse, Call, Clip, Artifact, Kpi };
enum class FollowUpRule { Detractor, ComplaintSpike, KpiRed };
enum class FollowUpStatus { Open, Acknowledged, Resolved };
enum class KpiAggregate { Mean, Sum, Last };

// One scale per metric (DESIGN.md): NPS 0-10, CSAT 1-5, CES 1-7.
struct SurveyScale
{
    int min = 0;
    int max = 10;
};
SurveyScale surveyScale(SurveyMetric metric);

// Stored spellings (the room file and the JSON report use these words).
QString toString(Maturity m);
QString toString(SurveyMetric m);
QString toString(KpiDirection d);
QString toString(FixStatus s);
QString toString(ComplaintStatus s);
QString toString(ArtifactKind k);
QString toString(EvidenceKind k);
QString toString(KpiAggregate a);
std::optional<KpiAggregate> kpiAggregateFromString(const QString& s);
std::optional<Maturity> maturityFromString(const QString& s);
std::optional<SurveyMetric> surveyMetricFromString(const QString& s);
std::optional<KpiDirection> kpiDirectionFromString(const QString& s);
std::optional<FixStatus> fixStatusFromString(const QString& s);
std::optional<ComplaintStatus> complaintStatusFromString(const QString& s);
std::optional<ArtifactKind> artifactKindFromString(const QString& s);
std::optional<EvidenceKind> evidenceKindFromString(const QString& s);
QString toString(FollowUpRule r);
QString toString(FollowUpStatus s);
std::optional<FollowUpRule> followUpRuleFromString(const QString& s);
std::optional<FollowUpStatus> followUpStatusFromString(const QString& s);

// Where an imported record came from. Demo rows use feed "demo".
struct Provenance
{
    std::optional<RowId> feedId;
    std::optional<RowId> importRunId;
    QString sourceFile;
    int sourceLine = 0;
    QString externalId;
    QString sourceKey; // unique upsert key: "feed:external id" or "sha256:content hash"
};

struct Department
{
    RowId id = 0;
    QString name;
    QString leader;
    QString ambassador; // CX ambassador who keeps the room current
};

struct Stage
{
    RowId id = 0;
    QString name;
    int position = 0;
    Maturity maturity = Maturity::Reliable;
    QString targetExperience; // one sentence, customer's voice
    QString description;
    std::optional<RowId> ownerDepartmentId;
    QVector<RowId> contributingDepartmentIds;
    std::optional<RowId> featuredClipId;       // the clip the tour and the agenda play
    std::optional<int> tourDwellSeconds;       // none: the tour's default
};

struct Moment
{
    RowId id = 0;
    RowId stageId = 0;
    QString name;
    QString description;
    int position = 0;
    bool isKey = false; // a key moment of truth carries a KPI
};

struct MediaRef
{
    QString sha256; // content address in the room's media table
    QString mimeType;
    qint64 size = 0;
};

struct Artifact
{
    RowId id = 0;
    std::optional<RowId> stageId;
    std::optional<RowId> momentId;
    QString title;
    ArtifactKind kind = ArtifactKind::Other;
    QString description;
    QString mediaSha256;
    QString thumbnailSha256; // PNG, may be empty
    std::optional<QDate> receivedOn;
    Provenance provenance;
};

struct Complaint
{
    RowId id = 0;
    std::optional<RowId> stageId;
    std::optional<RowId> momentId;
    QString channel;  // phone, email, web, chat, store, social, letter, return, other
    QString category; // e.g. "Missed engineer appointment"
    QString product;
    QString text;
    ComplaintStatus status = ComplaintStatus::Open;
    QDateTime receivedAt;
    std::optional<QDateTime> resolvedAt;
    QString customerRef;
    Provenance provenance;
};

struct SurveyResponse
{
    RowId id = 0;
    std::optional<RowId> stageId;
    std::optional<RowId> momentId;
    SurveyMetric metric = SurveyMetric::Nps;
    int score = 0;
    QString comment;
    QDateTime respondedAt;
    QString respondentRef;
    Provenance provenance;
};

struct Kpi
{
    RowId id = 0;
    std::optional<RowId> stageId;
    std::optional<RowId> momentId;
    QString name;
    QString unit; // "%", "s", "days", "count"...
    KpiDirection direction = KpiDirection::HigherIsBetter;
    std::optional<double> target; // none yet for a KPI an import named first: status is then null
    double amberBand = 0;         // distance past target (wrong side) that is still amber
    KpiAggregate aggregate = KpiAggregate::Mean; // how months roll up into longer periods
    std::optional<RowId> ownerDepartmentId;
    QString description;
};

struct KpiValue
{
    RowId kpiId = 0;
    QDate period; // first day of the period (month)
    double value = 0;
    Provenance provenance;
};

struct TranscriptSegment
{
    double start = 0; // seconds from the start of the audio
    double end = 0;
    QString speaker;
    QString text;
};

struct Call
{
    RowId id = 0;
    std::optional<RowId> stageId;
    std::optional<RowId> momentId;
    QString title;
    QDateTime startedAt;
    double durationSeconds = 0;
    QString agent;
    QString customerChannel; // phone, chat-callback, video...
    QString audioSha256;
    QVector<TranscriptSegment> transcript;
    QString summary;
    Provenance provenance;
};

// The part of a call a meeting plays: "the 40 seconds that matter".
struct CallClip
{
    RowId id = 0;
    RowId callId = 0;
    double startSeconds = 0;
    double endSeconds = 0;
    QString title;
    QDateTime createdAt;
    double duration() const { return endSeconds - startSeconds; }
};

struct Fix
{
    RowId id = 0;
    std::optional<RowId> stageId;
    QVector<RowId> momentIds;
    QString title;
    QString description;
    RowId ownerDepartmentId = 0;
    QVector<RowId> contributingDepartmentIds;
    FixStatus status = FixStatus::Proposed;
    std::optional<QDate> due;
    QDate createdOn;
    std::optional<QDate> doneOn; // the result is measured over the days after it
    std::optional<QDate> verifiedOn;
    int boardPosition = 0; // order within its board column
    // The metric that must move: "nps", "csat", "ces" or "kpi" (kpiId).
    QString metric;
    std::optional<RowId> kpiId;
    // Captured when the fix is created (FixStore): the metric over the
    // window before it, with its sample and, for survey metrics, the
    // answers per score so the result can be tested against it later.
    std::optional<double> baseline;
    std::optional<int> baselineN;
    std::optional<QDate> baselineFrom;
    std::optional<QDate> baselineTo;
    QVector<int> baselineCounts;
    std::optional<double> goal;
    std::optional<double> result; // the last measured result (kept when verified)
    bool isOpen() const { return status == FixStatus::Proposed || status == FixStatus::InProgress; }
    bool isOverdue(const QDate& today) const { return isOpen() && due && *due < today; }
    struct EvidenceLink
    {
        EvidenceKind kind;
        RowId id;
    };
    QVector<EvidenceLink> evidence;
};

// Records no stage claimed yet (the Unassigned tray).
struct UnassignedCounts
{
    int complaints = 0;
    int surveyResponses = 0;
    int calls = 0;
    int artifacts = 0;
    int total() const { return complaints + surveyResponses + calls + artifacts; }
};

// A closed-loop follow-up: raised by a rule from the evidence, routed to a
// department's inbox, acknowledged, resolved with a note, escalated to the
// stage owner when it waits too long.
struct FollowUp
{
    RowId id = 0;
    FollowUpRule rule = FollowUpRule::Detractor;
    QString ruleKey; // what raised it; the same key never raises a second one
    std::optional<RowId> departmentId;
    std::optional<RowId> stageId;
    QString title;
    QString detail;
    QDateTime raisedAt;
    FollowUpStatus status = FollowUpStatus::Open;
    std::optional<QDateTime> acknowledgedAt;
    std::optional<QDateTime> resolvedAt;
    QString resolutionNote;
    std::optional<QDateTime> escalatedAt;
    std::optional<RowId> escalatedToDepartmentId;
    QString escalationReason;
    struct EvidenceLink
    {
        EvidenceKind kind;
        RowId id;
    };
    QVector<EvidenceLink> evidence;
    bool isOpen() const { return status != FollowUpStatus::Resolved; }
    // Unresolved for the room's escalate-after days or more: the one test the
    // escalation rule, the inboxes and the CLI all make.
    bool isOverdue(int escalateAfterDays, const QDateTime& now) const
    {
        return isOpen() && raisedAt.isValid() && raisedAt.addDays(escalateAfterDays) <= now;
    }
};

enum class DecisionStatus { Open, Done, Dropped };

struct ReviewDecision
{
    RowId id = 0;
    RowId reviewId = 0;
    std::optional<RowId> stageId; // none: a decision about the whole journey
    QString text;
    std::optional<RowId> fixId;
    DecisionStatus status = DecisionStatus::Open;
    std::optional<RowId> closedInReviewId;
};

struct Review
{
    RowId id = 0;
    QDate heldOn;
    QString title;
    QStringList attendees;
    QStringList decisions; // text only; see ReviewDecision for stage and status
    QString notes;
    std::optional<QDate> periodFrom; // the period the meeting looked at
    std::optional<QDate> periodTo;
};

} // namespace cr
