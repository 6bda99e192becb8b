#pragma once
// A department's open fixes, owned or contributed to: the fix, its stage,
// the department's part in it, its status and due date; overdue ones in red
// with "overdue" said in words.

#include "common/Theme.h"

#include "Domain.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cr::ui {

class DepartmentFixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Stage, Part, Status, Due, ColumnCount };
    enum Role { OverdueRole = Qt::UserRole + 1 };

    explicit DepartmentFixModel(const Theme& theme, QObject* parent = nullptr);

    void setFixes(const QVector<Fix>& fixes, RowId departmentId, const QVector<Department>& departments,
                  const QVector<cr::Stage>& stages, const QDate& today);
    const Fix& fixAt(int row) const { return m_fixes.at(row); }
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Theme m_theme;
    QVector<Fix> m_fixes;
    RowId m_departmentId = 0;
    QHash<RowId, QString> m_departments;
    QHash<RowId, QString> m_stages;
    QDate m_today;
};

} // namespace cr::ui
