// Generic survey CSV: one score per row, for survey tools we do not know by
// name and for hand-made sheets (docs/formats/surveys-generic.csv).
// Required: responded_at (ISO date or date-time), metric (nps, csat, ces),
// score. Optional: id, stage, comment, respondent. Other header names are
// given with --map FIELD=COLUMN.
#include "import/CsvReader.h"
#include "import/Parsing.h"
#include "import/formats/Formats.h"
#include "import/formats/SurveysCommon.h"

#include <QCoreApplication>
#include <QSet>

namespace cr::formats {

namespace {

using namespace surveys;

struct Field
{
    const char* name;
    bool required;
    QStringList aliases;
};

const QVector<Field>& fields()
{
    static const QVector<Field> list = {
        {"responded_at", true, {QStringLiteral("responded at"), QStringLiteral("date")}},
        {"metric", true, {}},
        {"score", true, {}},
        {"id", false, {QStringLiteral("response_id"), QStringLiteral("response id")}},
        {"stage", false, {}},
        {"comment", false, {QStringLiteral("comments")}},
        {"respondent", false, {QStringLiteral("respondent_ref"), QStringLiteral("customer_id")}},
    };
    return list;
}

class GenericSurveysCsv final : public Importer
{
public:
    QString id() const override { return QStringLiteral("generic"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "Generic survey CSV");
    }
    ImportKind kind() const override { return ImportKind::Surveys; }
    QStringList suffixes() const override
    {
        return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")};
    }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText || sample.text.isEmpty())
            return {};
        const auto rows = CsvReader::parseSample(sample.text, 1);
        if (rows.isEmpty())
            return {};
        QSet<QString> names;
        for (const QString& h : rows.first())
            names.insert(ColumnMap::normalise(h));
        if (names.contains(QStringLiteral("responded_at")) && names.contains(QStringLiteral("metric")) &&
            names.contains(QStringLiteral("score")))
            return {15,
                    QCoreApplication::translate("Importers", "header has responded_at, metric and score")};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        CsvReader reader(path, options.encoding);
        CsvRow header;
        if (auto opened = reader.openAtHeader(
                header, QCoreApplication::translate(
                            "Importers",
                            "The file is empty: expected a header row with responded_at, metric and score."));
            !opened)
            return opened;

        QStringList known;
        for (const Field& f : fields())
            known << QString::fromLatin1(f.name);
        for (auto it = options.map.begin(); it != options.map.end(); ++it)
            if (!known.contains(it.key()))
                return Error(
                    QCoreApplication::translate("Importers", "--map %1=...: this format has the fields %2.")
                        .arg(it.key(), known.join(QStringLiteral(", "))),
                    path);
        ColumnMap columns(header.fields, options.map);
        if (const QString unknown = columns.unknownMappedColumn(); !unknown.isEmpty())
            return Error(QCoreApplication::translate(
                             "Importers", "Column \"%1\" named by --map is not in the header (%2).")
                             .arg(unknown, header.fields.join(QStringLiteral(", "))),
                         path, header.line);
        for (const Field& f : fields()) {
            const QString name = QString::fromLatin1(f.name);
            if (columns.bind(name, f.aliases) < 0 && f.required)
                return Error(QCoreApplication::translate(
                                 "Importers",
                                 "Column \"%1\" is missing (the header has: %2). If your file names it "
                                 "differently, add --map %1=YOUR_COLUMN.")
                                 .arg(name, header.fields.join(QStringLiteral(", "))),
                             path, header.line);
        }

        DuplicateIds seenIds;
        int counts[3] = {0, 0, 0}; // by SurveyMetric
        int rowsRead = 0;
        const QChar delimiter = QLatin1Char(reader.delimiter());
        CsvRow row;
        while (sink.wantsMore()) {
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
            auto more = reader.next(row);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (++rowsRead % 256 == 0)
                sink.progress(reader.bytesRead(), reader.size());
            const int line = row.line;
            const QString raw = row.raw(delimiter);
            if (const QString bad = widthMismatch(row.fields.size(), header.fields.size()); !bad.isEmpty()) {
                sink.reject(line, bad, raw);
                continue;
            }
            const QString metricText = columns.value(row, QStringLiteral("metric"));
            const auto metric = surveyMetricFromString(metricText.toLower());
            if (!metric) {
                sink.reject(
                    line,
                    metricText.isEmpty()
                        ? QCoreApplication::translate("Importers",
                                                      "The metric is empty: write nps, csat or ces.")
                        : QCoreApplication::translate("Importers", "Metric \"%1\" is not nps, csat or ces.")
                              .arg(shorten(metricText, 30)),
                    raw);
                continue;
            }
            const QString scoreText = columns.value(row, QStringLiteral("score"));
            const QString where = header.fields.at(columns[QStringLiteral("score")]).trimmed();
            const auto score = scoreFromText(scoreText, *metric);
            if (!score) {
                sink.reject(line,
                            scoreText.isEmpty()
                                ? QCoreApplication::translate("Importers", "The score is empty.")
                                : notAScoreReason(*metric, scoreText, where),
                            raw);
                continue;
            }
            if (!inScale(*metric, *score)) {
                sink.reject(line, outOfScaleReason(*metric, *score, where), raw);
                continue;
            }
            const QString dateText = columns.value(row, QStringLiteral("responded_at"));
            // 03/04/2024 could be either day first or month first: refuse rather than guess.
            const auto when = parse::dateTime(dateText, parse::DayMonthOrder::Refuse);
            if (!when) {
                sink.reject(line,
                            dateText.isEmpty()
                                ? QCoreApplication::translate("Importers", "responded_at is empty.")
                                : QCoreApplication::translate(
                                      "Importers",
                                      "responded_at \"%1\" is not a date: write ISO dates such as 2024-03-05 "
                                      "or 2024-03-05T14:30:00.")
                                      .arg(shorten(dateText, 40)),
                            raw);
                continue;
            }
            // One response can carry an NPS and a CSAT row under the same id
            // (the session keys each answer by id and metric).
            const QString id = columns.value(row, QStringLiteral("id"));
            if (!id.isEmpty()) {
                if (const int firstLine =
                        seenIds.firstLine(id + QLatin1Char(':') + toString(*metric), line)) {
                    sink.reject(line,
                                QCoreApplication::translate(
                                    "Importers",
                                    "Id %1 with metric %2 appears twice in this file (first on line %3).")
                                    .arg(id, toString(*metric))
                                    .arg(firstLine),
                                raw);
                    continue;
                }
            }
            SurveyResponse response;
            response.metric = *metric;
            response.score = *score;
            response.respondedAt = *when;
            response.comment = columns.value(row, QStringLiteral("comment"));
            response.respondentRef = columns.value(row, QStringLiteral("respondent"));
            ImportRecord record;
            record.line = line;
            record.externalId = id;
            record.stage = columns.value(row, QStringLiteral("stage"));
            record.value = response;
            sink.accept(std::move(record));
            ++counts[int(*metric)];
        }
        sink.progress(reader.bytesRead(), reader.size());

        QStringList found;
        for (SurveyMetric m : {SurveyMetric::Nps, SurveyMetric::Csat, SurveyMetric::Ces})
            if (counts[int(m)] > 0)
                found << QCoreApplication::translate("Importers", "%1 %2")
                             .arg(counts[int(m)])
                             .arg(metricLabel(m));
        QStringList optional;
        for (const char* name : {"id", "stage", "comment", "respondent"})
            if (columns.has(QString::fromLatin1(name)))
                optional << QString::fromLatin1(name);
        sink.note(
            QCoreApplication::translate("Importers", "Generic survey CSV: %1; optional columns found: %2.")
                .arg(found.isEmpty() ? QCoreApplication::translate("Importers", "no scores")
                                     : found.join(QStringLiteral(", ")),
                     optional.isEmpty() ? QCoreApplication::translate("Importers", "none")
                                        : optional.join(QStringLiteral(", "))));
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeGenericSurveysCsv()
{
    return std::make_unique<GenericSurveysCsv>();
}

} // namespace cr::formats
