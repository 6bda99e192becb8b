#pragma once
// The room's mapping rules: which field of a record, which keyword or
// regular expression, which stage (and category). They run top to bottom
// on every import and, on request, over the Unassigned tray. Every read and
// write runs on a worker with its own connection; the dialog keeps the path.
// Deleted on close; show it with show() or open().

#include "common/Theme.h"
#include "tray/TrayWork.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace cr::ui {

class RulesModel;

class RulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RulesDialog(const QString& roomPath, QWidget* parent = nullptr);

    // What the "Add a rule" form starts with (the tray passes its tab, search and stage).
    void setDraftKind(ImportKind kind);
    void setDraftPattern(const QString& keyword);
    void setDraftStage(RowId stageId);
    void reload();

    RulesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* fieldBox() const { return m_field; }
    QRadioButton* regexButton() const { return m_regex; }
    QLineEdit* patternBox() const { return m_pattern; }
    QComboBox* stageBox() const { return m_stage; }
    QLineEdit* categoryBox() const { return m_category; }
    QLabel* validationLabel() const { return m_validation; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* moveUpButton() const { return m_moveUp; }
    QPushButton* moveDownButton() const { return m_moveDown; }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* messageLabel() const { return m_message; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    int lastApplied() const { return m_lastApplied; } // records the last apply placed; -1 before

    void addFromForm();
    void removeSelected();
    // Up (negative) or down: the first rule that matches wins.
    void moveSelected(int places);
    void applyNow();

signals:
    // Rules were added or removed, or records found a stage: the wall should reload.
    void changed();

private:
    void applySnapshot(const RulesSnapshot& snapshot, RowId selectRule);
    void load(RowId selectRule = 0);
    void fillFields();
    MappingRule draft() const;
    void validateDraft();
    void updateButtons();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error = false);

    QString m_roomPath;
    Theme m_theme;
    RulesModel* m_model;
    QStackedWidget* m_pages;
    QTableView* m_table;
    QLabel* m_emptyHint;
    QPushButton* m_remove;
    QPushButton* m_moveUp;
    QPushButton* m_moveDown;
    QPushButton* m_apply;
    QComboBox* m_kind;
    QComboBox* m_field;
    QRadioButton* m_keyword;
    QRadioButton* m_regex;
    QLineEdit* m_pattern;
    QComboBox* m_stage;
    QLabel* m_categoryLabel;
    QLineEdit* m_category;
    QLabel* m_validation;
    QPushButton* m_add;
    QLabel* m_message;
    QPushButton* m_close;

    TrayCounts m_counts;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_draftValid = false;
    int m_lastApplied = -1;
    std::optional<RowId> m_draftStage; // chosen once the stages are read
    quint64 m_generation = 0;
};

} // namespace cr::ui
