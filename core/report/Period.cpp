#include "report/Period.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cr {

Period Period::month(QDate d)
{
    const QDate first(d.year(), d.month(), 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

Period Period::quarter(QDate d)
{
    const QDate first(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

Period Period::custom(QDate from, QDate to)
{
    if (to < from)
        std::swap(from, to);
    return {Kind::Custom, from, to};
}

Period Period::everything()
{
    return {Kind::Everything, {}, {}};
}

DateRange Period::range() const
{
    if (kind == Kind::Everything)
        return {};
    return {from, to};
}

Period Period::previous() const
{
    switch (kind) {
    case Kind::Month:
        return month(from.addMonths(-1));
    case Kind::Quarter:
        return quarter(from.addMonths(-3));
    case Kind::Custom: {
        const qint64 days = from.daysTo(to) + 1;
        return custom(from.addDays(-days), from.addDays(-1));
    }
    case Kind::Everything:
        return everything();
    }
    return everything();
}

Period Period::next() const
{
    switch (kind) {
    case Kind::Month:
        return month(from.addMonths(1));
    case Kind::Quarter:
        return quarter(from.addMonths(3));
    case Kind::Custom: {
        const qint64 days = from.daysTo(to) + 1;
        return custom(to.addDays(1), to.addDays(days));
    }
    case Kind::Everything:
        return everything();
    }
    return everything();
}

QString Period::label() const
{
    const QLocale locale;
    switch (kind) {
    case Kind::Month:
        return locale.toString(from, QStringLiteral("MMMM yyyy"));
    case Kind::Quarter:
        return QCoreApplication::translate("Period", "Q%1 %2")
            .arg((from.month() - 1) / 3 + 1)
            .arg(from.year());
    case Kind::Custom:
        return QCoreApplication::translate("Period", "%1 – %2")
            .arg(locale.toString(from, QStringLiteral("d MMM yyyy")),
                 locale.toString(to, QStringLiteral("d MMM yyyy")));
    case Kind::Everything:
        return QCoreApplication::translate("Period", "All time");
    }
    return {};
}

Comparison comparePeriods(const Period& period, QDate today, std::optional<QDate> lastEvidence)
{
    Comparison c;
    c.period = period;
    c.previousPeriod = period.previous();
    c.current = period.range();
    c.previous = c.previousPeriod.range();
    if (!period.isComparable())
        return c;
    if (lastEvidence && *lastEvidence < period.from) {
        c.noEvidenceYet = true;
        return c;
    }
    // The period's data ends at today (it is not over) or at the last
    // evidence, whichever comes first; a month with data counts whole, so a
    // quiet last day does not make a finished month "partial".
    QDate end = period.to;
    if (today.isValid() && today < end)
        end = today;
    if (lastEvidence && *lastEvidence < end) {
        const QDate monthEnd = QDate(lastEvidence->year(), lastEvidence->month(), 1).addMonths(1).addDays(-1);
        end = std::min(end, std::max(monthEnd, *lastEvidence));
    }
    if (end >= period.to || end < period.from)
        return c;
    c.partial = true;
    const qint64 days = period.from.daysTo(end);
    c.current = {period.from, end};
    c.previous = {c.previousPeriod.from, std::min(c.previousPeriod.to, c.previousPeriod.from.addDays(days))};
    return c;
}

namespace {

QString shortRange(QDate from, QDate to)
{
    const QLocale locale;
    if (from.year() == to.year() && from.month() == to.month())
        return QCoreApplication::translate("Period", "%1–%2")
            .arg(from.day())
            .arg(locale.toString(to, QStringLiteral("d MMM yyyy")));
    if (from.year() == to.year())
        return QCoreApplication::translate("Period", "%1 – %2")
            .arg(locale.toString(from, QStringLiteral("d MMM")), locale.toString(to, QStringLiteral("d MMM yyyy")));
    return QCoreApplication::translate("Period", "%1 – %2")
        .arg(locale.toString(from, QStringLiteral("d MMM yyyy")), locale.toString(to, QStringLiteral("d MMM yyyy")));
}

} // namespace

QString Comparison::label() const
{
    if (!partial)
        return period.label();
    return QCoreApplication::translate("Period", "%1 · partial: %2")
        .arg(period.label(), shortRange(*current.from, *current.to));
}

QString Comparison::previousLabel() const
{
    if (!partial)
        return QCoreApplication::translate("Period", "vs %1").arg(previousPeriod.label());
    return QCoreApplication::translate("Period", "vs %1").arg(shortRange(*previous.from, *previous.to));
}

QVector<DateRange> trendWindows(const Period& period, int count, QDate lastDay)
{
    QVector<DateRange> windows;
    if (count <= 0)
        return windows;
    Period p = period.isComparable() ? period : Period::month(lastDay.isValid() ? lastDay : QDate::currentDate());
    QVector<Period> periods;
    for (int i = 0; i < count; ++i) {
        periods.prepend(p);
        p = p.previous();
    }
    for (const Period& q : periods)
        windows.append(q.range());
    return windows;
}

QString trendWindowLabel(const Period& period, const DateRange& window)
{
    const QLocale locale;
    const QDate from = window.from.value_or(QDate());
    switch (period.kind) {
    case Period::Kind::Quarter:
        return QCoreApplication::translate("Period", "Q%1 %2")
            .arg((from.month() - 1) / 3 + 1)
            .arg(locale.toString(from, QStringLiteral("yy")));
    case Period::Kind::Custom:
        return locale.toString(from, QStringLiteral("d MMM"));
    case Period::Kind::Month:
    case Period::Kind::Everything:
        break;
    }
    return locale.toString(from, QStringLiteral("MMM yy"));
}

Period latestCompleteMonth(const QVector<QDate>& monthsWithData, QDate today)
{
    const QDate currentMonth(today.year(), today.month(), 1);
    QDate best;
    for (const QDate& m : monthsWithData)
        if (m < currentMonth && (!best.isValid() || m > best))
            best = m;
    if (best.isValid())
        return Period::month(best);
    if (!monthsWithData.isEmpty())
        return Period::month(monthsWithData.last());
    return Period::month(currentMonth.addMonths(-1));
}

QVector<QDate> monthsEndingAt(QDate lastDay, int count)
{
    QVector<QDate> months;
    const QDate last(lastDay.year(), lastDay.month(), 1);
    for (int i = count - 1; i >= 0; --i)
        months.append(last.addMonths(-i));
    return months;
}

} // namespace cr
