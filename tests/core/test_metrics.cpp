// Metrics against hand-computed values (DESIGN.md, "Metrics").
#include "metrics/Metrics.h"

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::metrics;

namespace {
NpsScore npsOf(std::initializer_list<std::pair<int, int>> scoreCounts)
{
    NpsTally t;
    for (auto [score, count] : scoreCounts)
        REQUIRE(t.add(score, count).ok());
    auto r = t.result();
    REQUIRE(r.has_value());
    return *r;
}
} // namespace

TEST_CASE("NPS with no answers is null, not zero", "[metrics]")
{
    NpsTally t;
    CHECK(t.n() == 0);
    CHECK_FALSE(t.result().has_value());
    CHECK_FALSE(npsFromGroups(0, 0, 0).has_value());
}

TEST_CASE("NPS of a mixed sample matches the hand computation", "[metrics]")
{
    // 5 promoters (9, 10), 3 passives (7, 8), 2 detractors (0, 6); n = 10.
    // NPS = 50% - 20% = 30. Variance = 0.5 + 0.2 - 0.3^2 = 0.61.
    // Margin = 1.96 * 100 * sqrt(0.61 / 10) = 48.408...
    const NpsScore s = npsOf({{9, 3}, {10, 2}, {7, 2}, {8, 1}, {0, 1}, {6, 1}});
    CHECK(s.n == 10);
    CHECK(s.promoters == 5);
    CHECK(s.passives == 3);
    CHECK(s.detractors == 2);
    CHECK(s.score == Approx(30.0));
    CHECK(s.margin95 == Approx(48.408).epsilon(1e-4));
    CHECK(s.lowSample());
}

TEST_CASE("NPS groups: 9-10 promoters, 7-8 passives, 0-6 detractors", "[metrics]")
{
    for (int score = 0; score <= 10; ++score) {
        const NpsScore s = npsOf({{score, 1}});
        INFO("score " << score);
        CHECK(s.promoters == (score >= 9 ? 1 : 0));
        CHECK(s.passives == (score == 7 || score == 8 ? 1 : 0));
        CHECK(s.detractors == (score <= 6 ? 1 : 0));
    }
}

TEST_CASE("NPS edge cases: all promoters, one detractor, all passives", "[metrics]")
{
    const NpsScore all = npsOf({{10, 40}});
    CHECK(all.score == Approx(100));
    CHECK(all.margin95 == Approx(0).margin(1e-9));
    CHECK_FALSE(all.lowSample());

    const NpsScore one = npsOf({{3, 1}});
    CHECK(one.n == 1);
    CHECK(one.score == Approx(-100));
    CHECK(one.lowSample());

    const NpsScore passives = npsOf({{7, 20}, {8, 20}});
    CHECK(passives.score == Approx(0).margin(1e-9));
    CHECK(passives.margin95 == Approx(0).margin(1e-9));
}

TEST_CASE("Low sample starts below n = 30", "[metrics]")
{
    CHECK(npsOf({{10, 29}}).lowSample());
    CHECK_FALSE(npsOf({{10, 30}}).lowSample());
}

TEST_CASE("Answers outside the scale are rejected", "[metrics]")
{
    NpsTally nps;
    CHECK_FALSE(nps.add(11).ok());
    CHECK_FALSE(nps.add(-1).ok());
    CHECK(nps.add(10).ok());
    CHECK_FALSE(nps.add(9, -2).ok());
    CHECK(nps.n() == 1);
    CHECK(nps.add(11).error().message.contains(QStringLiteral("0-10")));

    CsatTally csat;
    CHECK_FALSE(csat.add(0).ok());
    CHECK_FALSE(csat.add(6).ok());
    CHECK_FALSE(csat.result().has_value());

    CesTally ces;
    CHECK_FALSE(ces.add(0).ok());
    CHECK_FALSE(ces.add(8).ok());
    CHECK_FALSE(ces.result().has_value());
}

TEST_CASE("CSAT is the top-2-box share, CES the mean", "[metrics]")
{
    CsatTally csat;
    for (int s = 1; s <= 5; ++s)
        REQUIRE(csat.add(s).ok());
    REQUIRE(csat.add(5, 3).ok());
    auto c = csat.result();
    REQUIRE(c);
    CHECK(c->n == 8);
    CHECK(c->satisfied == 5);
    CHECK(c->score == Approx(62.5));

    CesTally ces;
    for (int s = 1; s <= 7; ++s)
        REQUIRE(ces.add(s).ok());
    REQUIRE(ces.add(2, 3).ok());
    auto e = ces.result();
    REQUIRE(e);
    CHECK(e->n == 10);
    CHECK(e->mean == Approx((28.0 + 6.0) / 10));
}

TEST_CASE("An NPS change is significant only beyond 1.96 * sqrt(SE1^2 + SE2^2)", "[metrics]")
{
    // Previous: 50 promoters, 30 passives, 20 detractors (NPS 30, SE 7.8102).
    // Current: 40 promoters, 30 passives, 30 detractors (NPS 10, SE 8.3066).
    const NpsScore before = *npsFromGroups(50, 30, 20);
    const NpsScore after = *npsFromGroups(40, 30, 30);
    CHECK(before.standardError() == Approx(7.8102).epsilon(1e-4));
    const NpsChange small = compareNps(before, after);
    CHECK(small.delta == Approx(-20));
    CHECK(small.threshold == Approx(22.3475).epsilon(1e-4));
    CHECK_FALSE(small.significant);

    // Ten times the sample: same scores, threshold shrinks by sqrt(10).
    const NpsChange big = compareNps(*npsFromGroups(500, 300, 200), *npsFromGroups(400, 300, 300));
    CHECK(big.threshold == Approx(22.3475 / std::sqrt(10.0)).epsilon(1e-4));
    CHECK(big.significant);
}

TEST_CASE("One promoter against one detractor is never a significant change", "[metrics][compare]")
{
    // n = 1 in both periods: the standard errors are 0, so the raw test would
    // call a 200-point swing significant. The n >= 30 rule must stop it.
    const NpsChange tiny = compareNps(*npsFromGroups(0, 0, 1), *npsFromGroups(1, 0, 0));
    CHECK(tiny.delta == Approx(200));
    CHECK(tiny.threshold == Approx(0));
    CHECK_FALSE(tiny.enoughSample);
    CHECK_FALSE(tiny.significant);

    // 29 answers on one side is still not enough, however large the shift.
    CHECK_FALSE(compareNps(*npsFromGroups(1, 0, 28), *npsFromGroups(300, 0, 0)).significant);
    CHECK(compareNps(*npsFromGroups(1, 0, 29), *npsFromGroups(300, 0, 0)).significant);
}

TEST_CASE("CSAT changes use the two-proportion test with the same n >= 30 rule", "[metrics][compare]")
{
    CsatTally before;
    REQUIRE(before.add(5, 60));
    REQUIRE(before.add(2, 40)); // 60 % of 100
    CsatTally after;
    REQUIRE(after.add(4, 75));
    REQUIRE(after.add(1, 25)); // 75 % of 100
    const ScoreChange c = compareCsat(*before.result(), *after.result());
    // pooled p = 0.675; SE = sqrt(0.675 * 0.325 * 2 / 100) = 0.066238
    CHECK(c.delta == Approx(15));
    CHECK(c.threshold == Approx(100 * 1.96 * 0.066238).epsilon(1e-4));
    CHECK(c.significant);

    CsatTally one;
    REQUIRE(one.add(1));
    CsatTally other;
    REQUIRE(other.add(5));
    CHECK_FALSE(compareCsat(*one.result(), *other.result()).significant);
}

TEST_CASE("CES changes compare means with Welch's standard error", "[metrics][compare]")
{
    CesTally before;
    REQUIRE(before.add(3, 50));
    REQUIRE(before.add(5, 50)); // mean 4, variance 100/99
    CesTally after;
    REQUIRE(after.add(2, 50));
    REQUIRE(after.add(4, 50)); // mean 3
    const auto b = *before.result();
    CHECK(b.variance == Approx(100.0 / 99));
    const ScoreChange c = compareCes(b, *after.result());
    CHECK(c.delta == Approx(-1));
    CHECK(c.threshold == Approx(1.96 * std::sqrt(2 * (100.0 / 99) / 100)));
    CHECK(c.significant);
}

TEST_CASE("Complaint counts change significantly only beyond Poisson noise", "[metrics][compare]")
{
    CHECK_FALSE(compareCounts(3, 6).significant);   // 9 complaints: too few to say
    CHECK_FALSE(compareCounts(20, 28).significant); // 8 < 1.96 * sqrt(48) = 13.6
    CHECK(compareCounts(20, 40).significant);       // 20 > 1.96 * sqrt(60) = 15.2
    CHECK(compareCounts(40, 20).delta == Approx(-20));
}

TEST_CASE("KPI status follows direction, target and amber band", "[metrics]")
{
    using D = KpiDirection;
    CHECK(kpiStatus(92, 90, D::HigherIsBetter, 4) == KpiStatus::Green);
    CHECK(kpiStatus(90, 90, D::HigherIsBetter, 4) == KpiStatus::Green);
    CHECK(kpiStatus(87, 90, D::HigherIsBetter, 4) == KpiStatus::Amber);
    CHECK(kpiStatus(86, 90, D::HigherIsBetter, 4) == KpiStatus::Amber);
    CHECK(kpiStatus(85.9, 90, D::HigherIsBetter, 4) == KpiStatus::Red);

    CHECK(kpiStatus(55, 60, D::LowerIsBetter, 30) == KpiStatus::Green);
    CHECK(kpiStatus(90, 60, D::LowerIsBetter, 30) == KpiStatus::Amber);
    CHECK(kpiStatus(91, 60, D::LowerIsBetter, 30) == KpiStatus::Red);

    // No amber band: anything short of target is red.
    CHECK(kpiStatus(89.99, 90, D::HigherIsBetter, 0) == KpiStatus::Red);
    CHECK(QString::fromLatin1(kpiStatusName(KpiStatus::Amber)) == QStringLiteral("amber"));
}
