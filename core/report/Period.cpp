#include "report/Period.h"

#include <QCoreApplication>
#include <QLocale>

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
