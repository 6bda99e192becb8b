#pragma once
// The Unassigned tray: records that no stage claimed on import wait here
// until a person sorts them in bulk (select, choose a stage, assign) or a
// rule does. All reads and writes run on workers with their own connection;
// the dialog holds the room's path, never the store, so it may outlive it.

#include "common/Theme.h"
#include "tray/TrayWork.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;

namespace cr::ui {

class UnassignedModel;

class UnassignedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnassignedDialog(const QString& roomPath, QWidget* parent = nullptr);

    // Reads counts, stages and the first page again (after an import, say).
    void reload();

    UnassignedModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTabBar* kindTabs() const { return m_tabs; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* stageBox() const { return m_stage; }
    QLineEdit* categoryBox() const { return m_category; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* runRulesButton() const { return m_runRules; }
    QPushButton* rulesButton() const { return m_rules; }
    QStackedWidget* pages() const { return m_pages; } // 0: the table, 1: the empty state
    QLabel* statusLabel() const { return m_status; }
    QLabel* messageLabel() const { return m_message; }
    const TrayCounts& counts() const { return m_counts; }
    bool isBusy() const { return m_busy; }

    // Assigns the selected rows to the stage chosen in the stage box.
    void assignSelected();
    void runRules();
    void openRules();

signals:
    // Records were placed on a stage (or rules changed): the wall should reload.
    void changed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void loadOverview();
    void applyOverview(const TrayOverview& overview);
    void applyQuery();
    void selectAll();
    void updateTabs();
    void updateStatus();
    void updateAssignBar();
    void showEmptyStateIfEmpty();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error = false);
    int countFor(std::optional<ImportKind> kind) const;
    std::optional<ImportKind> currentKind() const;

    QString m_roomPath;
    Theme m_theme;
    UnassignedModel* m_model;
    QTabBar* m_tabs;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QStackedWidget* m_pages;
    QTableView* m_table;
    QLabel* m_emptyTitle;
    QLabel* m_emptyHint;
    QLabel* m_status;
    QLabel* m_message;
    QPushButton* m_selectAll;
    QComboBox* m_stage;
    QLabel* m_categoryLabel;
    QLineEdit* m_category;
    QPushButton* m_assign;
    QPushButton* m_runRules;
    QPushButton* m_rules;
    QPushButton* m_close;

    TrayCounts m_counts;
    bool m_overviewLoaded = false;
    int m_ruleCount = 0;
    quint64 m_overviewGeneration = 0;
    bool m_busy = false;
    bool m_selectAllPending = false;
};

} // namespace cr::ui
