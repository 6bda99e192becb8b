// Qualtrics response exports, CSV or TSV (TSV usually UTF-16 with a BOM), in
// every header layout QualtricsHeader.h knows. The NPS question is Qx where
// Qx_NPS_GROUP exists, or --question (a column id, its ImportId or its
// question text); --map csat=COL / ces=COL add CSAT and CES records.
// Comment: --map comment=COL, else the first column after the NPS question
// whose wording asks for a comment or reason (findComment). Stage: --map
// stage=COL, else a column named "stage". Respondent: --map respondent=COL,
// else ExternalReference, else the response id (never the e-mail).
#include "import/CsvReader.h"
#include "import/Parsing.h"
#include "import/formats/Formats.h"
#include "import/formats/QualtricsHeader.h"
#include "import/formats/SurveysCommon.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <deque>

namespace cr::formats {

namespace {

using namespace surveys;
using namespace qualtrics;

struct MetricColumn
{
    SurveyMetric metric;
    int column;
    int groupColumn = -1; // Qx_NPS_GROUP, to catch recoded scales
};

// Where each field is, once the header and the options are read.
struct Columns
{
    int finished = -1;
    int status = -1;
    QVector<int> dates; // RecordedDate, EndDate, StartDate: the first non-empty wins
    int stage = -1;
    int comment = -1;
    int respondent = -1;
    int csat = -1;
    int ces = -1;
    int nps = -1;
    int npsGroup = -1;
    QString npsHow;
    QStringList otherNps;
    QVector<MetricColumn> metrics;
};

struct Counts
{
    int unfinished = 0;
    int unanswered = 0;
    int previewOrSpam = 0;
    int tests = 0;
};

// A column the user asked for (--question, --map) must exist.
Error unknownColumn(const QString& path, const QString& option, const QString& name)
{
    return Error(QCoreApplication::translate(
                     "Importers",
                     "Column \"%1\" named by %2 is not in this export (looked at the column ids, the "
                     "ImportIds and the question texts).")
                     .arg(name, option),
                 path);
}

// The open question after the NPS one whose wording asks for a reason:
// "What is the main reason for your score?", "Why?", "Any comments?".
int findComment(const Header& header, int npsColumn)
{
    static const QRegularExpression asks(QStringLiteral("comment|why|reason|explain"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (int c = npsColumn + 1; c < header.ids.size(); ++c) {
        const QString id = header.id(c);
        if (header.isMetadata(c))
            continue;
        // Text iQ adds "Qx - Topics"/"Sentiment" columns: not the respondent's words.
        if (Header::at(header.importIds, c).contains(QLatin1String("Topics")) ||
            id.contains(QLatin1String(" - ")))
            continue;
        if (asks.match(Header::at(header.texts, c)).hasMatch() || asks.match(id).hasMatch())
            return c;
    }
    return -1;
}

Result<Columns> resolveColumns(const QString& path, const Header& header, const ImportOptions& options)
{
    Columns cols;
    cols.finished =
        header.layout == Layout::Legacy ? header.findAny({"Finished", "V10"}) : header.findAny({"Finished"});
    cols.status = header.findAny({"Status"});
    for (const char* name : {"RecordedDate", "EndDate", "StartDate"})
        if (const int c = header.findAny({name}); c >= 0)
            cols.dates << c;
    if (header.layout == Layout::Legacy && cols.dates.isEmpty())
        cols.dates = {8, 7}; // V9 EndDate, V8 StartDate
    if (cols.dates.isEmpty())
        return Error(
            QCoreApplication::translate(
                "Importers",
                "No date column in this Qualtrics export (RecordedDate, EndDate or StartDate): add one to "
                "the export."),
            path);

    const QStringList knownFields = {QStringLiteral("stage"), QStringLiteral("comment"),
                                     QStringLiteral("csat"),  QStringLiteral("ces"),
                                     QStringLiteral("nps"),   QStringLiteral("respondent")};
    for (auto it = options.map.begin(); it != options.map.end(); ++it)
        if (!knownFields.contains(it.key()))
            return Error(QCoreApplication::translate(
                             "Importers", "--map %1=...: the Qualtrics importer takes --map for %2.")
                             .arg(it.key(), knownFields.join(QStringLiteral(", "))),
                         path);
    int mappedNps = -1;
    for (auto [field, column] : {std::pair{"stage", &cols.stage}, std::pair{"comment", &cols.comment},
                                 std::pair{"csat", &cols.csat}, std::pair{"ces", &cols.ces},
                                 std::pair{"respondent", &cols.respondent}, std::pair{"nps", &mappedNps}}) {
        const QString key = QString::fromLatin1(field);
        if (!options.map.contains(key))
            continue;
        *column = header.find(options.map.value(key));
        if (*column < 0)
            return unknownColumn(path, QStringLiteral("--map %1").arg(key), options.map.value(key));
    }
    if (cols.stage < 0)
        cols.stage = header.findAny({"stage"});
    if (cols.respondent < 0)
        cols.respondent = header.findAny({"ExternalReference", "ExternalDataReference"});

    if (!options.question.isEmpty()) {
        cols.nps = header.find(options.question);
        if (cols.nps < 0)
            return unknownColumn(path, QStringLiteral("--question"), options.question);
        cols.npsHow = QCoreApplication::translate("Importers", "chosen with --question");
    } else if (mappedNps >= 0) {
        cols.nps = mappedNps;
        cols.npsHow = QCoreApplication::translate("Importers", "chosen with --map nps");
    }
    if (cols.nps >= 0) {
        cols.npsGroup = header.find(header.id(cols.nps) + QStringLiteral("_NPS_GROUP"));
    } else {
        // Qualtrics' NPS question type exports its group next to it: Q1 and Q1_NPS_GROUP.
        for (int c = 0; c < header.ids.size(); ++c) {
            const QString id = header.id(c);
            if (!id.endsWith(QLatin1String("_NPS_GROUP"), Qt::CaseInsensitive))
                continue;
            const int base = int(header.ids.indexOf(id.chopped(10)));
            if (base < 0)
                continue;
            if (cols.nps < 0) {
                cols.nps = base;
                cols.npsGroup = c;
                cols.npsHow = id;
            } else {
                cols.otherNps << header.id(base);
            }
        }
    }
    if (cols.comment < 0 && cols.nps >= 0)
        cols.comment = findComment(header, cols.nps);
    if (cols.nps >= 0)
        cols.metrics.append({SurveyMetric::Nps, cols.nps, cols.npsGroup});
    if (cols.csat >= 0)
        cols.metrics.append({SurveyMetric::Csat, cols.csat});
    if (cols.ces >= 0)
        cols.metrics.append({SurveyMetric::Ces, cols.ces});
    return cols;
}

Result<bool> nextRow(CsvReader& reader, std::deque<CsvRow>& pending, CsvRow& row)
{
    if (pending.empty())
        return reader.next(row);
    row = std::move(pending.front());
    pending.pop_front();
    return true;
}

// No NPS question and none named: which columns could hold a 0-10 answer
// (every value a whole number 0-10), for the refusal.
Error noNpsQuestion(const Header& header, CsvReader& reader, std::deque<CsvRow>& pending)
{
    struct Seen
    {
        bool valid = true;
        int count = 0;
        int low = 11;
        int high = -1;
        QSet<int> distinct;
    };
    QVector<Seen> seen(header.ids.size());
    CsvRow row;
    for (int rows = 0; rows < 5000; ++rows) {
        auto more = nextRow(reader, pending, row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        for (int c = 0; c < row.fields.size() && c < seen.size(); ++c) {
            const QString v = row.fields.at(c).trimmed();
            if (v.isEmpty() || !seen[c].valid)
                continue;
            auto n = parse::wholeNumber(v);
            if (!n)
                n = parse::leadingWholeNumber(v);
            if (!n || *n < 0 || *n > 10) {
                seen[c].valid = false;
                continue;
            }
            ++seen[c].count;
            seen[c].low = std::min(seen[c].low, *n);
            seen[c].high = std::max(seen[c].high, *n);
            seen[c].distinct.insert(*n);
        }
    }
    QVector<int> candidates;
    for (int c = 0; c < seen.size(); ++c)
        if (seen[c].valid && seen[c].count > 0 && !header.isMetadata(c))
            candidates << c;
    // Scales first: the more distinct answers, the more likely a rating.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](int a, int b) { return seen[a].distinct.size() > seen[b].distinct.size(); });
    const QString why = QCoreApplication::translate(
        "Importers", "No NPS question found: no column has a partner named Qx_NPS_GROUP.");
    if (candidates.isEmpty())
        return Error(
            why + QLatin1Char(' ') +
                QCoreApplication::translate(
                    "Importers",
                    "No column holds whole numbers 0-10 either. If the NPS answers are in this file, pass "
                    "--question COLUMN (a column id such as Q7, or its ImportId such as QID7)."),
            reader.path());
    QStringList shown;
    const int limit = 8;
    for (int i = 0; i < candidates.size() && i < limit; ++i) {
        const int c = candidates.at(i);
        const Seen& s = seen[c];
        shown << (s.low == s.high ? QCoreApplication::translate("Importers", "%1 (always %2)")
                                        .arg(header.describe(c))
                                        .arg(s.low)
                                  : QCoreApplication::translate("Importers", "%1 (%2-%3)")
                                        .arg(header.describe(c))
                                        .arg(s.low)
                                        .arg(s.high));
    }
    QString list = shown.join(QStringLiteral(", "));
    if (candidates.size() > limit)
        list += QCoreApplication::translate("Importers", " and %1 more").arg(candidates.size() - limit);
    return Error(
        why + QLatin1Char(' ') +
            QCoreApplication::translate(
                "Importers",
                "Columns holding whole numbers 0-10: %1. Pass --question COLUMN (a column id such as Q7, "
                "or its ImportId such as QID7) to import one of them as the NPS question.")
                .arg(list),
        reader.path());
}

// One response row: rejects, skips or up to one record per metric.
void readResponse(const CsvRow& row, QChar delimiter, const Header& header, const Columns& cols,
                  DuplicateIds& seenIds, Counts& counts, ImportSink& sink)
{
    const int line = row.line;
    const QString raw = row.raw(delimiter);
    auto value = [&](int column) { return Header::at(row.fields, column).trimmed(); };

    if (const QString bad = widthMismatch(row.fields.size(), header.ids.size()); !bad.isEmpty()) {
        sink.reject(line, bad, raw);
        return;
    }
    const QString responseId = value(header.responseIdColumn);
    if (responseId.isEmpty()) {
        sink.reject(line,
                    QCoreApplication::translate("Importers", "The response id (%1) is empty.")
                        .arg(header.id(header.responseIdColumn)),
                    raw);
        return;
    }
    if (const int first = seenIds.firstLine(responseId, line)) {
        sink.reject(line,
                    QCoreApplication::translate("Importers",
                                                "Response %1 appears twice in this file (first on line %2).")
                        .arg(responseId)
                        .arg(first),
                    raw);
        return;
    }
    if (cols.finished >= 0) {
        const auto finished = finishedValue(value(cols.finished));
        if (!finished) {
            sink.reject(line,
                        QCoreApplication::translate("Importers",
                                                    "Finished is \"%1\", expected 1 or 0 (True or False).")
                            .arg(value(cols.finished)),
                        raw);
            return;
        }
        if (!*finished) {
            ++counts.unfinished;
            sink.skip(line, QCoreApplication::translate("Importers",
                                                        "Response %1 is unfinished (%2 = 0): left out.")
                                .arg(responseId, header.id(cols.finished)));
            return;
        }
    }
    QDateTime respondedAt;
    for (int c : cols.dates) {
        const QString text = value(c);
        if (text.isEmpty())
            continue;
        const auto when = parse::dateTime(text);
        if (!when) {
            sink.reject(
                line,
                QCoreApplication::translate("Importers", "%1 \"%2\" is not a date.").arg(header.id(c), text),
                raw);
            return;
        }
        respondedAt = *when;
        // The cells carry no zone; row 3 may name the export's.
        const QTimeZone zone(Header::at(header.timeZones, c).toUtf8());
        if (zone.isValid() && respondedAt.timeSpec() == Qt::LocalTime)
            respondedAt = QDateTime(respondedAt.date(), respondedAt.time(), zone).toLocalTime();
        break;
    }
    if (!respondedAt.isValid()) {
        sink.reject(
            line,
            QCoreApplication::translate(
                "Importers", "Response %1 has no date (RecordedDate, EndDate and StartDate are empty).")
                .arg(responseId),
            raw);
        return;
    }
    // Previews are the survey's owner clicking through, spam is flagged by
    // Qualtrics: neither is a customer. Test responses are generated on
    // purpose (and often all a sample file holds): kept, with a warning.
    const ResponseType type =
        cols.status >= 0 ? responseTypeOf(value(cols.status)) : ResponseType::Respondent;
    if (type == ResponseType::Preview || type == ResponseType::Spam) {
        ++counts.previewOrSpam;
        sink.skip(line, QCoreApplication::translate("Importers", "Response %1 is %2 (%3 = %4): left out.")
                            .arg(responseId,
                                 type == ResponseType::Preview
                                     ? QCoreApplication::translate("Importers", "a survey preview")
                                     : QCoreApplication::translate("Importers", "marked as spam"),
                                 header.id(cols.status), value(cols.status)));
        return;
    }
    if (type == ResponseType::Test)
        ++counts.tests;

    const QString respondent =
        cols.respondent >= 0 && !value(cols.respondent).isEmpty() ? value(cols.respondent) : responseId;
    bool commentGiven = false;
    for (const MetricColumn& m : cols.metrics) {
        const QString where = header.id(m.column);
        const QString text = value(m.column);
        if (text.isEmpty()) {
            if (m.metric == SurveyMetric::Nps)
                ++counts.unanswered;
            sink.skip(line, QCoreApplication::translate("Importers",
                                                        "Response %1 has no answer to %2 (%3): left out.")
                                .arg(responseId, where, metricLabel(m.metric)));
            continue;
        }
        const auto score = scoreFromText(text, m.metric);
        if (!score) {
            sink.reject(line, notAScoreReason(m.metric, text, where), raw);
            continue;
        }
        if (!inScale(m.metric, *score)) {
            sink.reject(line, outOfScaleReason(m.metric, *score, where), raw);
            continue;
        }
        if (m.groupColumn >= 0 && !value(m.groupColumn).isEmpty() &&
            npsGroupOf(value(m.groupColumn)) != npsGroupOfScore(*score)) {
            sink.reject(
                line,
                QCoreApplication::translate(
                    "Importers",
                    "Score %1 in %2 makes a %3, but %4 says \"%5\": the recode values of %2 may have been "
                    "changed in Qualtrics (they must be 0-10).")
                    .arg(*score)
                    .arg(where, npsGroupName(npsGroupOfScore(*score)), header.id(m.groupColumn),
                         value(m.groupColumn)),
                raw);
            continue;
        }
        SurveyResponse response;
        response.metric = m.metric;
        response.score = *score;
        response.respondedAt = respondedAt;
        response.respondentRef = respondent;
        // The comment explains the NPS answer; without NPS it goes with each record.
        if (cols.comment >= 0 && !commentGiven && (m.metric == SurveyMetric::Nps || cols.nps < 0)) {
            response.comment = value(cols.comment);
            commentGiven = cols.nps >= 0;
        }
        ImportRecord record;
        record.line = line;
        record.externalId = responseId; // the session keys each answer by id and metric
        record.stage = cols.stage >= 0 ? value(cols.stage) : QString();
        record.value = response;
        sink.accept(std::move(record));
    }
}

QString describeRead(const Header& header, const Columns& cols, const Counts& counts)
{
    QStringList found{header.layoutName()};
    if (cols.nps >= 0)
        found << QCoreApplication::translate("Importers", "NPS from %1 (%2)")
                     .arg(header.describe(cols.nps), cols.npsHow);
    if (!cols.otherNps.isEmpty())
        found << QCoreApplication::translate("Importers",
                                             "other NPS questions not imported: %1 (choose with --question)")
                     .arg(cols.otherNps.join(QStringLiteral(", ")));
    if (cols.csat >= 0)
        found << QCoreApplication::translate("Importers", "CSAT from %1").arg(header.id(cols.csat));
    if (cols.ces >= 0)
        found << QCoreApplication::translate("Importers", "CES from %1").arg(header.id(cols.ces));
    found << (cols.comment >= 0 ? QCoreApplication::translate("Importers", "comment from %1")
                                      .arg(header.describe(cols.comment))
                                : QCoreApplication::translate(
                                      "Importers", "no comment column (name one with --map comment=COLUMN)"));
    if (cols.stage >= 0)
        found << QCoreApplication::translate("Importers", "stage from %1").arg(header.id(cols.stage));
    if (counts.unfinished > 0)
        found << QCoreApplication::translate("Importers", "%1 unfinished responses left out")
                     .arg(counts.unfinished);
    if (counts.unanswered > 0)
        found << QCoreApplication::translate("Importers",
                                             "%1 finished responses without an NPS answer left out")
                     .arg(counts.unanswered);
    if (counts.previewOrSpam > 0)
        found << QCoreApplication::translate("Importers", "%1 survey previews or spam left out")
                     .arg(counts.previewOrSpam);
    if (counts.tests > 0)
        found << QCoreApplication::translate(
                     "Importers",
                     "%1 responses are generated test responses (Status \"Survey Test\") and were imported: "
                     "delete "
                     "them in Qualtrics if they should not count")
                     .arg(counts.tests);
    return found.join(QStringLiteral("; ")) + QLatin1Char('.');
}

class QualtricsCsv final : public Importer
{
public:
    QString id() const override { return QStringLiteral("qualtrics"); }
    QString displayName() const override { return QCoreApplication::translate("Importers", "Qualtrics CSV"); }
    ImportKind kind() const override { return ImportKind::Surveys; }
    QStringList suffixes() const override { return {QStringLiteral("csv"), QStringLiteral("tsv")}; }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText || sample.text.isEmpty())
            return {};
        const auto rows = CsvReader::parseSample(sample.text, 3);
        if (rows.isEmpty())
            return {};
        if (isLegacyHeader(rows.at(0)))
            return {90, QCoreApplication::translate("Importers", "legacy Qualtrics header V1..V10")};
        if (rows.size() >= 3 && isImportIdRow(rows.at(2)))
            return {95, QCoreApplication::translate("Importers", "3-row Qualtrics header with ImportId")};
        QSet<QString> names;
        for (const QString& h : rows.at(0))
            names.insert(ColumnMap::normalise(h));
        if (names.contains(QStringLiteral("responseid")) &&
            (names.contains(QStringLiteral("finished")) || names.contains(QStringLiteral("recordeddate"))))
            return {60, QCoreApplication::translate("Importers",
                                                    "Qualtrics column names (ResponseId, Finished)")};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        CsvReader reader(path, options.encoding);
        if (auto opened = reader.open(); !opened)
            return opened;
        std::deque<CsvRow> pending;
        auto header = readHeader(reader, pending);
        if (!header)
            return header.error();
        auto cols = resolveColumns(path, *header, options);
        if (!cols)
            return cols.error();
        if (cols->metrics.isEmpty())
            return noNpsQuestion(*header, reader, pending);

        DuplicateIds seenIds;
        Counts counts;
        int rowsRead = 0;
        CsvRow row;
        while (sink.wantsMore()) {
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
            auto more = nextRow(reader, pending, row);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (++rowsRead % 256 == 0)
                sink.progress(reader.bytesRead(), reader.size());
            readResponse(row, QLatin1Char(reader.delimiter()), *header, *cols, seenIds, counts, sink);
        }
        sink.progress(reader.bytesRead(), reader.size());
        sink.note(describeRead(*header, *cols, counts));
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeQualtricsCsv()
{
    return std::make_unique<QualtricsCsv>();
}

} // namespace cr::formats
