#pragma once
// Creates or edits a fix: title, description, stage and moments, owner and
// contributing departments, due date, the metric it must move and its goal,
// and the evidence behind it, found with the room's search. Saving pushes an
// undo step on the room's stack; the fix is written on a worker.

#include "common/Theme.h"
#include "fixes/FixBoardWork.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace cr::ui {

class RoomWriteQueue;

class FixEditor : public QDialog
{
    Q_OBJECT
public:
    // `fix` with id 0 is a new fix (fields may be filled from the evidence it starts from).
    FixEditor(const QString& roomPath, const Fix& fix, QUndoStack* undo, RoomWriteQueue* writes,
              QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* stageBox() const { return m_stage; }
    QComboBox* ownerBox() const { return m_owner; }
    QComboBox* metricBox() const { return m_metric; }
    QListWidget* evidenceList() const { return m_evidence; }
    QLineEdit* evidenceSearch() const { return m_find; }
    QListWidget* evidenceHits() const { return m_hits; }
    QPushButton* saveButton() const { return m_save; }
    bool isReady() const { return m_ready; }
    RowId fixId() const { return m_original.id; } // 0: a new fix

    Fix editedFix() const; // what the fields say now
    void save();           // checks, pushes the undo step, closes

signals:
    void saved();

private:
    void applyChoices(const BoardData& data);
    void fillMoments();
    void fillMetrics();
    void findEvidence(const QString& text);
    void linkCheckedHits();
    void addEvidenceItem(const Fix::EvidenceLink& link, const QString& label);

    QString m_roomPath;
    Theme m_theme;
    Fix m_original;
    QUndoStack* m_undo;
    RoomWriteQueue* m_writes;
    BoardData m_choices;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_stage = nullptr;
    QListWidget* m_moments = nullptr;
    QComboBox* m_owner = nullptr;
    QListWidget* m_contributors = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_metric = nullptr;
    QLineEdit* m_goal = nullptr;
    QLabel* m_baseline = nullptr;
    QListWidget* m_evidence = nullptr;
    QLineEdit* m_find = nullptr;
    QListWidget* m_hits = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    quint64 m_findRequest = 0;
    bool m_ready = false;
    bool m_ownerChosen = false; // until a person picks the owner, it follows the stage's
};

QString evidenceKindWord(EvidenceKind kind);

} // namespace cr::ui
