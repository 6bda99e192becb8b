#pragma once
// Mapping rules kept in the room: a field of a record, a keyword (or a
// regular expression) -> a stage and/or a category. The first matching rule
// in position order wins. Used on import and by "rules apply" on the
// Unassigned tray, over the same fields, so both give the same answer.

#include "Domain.h"
#include "import/ImportTypes.h"

#include <QRegularExpression>
#include <QString>
#include <QVector>

#include <functional>

namespace cr {

class RoomStore;

// Stages as --stage, feeds and rules name them: a name matches in any case
// (the first in journey order wins); an unknown name or id gives nothing.
std::optional<RowId> stageIdByName(const QVector<Stage>& stages, const QString& name);
QString stageNameById(const QVector<Stage>& stages, const std::optional<RowId>& id);
// The same from the room; empty too when its stages cannot be read.
QString stageNameById(const RoomStore& store, const std::optional<RowId>& id);

struct MappingRule
{
    RowId id = 0;
    ImportKind kind = ImportKind::Complaints;
    QString field; // a field of the kind (see ruleFields) or "any"
    QString pattern;
    bool isRegex = false;
    std::optional<RowId> stageId;
    QString category; // empty = leave the category alone
    int position = 0;
};

// The fields a rule can look at, per kind: complaints text, category,
// product, channel, customer; surveys comment, metric, respondent; calls
// title, agent, channel, summary, transcript; artifacts title, description,
// kind; kpis name.
QStringList ruleFields(ImportKind kind);

class StageRules
{
public:
    StageRules() = default;
    explicit StageRules(QVector<MappingRule> rules);

    // Checks a rule before it is saved: a known field, a valid expression.
    static QString validate(const MappingRule& rule);

    // value(field) returns the record's text for a field name.
    const MappingRule* match(ImportKind kind, const std::function<QString(const QString&)>& value) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    QVector<MappingRule> m_rules;
    QVector<QRegularExpression> m_compiled;
};

} // namespace cr
