#pragma once
// Departments in the set-up window: name, leader and CX ambassador, edited
// in place; add and remove (a department that still owns fixes is refused
// with the reason). Every change is an undo step on the room's stack.

#include "common/Theme.h"
#include "setup/SetupWork.h"

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;

namespace cr::ui {

class DepartmentsPage : public QWidget
{
    Q_OBJECT
public:
    DepartmentsPage(const SetupContext& context, const Theme& theme, QWidget* parent = nullptr);
    void setData(const SetupData& data);
    QTableWidget* table() const { return m_table; }
    void addDepartment();
    void removeDepartment();

signals:
    void problem(const QString& message);

private:
    void onEdited(QTableWidgetItem* item);

    SetupContext m_context;
    SetupData m_data;
    QTableWidget* m_table;
    bool m_filling = false;
};

} // namespace cr::ui
