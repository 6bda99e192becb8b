#pragma once
// The one definition of every score the room shows (DESIGN.md, "Metrics").
// The wall, the CLI report and the PDF export all call these functions.

#include "Domain.h"
#include "Result.h"

#include <array>
#include <optional>

namespace cr::metrics {

constexpr int kLowSampleThreshold = 30; // below this n a score is "low sample"
constexpr double kZ95 = 1.96;

struct NpsScore
{
    int n = 0;
    int promoters = 0;   // 9-10
    int passives = 0;    // 7-8
    int detractors = 0;  // 0-6
    double score = 0;    // %promoters - %detractors, -100..100
    double margin95 = 0; // 1.96 * standard error, in NPS points
    double standardError() const { return margin95 / kZ95; }
    bool lowSample() const { return n < kLowSampleThreshold; }
};

struct CsatScore
{
    int n = 0;
    int satisfied = 0; // answers 4-5
    double score = 0;  // % of answers 4-5 (top-2-box)
    bool lowSample() const { return n < kLowSampleThreshold; }
};

struct CesScore
{
    int n = 0;
    double mean = 0;     // 1-7
    double variance = 0; // sample variance of the answers
    bool lowSample() const { return n < kLowSampleThreshold; }
};

// Counts answers one by one, refusing answers outside the metric's scale.
class NpsTally
{
public:
    Status add(int score, int count = 1); // score 0-10
    int n() const;
    std::optional<NpsScore> result() const; // nullopt when n == 0

private:
    std::array<int, 11> m_counts{};
};

class CsatTally
{
public:
    Status add(int score, int count = 1); // score 1-5
    std::optional<CsatScore> result() const;

private:
    std::array<int, 5> m_counts{};
};

class CesTally
{
public:
    Status add(int score, int count = 1); // score 1-7
    std::optional<CesScore> result() const;

private:
    std::array<int, 7> m_counts{};
};

// NPS from the three group counts (used when a source gives only groups).
std::optional<NpsScore> npsFromGroups(int promoters, int passives, int detractors);

// A change between two periods (DESIGN.md, "Metrics"). It is significant
// only when both periods have n >= 30 and |delta| exceeds the threshold of a
// 95 % test: with tiny samples the standard error can be 0 and the test
// would say nothing true.
struct ScoreChange
{
    double delta = 0;          // current - previous, in the score's units
    double threshold = 0;      // smallest |delta| that counts as significant
    bool enoughSample = false; // both periods have n >= kLowSampleThreshold
    bool significant = false;
};
using NpsChange = ScoreChange;

// NPS: |delta| > 1.96 * sqrt(SE1^2 + SE2^2).
ScoreChange compareNps(const NpsScore& previous, const NpsScore& current);
// CSAT (top-2-box share): the two-proportion z-test with a pooled proportion,
// |p1 - p2| > 1.96 * sqrt(p(1-p)(1/n1 + 1/n2)), in percentage points.
ScoreChange compareCsat(const CsatScore& previous, const CsatScore& current);
// CES (mean of 1-7): |delta| > 1.96 * sqrt(s1^2/n1 + s2^2/n2) (Welch).
ScoreChange compareCes(const CesScore& previous, const CesScore& current);

// Two complaint counts over periods of equal length: a Poisson test on the
// difference, |c2 - c1| > 1.96 * sqrt(c1 + c2), and at least 10 complaints
// between them; below that any rise or fall is noise.
constexpr int kCountMinimum = 10;
ScoreChange compareCounts(int previous, int current);

// A KPI over a period longer than a month: the mean of its monthly values,
// their sum (counts) or the last one, as the KPI declares. Values oldest first.
std::optional<double> combineMonthlyValues(const QVector<double>& monthly, KpiAggregate aggregate);

enum class KpiStatus { Green, Amber, Red };

// Green when the value meets the target in its direction, amber when it
// misses by no more than amberBand, red otherwise.
KpiStatus kpiStatus(double value, double target, KpiDirection direction, double amberBand);
const char* kpiStatusName(KpiStatus status); // "green", "amber", "red"

} // namespace cr::metrics
