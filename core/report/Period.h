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
    bool operator==(const Period& o) const { return kind == o.kind && from == o.from && to == o.to; }
};

// The latest month that has ended before `today` and holds data; when only
// the current month has data, that month.
Period latestCompleteMonth(const QVector<QDate>& monthsWithData, QDate today);

// The `count` month starts ending with the month of `lastDay`, oldest first.
QVector<QDate> monthsEndingAt(QDate lastDay, int count);

} // namespace cr
