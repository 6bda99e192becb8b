#pragma once
// Every fix of a stage: status, owner, contributors, due date, the metric it
// must move and, once verified, its before and after.

#include "drill/DrillDialog.h"
#include "report/WallSnapshot.h"

class QTableWidget;

namespace cr::ui {

class FixesDialog : public DrillDialog
{
    Q_OBJECT
public:
    static FixesDialog* showFor(const WallSnapshot& wall, const StageWall& stage, const Theme& theme,
                                QWidget* parent);
    QTableWidget* table() const { return m_table; }

private:
    FixesDialog(const Theme& theme, const QString& title, QWidget* parent);
    QTableWidget* m_table;
};

} // namespace cr::ui
