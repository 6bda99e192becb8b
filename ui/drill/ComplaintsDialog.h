#pragma once
// Every complaint of a stage in the period, searchable and filterable by
// channel and category, read off the GUI thread; the selected complaint is
// shown whole below the table (long texts do not fit a row).

#include "drill/DrillDialog.h"
#include "report/WallSnapshot.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace cr::ui {

class ComplaintTableModel;

class ComplaintsDialog : public DrillDialog
{
    Q_OBJECT
public:
    // category: opens filtered on it (empty: every category).
    static ComplaintsDialog* showFor(const QString& roomPath, const StageWall& stage, const Period& period,
                                     const QString& category, const Theme& theme, QWidget* parent);
    // The same window, another stage, period or category (no second window).
    void load(const QString& roomPath, const StageWall& stage, const Period& period, const QString& category);

    QLineEdit* searchBox() const { return m_search; }
    QTableView* table() const { return m_table; }
    int visibleRows() const;
    bool isLoaded() const { return m_loaded; }
    QString categoryFilter() const;
    QString shownText() const; // the selected complaint, whole
    QPushButton* newFixButton() const { return m_newFix; }

signals:
    void loaded();
    // "New fix from this complaint": a fix on its stage with it as evidence.
    void newFixRequested(const cr::Fix& fix);

private:
    ComplaintsDialog(const Theme& theme, const QString& title, QWidget* parent);
    void applyFilters();
    void showSelected();
    void fill(const QVector<Complaint>& complaints, const QString& category);

    ComplaintTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_channel;
    QComboBox* m_category;
    QTableView* m_table;
    QLabel* m_count;
    QTextBrowser* m_detail;
    QPushButton* m_newFix;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace cr::ui
