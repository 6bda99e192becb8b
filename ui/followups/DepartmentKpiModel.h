#pragma once
// A department's KPIs over the month the wall opens on: value, target and
// status (a glyph and a word beside the colour), off-target ones first.

#include "common/Theme.h"
#include "followups/DepartmentWork.h"

#include <QAbstractTableModel>

namespace cr::ui {

class DepartmentKpiModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Stage, Value, Target, Status, ColumnCount };

    explicit DepartmentKpiModel(const Theme& theme, QObject* parent = nullptr);

    void setKpis(const QVector<DepartmentKpi>& kpis);
    const DepartmentKpi& kpiAt(int row) const { return m_kpis.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Theme m_theme;
    QVector<DepartmentKpi> m_kpis;
};

} // namespace cr::ui
