#pragma once
// A department at a glance, for the CX lead and the department's
// ambassador between meetings: who leads it, the stages it owns and shapes,
// its KPIs over the month the wall opens on, its open fixes (overdue ones
// in red) and its open follow-ups. Read on a worker; a follow-up opens in
// the inbox.

#include "common/Theme.h"
#include "followups/DepartmentWork.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace cr::ui {

class DepartmentFixModel;
class DepartmentKpiModel;
class FollowUpTableModel;

class DepartmentPage : public QWidget
{
    Q_OBJECT
public:
    DepartmentPage(const QString& roomPath, const Theme& theme, QWidget* parent = nullptr);

    // nullopt: no single department is chosen (All, No department).
    void setDepartment(std::optional<RowId> departmentId);
    std::optional<RowId> department() const { return m_departmentId; }
    void reload();
    bool isLoading() const { return m_shown < m_generation; }
    const DepartmentPageData& data() const { return m_data; }

    QLabel* nameLabel() const { return m_name; }
    QLabel* peopleLabel() const { return m_people; }
    QLabel* stagesLabel() const { return m_stages; }
    DepartmentKpiModel* kpiModel() const { return m_kpiModel; }
    DepartmentFixModel* fixModel() const { return m_fixModel; }
    FollowUpTableModel* followUpModel() const { return m_followUpModel; }
    QTableView* followUpTable() const { return m_followUpTable; }

    // KPIs beside the fixes on a wide window; on a laptop each takes the
    // whole width, tables as tall as their rows, and the page scrolls.
    bool isNarrow() const { return m_narrow; }

signals:
    void openFollowUp(cr::RowId followUpId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void apply(quint64 generation, const DepartmentPageData& data);
    void fitLayout();
    QWidget* section(QLabel* title, QTableView* table, QLabel* empty, QStackedWidget* stack);

    QString m_roomPath;
    Theme m_theme;
    std::optional<RowId> m_departmentId;
    DepartmentPageData m_data;
    QStackedWidget* m_pages; // 0: the page, 1: choose a department
    QScrollArea* m_scroll;
    QBoxLayout* m_top; // KPIs and fixes
    bool m_narrow = false;
    QLabel* m_name;
    QLabel* m_people;
    QLabel* m_stages;
    QLabel* m_kpiTitle;
    QLabel* m_fixTitle;
    QLabel* m_followUpTitle;
    QLabel* m_kpiEmpty;
    QLabel* m_fixEmpty;
    QLabel* m_followUpEmpty;
    QStackedWidget* m_kpiStack;
    QStackedWidget* m_fixStack;
    QStackedWidget* m_followUpStack;
    DepartmentKpiModel* m_kpiModel;
    DepartmentFixModel* m_fixModel;
    FollowUpTableModel* m_followUpModel;
    QTableView* m_kpiTable;
    QTableView* m_fixTable;
    QTableView* m_followUpTable;
    quint64 m_generation = 0;
    quint64 m_shown = 0;
};

} // namespace cr::ui
