#include "store/EvidenceSearch.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

namespace cr {

namespace {

constexpr QChar kOpen(0x02);
constexpr QChar kClose(0x03);

// A character as the index compares it: lower case, accents dropped.
QString folded(QChar c)
{
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar d : decomposed)
        if (d.category() != QChar::Mark_NonSpacing)
            out += d.toLower();
    return out;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// snippet() output with its markers → plain text and highlight ranges.
void readSnippet(const QString& marked, SearchHit& hit)
{
    QString plain;
    int start = -1;
    for (QChar c : marked) {
        if (c == kOpen) {
            start = plain.size();
        } else if (c == kClose) {
            if (start >= 0 && plain.size() > start)
                hit.highlights.append({start, int(plain.size()) - start});
            start = -1;
        } else {
            plain += c;
        }
    }
    hit.snippet = plain;
}

QString snippetOf(const QString& text, const QVector<QPair<int, int>>& ranges, int context,
                  QVector<QPair<int, int>>* shifted)
{
    if (ranges.isEmpty() || text.size() <= 2 * context) {
        *shifted = ranges;
        return text;
    }
    const int from = std::max(0, ranges.first().first - context);
    const int to = std::min(int(text.size()), ranges.first().first + ranges.first().second + context);
    const QString prefix = from > 0 ? QStringLiteral("\u2026") : QString();
    const QString suffix = to < text.size() ? QStringLiteral("\u2026") : QString();
    for (const auto& r : ranges)
        if (r.first >= from && r.first + r.second <= to)
            shifted->append({r.first - from + int(prefix.size()), r.second});
    return prefix + text.mid(from, to - from) + suffix;
}

} // namespace

QString toString(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Complaint:
        return QStringLiteral("complaint");
    case SearchKind::SurveyComment:
        return QStringLiteral("survey_comment");
    case SearchKind::Call:
        return QStringLiteral("call");
    case SearchKind::Fix:
        return QStringLiteral("fix");
    }
    return QString();
}

int SearchResults::total() const
{
    int sum = 0;
    for (int t : totals)
        sum += t;
    return sum;
}

QStringList EvidenceSearch::queryWords(const QString& text)
{
    QStringList words;
    QString current;
    for (QChar c : text) {
        if (isWordChar(c)) {
            current += folded(c);
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    words.removeDuplicates();
    return words;
}

QString EvidenceSearch::matchExpression(const QString& text)
{
    QStringList terms;
    for (const QString& word : queryWords(text)) {
        // A one-letter prefix would match most of the room; it must match whole.
        terms << QStringLiteral("\"%1\"%2").arg(word, word.size() > 1 ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

QVector<QPair<int, int>> EvidenceSearch::findWords(const QString& text, const QStringList& words)
{
    // The folded text, with the original index of each folded character.
    QString plain;
    QVector<int> origin;
    for (int i = 0; i < text.size(); ++i) {
        const QString f = folded(text.at(i));
        for (QChar c : f) {
            plain += c;
            origin.append(i);
        }
    }
    QVector<QPair<int, int>> ranges;
    for (int i = 0; i < plain.size(); ++i) {
        if (!isWordChar(plain.at(i)) || (i > 0 && isWordChar(plain.at(i - 1))))
            continue;
        for (const QString& word : words) {
            if (QStringView(plain).mid(i).startsWith(word)) {
                int end = i + int(word.size());
                while (end < plain.size() && isWordChar(plain.at(end)))
                    ++end; // highlight the whole word the prefix started
                const int start = origin[i];
                const int last = origin[end - 1];
                ranges.append({start, last - start + 1});
                break;
            }
        }
    }
    return ranges;
}

Result<SearchResults> EvidenceSearch::search(const QString& text, int limitPerKind) const
{
    SearchResults results;
    results.query = text;
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return results;

    const auto run = [&](const QString& sql, const QVariantList& values, const QString& what,
                         const std::function<void(const QSqlQuery&)>& row) -> Status {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return m_store.sqlError(q, what);
        while (q.next())
            row(q);
        return success();
    };
    const QString marks = QStringLiteral("char(2), char(3), '\u2026', 24");
    struct Table
    {
        SearchKind kind;
        const char* fts;
    };
    for (const Table t : {Table{SearchKind::Complaint, "complaint_fts"}, Table{SearchKind::SurveyComment, "survey_fts"},
                          Table{SearchKind::Call, "call_fts"}, Table{SearchKind::Fix, "fix_fts"}}) {
        const Status counted =
            run(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(QLatin1String(t.fts)), {match},
                tr("Searching the room"), [&](const QSqlQuery& q) { results.totals.insert(int(t.kind), q.value(0).toInt()); });
        if (!counted)
            return counted.error();
    }

    Status ok = run(
        QStringLiteral("SELECT c.id, c.stage_id, c.category, c.received_at, snippet(complaint_fts, -1, %1) "
                       "FROM complaint_fts JOIN complaint c ON c.id = complaint_fts.rowid "
                       "WHERE complaint_fts MATCH ? ORDER BY complaint_fts.rowid DESC LIMIT ?")
            .arg(marks),
        {match, limitPerKind}, tr("Searching complaints"), [&](const QSqlQuery& q) {
            SearchHit hit;
            hit.kind = SearchKind::Complaint;
            hit.id = q.value(0).toLongLong();
            hit.stageId = sql::optionalId(q.value(1));
            hit.title = q.value(2).toString();
            hit.when = sql::parseDateTime(q.value(3));
            readSnippet(q.value(4).toString(), hit);
            results.hits.append(hit);
        });
    if (!ok)
        return ok.error();

    ok = run(QStringLiteral("SELECT s.id, s.stage_id, s.metric, s.score, s.responded_at, snippet(survey_fts, 0, %1) "
                            "FROM survey_fts JOIN survey_response s ON s.id = survey_fts.rowid "
                            "WHERE survey_fts MATCH ? ORDER BY survey_fts.rowid DESC LIMIT ?")
                 .arg(marks),
             {match, limitPerKind}, tr("Searching survey comments"), [&](const QSqlQuery& q) {
                 SearchHit hit;
                 hit.kind = SearchKind::SurveyComment;
                 hit.id = q.value(0).toLongLong();
                 hit.stageId = sql::optionalId(q.value(1));
                 const auto metric = surveyMetricFromString(q.value(2).toString()).value_or(SurveyMetric::Nps);
                 hit.title = tr("%1 %2 of %3")
                                 .arg(toString(metric).toUpper())
                                 .arg(q.value(3).toInt())
                                 .arg(surveyScale(metric).max);
                 hit.when = sql::parseDateTime(q.value(4));
                 readSnippet(q.value(5).toString(), hit);
                 results.hits.append(hit);
             });
    if (!ok)
        return ok.error();

    // Calls: the index keeps no copy of the transcript, so the passage comes
    // from the call itself, with the time its words are spoken.
    const QStringList words = queryWords(text);
    ok = run(QStringLiteral("SELECT c.id, c.stage_id, c.title, c.started_at, c.summary, c.transcript "
                            "FROM call_fts JOIN call c ON c.id = call_fts.rowid "
                            "WHERE call_fts MATCH ? ORDER BY call_fts.rowid DESC LIMIT ?"),
             {match, limitPerKind}, tr("Searching calls"), [&](const QSqlQuery& q) {
                 SearchHit hit;
                 hit.kind = SearchKind::Call;
                 hit.id = q.value(0).toLongLong();
                 hit.stageId = sql::optionalId(q.value(1));
                 hit.title = q.value(2).toString();
                 hit.when = sql::parseDateTime(q.value(3));
                 const QJsonArray segments = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
                 for (const QJsonValue& v : segments) {
                     const QJsonObject s = v.toObject();
                     const QString said = s.value(QStringLiteral("text")).toString();
                     const auto ranges = findWords(said, words);
                     if (ranges.isEmpty())
                         continue;
                     const QString speaker = s.value(QStringLiteral("speaker")).toString();
                     const QString lead = speaker.isEmpty() ? QString() : speaker + QStringLiteral(": ");
                     QVector<QPair<int, int>> shifted;
                     const QString passage = snippetOf(said, ranges, 90, &shifted);
                     hit.snippet = lead + passage;
                     for (const auto& r : shifted)
                         hit.highlights.append({r.first + int(lead.size()), r.second});
                     hit.atSeconds = s.value(QStringLiteral("start")).toDouble();
                     break;
                 }
                 if (hit.snippet.isEmpty()) { // the words are in the title or summary
                     const QString summary = q.value(4).toString();
                     const QString source = findWords(summary, words).isEmpty() ? hit.title : summary;
                     QVector<QPair<int, int>> shifted;
                     hit.snippet = snippetOf(source, findWords(source, words), 90, &shifted);
                     hit.highlights = shifted;
                 }
                 results.hits.append(hit);
             });
    if (!ok)
        return ok.error();

    ok = run(QStringLiteral("SELECT f.id, f.stage_id, f.title, f.created_on, f.description, "
                            "snippet(fix_fts, 1, %1) FROM fix_fts JOIN fix f ON f.id = fix_fts.rowid "
                            "WHERE fix_fts MATCH ? ORDER BY fix_fts.rowid DESC LIMIT ?")
                 .arg(marks),
             {match, limitPerKind}, tr("Searching fixes"), [&](const QSqlQuery& q) {
                 SearchHit hit;
                 hit.kind = SearchKind::Fix;
                 hit.id = q.value(0).toLongLong();
                 hit.stageId = sql::optionalId(q.value(1));
                 hit.title = q.value(2).toString();
                 hit.when = QDateTime(sql::parseDate(q.value(3)), QTime(0, 0));
                 const auto inTitle = findWords(hit.title, words);
                 if (!inTitle.isEmpty() || q.value(4).toString().isEmpty()) {
                     hit.snippet = hit.title;
                     hit.highlights = inTitle;
                 } else {
                     readSnippet(q.value(5).toString(), hit);
                 }
                 results.hits.append(hit);
             });
    if (!ok)
        return ok.error();
    return results;
}

} // namespace cr
