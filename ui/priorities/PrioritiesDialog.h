#pragma once
// "Where customers hurt most" for the wall's period: stages, moments of
// truth or complaint categories ranked by the evidence, the formula above
// the table, and a fix made from the selected row in one action.

#include "common/Theme.h"
#include "priorities/HurtRanking.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabBar;
class QTableView;

namespace cr::ui {

class HurtModel;

class PrioritiesDialog : public QDialog
{
    Q_OBJECT
public:
    PrioritiesDialog(const WallSnapshot& wall, QWidget* parent = nullptr);
    void setWall(const WallSnapshot& wall); // the wall was read again (another period)
    void showKind(HurtRow::Kind kind);

    HurtModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* newFixButton() const { return m_newFix; }
    QLabel* formulaLabel() const { return m_formula; }
    Fix fixForSelectedRow() const; // what "New fix" starts from

signals:
    void newFixRequested(const cr::Fix& fix);

private:
    void fill();

    Theme m_theme;
    WallSnapshot m_wall;
    HurtRow::Kind m_kind = HurtRow::Kind::Stage;
    QTabBar* m_kinds;
    QLabel* m_period;
    QLabel* m_formula;
    HurtModel* m_model;
    QTableView* m_table;
    QPushButton* m_newFix;
};

} // namespace cr::ui
