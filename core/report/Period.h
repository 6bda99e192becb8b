#pragma once
// Reporting periods: a month, a quarter or a custom range, and the period
// before it for "compare to previous".

#include "store/RoomStore.h"

#include <QDate>
#include <QString>

namespace cr {

struct Period
{
    enum class Kind { Month, Quarter, Custom, Everything };
    Kind kind = Kind::Everything;
    QDate from; // inclusive; invalid for Everything
    QDate to;   // inclusive; invalid for Everything

    static Period month(QDate anyDayInMonth);
    static Period quarter(QDate anyDayInQuarter);
    static Period custom(QDate from, QDate to);
    static Period everything();

    DateRange range() const;
    Period previous() const; // same length, just before; Everything has none (returns Everything)
    Period next() const;
    QString label() const; // "October 2026", "Q3 2026", "1 Jan – 15 Feb 2026", "All time"
    bool isComparable() const { return kind != Kind::Everything; }
    // The GUI never goes past the period that holds `today`.
    bool startsAfter(QDate today) const { return kind != Kind::Everything && from > today; }
    bool operator==(const Period& o) const { return kind == o.kind && from == o.from && to == o.to; }
};

// Like with like (DESIGN.md): a period that is not over yet, or whose data
// stops before its end, is compared over the days it covers with the same
// days at the start of the previous period, and is called "partial".
struct Comparison
{
    Period period;         // as chosen
    Period previousPeriod; // the whole period before it
    DateRange current;     // the days measured: all of the period, or its first days
    DateRange previous;    // as many days from the start of previousPeriod
    bool partial = false;
    // The room has no evidence in the period yet (a month just begun, data not
    // imported): nothing is compared, so missing data never reads as "down".
    bool noEvidenceYet = false;
    bool comparable() const { return period.isComparable() && !noEvidenceYet; }
    // "Q4 2026 · partial: 1–31 Oct" or just the period's label.
    QString label() const;
    // "vs 1–31 Jul 2026" / "vs September 2026".
    QString previousLabel() const;
};

// `lastEvidence` is the room's last day with data (RoomStore::latestEvidenceDate).
Comparison comparePeriods(const Period& period, QDate today, std::optional<QDate> lastEvidence);

// The `count` periods of the same length as `period` ending with it, oldest
// first: months, quarters, or equal runs of days for a custom range. For
// "all time", the months ending with `lastDay`.
QVector<DateRange> trendWindows(const Period& period, int count, QDate lastDay);
// Short label of a trend window ("Oct 25", "Q3 26", "12 Oct").
QString trendWindowLabel(const Period& period, const DateRange& window);

// The latest month that has ended before `today` and holds data; when only
// the current month has data, that month.
Period latestCompleteMonth(const QVector<QDate>& monthsWithData, QDate today);

// The `count` month starts ending with the month of `lastDay`, oldest first.
QVector<QDate> monthsEndingAt(QDate lastDay, int count);

} // namespace cr
