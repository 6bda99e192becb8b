// Dates, months and numbers as exports write them; nothing ambiguous is guessed.
#include "import/Parsing.h"

#include <catch2/catch.hpp>

using namespace cr;

TEST_CASE("Dates in the styles exports use")
{
    CHECK(parse::date(QStringLiteral("2019-09-24")) == QDate(2019, 9, 24));
    CHECK(parse::date(QStringLiteral("9/24/19")) == QDate(2019, 9, 24));
    CHECK(parse::date(QStringLiteral("09/24/2019")) == QDate(2019, 9, 24));
    CHECK(parse::date(QStringLiteral("2019/9/24")) == QDate(2019, 9, 24));
    CHECK(parse::date(QStringLiteral("24.09.2019")) == QDate(2019, 9, 24));
    CHECK(parse::date(QStringLiteral("Sep 24, 2019")) == QDate(2019, 9, 24));
    CHECK(parse::date(QStringLiteral("24 September 2019")) == QDate(2019, 9, 24));
    // Both parts <= 12: the source's convention decides, or nothing does.
    CHECK(parse::date(QStringLiteral("03/04/2020")) == QDate(2020, 3, 4));
    CHECK(parse::date(QStringLiteral("03/04/2020"), parse::DayMonthOrder::DayFirst) == QDate(2020, 4, 3));
    CHECK_FALSE(parse::date(QStringLiteral("03/04/2020"), parse::DayMonthOrder::Refuse));
    CHECK(parse::date(QStringLiteral("13/04/2020"), parse::DayMonthOrder::Refuse) == QDate(2020, 4, 13));
    for (const char* bad : {"", "2019-02-30", "13/13/2020", "yesterday", "2019-09", "0", "32.01.2020"})
        CHECK_FALSE(parse::date(QString::fromLatin1(bad)));
}

TEST_CASE("Times: ISO with offsets become local time; without an offset they are local")
{
    const auto utc = parse::dateTime(QStringLiteral("2019-07-31T17:04:15Z"));
    REQUIRE(utc);
    CHECK(utc->toUTC() == QDateTime(QDate(2019, 7, 31), QTime(17, 4, 15), Qt::UTC));
    const auto offset = parse::dateTime(QStringLiteral("2018-05-31T23:27:10+00:00"));
    REQUIRE(offset);
    CHECK(offset->toUTC().time() == QTime(23, 27, 10));
    const auto rfc = parse::dateTime(QStringLiteral("Fri, 14 Oct 2016 21:56:34 +0000"));
    REQUIRE(rfc);
    CHECK(rfc->toUTC() == QDateTime(QDate(2016, 10, 14), QTime(21, 56, 34), Qt::UTC));
    const auto local = parse::dateTime(QStringLiteral("2020-12-22 00:19:23"));
    REQUIRE(local);
    CHECK(local->time() == QTime(0, 19, 23));
    CHECK(local->timeSpec() == Qt::LocalTime);
    const auto ms = parse::dateTime(QStringLiteral("2021-01-04 18:55:43.675"));
    REQUIRE(ms);
    CHECK(ms->time().msec() == 675);
    const auto pm = parse::dateTime(QStringLiteral("3/14/2023 2:05 PM"));
    REQUIRE(pm);
    CHECK(pm->time() == QTime(14, 5));
    CHECK_FALSE(parse::dateTime(QStringLiteral("2019-09-24T25:00")));
}

TEST_CASE("Months as KPI sheets label them")
{
    CHECK(parse::month(QStringLiteral("Apr 2024")) == QDate(2024, 4, 1));
    CHECK(parse::month(QStringLiteral("April 2024")) == QDate(2024, 4, 1));
    CHECK(parse::month(QStringLiteral("März 2024")) == QDate(2024, 3, 1));
    CHECK(parse::month(QStringLiteral("2024-03")) == QDate(2024, 3, 1));
    CHECK(parse::month(QStringLiteral("03/2024")) == QDate(2024, 3, 1));
    CHECK(parse::month(QStringLiteral("2024-03-15")) == QDate(2024, 3, 1));
    CHECK_FALSE(parse::month(QStringLiteral("Smarch 2024")));
    CHECK(parse::isoWeek(QStringLiteral("2024-W10")) == QDate(2024, 3, 4));
    CHECK(parse::isoWeek(QStringLiteral("2020-W53")) == QDate(2020, 12, 28));
    CHECK_FALSE(parse::isoWeek(QStringLiteral("2021-W53")));
}

TEST_CASE("Numbers with either decimal mark, thousands separators and percent signs")
{
    CHECK(parse::number(QStringLiteral("8.7")) == 8.7);
    CHECK(parse::number(QStringLiteral("8,7"), true) == 8.7);
    CHECK(parse::number(QStringLiteral("1.234,5")) == 1234.5);
    CHECK(parse::number(QStringLiteral("1,234.5")) == 1234.5);
    CHECK(parse::number(QStringLiteral("1,234")) == 1234);
    CHECK(parse::number(QStringLiteral("1,5")) == 1.5);
    CHECK(parse::number(QStringLiteral("8,7 %"), true) == 8.7);
    CHECK(parse::number(QStringLiteral("−3")) == -3);
    CHECK(parse::number(QStringLiteral("1\u00A0234,5"), true) == 1234.5);
    for (const char* bad : {"", "n/a", "12abc", "1.2.3,4,5", "--3"})
        CHECK_FALSE(parse::number(QString::fromLatin1(bad)));
    CHECK(parse::wholeNumber(QStringLiteral(" 7 ")) == 7);
    CHECK(parse::wholeNumber(QStringLiteral("7.0")) == 7);
    CHECK_FALSE(parse::wholeNumber(QStringLiteral("7.5")));
    CHECK(parse::leadingWholeNumber(QStringLiteral("10 - Extremely likely")) == 10);
    CHECK(parse::leadingWholeNumber(QStringLiteral("0 = Not at all likely")) == 0);
    CHECK(parse::leadingWholeNumber(QStringLiteral("9")) == 9);
    CHECK_FALSE(parse::leadingWholeNumber(QStringLiteral("Extremely likely")));
}
