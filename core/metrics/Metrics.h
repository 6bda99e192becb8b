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
    double mean = 0; // 1-7
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

// Change between two periods' NPS; significant only when
// |delta| > 1.96 * sqrt(SE1^2 + SE2^2).
struct NpsChange
{
    double delta = 0;     // current - previous
    double threshold = 0; // smallest |delta| that counts as significant
    bool significant = false;
};
NpsChange compareNps(const NpsScore& previous, const NpsScore& current);

enum class KpiStatus { Green, Amber, Red };

// Green when the value meets the target in its direction, amber when it
// misses by no more than amberBand, red otherwise.
KpiStatus kpiStatus(double value, double target, KpiDirection direction, double amberBand);
const char* kpiStatusName(KpiStatus status); // "green", "amber", "red"

} // namespace cr::metrics
