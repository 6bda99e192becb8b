// Qualtrics response exports, CSV or TSV (TSV usually UTF-16 with a BOM):
// - the current 3-row header: column ids, question text, {"ImportId":...};
// - the 2016-17 "Insights" variant of it: old names (ResponseID,
//   ExternalDataReference) and Python-dict ImportIds ({'ImportId': 'QID1'});
// - the legacy 2-row header: V1..V10 then question ids, labels in row 2,
//   a trailing comma on every line;
// - a 2-row or 1-row header without ImportIds (older API exports).
// The NPS question is Qx where Qx_NPS_GROUP exists, or --question (a column
// id, its ImportId or its question text). --map csat=COL / ces=COL add CSAT
// and CES records; comment, stage and respondent come from --map or from
// the rules in findComment() and the role table below.
#include "import/CsvReader.h"
#include "import/Parsing.h"
#include "import/formats/Formats.h"
#include "import/formats/SurveysCommon.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <deque>

namespace cr::formats {

namespace {

using namespace surveys;

enum class Layout { ThreeRow, Legacy, TwoRow, OneRow };

QString importIdOf(const QString& field)
{
    // JSON ({"ImportId":"QID1"}) and the Insights-era Python dict ({'ImportId': 'QID1'}).
    static const QRegularExpression re(QStringLiteral("ImportId['\"]?\\s*:\\s*['\"]([^'\"]*)['\"]"));
    const auto m = re.match(field);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isLegacyHeader(const QStringList& ids)
{
    if (ids.size() < 10)
        return false;
    for (int i = 0; i < 10; ++i)
        if (ColumnMap::normalise(ids.at(i)) != QStringLiteral("v%1").arg(i + 1))
            return false;
    return true;
}

int countImportIds(const QStringList& row, int* nonEmpty)
{
    int found = 0;
    *nonEmpty = 0;
    for (const QString& f : row) {
        if (f.trimmed().isEmpty())
            continue;
        ++*nonEmpty;
        if (!importIdOf(f).isEmpty())
            ++found;
    }
    return found;
}

bool looksLikeResponseId(const QString& value)
{
    return value.trimmed().startsWith(QLatin1String("R_"));
}

// Qualtrics' own columns: never an answer to a question.
bool isMetadataName(const QString& normalised)
{
    static const QSet<QString> names = {
        QStringLiteral("startdate"),          QStringLiteral("enddate"),
        QStringLiteral("status"),             QStringLiteral("ipaddress"),
        QStringLiteral("progress"),           QStringLiteral("duration (in seconds)"),
        QStringLiteral("finished"),           QStringLiteral("recordeddate"),
        QStringLiteral("responseid"),         QStringLiteral("responseset"),
        QStringLiteral("name"),               QStringLiteral("emailaddress"),
        QStringLiteral("recipientlastname"),  QStringLiteral("recipientfirstname"),
        QStringLiteral("recipientemail"),     QStringLiteral("externalreference"),
        QStringLiteral("externaldatareference"), QStringLiteral("locationlatitude"),
        QStringLiteral("locationlongitude"),  QStringLiteral("locationaccuracy"),
        QStringLiteral("distributionchannel"), QStringLiteral("userlanguage"),
        QStringLiteral("_recordid"),          QStringLiteral("duration"),
    };
    static const QRegularExpression v(QStringLiteral("^v([1-9]|10)$"));
    return names.contains(normalised) || v.match(normalised).hasMatch() ||
           normalised.endsWith(QLatin1String("_nps_group"));
}

// 1 detractor, 2 passive, 3 promoter; 0 when the cell says something else.
int npsGroupOf(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("1") || v.startsWith(QLatin1String("detractor")))
        return 1;
    if (v == QLatin1String("2") || v.startsWith(QLatin1String("passive")))
        return 2;
    if (v == QLatin1String("3") || v.startsWith(QLatin1String("promoter")))
        return 3;
    return 0;
}

const char* npsGroupName(int group)
{
    switch (group) {
    case 1:
        return QT_TRANSLATE_NOOP("Importers", "detractor");
    case 2:
        return QT_TRANSLATE_NOOP("Importers", "passive");
    default:
        return QT_TRANSLATE_NOOP("Importers", "promoter");
    }
}

// Finished as numeric (1/0) and choice-text (True/False) exports write it.
std::optional<bool> finishedValue(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("wahr") ||
        v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("falsch") ||
        v == QLatin1String("no"))
        return false;
    return std::nullopt;
}

// Qualtrics' Status: 1 survey preview, 2 survey test, 8 spam (numeric or choice text).
bool isPreviewTestOrSpam(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("1") || v == QLatin1String("2") || v == QLatin1String("8") ||
           v == QLatin1String("survey preview") || v == QLatin1String("survey test") ||
           v == QLatin1String("spam");
}

struct Header
{
    Layout layout = Layout::OneRow;
    bool insights = false; // 3-row with Python-dict ImportIds
    QStringList ids;
    QStringList texts;
    QStringList importIds;

    static QString at(const QStringList& list, int i) { return i >= 0 && i < list.size() ? list.at(i) : QString(); }

    // A column by its id, its ImportId or (exactly) its question text.
    int find(const QString& name) const
    {
        const QString key = ColumnMap::normalise(name);
        if (key.isEmpty())
            return -1;
        for (const QStringList* list : {&ids, &importIds, &texts})
            for (int i = 0; i < list->size(); ++i)
                if (ColumnMap::normalise(list->at(i)) == key)
                    return i;
        return -1;
    }

    int findAny(std::initializer_list<const char*> names) const
    {
        for (const char* name : names)
            if (const int at = find(QString::fromLatin1(name)); at >= 0)
                return at;
        return -1;
    }

    QString id(int column) const { return at(ids, column).trimmed(); }

    bool isMetadata(int column) const
    {
        return isMetadataName(ColumnMap::normalise(at(ids, column))) ||
               (layout == Layout::Legacy && isMetadataName(ColumnMap::normalise(at(texts, column))));
    }

    // "Q2 (“What kind of fruit…”)" for messages.
    QString describe(int column) const
    {
        const QString text = at(texts, column).simplified();
        if (text.isEmpty() || text.compare(id(column), Qt::CaseInsensitive) == 0)
            return id(column);
        return QStringLiteral("%1 (\u201c%2\u201d)").arg(id(column), shorten(text, 40));
    }

    QString layoutName() const
    {
        switch (layout) {
        case Layout::ThreeRow:
            return insights ? tr("Qualtrics 3-row export (2016-17 Insights variant)") : tr("Qualtrics 3-row export");
        case Layout::Legacy:
            return tr("Qualtrics legacy export (V1..V10)");
        case Layout::TwoRow:
            return tr("Qualtrics 2-row export");
        case Layout::OneRow:
            break;
        }
        return tr("Qualtrics export (1 header row)");
    }
};

// A column the user asked for (--question, --map) must exist.
Error unknownColumn(const QString& path, const QString& option, const QString& name)
{
    return Error(tr("Column \"%1\" named by %2 is not in this export (looked at the column ids, the "
                    "ImportIds and the question texts).")
                     .arg(name, option),
                 path);
}

struct MetricColumn
{
    SurveyMetric metric;
    int column;
    int groupColumn = -1; // Qx_NPS_GROUP, to catch recoded scales
};

class QualtricsCsv final : public Importer
{
public:
    QString id() const override { return QStringLiteral("qualtrics"); }
    QString displayName() const override { return tr("Qualtrics CSV"); }
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
            return {90, tr("legacy Qualtrics header V1..V10")};
        if (rows.size() >= 3) {
            int nonEmpty = 0;
            const int found = countImportIds(rows.at(2), &nonEmpty);
            if (found > 0 && found * 2 >= nonEmpty)
                return {95, tr("3-row Qualtrics header with ImportId")};
        }
        QSet<QString> names;
        for (const QString& h : rows.at(0))
            names.insert(ColumnMap::normalise(h));
        const bool hasId = names.contains(QStringLiteral("responseid"));
        if (hasId && (names.contains(QStringLiteral("finished")) || names.contains(QStringLiteral("recordeddate"))))
            return {60, tr("Qualtrics column names (ResponseId, Finished)")};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override;

private:
    static int findComment(const Header& header, int npsColumn);
    static Error noNpsQuestion(const QString& path, const Header& header, CsvReader& reader,
                               std::deque<CsvRow>& pending);
};

int QualtricsCsv::findComment(const Header& header, int npsColumn)
{
    // The open question after the NPS one whose wording asks for a reason:
    // "What is the main reason for your score?", "Why?", "Any comments?".
    static const QRegularExpression asks(QStringLiteral("comment|why|reason|explain"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (int c = npsColumn + 1; c < header.ids.size(); ++c) {
        if (header.isMetadata(c))
            continue;
        const QString id = header.id(c);
        if (id.endsWith(QLatin1String("_NPS_GROUP"), Qt::CaseInsensitive))
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

Error QualtricsCsv::noNpsQuestion(const QString& path, const Header& header, CsvReader& reader,
                                  std::deque<CsvRow>& pending)
{
    // Which columns could hold a 0-10 answer: every value a whole number 0-10.
    struct Seen
    {
        bool valid = true;
        int count = 0;
        int low = 11;
        int high = -1;
        QSet<int> distinct;
    };
    QVector<Seen> seen(header.ids.size());
    int rows = 0;
    CsvRow row;
    while (rows < 5000) {
        if (!pending.empty()) {
            row = std::move(pending.front());
            pending.pop_front();
        } else {
            auto more = reader.next(row);
            if (!more)
                return more.error();
            if (!*more)
                break;
        }
        ++rows;
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
    const QString why = tr("No NPS question found: no column has a partner named Qx_NPS_GROUP.");
    if (candidates.isEmpty())
        return Error(why + QLatin1Char(' ') +
                         tr("No column holds whole numbers 0-10 either. If the NPS answers are in this file, "
                            "pass --question COLUMN (a column id such as Q7, or its ImportId such as QID7)."),
                     path);
    QStringList shown;
    const int limit = 8;
    for (int i = 0; i < candidates.size() && i < limit; ++i) {
        const int c = candidates.at(i);
        const Seen& s = seen[c];
        shown << (s.low == s.high ? tr("%1 (always %2)").arg(header.describe(c)).arg(s.low)
                                  : tr("%1 (%2-%3)").arg(header.describe(c)).arg(s.low).arg(s.high));
    }
    QString list = shown.join(QStringLiteral(", "));
    if (candidates.size() > limit)
        list += tr(" and %1 more").arg(candidates.size() - limit);
    return Error(why + QLatin1Char(' ') +
                     tr("Columns holding whole numbers 0-10: %1. Pass --question COLUMN (a column id such as "
                        "Q7, or its ImportId such as QID7) to import one of them as the NPS question.")
                         .arg(list),
                 path);
}

Status QualtricsCsv::read(const QString& path, const ImportOptions& options, ImportSink& sink) const
{
    CsvReader reader(path, options.encoding);
    if (auto opened = reader.open(); !opened)
        return opened;

    // Up to three rows decide the layout; data rows read ahead wait in `pending`.
    std::deque<CsvRow> pending;
    for (int i = 0; i < 3; ++i) {
        CsvRow row;
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        pending.push_back(std::move(row));
    }
    if (pending.empty())
        return Error(tr("The file is empty: a Qualtrics export starts with a header row (StartDate, "
                        "EndDate, ... ResponseId)."),
                     path);

    Header header;
    header.ids = pending.front().fields;
    pending.pop_front();
    int nonEmpty = 0;
    if (isLegacyHeader(header.ids)) {
        header.layout = Layout::Legacy;
        if (!pending.empty()) {
            header.texts = pending.front().fields;
            pending.pop_front();
        }
    } else if (pending.size() >= 2 && countImportIds(pending.at(1).fields, &nonEmpty) * 2 >= std::max(1, nonEmpty)) {
        header.layout = Layout::ThreeRow;
        header.texts = pending.front().fields;
        pending.pop_front();
        for (const QString& f : pending.front().fields) {
            header.importIds << importIdOf(f);
            header.insights = header.insights || f.contains(QLatin1String("'ImportId'"));
        }
        pending.pop_front();
    }

    // Roles: ids of the current export, ImportIds, the Insights/legacy labels.
    int idColumn = header.findAny({"ResponseId", "_recordId", "Response ID"});
    if (header.layout == Layout::Legacy && idColumn < 0)
        idColumn = 0; // V1
    if (header.layout != Layout::Legacy && header.layout != Layout::ThreeRow && !pending.empty()) {
        // Row 2 is question text unless it already holds a response id.
        if (idColumn >= 0 && !looksLikeResponseId(Header::at(pending.front().fields, idColumn))) {
            header.layout = Layout::TwoRow;
            header.texts = pending.front().fields;
            pending.pop_front();
        }
    }
    if (idColumn < 0)
        return Error(tr("This does not look like a Qualtrics export: there is no ResponseId column. For a "
                        "plain table of scores use --format generic."),
                     path);
    const int finishedColumn = header.layout == Layout::Legacy ? header.findAny({"Finished", "V10"})
                                                               : header.findAny({"Finished"});
    const int statusColumn = header.findAny({"Status"});
    QVector<int> dateColumns;
    for (const char* name : {"RecordedDate", "EndDate", "StartDate"})
        if (const int c = header.findAny({name}); c >= 0)
            dateColumns << c;
    if (header.layout == Layout::Legacy && dateColumns.isEmpty())
        dateColumns = {8, 7}; // V9 EndDate, V8 StartDate
    if (dateColumns.isEmpty())
        return Error(tr("No date column in this Qualtrics export (RecordedDate, EndDate or StartDate): add "
                        "one to the export."),
                     path);

    // What the user named.
    const QStringList knownFields = {QStringLiteral("stage"), QStringLiteral("comment"), QStringLiteral("csat"),
                                     QStringLiteral("ces"),   QStringLiteral("nps"),     QStringLiteral("respondent")};
    for (auto it = options.map.begin(); it != options.map.end(); ++it)
        if (!knownFields.contains(it.key()))
            return Error(tr("--map %1=...: the Qualtrics importer takes --map for %2.")
                             .arg(it.key(), knownFields.join(QStringLiteral(", "))),
                         path);
    auto mapped = [&](const char* field, int* column) -> std::optional<Error> {
        const QString key = QString::fromLatin1(field);
        *column = -1;
        if (!options.map.contains(key))
            return std::nullopt;
        *column = header.find(options.map.value(key));
        if (*column < 0)
            return unknownColumn(path, QStringLiteral("--map %1").arg(key), options.map.value(key));
        return std::nullopt;
    };
    int stageColumn = -1, commentColumn = -1, csatColumn = -1, cesColumn = -1, respondentColumn = -1,
        mappedNps = -1;
    for (auto [field, column] : {std::pair{"stage", &stageColumn}, std::pair{"comment", &commentColumn},
                                 std::pair{"csat", &csatColumn}, std::pair{"ces", &cesColumn},
                                 std::pair{"respondent", &respondentColumn}, std::pair{"nps", &mappedNps}})
        if (auto error = mapped(field, column))
            return *error;
    if (stageColumn < 0)
        stageColumn = header.findAny({"stage"});
    if (respondentColumn < 0)
        respondentColumn = header.findAny({"ExternalReference", "ExternalDataReference"});

    // The NPS question.
    int npsColumn = -1;
    int groupColumn = -1;
    QString npsHow;
    QStringList otherNps;
    if (!options.question.isEmpty()) {
        npsColumn = header.find(options.question);
        if (npsColumn < 0)
            return unknownColumn(path, QStringLiteral("--question"), options.question);
        npsHow = tr("chosen with --question");
    } else if (mappedNps >= 0) {
        npsColumn = mappedNps;
        npsHow = tr("chosen with --map nps");
    }
    if (npsColumn >= 0) {
        groupColumn = header.find(header.id(npsColumn) + QStringLiteral("_NPS_GROUP"));
    } else {
        for (int c = 0; c < header.ids.size(); ++c) {
            const QString id = header.id(c);
            if (!id.endsWith(QLatin1String("_NPS_GROUP"), Qt::CaseInsensitive))
                continue;
            const int base = header.ids.indexOf(id.chopped(10));
            if (base < 0)
                continue;
            if (npsColumn < 0) {
                npsColumn = base;
                groupColumn = c;
                npsHow = id;
            } else {
                otherNps << header.id(base);
            }
        }
    }
    if (npsColumn < 0 && csatColumn < 0 && cesColumn < 0)
        return noNpsQuestion(path, header, reader, pending);
    if (commentColumn < 0 && npsColumn >= 0)
        commentColumn = findComment(header, npsColumn);

    QVector<MetricColumn> metrics;
    if (npsColumn >= 0)
        metrics.append({SurveyMetric::Nps, npsColumn, groupColumn});
    if (csatColumn >= 0)
        metrics.append({SurveyMetric::Csat, csatColumn});
    if (cesColumn >= 0)
        metrics.append({SurveyMetric::Ces, cesColumn});

    DuplicateIds seenIds;
    int unfinished = 0;
    int unanswered = 0;
    int previewOrTest = 0;
    int rowsRead = 0;
    const QChar delimiter = QLatin1Char(reader.delimiter());
    CsvRow row;
    while (sink.wantsMore()) {
        if (sink.isCancelled())
            return Error(tr("Cancelled."), path);
        if (!pending.empty()) {
            row = std::move(pending.front());
            pending.pop_front();
        } else {
            auto more = reader.next(row);
            if (!more)
                return more.error();
            if (!*more)
                break;
        }
        if (++rowsRead % 256 == 0)
            sink.progress(reader.bytesRead(), reader.size());
        const int line = row.line;
        const QString raw = row.raw(delimiter);
        auto value = [&](int column) { return Header::at(row.fields, column).trimmed(); };

        if (row.fields.size() != header.ids.size()) {
            sink.reject(line,
                        tr("The row has %1 fields but the header has %2: it is cut short or holds an "
                           "unquoted delimiter.")
                            .arg(row.fields.size())
                            .arg(header.ids.size()),
                        raw);
            continue;
        }
        const QString responseId = value(idColumn);
        if (responseId.isEmpty()) {
            sink.reject(line, tr("The response id (%1) is empty.").arg(header.id(idColumn)), raw);
            continue;
        }
        if (const int first = seenIds.firstLine(responseId, line)) {
            sink.reject(line, tr("Response %1 appears twice in this file (first on line %2).").arg(responseId).arg(first),
                        raw);
            continue;
        }
        if (finishedColumn >= 0) {
            const auto finished = finishedValue(value(finishedColumn));
            if (!finished) {
                sink.reject(line,
                            tr("Finished is \"%1\", expected 1 or 0 (True or False).").arg(value(finishedColumn)),
                            raw);
                continue;
            }
            if (!*finished) {
                ++unfinished;
                sink.skip(line, tr("Response %1 is unfinished (%2 = 0): left out.")
                                    .arg(responseId, header.id(finishedColumn)));
                continue;
            }
        }
        QDateTime respondedAt;
        bool dateError = false;
        for (int c : dateColumns) {
            const QString text = value(c);
            if (text.isEmpty())
                continue;
            const auto when = parse::dateTime(text);
            if (!when) {
                sink.reject(line, tr("%1 \"%2\" is not a date.").arg(header.id(c), text), raw);
                dateError = true;
            } else {
                respondedAt = *when;
            }
            break;
        }
        if (dateError)
            continue;
        if (!respondedAt.isValid()) {
            sink.reject(line, tr("Response %1 has no date (RecordedDate, EndDate and StartDate are empty).")
                                  .arg(responseId),
                        raw);
            continue;
        }
        if (statusColumn >= 0 && isPreviewTestOrSpam(value(statusColumn)))
            ++previewOrTest;

        const QString respondent = respondentColumn >= 0 && !value(respondentColumn).isEmpty()
                                       ? value(respondentColumn)
                                       : responseId;
        bool commentGiven = false;
        for (const MetricColumn& m : metrics) {
            const QString where = header.id(m.column);
            const QString text = value(m.column);
            if (text.isEmpty()) {
                if (m.metric == SurveyMetric::Nps)
                    ++unanswered;
                sink.skip(line, tr("Response %1 has no answer to %2 (%3): left out.")
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
            if (m.groupColumn >= 0 && !value(m.groupColumn).isEmpty()) {
                const int expected = *score <= 6 ? 1 : *score <= 8 ? 2 : 3;
                const int group = npsGroupOf(value(m.groupColumn));
                if (group != expected) {
                    sink.reject(line,
                                tr("Score %1 in %2 makes a %3, but %4 says \"%5\": the recode values of %2 "
                                   "may have been changed in Qualtrics (they must be 0-10).")
                                    .arg(*score)
                                    .arg(where, tr(npsGroupName(expected)), header.id(m.groupColumn),
                                         value(m.groupColumn)),
                                raw);
                    continue;
                }
            }
            SurveyResponse response;
            response.metric = m.metric;
            response.score = *score;
            response.respondedAt = respondedAt;
            response.respondentRef = respondent;
            // The comment explains the NPS answer; without NPS it goes with each record.
            if (commentColumn >= 0 && (m.metric == SurveyMetric::Nps || npsColumn < 0) && !commentGiven) {
                response.comment = value(commentColumn);
                commentGiven = npsColumn >= 0;
            }
            ImportRecord record;
            record.line = line;
            record.externalId = responseId; // the session keys each answer by id and metric
            record.stage = stageColumn >= 0 ? value(stageColumn) : QString();
            record.value = response;
            sink.accept(std::move(record));
        }
    }
    sink.progress(reader.bytesRead(), reader.size());

    QStringList found{header.layoutName()};
    if (npsColumn >= 0)
        found << tr("NPS from %1 (%2)").arg(header.describe(npsColumn), npsHow);
    if (!otherNps.isEmpty())
        found << tr("other NPS questions not imported: %1 (choose with --question)").arg(otherNps.join(QStringLiteral(", ")));
    if (csatColumn >= 0)
        found << tr("CSAT from %1").arg(header.id(csatColumn));
    if (cesColumn >= 0)
        found << tr("CES from %1").arg(header.id(cesColumn));
    found << (commentColumn >= 0 ? tr("comment from %1").arg(header.describe(commentColumn))
                                 : tr("no comment column (name one with --map comment=COLUMN)"));
    if (stageColumn >= 0)
        found << tr("stage from %1").arg(header.id(stageColumn));
    if (unfinished > 0)
        found << tr("%1 unfinished responses left out").arg(unfinished);
    if (unanswered > 0)
        found << tr("%1 finished responses without an NPS answer left out").arg(unanswered);
    if (previewOrTest > 0)
        found << tr("%1 responses are survey previews, tests or spam by their Status and were imported; "
                    "filter them out in Qualtrics if they should not count")
                     .arg(previewOrTest);
    sink.note(found.join(QStringLiteral("; ")) + QLatin1Char('.'));
    return success();
}

} // namespace

std::unique_ptr<Importer> makeQualtricsCsv()
{
    return std::make_unique<QualtricsCsv>();
}

} // namespace cr::formats
