// KPI CSV with one value per row (DESIGN.md's documented generic format):
// period, kpi, value; optional stage and unit. Other header names are
// accepted as aliases (date/month/week for period, name/metric for kpi) or
// named with --map FIELD=COLUMN. A blank value is a gap, not a zero: the row
// is left out. Rows finer than a month are emitted as they are; the session
// rolls them up with --aggregate.
#include "import/formats/Formats.h"
#include "import/formats/KpiCommon.h"

#include <QCoreApplication>
#include <QSet>

namespace cr::formats {

namespace {

const QStringList& periodAliases()
{
    static const QStringList names = {
        QStringLiteral("date"),     QStringLiteral("month"),
        QStringLiteral("week"),     QStringLiteral("day"),
        QStringLiteral("datum"),    QStringLiteral("monat"),
        QStringLiteral("fecha"),    QStringLiteral("mes"),
        QStringLiteral("mois"),     QStringLiteral("periode"),
        QStringLiteral("période"),  QStringLiteral("periodo"),
        QStringLiteral("zeitraum"), QStringLiteral("reporting period"),
        QStringLiteral("time"),
    };
    return names;
}

const QStringList& kpiAliases()
{
    static const QStringList names = {
        QStringLiteral("name"),     QStringLiteral("metric"),     QStringLiteral("kpi name"),
        QStringLiteral("kpi_name"), QStringLiteral("indicator"),  QStringLiteral("measure"),
        QStringLiteral("kennzahl"), QStringLiteral("indicateur"), QStringLiteral("indicador"),
        QStringLiteral("series"),
    };
    return names;
}

const QStringList& valueAliases()
{
    static const QStringList names = {QStringLiteral("wert"), QStringLiteral("valeur"),
                                      QStringLiteral("valor"), QStringLiteral("amount"),
                                      QStringLiteral("val")};
    return names;
}

const QStringList& stageAliases()
{
    static const QStringList names = {QStringLiteral("journey stage"), QStringLiteral("phase"),
                                      QStringLiteral("etappe"), QStringLiteral("etapa")};
    return names;
}

const QStringList& unitAliases()
{
    static const QStringList names = {QStringLiteral("einheit"), QStringLiteral("unité"),
                                      QStringLiteral("unidad"), QStringLiteral("uom")};
    return names;
}

struct Columns
{
    ColumnMap map;
    int headerRow = -1;
};

// Finds the header and binds our fields; an Error names what is missing.
Result<Columns> bindColumns(const QVector<QStringList>& rows, const QHash<QString, QString>& userMap,
                            const QString& path)
{
    Columns columns;
    columns.headerRow = kpi::findHeaderRow(rows);
    if (columns.headerRow < 0)
        return Error(
            QCoreApplication::translate(
                "Importers", "No header row found. A KPI CSV needs the columns period, kpi and value."),
            path);
    columns.map = ColumnMap(rows.at(columns.headerRow), userMap);
    if (const QString unknown = columns.map.unknownMappedColumn(); !unknown.isEmpty())
        return Error(QCoreApplication::translate(
                         "Importers", "The column \"%1\" named by --map is not in the header (%2).")
                         .arg(unknown, rows.at(columns.headerRow).join(QStringLiteral(", "))),
                     path);
    columns.map.bind(QStringLiteral("period"), periodAliases());
    columns.map.bind(QStringLiteral("kpi"), kpiAliases());
    columns.map.bind(QStringLiteral("value"), valueAliases());
    columns.map.bind(QStringLiteral("stage"), stageAliases());
    columns.map.bind(QStringLiteral("unit"), unitAliases());
    QStringList missing;
    for (const QString& field : {QStringLiteral("period"), QStringLiteral("kpi"), QStringLiteral("value")})
        if (!columns.map.has(field))
            missing << field;
    if (!missing.isEmpty())
        return Error(
            QCoreApplication::translate(
                "Importers",
                "Not in the header: %1. A KPI CSV has one value per row in the columns period (or "
                "date, month), kpi (or name, metric) and value; name others with --map FIELD=COLUMN, "
                "or use --format wide for one column per KPI.")
                .arg(missing.join(QStringLiteral(", "))),
            path);
    return columns;
}

class KpiLongCsv final : public Importer
{
public:
    QString id() const override { return QStringLiteral("generic"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "KPI CSV, one value per row");
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
        const auto rows = CsvReader::parseSample(sample.text, 20, kpi::sniffDelimiter(sample.text));
        const auto columns = bindColumns(rows, {}, sample.path);
        if (!columns)
            return {};
        return {60, QCoreApplication::translate("Importers", "period, kpi and value columns")};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        kpi::BufferedCsv csv(path, options.encoding);
        if (auto opened = csv.open(200); !opened)
            return opened;
        auto bound = bindColumns(csv.bufferedFields(), options.map, path);
        if (!bound)
            return bound.error();
        const ColumnMap& columns = bound->map;
        const char delimiter = csv.reader().delimiter();
        QStringList periods;
        QStringList values;
        for (const CsvRow& row : csv.buffered().mid(bound->headerRow + 1)) {
            periods << columns.value(row, QStringLiteral("period"));
            values << columns.value(row, QStringLiteral("value"));
        }
        const auto order = kpi::learnDayMonthOrder(periods, delimiter);
        const bool decimalComma = kpi::learnDecimalComma(values, delimiter);
        // Every date the first of a month: a monthly series written as dates ("01.04.2024").
        QSet<QDate> days;
        bool firstOfMonth = true;
        for (const QString& p : periods) {
            const auto period = kpi::readPeriod(p, order);
            if (period && !period->isMonth) {
                firstOfMonth = firstOfMonth && period->date.day() == 1;
                days.insert(period->date);
            }
        }
        firstOfMonth = firstOfMonth && days.size() >= 2;
        csv.dropFront(bound->headerRow + 1);

        const QString valueColumn = columns.header().at(columns[QStringLiteral("value")]);
        int observations = 0;
        int gaps = 0;
        bool sawDays = false;
        QSet<QString> kpis;
        CsvRow row;
        for (;;) {
            auto more = csv.next(row, sink);
            if (!more)
                return more.error();
            if (!*more)
                break;
            const QString raw = row.raw(QLatin1Char(delimiter));
            if (const QString extra = kpi::extraCells(row.fields, columns.header().size());
                !extra.isEmpty()) {
                sink.reject(row.line, extra, raw);
                continue;
            }
            const QString periodText = columns.value(row, QStringLiteral("period"));
            const QString name = columns.value(row, QStringLiteral("kpi")).simplified();
            const QString valueText = columns.value(row, QStringLiteral("value"));
            if (periodText.isEmpty() && kpi::isSummaryLabel(name)) {
                sink.skip(row.line,
                          QCoreApplication::translate("Importers", "\"%1\" is a summary row, not a period.")
                              .arg(name));
                continue;
            }
            if (periodText.isEmpty()) {
                sink.reject(
                    row.line,
                    QCoreApplication::translate("Importers", "No period: the period column is empty."), raw);
                continue;
            }
            const auto period = kpi::readPeriod(periodText, order);
            if (!period) {
                sink.reject(
                    row.line,
                    QCoreApplication::translate("Importers", "\"%1\" is not a date, a month or an ISO week.")
                        .arg(periodText),
                    raw);
                continue;
            }
            if (name.isEmpty()) {
                sink.reject(row.line,
                            QCoreApplication::translate("Importers", "No KPI name: the kpi column is empty."),
                            raw);
                continue;
            }
            if (valueText.isEmpty() || kpi::isMissingMarker(valueText)) {
                ++gaps; // a gap in the series, not a zero
                continue;
            }
            const auto value = kpi::readValue(valueText, decimalComma);
            if (!value) {
                sink.reject(row.line,
                            QCoreApplication::translate("Importers", "Column \"%1\": \"%2\" is not a number.")
                                .arg(valueColumn, valueText),
                            raw);
                continue;
            }
            QString unit = columns.value(row, QStringLiteral("unit"));
            if (unit.isEmpty())
                unit = value->percent ? QStringLiteral("%") : kpi::unitFromHeader(name);
            const kpi::Period read{period->date,
                                   period->isMonth || (firstOfMonth && period->date.day() == 1)};
            sawDays = sawDays || !read.isMonth;
            kpi::acceptObservation(sink, row.line, columns.value(row, QStringLiteral("stage")), name, read,
                                   value->value, unit);
            kpis.insert(name);
            ++observations;
        }
        sink.progress(csv.reader().bytesRead(), csv.reader().size());

        QString note =
            QCoreApplication::translate("Importers", "KPI CSV, one value per row (values: %1, KPIs: %2).")
                .arg(observations)
                .arg(kpis.size());
        note += kpi::readingNotes(firstOfMonth, decimalComma);
        if (gaps > 0)
            note += QLatin1Char(' ') +
                    QCoreApplication::translate("Importers",
                                                "Rows without a value, left out as gaps (not zeros): %1.")
                        .arg(gaps);
        if (sawDays)
            note += kpi::rollUpNote();
        sink.note(note);
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeKpiLongCsv()
{
    return std::make_unique<KpiLongCsv>();
}

} // namespace cr::formats
