#include "Domain.h"

#include <array>
#include <utility>

namespace cr {

namespace {

template <typename E, size_t N> QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& s)
{
    for (const auto& [e, name] : table)
        if (s == QLatin1String(name))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Maturity, const char*>, 3> kMaturity{{
    {Maturity::Broken, "broken"},
    {Maturity::Reliable, "reliable"},
    {Maturity::Differentiating, "differentiating"},
}};
constexpr std::array<std::pair<SurveyMetric, const char*>, 3> kMetric{{
    {SurveyMetric::Nps, "nps"},
    {SurveyMetric::Csat, "csat"},
    {SurveyMetric::Ces, "ces"},
}};
constexpr std::array<std::pair<KpiDirection, const char*>, 2> kDirection{{
    {KpiDirection::HigherIsBetter, "higher"},
    {KpiDirection::LowerIsBetter, "lower"},
}};
constexpr std::array<std::pair<FixStatus, const char*>, 4> kFixStatus{{
    {FixStatus::Proposed, "proposed"},
    {FixStatus::InProgress, "in_progress"},
    {FixStatus::Done, "done"},
    {FixStatus::Verified, "verified"},
}};
constexpr std::array<std::pair<ComplaintStatus, const char*>, 4> kComplaintStatus{{
    {ComplaintStatus::Open, "open"},
    {ComplaintStatus::InProgress, "in_progress"},
    {ComplaintStatus::Resolved, "resolved"},
    {ComplaintStatus::Closed, "closed"},
}};
constexpr std::array<std::pair<KpiAggregate, const char*>, 3> kKpiAggregate{{
    {KpiAggregate::Mean, "mean"},
    {KpiAggregate::Sum, "sum"},
    {KpiAggregate::Last, "last"},
}};
constexpr std::array<std::pair<ArtifactKind, const char*>, 6> kArtifactKind{{
    {ArtifactKind::Letter, "letter"},
    {ArtifactKind::Invoice, "invoice"},
    {ArtifactKind::Email, "email"},
    {ArtifactKind::AppScreen, "app_screen"},
    {ArtifactKind::WebPage, "web_page"},
    {ArtifactKind::Other, "other"},
}};
constexpr std::array<std::pair<EvidenceKind, const char*>, 6> kEvidenceKind{{
    {EvidenceKind::Complaint, "complaint"},
    {EvidenceKind::SurveyResponse, "survey_response"},
    {EvidenceKind::Call, "call"},
    {EvidenceKind::Clip, "clip"},
    {EvidenceKind::Artifact, "artifact"},
    {EvidenceKind::Kpi, "kpi"},
}};

constexpr std::array<std::pair<FollowUpRule, const char*>, 3> kFollowUpRule{{
    {FollowUpRule::Detractor, "detractor"},
    {FollowUpRule::ComplaintSpike, "complaint_spike"},
    {FollowUpRule::KpiRed, "kpi_red"},
}};
constexpr std::array<std::pair<FollowUpStatus, const char*>, 3> kFollowUpStatus{{
    {FollowUpStatus::Open, "open"},
    {FollowUpStatus::Acknowledged, "acknowledged"},
    {FollowUpStatus::Resolved, "resolved"},
}};

} // namespace

QString toString(FollowUpRule r)
{
    return nameOf(kFollowUpRule, r);
}
QString toString(FollowUpStatus s)
{
    return nameOf(kFollowUpStatus, s);
}
std::optional<FollowUpRule> followUpRuleFromString(const QString& s)
{
    return valueOf(kFollowUpRule, s);
}
std::optional<FollowUpStatus> followUpStatusFromString(const QString& s)
{
    return valueOf(kFollowUpStatus, s);
}
std::optional<EvidenceKind> evidenceKindFromString(const QString& s)
{
    return valueOf(kEvidenceKind, s);
}

QString toString(Maturity m)
{
    return nameOf(kMaturity, m);
}
QString toString(SurveyMetric m)
{
    return nameOf(kMetric, m);
}
QString toString(KpiDirection d)
{
    return nameOf(kDirection, d);
}
QString toString(FixStatus s)
{
    return nameOf(kFixStatus, s);
}
QString toString(ComplaintStatus s)
{
    return nameOf(kComplaintStatus, s);
}
QString toString(ArtifactKind k)
{
    return nameOf(kArtifactKind, k);
}
QString toString(EvidenceKind k)
{
    return nameOf(kEvidenceKind, k);
}
SurveyScale surveyScale(SurveyMetric metric)
{
    switch (metric) {
    case SurveyMetric::Nps:
        return {0, 10};
    case SurveyMetric::Csat:
        return {1, 5};
    case SurveyMetric::Ces:
        return {1, 7};
    }
    return {0, 10};
}

QString toString(KpiAggregate a)
{
    return nameOf(kKpiAggregate, a);
}
std::optional<KpiAggregate> kpiAggregateFromString(const QString& s)
{
    return valueOf(kKpiAggregate, s);
}
std::optional<Maturity> maturityFromString(const QString& s)
{
    return valueOf(kMaturity, s);
}
std::optional<SurveyMetric> surveyMetricFromString(const QString& s)
{
    return valueOf(kMetric, s);
}
std::optional<KpiDirection> kpiDirectionFromString(const QString& s)
{
    return valueOf(kDirection, s);
}
std::optional<FixStatus> fixStatusFromString(const QString& s)
{
    return valueOf(kFixStatus, s);
}
std::optional<ComplaintStatus> complaintStatusFromString(const QString& s)
{
    return valueOf(kComplaintStatus, s);
}
std::optional<ArtifactKind> artifactKindFromString(const QString& s)
{
    return valueOf(kArtifactKind, s);
}

} // namespace cr
