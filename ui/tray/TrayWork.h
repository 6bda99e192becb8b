#pragma once
// The room work behind the Unassigned tray and the rules dialog. Every
// function opens its own RoomStore on the file (a QSqlDatabase connection
// belongs to one thread), so each runs on a worker thread; tests call them
// directly. Errors come back as a sentence that says what to do.

#include "Domain.h"
#include "import/StageRules.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace cr::ui {

// The tray's own copies of core/store/RuleStore's TrayCounts and
// TrayRecord: headers that moc and the wall include must not pull in
// RuleStore.h, whose TrayCounts clashes with report/RoomReport.h's.
struct TrayCounts
{
    int complaints = 0;
    int surveyResponses = 0;
    int calls = 0;
    int artifacts = 0;
    int total() const { return complaints + surveyResponses + calls + artifacts; }
};

struct TrayRecord
{
    ImportKind kind = ImportKind::Complaints;
    RowId id = 0;
    QDateTime when;
    QString title;    // complaint/comment text, call title, artifact title
    QString category; // complaints; "metric score" for surveys; the kind of an artifact
    QString channel;
    QString sourceFile;
    int sourceLine = 0;
};

// Counts, stages and how many rules exist: what the tray shows around its table.
struct TrayOverview
{
    TrayCounts counts;
    QVector<Stage> stages;
    int ruleCount = 0;
    QString error;
};
TrayOverview loadTrayOverview(const QString& roomPath);

// Which records a list shows: one kind (or all) and text to look for.
struct UnassignedQuery
{
    std::optional<ImportKind> kind;
    QString needle;
};
bool matchesNeedle(const TrayRecord& item, const QString& needle);

// Up to `wanted` matching records, read from `offset` on in the tray's own
// order (oldest first). nextOffset is where the next page starts reading.
struct UnassignedPage
{
    QVector<TrayRecord> items;
    int nextOffset = 0;
    bool exhausted = false;
    QString error;
};
UnassignedPage loadUnassignedPage(const QString& roomPath, const UnassignedQuery& query, int offset,
                                  int wanted);

struct WriteOutcome
{
    int count = 0;    // records placed
    RowId ruleId = 0; // the rule added
    TrayCounts countsAfter;
    QString error;
};
// Puts records of several kinds on one stage in one transaction; the
// category is set on complaints only, and only when not empty.
WriteOutcome assignRecords(const QString& roomPath, const QHash<ImportKind, QVector<RowId>>& ids,
                           RowId stageId, const QString& category);
WriteOutcome applyRules(const QString& roomPath);

struct RulesSnapshot
{
    QVector<MappingRule> rules; // in the order they run
    QVector<Stage> stages;
    TrayCounts counts;
    QString error;
};
RulesSnapshot loadRules(const QString& roomPath);
WriteOutcome addRule(const QString& roomPath, const MappingRule& rule);
WriteOutcome removeRule(const QString& roomPath, RowId ruleId);
WriteOutcome moveRule(const QString& roomPath, RowId ruleId, int places);

} // namespace cr::ui
