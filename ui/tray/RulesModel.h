#pragma once
// The room's mapping rules as a table, in the order they run.

#include "Domain.h"
#include "import/StageRules.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cr::ui {

class RulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Order, Kind, Field, MatchType, Pattern, StageColumn, Category, ColumnCount };

    explicit RulesModel(QObject* parent = nullptr);
    void setRules(QVector<MappingRule> rules, const QVector<Stage>& stages);
    const MappingRule& ruleAt(int row) const { return m_rules.at(row); }
    int rowOf(RowId ruleId) const;
    QString stageName(const MappingRule& rule) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<MappingRule> m_rules;
    QHash<RowId, QString> m_stageNames;
};

// "any field" for "any", the field's own name otherwise.
QString ruleFieldWord(const QString& field);

} // namespace cr::ui
