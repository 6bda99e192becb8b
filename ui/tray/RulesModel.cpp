#include "tray/RulesModel.h"

#include "common/Format.h"
#include "tray/TrayCommon.h"

#include <QCoreApplication>

namespace cr::ui {

QString ruleFieldWord(const QString& field)
{
    if (field == QLatin1String("any"))
        return QCoreApplication::translate("Tray", "any field");
    return field;
}

RulesModel::RulesModel(QObject* parent) : QAbstractTableModel(parent) {}

void RulesModel::setRules(QVector<MappingRule> rules, const QVector<Stage>& stages)
{
    beginResetModel();
    m_rules = std::move(rules);
    m_stageNames.clear();
    for (const Stage& s : stages)
        m_stageNames.insert(s.id, s.name);
    endResetModel();
}

int RulesModel::rowOf(RowId ruleId) const
{
    for (int i = 0; i < m_rules.size(); ++i)
        if (m_rules.at(i).id == ruleId)
            return i;
    return -1;
}

QString RulesModel::stageName(const MappingRule& rule) const
{
    if (!rule.stageId)
        return {};
    return m_stageNames.value(*rule.stageId, tr("stage %1 (removed)").arg(*rule.stageId));
}

int RulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingRule& rule = m_rules.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Order:
            return index.row() + 1;
        case Kind:
            return kindPluralWord(rule.kind);
        case Field:
            return ruleFieldWord(rule.field);
        case MatchType:
            return rule.isRegex ? tr("regular expression") : tr("keyword");
        case Pattern:
            return rule.pattern;
        case StageColumn:
            return rule.stageId ? stageName(rule) : noDataDash();
        case Category:
            return rule.category.isEmpty() ? noDataDash() : rule.category;
        }
    } else if (role == Qt::ToolTipRole) {
        const QString target =
            rule.stageId && !rule.category.isEmpty()
                ? tr("puts it on %1 with category “%2”").arg(stageName(rule), rule.category)
            : rule.stageId ? tr("puts it on %1").arg(stageName(rule))
                           : tr("sets its category to “%1”").arg(rule.category);
        return rule.isRegex
                   ? tr("When %1 of a record matches the expression %2, this rule %3.")
                         .arg(ruleFieldWord(rule.field), rule.pattern, target)
                   : tr("When %1 of a record holds the word or phrase “%2” (any case), this rule %3.")
                         .arg(ruleFieldWord(rule.field), rule.pattern, target);
    } else if (role == Qt::TextAlignmentRole && index.column() == Order) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order:
        return tr("#");
    case Kind:
        return tr("Kind");
    case Field:
        return tr("Field");
    case MatchType:
        return tr("Match");
    case Pattern:
        return tr("Keyword or pattern");
    case StageColumn:
        return tr("Stage");
    case Category:
        return tr("Category");
    }
    return {};
}

} // namespace cr::ui
