#include "import/formats/KpiCommon.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cr::formats::kpi {

namespace {

// Month spellings parse::month does not know (Dutch, Italian and Portuguese
// abbreviations, French without accents), folded.
int extraMonth(const QString& folded)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char* const table[][13] = {
            {"nl", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
            {"it", "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
            {"pt", "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"},
            {"fr", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
             "octobre", "novembre", "decembre"},
            {"fr", "janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"},
            {"pt", "janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro",
             "outubro", "novembro", "dezembro"},
            {"de", "jan", "feb", "maerz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
        };
        for (const auto& row : table)
            for (int i = 1; i <= 12; ++i)
                m.insert(QString::fromLatin1(row[i]), i);
        return m;
    }();
    QString key = folded;
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return months.value(key, 0);
}

std::optional<QDate> weekOf(int year, int week)
{
    return parse::isoWeek(QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0')));
}

} // namespace

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    if (out.startsWith(QChar(0xFEFF)))
        out.remove(0, 1);
    return out.toLower().simplified();
}

std::optional<Period> readPeriod(const QString& input, parse::DayMonthOrder order)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto monday = parse::isoWeek(text))
        return Period{*monday, false};
    // Week labels as sheets write them: "KW 10/2024", "W10 2024", "2024 KW10".
    static const QRegularExpression weekFirst(
        QStringLiteral(
            "^(?:kw|cw|wk|w|week|woche|semaine|semana|settimana)\\.?\\s*(\\d{1,2})[\\s/,\\-]+(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})[\\s/,\\-]*(?:kw|cw|wk|week|woche)\\.?\\s*(\\d{1,2})$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = weekFirst.match(text); m.hasMatch()) {
        if (const auto monday = weekOf(m.captured(2).toInt(), m.captured(1).toInt()))
            return Period{*monday, false};
        return std::nullopt;
    }
    if (const auto m = yearFirst.match(text); m.hasMatch()) {
        if (const auto monday = weekOf(m.captured(1).toInt(), m.captured(2).toInt()))
            return Period{*monday, false};
        return std::nullopt;
    }
    if (const auto day = parse::date(text, order))
        return Period{*day, false};
    if (const auto first = parse::month(text))
        return Period{*first, true};
    // Eurostat's "2024M03".
    static const QRegularExpression eurostat(QStringLiteral("^(\\d{4})M(\\d{2})$"));
    if (const auto m = eurostat.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (d.isValid())
            return Period{d, true};
        return std::nullopt;
    }
    static const QRegularExpression named(QStringLiteral("^([^\\d\\s,\\-/]+)[\\s\\-/,]+'?(\\d{2}|\\d{4})$"));
    if (const auto m = named.match(fold(text)); m.hasMatch()) {
        const int month = extraMonth(m.captured(1));
        if (!month)
            return std::nullopt;
        int year = m.captured(2).toInt();
        if (m.captured(2).size() == 2)
            year += year < 70 ? 2000 : 1900;
        return Period{QDate(year, month, 1), true};
    }
    return std::nullopt;
}

parse::DayMonthOrder learnDayMonthOrder(const QStringList& values, char delimiter)
{
    static const QRegularExpression slash(
        QStringLiteral("^\\s*(\\d{1,2})[/\\-](\\d{1,2})[/\\-](\\d{2}|\\d{4})\\b"));
    int dayFirst = 0;
    int monthFirst = 0;
    int ambiguous = 0;
    for (const QString& v : values) {
        const auto m = slash.match(v);
        if (!m.hasMatch())
            continue;
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        if (a > 12 && b <= 12)
            ++dayFirst;
        else if (b > 12 && a <= 12)
            ++monthFirst;
        else if (a != b)
            ++ambiguous;
    }
    if (dayFirst > 0 && monthFirst == 0)
        return parse::DayMonthOrder::DayFirst;
    if (monthFirst > 0 && dayFirst == 0)
        return parse::DayMonthOrder::MonthFirst;
    if (dayFirst > 0 || (ambiguous > 0 && delimiter != ';'))
        return parse::DayMonthOrder::Refuse; // both orders seen, or nothing settles it
    // A ';'-delimited sheet comes from a European locale, where slash dates are day first.
    return delimiter == ';' ? parse::DayMonthOrder::DayFirst : parse::DayMonthOrder::MonthFirst;
}

bool learnDecimalComma(const QStringList& values, char delimiter)
{
    static const QRegularExpression europeanA(QStringLiteral("^[-+]?\\d+,(\\d{1,2}|\\d{4,})$"));
    static const QRegularExpression europeanB(
        QStringLiteral("^[-+]?\\d{1,3}(\\.\\d{3})+,\\d+$|^[-+]?\\d{1,3}(\\.\\d{3}){2,}$"));
    static const QRegularExpression englishA(QStringLiteral("^[-+]?\\d+\\.(\\d{1,2}|\\d{4,})$"));
    static const QRegularExpression englishB(
        QStringLiteral("^[-+]?\\d{1,3}(,\\d{3})+\\.\\d+$|^[-+]?\\d{1,3}(,\\d{3}){2,}$"));
    int european = 0;
    int english = 0;
    for (QString v : values) {
        v.remove(QLatin1Char('%'));
        v.remove(QLatin1Char(' '));
        v.remove(QChar(0x00A0));
        if (v.isEmpty())
            continue;
        if (europeanA.match(v).hasMatch() || europeanB.match(v).hasMatch())
            ++european;
        else if (englishA.match(v).hasMatch() || englishB.match(v).hasMatch())
            ++english;
    }
    if (european != english)
        return european > english;
    return delimiter == ';';
}

std::optional<Value> readValue(const QString& input, bool decimalComma)
{
    const QString text = input.trimmed();
    const auto v = parse::number(text, decimalComma);
    if (!v)
        return std::nullopt;
    return Value{*v, text.contains(QLatin1Char('%'))};
}

void acceptObservation(ImportSink& sink, int line, const QString& stage, const QString& kpiName,
                       const Period& period, double value, const QString& unit)
{
    KpiObservation obs;
    obs.kpiName = kpiName;
    obs.date = period.date;
    obs.value = value;
    obs.unit = unit;
    obs.periodIsMonth = period.isMonth;
    ImportRecord record;
    record.line = line;
    record.stage = stage;
    record.value = obs;
    sink.accept(std::move(record));
}

QString readingNotes(bool firstOfMonth, bool decimalComma)
{
    QString notes;
    if (firstOfMonth)
        notes += QLatin1Char(' ') + QCoreApplication::translate(
                                        "Importers", "Every date is the first of a month: read as months.");
    if (decimalComma)
        notes += QLatin1Char(' ') + QCoreApplication::translate("Importers", "Decimal comma.");
    return notes;
}

QString rollUpNote()
{
    return QLatin1Char(' ') +
           QCoreApplication::translate("Importers",
                                       "Days and weeks roll up to months (--aggregate sum|mean|last).");
}

bool isMissingMarker(const QString& text)
{
    static const QSet<QString> markers = {
        QStringLiteral("-"),    QStringLiteral("--"),   QString(QChar(0x2013)), QString(QChar(0x2014)),
        QStringLiteral("n/a"),  QStringLiteral("na"),   QStringLiteral("#n/a"), QStringLiteral("n.a."),
        QStringLiteral("k.a."), QStringLiteral("null"), QStringLiteral("none"), QStringLiteral("nan"),
        QStringLiteral(".."),   QStringLiteral("..."),  QStringLiteral("n.v."), QStringLiteral("s.o."),
    };
    return markers.contains(fold(text));
}

bool isSummaryLabel(const QString& text)
{
    static const QSet<QString> labels = {
        QStringLiteral("total"),         QStringLiteral("totals"),    QStringLiteral("grand total"),
        QStringLiteral("sum"),           QStringLiteral("summe"),     QStringLiteral("gesamt"),
        QStringLiteral("gesamtsumme"),   QStringLiteral("insgesamt"), QStringLiteral("average"),
        QStringLiteral("avg"),           QStringLiteral("mean"),      QStringLiteral("durchschnitt"),
        QStringLiteral("mittelwert"),    QStringLiteral("moyenne"),   QStringLiteral("promedio"),
        QStringLiteral("media"),         QStringLiteral("totale"),    QStringLiteral("totaal"),
        QStringLiteral("total general"),
    };
    QString f = fold(text);
    if (f.endsWith(QLatin1Char(':')))
        f.chop(1);
    return labels.contains(f);
}

QString unitFromHeader(const QString& header)
{
    const QString f = fold(header);
    auto known = [](const QString& word) -> QString {
        static const QHash<QString, QString> units = {
            {QStringLiteral("s"), QStringLiteral("s")},
            {QStringLiteral("sec"), QStringLiteral("s")},
            {QStringLiteral("secs"), QStringLiteral("s")},
            {QStringLiteral("seconds"), QStringLiteral("s")},
            {QStringLiteral("sek"), QStringLiteral("s")},
            {QStringLiteral("sekunden"), QStringLiteral("s")},
            {QStringLiteral("min"), QStringLiteral("min")},
            {QStringLiteral("mins"), QStringLiteral("min")},
            {QStringLiteral("minutes"), QStringLiteral("min")},
            {QStringLiteral("minuten"), QStringLiteral("min")},
            {QStringLiteral("h"), QStringLiteral("h")},
            {QStringLiteral("hrs"), QStringLiteral("h")},
            {QStringLiteral("hours"), QStringLiteral("h")},
            {QStringLiteral("std"), QStringLiteral("h")},
            {QStringLiteral("stunden"), QStringLiteral("h")},
            {QStringLiteral("%"), QStringLiteral("%")},
            {QStringLiteral("pct"), QStringLiteral("%")},
            {QStringLiteral("percent"), QStringLiteral("%")},
            {QStringLiteral("prozent"), QStringLiteral("%")},
            {QStringLiteral("d"), QStringLiteral("days")},
            {QStringLiteral("days"), QStringLiteral("days")},
            {QStringLiteral("tage"), QStringLiteral("days")},
        };
        QString w = word;
        if (w.endsWith(QLatin1Char('.')))
            w.chop(1);
        return units.value(w);
    };
    // A unit in brackets at the end: "Handle time (min)", "Umsatz [EUR]".
    static const QRegularExpression bracket(
        QStringLiteral("[\\(\\[]\\s*([^\\)\\]\\d]{1,8}?)\\s*[\\)\\]]\\s*$"));
    if (const auto m = bracket.match(header.trimmed()); m.hasMatch()) {
        const QString inner = m.captured(1).trimmed();
        const QString unit = known(fold(inner));
        return unit.isEmpty() ? inner : unit;
    }
    static const QRegularExpression percent(
        QStringLiteral("%|\\b(rate|percent|percentage|pct|quote|anteil|prozent|taux|tasa|tasso|porcentaje)"
                       "\\b|(rate|quote)$"));
    if (percent.match(f).hasMatch())
        return QStringLiteral("%");
    static const QRegularExpression seconds(
        QStringLiteral("\\b(secs?|seconds?|sek|sekunden|segundos|secondes|secondi)\\b"));
    if (seconds.match(f).hasMatch())
        return QStringLiteral("s");
    static const QRegularExpression minutes(QStringLiteral("\\b(mins?|minutes?|minuten|minutos|minuti)\\b"));
    if (minutes.match(f).hasMatch())
        return QStringLiteral("min");
    static const QRegularExpression hours(QStringLiteral("\\b(hours?|hrs|stunden|heures|horas|ore)\\b"));
    if (hours.match(f).hasMatch())
        return QStringLiteral("h");
    static const QRegularExpression days(QStringLiteral("\\b(days|tage|jours|dias|giorni)\\b"));
    if (days.match(f).hasMatch())
        return QStringLiteral("days");
    return {};
}

bool headerMatches(const QString& header, const QStringList& names)
{
    const QString f = fold(header);
    for (const QString& name : names) {
        if (f == name)
            return true;
        if (f.size() <= name.size())
            continue;
        if (f.startsWith(name)) {
            const QChar next = f.at(name.size());
            if (!next.isLetterOrNumber())
                return true;
        }
        if (f.endsWith(name)) {
            const QChar before = f.at(f.size() - name.size() - 1);
            if (!before.isLetterOrNumber())
                return true;
        }
    }
    return false;
}

int findHeaderRow(const QVector<QStringList>& rows)
{
    auto filled = [](const QStringList& row) {
        int n = 0;
        for (const QString& f : row)
            if (!f.trimmed().isEmpty())
                ++n;
        return n;
    };
    int widest = 0;
    for (const QStringList& row : rows)
        widest = std::max(widest, filled(row));
    if (widest < 2)
        return -1;
    for (int i = 0; i < rows.size(); ++i) {
        const int n = filled(rows.at(i));
        if (n >= 2 && n * 2 >= widest)
            return i;
    }
    return -1;
}

QString extraCells(const QStringList& fields, qsizetype columns)
{
    for (qsizetype i = columns; i < fields.size(); ++i)
        if (!fields.at(i).trimmed().isEmpty())
            return QCoreApplication::translate(
                       "Importers",
                       "The row has %1 cells but the header %2 columns: are decimal commas unquoted in a "
                       "comma-separated file?")
                .arg(fields.size())
                .arg(columns);
    return {};
}

char sniffDelimiter(const QString& sample)
{
    QStringList lines = sample.left(64 * 1024).split(QLatin1Char('\n'));
    auto hasDelimiter = [](const QString& line) {
        return line.contains(QLatin1Char(',')) || line.contains(QLatin1Char(';')) ||
               line.contains(QLatin1Char('\t')) || line.contains(QLatin1Char('|'));
    };
    while (lines.size() > 1 && !hasDelimiter(lines.first()))
        lines.removeFirst();
    return CsvReader::sniffDelimiter(lines.join(QLatin1Char('\n')));
}

BufferedCsv::BufferedCsv(const QString& path, const QByteArray& encoding) : m_path(path), m_encoding(encoding)
{
}

Status BufferedCsv::open(int count)
{
    char delimiter = 0;
    {
        TextInput input(m_path, m_encoding);
        if (auto opened = input.open(); !opened)
            return opened;
        auto head = input.read(64 * 1024);
        if (!head)
            return head.error();
        delimiter = sniffDelimiter(QString::fromUtf8(*head));
    }
    m_reader = std::make_unique<CsvReader>(m_path, m_encoding, delimiter);
    if (auto opened = m_reader->open(); !opened)
        return opened;
    for (int i = 0; i < count; ++i) {
        CsvRow row;
        auto more = m_reader->next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        m_rows.append(std::move(row));
    }
    if (m_rows.isEmpty())
        return Error(QCoreApplication::translate("Importers", "The file is empty."), m_path);
    return success();
}

QVector<QStringList> BufferedCsv::bufferedFields() const
{
    QVector<QStringList> fields;
    for (const CsvRow& row : m_rows)
        fields.append(row.fields);
    return fields;
}

void BufferedCsv::dropFront(int n)
{
    m_at = std::min(int(m_rows.size()), m_at + n);
}

Result<bool> BufferedCsv::next(CsvRow& row, ImportSink& sink)
{
    if (sink.isCancelled())
        return Error(QCoreApplication::translate("Importers", "Cancelled."), m_path);
    if (!sink.wantsMore())
        return false;
    if (m_at < m_rows.size()) {
        row = m_rows.at(m_at++);
    } else {
        auto more = m_reader->next(row);
        if (!more || !*more)
            return more;
    }
    if (++m_rowsRead % 256 == 0)
        sink.progress(m_reader->bytesRead(), m_reader->size());
    return true;
}

} // namespace cr::formats::kpi
