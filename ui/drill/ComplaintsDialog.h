#pragma once
// Every complaint of a stage in the period, searchable and filterable by
// channel and category.

#include "drill/DrillDialog.h"
#include "report/WallSnapshot.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cr::ui {

class ComplaintTableModel;

class ComplaintsDialog : public DrillDialog
{
    Q_OBJECT
public:
    static ComplaintsDialog* showFor(const RoomStore& store, const StageWall& stage, const Period& period,
                                     const Theme& theme, QWidget* parent);

    QLineEdit* searchBox() const { return m_search; }
    QTableView* table() const { return m_table; }
    int visibleRows() const;

private:
    ComplaintsDialog(const Theme& theme, const QString& title, QWidget* parent);
    void applyFilters();

    ComplaintTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_channel;
    QComboBox* m_category;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace cr::ui
