#include "report/Period.h"

#include <catch2/catch.hpp>

using namespace cr;

TEST_CASE("Months and quarters cover whole calendar periods", "[period]")
{
    const Period oct = Period::month(QDate(2026, 10, 17));
    CHECK(oct.from == QDate(2026, 10, 1));
    CHECK(oct.to == QDate(2026, 10, 31));
    CHECK(oct.previous().from == QDate(2026, 9, 1));
    CHECK(oct.previous().to == QDate(2026, 9, 30));
    CHECK(Period::month(QDate(2026, 3, 1)).previous().to == QDate(2026, 2, 28));

    const Period q = Period::quarter(QDate(2026, 11, 23));
    CHECK(q.from == QDate(2026, 10, 1));
    CHECK(q.to == QDate(2026, 12, 31));
    CHECK(q.previous().from == QDate(2026, 7, 1));
    CHECK(q.label() == QStringLiteral("Q4 2026"));

    const Period c = Period::custom(QDate(2026, 10, 10), QDate(2026, 10, 19));
    CHECK(c.previous().from == QDate(2026, 9, 30));
    CHECK(c.previous().to == QDate(2026, 10, 9));
    CHECK(Period::everything().range().isOpen());
}

TEST_CASE("The wall opens on the latest complete month that has data", "[period]")
{
    const QVector<QDate> months{QDate(2026, 8, 1), QDate(2026, 9, 1), QDate(2026, 11, 1)};
    CHECK(latestCompleteMonth(months, QDate(2026, 11, 23)).from == QDate(2026, 9, 1));
    CHECK(latestCompleteMonth(months, QDate(2026, 12, 1)).from == QDate(2026, 11, 1));
    CHECK(latestCompleteMonth({QDate(2026, 11, 1)}, QDate(2026, 11, 23)).from == QDate(2026, 11, 1));
    CHECK(latestCompleteMonth({}, QDate(2026, 11, 23)).from == QDate(2026, 10, 1));
}

TEST_CASE("Trend months end with the period", "[period]")
{
    const QVector<QDate> m = monthsEndingAt(QDate(2026, 10, 31), 13);
    REQUIRE(m.size() == 13);
    CHECK(m.first() == QDate(2025, 10, 1));
    CHECK(m.last() == QDate(2026, 10, 1));
}
