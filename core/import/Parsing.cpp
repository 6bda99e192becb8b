#include "import/Parsing.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace cr::parse {

namespace {

// Month names as exports write them, in the languages KPI sheets come in.
int monthFromName(const QString& name)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char* const table[][13] = {
            {"en", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
            {"en", "january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"},
            {"de", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
             "oktober", "november", "dezember"},
            {"de", "jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"},
            {"fr", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"},
            {"fr", "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
            {"es", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"},
            {"es", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"},
            {"nl", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"},
            {"it", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"},
            {"pt", "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
             "outubro", "novembro", "dezembro"},
        };
        for (const auto& row : table)
            for (int i = 1; i <= 12; ++i)
                m.insert(QString::fromUtf8(row[i]), i);
        m.insert(QStringLiteral("sept"), 9);
        m.insert(QStringLiteral("maerz"), 3);
        m.insert(QStringLiteral("mrz"), 3);
        return m;
    }();
    QString key = name.toLower();
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return months.value(key, 0);
}

int expandYear(int year, int digits)
{
    if (digits == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

std::optional<QDate> slashDate(int a, int b, int year, DayMonthOrder order)
{
    int month = a;
    int day = b;
    if (a > 12 && b <= 12) {
        day = a;
        month = b;
    } else if (a <= 12 && b <= 12 && a != b) {
        if (order == DayMonthOrder::Refuse)
            return std::nullopt;
        if (order == DayMonthOrder::DayFirst)
            std::swap(month, day);
    } else if (a <= 12 && b > 12) {
        // month first is the only reading
    } else if (a > 12 && b > 12) {
        return std::nullopt;
    }
    const QDate d(year, month, day);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QTime> parseTime(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*([AaPp][Mm])?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    const int s = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    int ms = 0;
    if (!m.captured(4).isEmpty())
        ms = int(m.captured(4).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    const QString ampm = m.captured(5).toLower();
    if (!ampm.isEmpty()) {
        if (h < 1 || h > 12)
            return std::nullopt;
        if (ampm == QLatin1String("pm") && h != 12)
            h += 12;
        if (ampm == QLatin1String("am") && h == 12)
            h = 0;
    }
    const QTime t(h, min, s, ms);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

// "+02:00", "-0500", "Z", "UTC", "GMT" -> seconds east of UTC.
std::optional<int> parseOffset(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("Z") || t.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ||
        t.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0)
        return 0;
    static const QRegularExpression re(QStringLiteral("^(?:UTC|GMT)?([+-])(\\d{2}):?(\\d{2})?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
    return sign * (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60);
}

QDateTime combine(const QDate& d, const std::optional<QTime>& t, const std::optional<int>& offset)
{
    const QTime time = t.value_or(QTime(0, 0));
    if (offset)
        return QDateTime(d, time, QTimeZone(*offset)).toLocalTime();
    return QDateTime(d, time);
}

} // namespace

// The common case of big exports, without regular expressions:
// "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" and "YYYY-MM-DD HH:MM:SS", no zone.
static std::optional<QDateTime> plainIso(const QString& t)
{
    const qsizetype n = t.size();
    if (n != 10 && n != 16 && n != 19)
        return std::nullopt;
    auto digits = [&](qsizetype from, qsizetype count, int* out) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(0, 4, &y) || t.at(4) != QLatin1Char('-') || !digits(5, 2, &mo) || t.at(7) != QLatin1Char('-') ||
        !digits(8, 2, &d))
        return std::nullopt;
    if (n >= 16) {
        if ((t.at(10) != QLatin1Char('T') && t.at(10) != QLatin1Char(' ')) || !digits(11, 2, &h) ||
            t.at(13) != QLatin1Char(':') || !digits(14, 2, &mi))
            return std::nullopt;
        if (n == 19 && (t.at(16) != QLatin1Char(':') || !digits(17, 2, &sec)))
            return std::nullopt;
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time);
}

std::optional<QDateTime> dateTime(const QString& input, DayMonthOrder order)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.size() >= 10 && text.at(4) == QLatin1Char('-'))
        if (auto fast = plainIso(text))
            return fast;

    // ISO 8601: 2019-09-24, 2019-09-24T12:00:00.123-05:00, 2019-09-24 12:00:00 UTC
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)\\s*"
        "(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?$"));
    if (auto m = iso.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            return std::nullopt;
        std::optional<QTime> t;
        if (!m.captured(4).isEmpty()) {
            t = parseTime(m.captured(4));
            if (!t)
                return std::nullopt;
        }
        return combine(d, t, parseOffset(m.captured(5)));
    }

    // 2019/9/24 or 2019.09.24 [time]
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?:[ T]+(.+?))?$"));
    if (auto m = ymd.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            return std::nullopt;
        std::optional<QTime> t;
        if (!m.captured(4).isEmpty() && !(t = parseTime(m.captured(4))))
            return std::nullopt;
        return combine(d, t, std::nullopt);
    }

    // 9/24/19, 09/24/2019 10:22 AM, 24.09.2019 10:22, 24-09-2019
    static const QRegularExpression slash(
        QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{2}|\\d{4})(?:[ T,]+(.+?))?$"));
    if (auto m = slash.match(text); m.hasMatch()) {
        const int year = expandYear(m.captured(4).toInt(), int(m.captured(4).size()));
        // A dotted date is day-first wherever it is written (24.09.2019).
        const DayMonthOrder o = m.captured(2) == QLatin1String(".") ? DayMonthOrder::DayFirst : order;
        const auto d = slashDate(m.captured(1).toInt(), m.captured(3).toInt(), year, o);
        if (!d)
            return std::nullopt;
        std::optional<QTime> t;
        std::optional<int> offset;
        if (!m.captured(5).isEmpty()) {
            QString rest = m.captured(5).trimmed();
            static const QRegularExpression tz(QStringLiteral("\\s+(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})$"));
            if (auto z = tz.match(rest); z.hasMatch()) {
                offset = parseOffset(z.captured(1));
                rest.truncate(z.capturedStart());
            }
            if (!(t = parseTime(rest)))
                return std::nullopt;
        }
        return combine(*d, t, offset);
    }

    // RFC 2822: "Fri, 14 Oct 2016 21:56:34 +0000" (the weekday and seconds optional)
    static const QRegularExpression rfc(QStringLiteral(
        "^(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,})\\.?\\s+(\\d{2,4})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)"
        "\\s*([+-]\\d{4}|Z|UT|UTC|GMT)?(?:\\s*\\(.*\\))?$"));
    if (auto m = rfc.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        const QDate d(expandYear(m.captured(3).toInt(), int(m.captured(3).size())), month, m.captured(1).toInt());
        const auto t = parseTime(m.captured(4));
        if (!month || !d.isValid() || !t)
            return std::nullopt;
        QString zone = m.captured(5);
        if (zone == QLatin1String("UT"))
            zone = QStringLiteral("UTC");
        return combine(d, t, parseOffset(zone));
    }

    // "Sep 24, 2019", "24 September 2019", "September 24 2019 10:00"
    static const QRegularExpression named(QStringLiteral(
        "^(?:(\\d{1,2})\\.?\\s+([^\\d\\s,]+)|([^\\d\\s,]+)\\s+(\\d{1,2}))[,\\s]+(\\d{4})(?:[,\\s]+(.+))?$"));
    if (auto m = named.match(text); m.hasMatch()) {
        const bool dayFirst = !m.captured(1).isEmpty();
        const int month = monthFromName(dayFirst ? m.captured(2) : m.captured(3));
        const int day = (dayFirst ? m.captured(1) : m.captured(4)).toInt();
        const QDate d(m.captured(5).toInt(), month, day);
        if (!month || !d.isValid())
            return std::nullopt;
        std::optional<QTime> t;
        if (!m.captured(6).isEmpty() && !(t = parseTime(m.captured(6))))
            return std::nullopt;
        return combine(d, t, std::nullopt);
    }
    return std::nullopt;
}

std::optional<QDate> date(const QString& text, DayMonthOrder order)
{
    const auto dt = dateTime(text, order);
    if (!dt)
        return std::nullopt;
    return dt->date();
}

std::optional<QDate> month(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$"));
    if (auto m = ym.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    static const QRegularExpression my(QStringLiteral("^(\\d{1,2})[-/.](\\d{4})$"));
    if (auto m = my.match(text); m.hasMatch()) {
        const QDate d(m.captured(2).toInt(), m.captured(1).toInt(), 1);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    // "Apr 2024", "April 2024", "März 2024", "Apr-24", "avr. 2024"
    static const QRegularExpression named(QStringLiteral("^([^\\d\\s,.\\-/]+)\\.?[\\s\\-/,]+'?(\\d{2}|\\d{4})$"));
    if (auto m = named.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        if (!month)
            return std::nullopt;
        const int year = expandYear(m.captured(2).toInt(), int(m.captured(2).size()));
        return QDate(year, month, 1);
    }
    static const QRegularExpression yNamed(QStringLiteral("^(\\d{4})[\\s\\-]+([^\\d\\s]+)$"));
    if (auto m = yNamed.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        if (!month)
            return std::nullopt;
        return QDate(m.captured(1).toInt(), month, 1);
    }
    if (const auto d = date(text, DayMonthOrder::Refuse))
        return QDate(d->year(), d->month(), 1);
    return std::nullopt;
}

std::optional<QDate> isoWeek(const QString& input)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-?W(\\d{1,2})(?:-?(\\d))?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(input.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    const int weekday = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    if (week < 1 || week > 53 || weekday < 1 || weekday > 7)
        return std::nullopt;
    // ISO week 1 holds 4 January.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    int checkYear = 0;
    monday.weekNumber(&checkYear);
    if (checkYear != year)
        return std::nullopt;
    return monday.addDays(weekday - 1);
}

std::optional<double> number(const QString& input, bool decimalComma)
{
    QString t = input.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    t.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    t.remove(QChar(0x00A0));                    // no-break space as thousands separator
    t.remove(QChar(0x202F));
    t.remove(QChar(0x2009));
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed();
    // Currency symbols are not numbers' business but sheets carry them.
    static const QRegularExpression currency(QStringLiteral("^[$€£¥]\\s*|\\s*[$€£¥]$"));
    t.remove(currency);
    t.remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    const int commas = int(t.count(QLatin1Char(',')));
    const int dots = int(t.count(QLatin1Char('.')));
    if (commas > 0 && dots > 0) {
        // The later one is the decimal mark: 1.234,5 or 1,234.5
        if (t.lastIndexOf(QLatin1Char(',')) > t.lastIndexOf(QLatin1Char('.'))) {
            t.remove(QLatin1Char('.'));
            t.replace(QLatin1Char(','), QLatin1Char('.'));
        } else {
            t.remove(QLatin1Char(','));
        }
    } else if (commas > 1) {
        t.remove(QLatin1Char(','));
    } else if (dots > 1) {
        t.remove(QLatin1Char('.'));
    } else if (commas == 1) {
        if (decimalComma)
            t.replace(QLatin1Char(','), QLatin1Char('.'));
        else {
            // "1,234" is a thousands separator only with exactly three digits after it.
            const int after = int(t.size() - t.indexOf(QLatin1Char(',')) - 1);
            if (after == 3)
                t.remove(QLatin1Char(','));
            else
                t.replace(QLatin1Char(','), QLatin1Char('.'));
        }
    } else if (dots == 1 && decimalComma) {
        const int after = int(t.size() - t.indexOf(QLatin1Char('.')) - 1);
        if (after == 3)
            t.remove(QLatin1Char('.'));
    }
    static const QRegularExpression plain(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!plain.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<int> wholeNumber(const QString& input)
{
    const QString t = input.trimmed();
    static const QRegularExpression re(QStringLiteral("^[+-]?\\d+(?:\\.0+)?$"));
    if (!re.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const int v = int(t.toDouble(&ok));
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<int> leadingWholeNumber(const QString& input)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,3})(?:\\s*(?:[-–—:=]|\\s)\\s*\\D.*)?$"));
    const auto m = re.match(input);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

} // namespace cr::parse
