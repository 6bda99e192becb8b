#pragma once
// A ranking of "where customers hurt most" as a table: rank, stage, the
// moment or category, the hurt score with its terms, and the open fixes.

#include "priorities/HurtRanking.h"

#include <QAbstractTableModel>

namespace cr::ui {

class HurtModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Stage, Name, Hurt, Complaints, Detractors, Kpis, Fixes, ColumnCount };
    enum Role { HurtRole = Qt::UserRole + 1 };

    explicit HurtModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setRows(const QVector<HurtRow>& rows, HurtRow::Kind kind);
    const HurtRow* row(int index) const;
    HurtRow::Kind kind() const { return m_kind; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<HurtRow> m_rows;
    HurtRow::Kind m_kind = HurtRow::Kind::Stage;
};

} // namespace cr::ui
