#pragma once
// One search over every text the room holds: complaint texts and categories,
// survey comments, call titles, summaries and transcripts, fix titles and
// descriptions (SQLite FTS5, kept in step by triggers in the schema). Every
// word typed matches as a prefix, accents ignored; newest hits first.

#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QPair>
#include <QVector>

namespace cr {

class RoomStore;

enum class SearchKind { Complaint, SurveyComment, Call, Fix };
QString toString(SearchKind kind); // "complaint", "survey_comment", "call", "fix"

struct SearchHit
{
    SearchKind kind = SearchKind::Complaint;
    RowId id = 0;
    std::optional<RowId> stageId;
    QString title;   // complaint category, NPS/CSAT/CES score, call title, fix title
    QString snippet; // the matching passage, plain text
    QVector<QPair<int, int>> highlights; // (start, length) of each hit in snippet
    QDateTime when;                      // received, answered, started; a fix: created
    std::optional<double> atSeconds;     // calls: where the matching words are spoken
};

struct SearchResults
{
    QString query;
    QVector<SearchHit> hits; // per kind newest first, at most the limit per kind
    QHash<int, int> totals;  // SearchKind -> number of matches
    int total() const;
};

class EvidenceSearch
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSearch)

public:
    explicit EvidenceSearch(const RoomStore& store) : m_store(store) {}

    Result<SearchResults> search(const QString& text, int limitPerKind = 50) const;

    // The FTS5 query for what a person typed: each word a quoted prefix, all
    // of them required. Empty when nothing searchable was typed.
    static QString matchExpression(const QString& text);
    // The words of a query as the index sees them (lower case, no accents).
    static QStringList queryWords(const QString& text);
    // Finds each word of `words` as the start of a word in `text`: (start, length) ranges.
    static QVector<QPair<int, int>> findWords(const QString& text, const QStringList& words);

private:
    const RoomStore& m_store;
};

} // namespace cr
