#include "Metrics.h"

#include <QCoreApplication>

#include <cmath>

namespace cr::metrics {

namespace {

Status checkScale(const char* metric, int score, int min, int max, int count)
{
    if (count < 0)
        return Error(
            QCoreApplication::translate("Metrics", "A count of answers cannot be negative (%1).").arg(count));
    if (score < min || score > max)
        return Error(QCoreApplication::translate("Metrics", "%1 answer %2 is outside its %3-%4 scale.")
                         .arg(QString::fromLatin1(metric))
                         .arg(score)
                         .arg(min)
                         .arg(max));
    return success();
}

} // namespace

Status NpsTally::add(int score, int count)
{
    if (auto check = checkScale("NPS", score, 0, 10, count); !check)
        return check;
    m_counts[static_cast<size_t>(score)] += count;
    return success();
}

int NpsTally::n() const
{
    int total = 0;
    for (int c : m_counts)
        total += c;
    return total;
}

std::optional<NpsScore> NpsTally::result() const
{
    int detractors = 0;
    for (int s = 0; s <= 6; ++s)
        detractors += m_counts[static_cast<size_t>(s)];
    return npsFromGroups(m_counts[9] + m_counts[10], m_counts[7] + m_counts[8], detractors);
}

std::optional<NpsScore> npsFromGroups(int promoters, int passives, int detractors)
{
    const int n = promoters + passives + detractors;
    if (n <= 0 || promoters < 0 || passives < 0 || detractors < 0)
        return std::nullopt;
    const double pPlus = double(promoters) / n;
    const double pMinus = double(detractors) / n;
    const double variance = std::max(0.0, pPlus + pMinus - (pPlus - pMinus) * (pPlus - pMinus));
    NpsScore s;
    s.n = n;
    s.promoters = promoters;
    s.passives = passives;
    s.detractors = detractors;
    s.score = 100.0 * (pPlus - pMinus);
    s.margin95 = kZ95 * 100.0 * std::sqrt(variance / n);
    return s;
}

namespace {

ScoreChange judged(double delta, double threshold, int n1, int n2)
{
    ScoreChange c;
    c.delta = delta;
    c.threshold = threshold;
    c.enoughSample = n1 >= kLowSampleThreshold && n2 >= kLowSampleThreshold;
    c.significant = c.enoughSample && std::abs(delta) > threshold;
    return c;
}

} // namespace

ScoreChange compareNps(const NpsScore& previous, const NpsScore& current)
{
    const double se1 = previous.standardError();
    const double se2 = current.standardError();
    return judged(current.score - previous.score, kZ95 * std::sqrt(se1 * se1 + se2 * se2), previous.n,
                  current.n);
}

ScoreChange compareCsat(const CsatScore& previous, const CsatScore& current)
{
    const int n1 = previous.n;
    const int n2 = current.n;
    double threshold = 0;
    if (n1 > 0 && n2 > 0) {
        const double pooled = double(previous.satisfied + current.satisfied) / (n1 + n2);
        threshold = 100.0 * kZ95 * std::sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    }
    return judged(current.score - previous.score, threshold, n1, n2);
}

ScoreChange compareCes(const CesScore& previous, const CesScore& current)
{
    double threshold = 0;
    if (previous.n > 0 && current.n > 0)
        threshold = kZ95 * std::sqrt(previous.variance / previous.n + current.variance / current.n);
    return judged(current.mean - previous.mean, threshold, previous.n, current.n);
}

ScoreChange compareCounts(int previous, int current)
{
    ScoreChange c;
    c.delta = current - previous;
    c.threshold = kZ95 * std::sqrt(double(previous + current));
    c.enoughSample = previous + current >= kCountMinimum;
    c.significant = c.enoughSample && std::abs(c.delta) > c.threshold;
    return c;
}

Status CsatTally::add(int score, int count)
{
    if (auto check = checkScale("CSAT", score, 1, 5, count); !check)
        return check;
    m_counts[static_cast<size_t>(score - 1)] += count;
    return success();
}

std::optional<CsatScore> CsatTally::result() const
{
    int n = 0;
    for (int c : m_counts)
        n += c;
    if (n == 0)
        return std::nullopt;
    CsatScore s;
    s.n = n;
    s.satisfied = m_counts[3] + m_counts[4];
    s.score = 100.0 * s.satisfied / n;
    return s;
}

Status CesTally::add(int score, int count)
{
    if (auto check = checkScale("CES", score, 1, 7, count); !check)
        return check;
    m_counts[static_cast<size_t>(score - 1)] += count;
    return success();
}

std::optional<CesScore> CesTally::result() const
{
    int n = 0;
    double sum = 0;
    for (int i = 0; i < 7; ++i) {
        n += m_counts[static_cast<size_t>(i)];
        sum += double(i + 1) * m_counts[static_cast<size_t>(i)];
    }
    if (n == 0)
        return std::nullopt;
    const double mean = sum / n;
    double squares = 0;
    for (int i = 0; i < 7; ++i)
        squares += m_counts[static_cast<size_t>(i)] * (i + 1 - mean) * (i + 1 - mean);
    return CesScore{n, mean, n > 1 ? squares / (n - 1) : 0.0};
}

std::optional<double> combineMonthlyValues(const QVector<double>& monthly, KpiAggregate aggregate)
{
    if (monthly.isEmpty())
        return std::nullopt;
    switch (aggregate) {
    case KpiAggregate::Last:
        return monthly.last();
    case KpiAggregate::Sum:
    case KpiAggregate::Mean: {
        double sum = 0;
        for (double v : monthly)
            sum += v;
        return aggregate == KpiAggregate::Sum ? sum : sum / monthly.size();
    }
    }
    return std::nullopt;
}

KpiStatus kpiStatus(double value, double target, KpiDirection direction, double amberBand)
{
    // How far the value falls short of the target, in the KPI's direction.
    const double shortfall = direction == KpiDirection::HigherIsBetter ? target - value : value - target;
    if (shortfall <= 0)
        return KpiStatus::Green;
    if (shortfall <= std::abs(amberBand))
        return KpiStatus::Amber;
    return KpiStatus::Red;
}

const char* kpiStatusName(KpiStatus status)
{
    switch (status) {
    case KpiStatus::Green:
        return "green";
    case KpiStatus::Amber:
        return "amber";
    case KpiStatus::Red:
        return "red";
    }
    return "red";
}

} // namespace cr::metrics
