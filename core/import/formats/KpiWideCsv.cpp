// KPI sheet with one column per KPI: a date (or month, or week) column and a
// column of numbers per KPI, named by its header in whatever language the
// sheet is in. The date column is found by its name (date, Datum, fecha,
// mois, Monat, period, week...), or else by its values; a Year + Month pair
// of columns works too. Blank cells are gaps, not zeros: they are left out.
// Rows finer than a month are emitted as they are; the session rolls them up
// with --aggregate.
#include "import/formats/Formats.h"
#include "import/formats/KpiCommon.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cr::formats {

namespace {

const QStringList& dateNames()
{
    static const QStringList names = {
        QStringLiteral("date"),          QStringLiteral("datum"),      QStringLiteral("fecha"),
        QStringLiteral("data"),          QStringLiteral("day"),        QStringLiteral("tag"),
        QStringLiteral("jour"),          QStringLiteral("dia"),        QStringLiteral("giorno"),
        QStringLiteral("dag"),           QStringLiteral("month"),      QStringLiteral("monat"),
        QStringLiteral("mois"),          QStringLiteral("mes"),        QStringLiteral("mese"),
        QStringLiteral("maand"),         QStringLiteral("period"),     QStringLiteral("periode"),
        QStringLiteral("periodo"),       QStringLiteral("zeitraum"),   QStringLiteral("week"),
        QStringLiteral("woche"),         QStringLiteral("semaine"),    QStringLiteral("semana"),
        QStringLiteral("settimana"),     QStringLiteral("kw"),         QStringLiteral("kalenderwoche"),
        QStringLiteral("time"),          QStringLiteral("zeit"),       QStringLiteral("stichtag"),
        QStringLiteral("berichtsmonat"), QStringLiteral("as of"),      QStringLiteral("year-month"),
        QStringLiteral("yearmonth"),     QStringLiteral("jahr-monat"), QStringLiteral("timestamp"),
        QStringLiteral("datetime"),
    };
    return names;
}

const QStringList& yearNames()
{
    static const QStringList names = {QStringLiteral("year"), QStringLiteral("jahr"), QStringLiteral("annee"),
                                      QStringLiteral("ano"),  QStringLiteral("anno"), QStringLiteral("jaar")};
    return names;
}

const QStringList& monthNames()
{
    static const QStringList names = {QStringLiteral("month"), QStringLiteral("monat"),
                                      QStringLiteral("mois"),  QStringLiteral("mes"),
                                      QStringLiteral("mese"),  QStringLiteral("maand")};
    return names;
}

const QStringList& stageNames()
{
    static const QStringList names = {QStringLiteral("stage"), QStringLiteral("journey stage"),
                                      QStringLiteral("phase"), QStringLiteral("etappe"),
                                      QStringLiteral("etapa"), QStringLiteral("fase")};
    return names;
}

// Columns that number rows rather than measure anything.
bool isRowNumberHeader(const QString& header)
{
    static const QStringList names = {
        QStringLiteral("id"),  QStringLiteral("#"),     QStringLiteral("nr"),      QStringLiteral("no"),
        QStringLiteral("row"), QStringLiteral("index"), QStringLiteral("lfd. nr.")};
    return names.contains(kpi::fold(header));
}

QString cell(const QStringList& fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
}

struct Layout
{
    int headerRow = -1;
    QStringList header;
    int dateColumn = -1;
    int yearColumn = -1; // a Year + Month pair instead of one date column
    int monthColumn = -1;
    int stageColumn = -1;
    enum class Found { Map, Name, Values, YearMonth, Header } foundBy = Found::Name;
    QVector<int> kpiColumns;
    // Transposed: one row per KPI (named in nameColumn), one column per period.
    bool transposed = false;
    int nameColumn = -1;
    QHash<int, kpi::Period> periodColumns;
    // Every date is the first of a month: a monthly series written as dates.
    bool firstOfMonthIsMonth = false;
    QStringList ignored; // text columns left out
    parse::DayMonthOrder order = parse::DayMonthOrder::MonthFirst;
    bool decimalComma = false;

    QString periodText(const QStringList& fields) const
    {
        if (dateColumn >= 0)
            return cell(fields, dateColumn);
        const QString year = cell(fields, yearColumn);
        const QString month = cell(fields, monthColumn);
        if (year.isEmpty() || month.isEmpty())
            return {};
        bool numeric = false;
        const int m = month.toInt(&numeric);
        if (numeric)
            return QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1 %2").arg(month, year);
    }
    QString foundByText() const
    {
        switch (foundBy) {
        case Found::Map:
            return QCoreApplication::translate("Importers", "named with --map");
        case Found::Name:
            return QCoreApplication::translate("Importers", "by its name");
        case Found::Values:
            return QCoreApplication::translate("Importers", "by its values");
        case Found::YearMonth:
            return QCoreApplication::translate("Importers", "as year and month columns");
        case Found::Header:
            return QCoreApplication::translate("Importers", "in the header: one row per KPI");
        }
        return {};
    }
    QString dateLabel() const
    {
        if (transposed)
            return QCoreApplication::translate("Importers", "the header");
        if (dateColumn >= 0)
            return header.at(dateColumn);
        return header.at(yearColumn) + QLatin1String(" + ") + header.at(monthColumn);
    }
};

QStringList columnValues(const QVector<QStringList>& data, int column)
{
    QStringList values;
    for (const QStringList& fields : data) {
        const QString v = cell(fields, column);
        if (!v.isEmpty())
            values << v;
    }
    return values;
}

// Enough of the column's cells read as periods (a total row or a bad cell
// below may not): half for a column named like a date, most for one found
// by its values alone.
bool holdsPeriods(const QStringList& values, parse::DayMonthOrder order, bool named)
{
    int parsed = 0;
    int counted = 0;
    for (const QString& v : values) {
        if (kpi::isSummaryLabel(v))
            continue;
        ++counted;
        if (kpi::readPeriod(v, order))
            ++parsed;
    }
    return parsed > 0 && parsed * 10 >= counted * (named ? 5 : 8);
}

bool holdsYears(const QStringList& values)
{
    if (values.isEmpty())
        return false;
    for (const QString& v : values) {
        bool ok = false;
        const int y = v.toInt(&ok);
        if (!ok || y < 1900 || y > 2200)
            return false;
    }
    return true;
}

bool holdsMonths(const QStringList& values)
{
    if (values.isEmpty())
        return false;
    for (const QString& v : values) {
        bool ok = false;
        const int m = v.toInt(&ok);
        if (ok ? (m < 1 || m > 12)
               : !kpi::readPeriod(v + QLatin1String(" 2000"), parse::DayMonthOrder::Refuse))
            return false;
    }
    return true;
}

// At least two dates, all on the first of a month, no month twice: the
// sheet is monthly even though it writes days ("01.04.2024").
bool looksMonthly(const QVector<QDate>& dates)
{
    QSet<QDate> seen;
    for (const QDate& d : dates) {
        if (!d.isValid() || d.day() != 1 || seen.contains(d))
            return false;
        seen.insert(d);
    }
    return seen.size() >= 2;
}

// KPIs as rows and periods as columns ("Kennzahl;Mai 2023;Juni 2023;..."):
// most header cells after the first read as periods.
bool detectTransposed(Layout& layout, const QVector<QStringList>& data, char delimiter)
{
    int filled = 0;
    for (int c = 1; c < layout.header.size(); ++c) {
        if (layout.header.at(c).isEmpty())
            continue;
        ++filled;
        if (const auto p = kpi::readPeriod(layout.header.at(c), layout.order))
            layout.periodColumns.insert(c, *p);
    }
    if (layout.periodColumns.size() < 2 || layout.periodColumns.size() * 10 < filled * 8) {
        layout.periodColumns.clear();
        return false;
    }
    layout.transposed = true;
    layout.foundBy = Layout::Found::Header;
    QStringList numbers;
    for (int c = 0; c < layout.header.size(); ++c) {
        if (layout.periodColumns.contains(c)) {
            numbers << columnValues(data, c);
            continue;
        }
        const QStringList values = columnValues(data, c);
        if (layout.nameColumn < 0 && !values.isEmpty())
            layout.nameColumn = c;
        else if (layout.stageColumn < 0 && kpi::headerMatches(layout.header.at(c), stageNames()))
            layout.stageColumn = c;
        else if (!layout.header.at(c).isEmpty())
            layout.ignored << layout.header.at(c);
    }
    if (layout.nameColumn < 0)
        layout.nameColumn = 0;
    layout.decimalComma = kpi::learnDecimalComma(numbers, delimiter);
    QVector<QDate> dates;
    for (const kpi::Period& p : std::as_const(layout.periodColumns))
        dates << (p.isMonth ? QDate() : p.date);
    layout.firstOfMonthIsMonth = looksMonthly(dates);
    return true;
}

Result<Layout> analyse(const QVector<QStringList>& rows, const ImportOptions& options, char delimiter,
                       const QString& path)
{
    Layout layout;
    layout.headerRow = kpi::findHeaderRow(rows);
    if (layout.headerRow < 0)
        return Error(
            QCoreApplication::translate(
                "Importers", "No header row found: a KPI sheet needs a date column and one column per KPI."),
            path);
    layout.header = rows.at(layout.headerRow);
    for (QString& h : layout.header)
        h = h.simplified();
    const QVector<QStringList> data = rows.mid(layout.headerRow + 1);
    const ColumnMap columns(layout.header, options.map);

    for (const QString& field : {QStringLiteral("date"), QStringLiteral("period")}) {
        if (!options.map.contains(field))
            continue;
        layout.dateColumn = columns.find(field);
        if (layout.dateColumn < 0)
            return Error(QCoreApplication::translate(
                             "Importers", "The column \"%1\" named by --map %2= is not in the header (%3).")
                             .arg(options.map.value(field), field, layout.header.join(QStringLiteral(", "))),
                         path);
        layout.foundBy = Layout::Found::Map;
        break;
    }
    // Learn the date order from any column that looks dated.
    QStringList allValues;
    for (int c = 0; c < layout.header.size(); ++c)
        allValues << columnValues(data, c);
    layout.order = kpi::learnDayMonthOrder(allValues, delimiter);

    if (layout.dateColumn < 0 && detectTransposed(layout, data, delimiter))
        return layout;
    for (int c = 0; layout.dateColumn < 0 && c < layout.header.size(); ++c) {
        // A header-only file has no values to check the name against.
        if (kpi::headerMatches(layout.header.at(c), dateNames()) &&
            (data.isEmpty() || holdsPeriods(columnValues(data, c), layout.order, true))) {
            layout.dateColumn = c;
            layout.foundBy = Layout::Found::Name;
        }
    }
    for (int c = 0; layout.dateColumn < 0 && c < layout.header.size(); ++c) {
        if (holdsPeriods(columnValues(data, c), layout.order, false)) {
            layout.dateColumn = c;
            layout.foundBy = Layout::Found::Values;
        }
    }
    if (layout.dateColumn < 0) {
        for (int c = 0; c < layout.header.size(); ++c) {
            if (layout.yearColumn < 0 && kpi::headerMatches(layout.header.at(c), yearNames()) &&
                holdsYears(columnValues(data, c)))
                layout.yearColumn = c;
            else if (layout.monthColumn < 0 && kpi::headerMatches(layout.header.at(c), monthNames()) &&
                     holdsMonths(columnValues(data, c)))
                layout.monthColumn = c;
        }
        if (layout.yearColumn < 0 || layout.monthColumn < 0)
            return Error(
                QCoreApplication::translate(
                    "Importers",
                    "No date column found (looked for a column named date, Datum, fecha, month, "
                    "Monat, mois, period, week... or holding dates). Name it with --map date=COLUMN."),
                path);
        layout.foundBy = Layout::Found::YearMonth;
    }

    if (options.map.contains(QStringLiteral("stage"))) {
        layout.stageColumn = columns.find(QStringLiteral("stage"));
        if (layout.stageColumn < 0)
            return Error(
                QCoreApplication::translate(
                    "Importers", "The column \"%1\" named by --map stage= is not in the header (%2).")
                    .arg(options.map.value(QStringLiteral("stage")),
                         layout.header.join(QStringLiteral(", "))),
                path);
    }
    QStringList numbers;
    for (int c = 0; c < layout.header.size(); ++c) {
        if (c == layout.dateColumn || c == layout.yearColumn || c == layout.monthColumn ||
            c == layout.stageColumn)
            continue;
        const QString& name = layout.header.at(c);
        const QStringList values = columnValues(data, c);
        int numeric = 0;
        int text = 0;
        for (const QString& v : values) {
            if (kpi::isMissingMarker(v))
                continue;
            if (parse::number(v))
                ++numeric;
            else
                ++text;
        }
        if (layout.stageColumn < 0 && kpi::headerMatches(name, stageNames()) && text > 0 && numeric == 0) {
            layout.stageColumn = c;
            continue;
        }
        if (name.isEmpty()) {
            if (!values.isEmpty())
                layout.ignored
                    << QCoreApplication::translate("Importers", "column %1 (no header)").arg(c + 1);
            continue;
        }
        if (isRowNumberHeader(name) || numeric < text) {
            layout.ignored << name;
            continue;
        }
        layout.kpiColumns << c;
        numbers << values;
    }
    if (layout.kpiColumns.isEmpty())
        return Error(QCoreApplication::translate(
                         "Importers",
                         "No KPI columns found: besides the date, every column holds text. A wide KPI sheet "
                         "has one column of numbers per KPI."),
                     path);
    // Two columns of one name would be summed into one KPI without a word.
    QHash<QString, int> seen;
    for (int c : std::as_const(layout.kpiColumns)) {
        const QString key = kpi::fold(layout.header.at(c));
        if (seen.contains(key))
            return Error(
                QCoreApplication::translate(
                    "Importers",
                    "Columns %1 and %2 are both named \"%3\": rename one so each KPI has its own column.")
                    .arg(seen.value(key) + 1)
                    .arg(c + 1)
                    .arg(layout.header.at(c)),
                path);
        seen.insert(key, c);
    }
    layout.decimalComma = kpi::learnDecimalComma(numbers, delimiter);
    QVector<QDate> dates;
    for (const QString& v : columnValues(data, layout.dateColumn))
        if (const auto p = kpi::readPeriod(v, layout.order))
            dates << (p->isMonth ? QDate() : p->date);
    layout.firstOfMonthIsMonth = looksMonthly(dates);
    return layout;
}

struct Counts
{
    int values = 0;
    int gaps = 0; // blank cells and "n/a": left out, never zeros
    int months = 0;
    int days = 0;
};

QString describe(const Layout& layout, const Counts& counts, const QSet<QString>& kpis)
{
    QStringList names;
    if (layout.transposed) {
        names = kpis.values();
        names.sort();
    } else {
        for (int c : layout.kpiColumns)
            names << layout.header.at(c);
    }
    const QString grain = counts.days == 0    ? QCoreApplication::translate("Importers", "months")
                          : counts.months > 0 ? QCoreApplication::translate("Importers", "days and months")
                                              : QCoreApplication::translate("Importers", "days or weeks");
    QString note =
        QCoreApplication::translate(
            "Importers", "Wide KPI sheet: periods from \"%1\" (found %2, %3); KPIs (%4): %5; values: %6.")
            .arg(layout.dateLabel(), layout.foundByText(), grain)
            .arg(names.size())
            .arg(names.join(QStringLiteral(", ")))
            .arg(counts.values);
    note += kpi::readingNotes(layout.firstOfMonthIsMonth, layout.decimalComma);
    if (counts.gaps > 0)
        note += QLatin1Char(' ') +
                QCoreApplication::translate("Importers", "Blank cells, left out as gaps (not zeros): %1.")
                    .arg(counts.gaps);
    if (layout.headerRow > 0)
        note +=
            QLatin1Char(' ') + QCoreApplication::translate("Importers", "Lines above the header skipped: %1.")
                                   .arg(layout.headerRow);
    if (!layout.ignored.isEmpty())
        note += QLatin1Char(' ') + QCoreApplication::translate("Importers", "Text columns left out: %1.")
                                       .arg(layout.ignored.join(QStringLiteral(", ")));
    if (counts.days > 0)
        note += kpi::rollUpNote();
    return note;
}

class KpiWideCsv final : public Importer
{
public:
    QString id() const override { return QStringLiteral("wide"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "KPI CSV, one column per KPI");
    }
    ImportKind kind() const override { return ImportKind::Kpis; }
    QStringList suffixes() const override
    {
        return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")};
    }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText || sample.text.trimmed().isEmpty())
            return {};
        const char delimiter = kpi::sniffDelimiter(sample.text);
        const auto rows = CsvReader::parseSample(sample.text, 60, delimiter);
        const auto layout = analyse(rows, {}, delimiter, sample.path);
        if (!layout)
            return {};
        // A long sheet (period, kpi, value) also has a date and a number column.
        const ColumnMap columns(layout->header, {});
        if (columns.find(QStringLiteral("kpi"), {QStringLiteral("metric"), QStringLiteral("indicator")}) >=
                0 &&
            columns.find(QStringLiteral("value")) >= 0)
            return {10,
                    QCoreApplication::translate("Importers", "kpi and value columns: rather a long sheet")};
        if (layout->transposed)
            return {40, QCoreApplication::translate("Importers", "%1 periods as columns, one row per KPI")
                            .arg(layout->periodColumns.size())};
        // Survey and complaint CSVs have a date and a number column too; the
        // generic importers of those kinds must win on their own headers.
        static const QStringList otherKinds = {
            QStringLiteral("responded_at"), QStringLiteral("metric"),     QStringLiteral("score"),
            QStringLiteral("comment"),      QStringLiteral("respondent"), QStringLiteral("received_at"),
            QStringLiteral("text"),         QStringLiteral("audio"),      QStringLiteral("file")};
        for (const QString& h : layout->header)
            if (otherKinds.contains(kpi::fold(h)))
                return {5, QCoreApplication::translate("Importers",
                                                       "a date and numbers, but columns of another kind (%1)")
                               .arg(h)};
        const int confidence = layout->foundBy == Layout::Found::Name        ? 40
                               : layout->foundBy == Layout::Found::YearMonth ? 35
                                                                             : 12;
        return {confidence,
                QCoreApplication::translate("Importers", "date column \"%1\", numeric columns: %2")
                    .arg(layout->dateLabel())
                    .arg(layout->kpiColumns.size())};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        kpi::BufferedCsv csv(path, options.encoding);
        if (auto opened = csv.open(200); !opened)
            return opened;
        const char delimiter = csv.reader().delimiter();
        auto analysed = analyse(csv.bufferedFields(), options, delimiter, path);
        if (!analysed)
            return analysed.error();
        const Layout& layout = *analysed;
        QHash<int, QString> units;
        for (int c : layout.kpiColumns)
            units.insert(c, kpi::unitFromHeader(layout.header.at(c)));
        csv.dropFront(layout.headerRow + 1);

        Counts counts;
        QSet<QString> kpis;
        CsvRow row;
        // One cell: a gap, a reject naming its column, or an observation.
        auto take = [&](const CsvRow& r, int column, const QString& name, kpi::Period period,
                        const QString& unit) {
            const QString text = cell(r.fields, column);
            if (text.isEmpty() || kpi::isMissingMarker(text)) {
                ++counts.gaps;
                return;
            }
            const auto value = kpi::readValue(text, layout.decimalComma);
            if (!value) {
                sink.reject(r.line,
                            QCoreApplication::translate("Importers", "Column \"%1\": \"%2\" is not a number.")
                                .arg(layout.header.at(column), text),
                            r.raw(QLatin1Char(delimiter)));
                return;
            }
            if (!period.isMonth && layout.firstOfMonthIsMonth && period.date.day() == 1)
                period.isMonth = true;
            (period.isMonth ? counts.months : counts.days) += 1;
            kpi::acceptObservation(sink, r.line, cell(r.fields, layout.stageColumn), name, period,
                                   value->value, value->percent ? QStringLiteral("%") : unit);
            kpis.insert(name);
            ++counts.values;
        };
        for (;;) {
            auto more = csv.next(row, sink);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (const QString extra = kpi::extraCells(row.fields, layout.header.size()); !extra.isEmpty()) {
                sink.reject(row.line, extra, row.raw(QLatin1Char(delimiter)));
                continue;
            }
            if (layout.transposed) {
                const QString name = cell(row.fields, layout.nameColumn).simplified();
                if (kpi::isSummaryLabel(name)) {
                    sink.skip(row.line,
                              QCoreApplication::translate("Importers", "\"%1\" is a summary row, not a KPI.")
                                  .arg(name));
                    continue;
                }
                bool anyValue = false;
                for (auto it = layout.periodColumns.begin(); it != layout.periodColumns.end(); ++it)
                    anyValue = anyValue || !cell(row.fields, it.key()).isEmpty();
                if (name.isEmpty()) {
                    if (anyValue)
                        sink.reject(row.line,
                                    QCoreApplication::translate("Importers", "No KPI name in column \"%1\".")
                                        .arg(layout.header.at(layout.nameColumn)),
                                    row.raw(QLatin1Char(delimiter)));
                    continue;
                }
                const QString unit = kpi::unitFromHeader(name);
                for (int c = 0; c < layout.header.size(); ++c)
                    if (layout.periodColumns.contains(c))
                        take(row, c, name, layout.periodColumns.value(c), unit);
                continue;
            }
            const QString periodText = layout.periodText(row.fields);
            if (periodText.isEmpty()) {
                bool anyValue = false;
                for (int c : layout.kpiColumns)
                    anyValue = anyValue || !cell(row.fields, c).isEmpty();
                if (anyValue)
                    sink.reject(row.line,
                                QCoreApplication::translate("Importers", "No date in column \"%1\".")
                                    .arg(layout.dateLabel()),
                                row.raw(QLatin1Char(delimiter)));
                continue;
            }
            const auto period = kpi::readPeriod(periodText, layout.order);
            if (!period) {
                if (kpi::isSummaryLabel(periodText) || kpi::isSummaryLabel(cell(row.fields, 0)))
                    sink.skip(row.line, QCoreApplication::translate("Importers",
                                                                    "\"%1\" is a summary row, not a period.")
                                            .arg(periodText));
                else
                    sink.reject(
                        row.line,
                        QCoreApplication::translate(
                            "Importers", "\"%1\" in column \"%2\" is not a date, a month or an ISO week.")
                            .arg(periodText, layout.dateLabel()),
                        row.raw(QLatin1Char(delimiter)));
                continue;
            }
            for (int c : layout.kpiColumns)
                take(row, c, layout.header.at(c), *period, units.value(c));
        }
        sink.progress(csv.reader().bytesRead(), csv.reader().size());
        sink.note(describe(layout, counts, kpis));
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeKpiWideCsv()
{
    return std::make_unique<KpiWideCsv>();
}

} // namespace cr::formats
