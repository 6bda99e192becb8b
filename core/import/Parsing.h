#pragma once
// Lenient but never guessing: dates, times and numbers as exports write
// them. An ambiguous or unreadable value returns nullopt and the importer
// rejects the row; nothing is stored as 0 or today.

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cr::parse {

// For slash dates where both parts are <= 12 (03/04/2020): which comes first.
enum class DayMonthOrder { MonthFirst, DayFirst, Refuse };

// ISO 8601 (date, date-time with 'T' or space, fractions, 'Z' or offset),
// Y/M/D with '/' or '.', M/D/YY and M/D/YYYY (or D/M with DayFirst), D.M.YYYY,
// RFC 2822 ("Fri, 14 Oct 2016 21:56:34 +0000"), "Sep 24, 2019". A time with
// an offset is converted to local time; one without is taken as local.
std::optional<QDateTime> dateTime(const QString& text, DayMonthOrder order = DayMonthOrder::MonthFirst);
std::optional<QDate> date(const QString& text, DayMonthOrder order = DayMonthOrder::MonthFirst);

// A month as KPI sheets write it: "2024-03", "2024/03", "Mar 2024", "March 2024",
// "März 2024", "03/2024", "2024-03-01" (any date: its month). Returns the first day.
std::optional<QDate> month(const QString& text);

// ISO week "2024-W10" -> its Monday.
std::optional<QDate> isoWeek(const QString& text);

// "1,234.5", "1.234,5", "8,7", "8.7 %", "−3", "  42 ". decimalComma says
// which reading wins when a single ',' or '.' could be either ("1,234").
std::optional<double> number(const QString& text, bool decimalComma = false);

// A whole number, nothing else ("10", " 7 "); "7.0" is accepted as 7.
std::optional<int> wholeNumber(const QString& text);

// The leading number of a Qualtrics choice label: "10 - Extremely likely" -> 10.
std::optional<int> leadingWholeNumber(const QString& text);

} // namespace cr::parse
