#pragma once
// One inbox of follow-ups: the table (open ones or all, of a stage or every
// stage), the selected follow-up with its evidence, and what a department
// does with it: acknowledge, resolve with a note, escalate; Ctrl+Z undoes
// the last of these. Every read and write runs on a worker that opens the
// room itself; answers to older requests are dropped.

#include "common/Theme.h"
#include "followups/FollowUpWork.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace cr::ui {

class EscalateDialog;
class FollowUpTableModel;
class ResolveDialog;

class InboxPage : public QWidget
{
    Q_OBJECT
public:
    InboxPage(const QString& roomPath, const Theme& theme, QWidget* parent = nullptr);

    void setInbox(const InboxKey& inbox);
    InboxKey inbox() const { return m_query.inbox; }
    void setOpenOnly(bool openOnly);
    void setStageFilter(std::optional<RowId> stageId);
    // Reads the inboxes and this inbox's list again (inboxesLoaded follows).
    void reload();
    // Selects the follow-up once the list holds it (now or after the next read).
    void selectFollowUp(RowId id);
    std::optional<FollowUp> currentFollowUp() const;

    void acknowledgeSelected();
    ResolveDialog* resolveSelected();   // asks for the note; nullptr without a selection
    EscalateDialog* escalateSelected(); // asks to whom and why
    // Runs an action on a worker; a change can be undone until the window closes.
    void act(const ActionRequest& request);
    void undo();

    FollowUpTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QTextBrowser* detail() const { return m_detail; }
    QComboBox* stageBox() const { return m_stage; }
    QToolButton* openButton() const { return m_open; }
    QToolButton* allButton() const { return m_all; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* escalateButton() const { return m_escalate; }
    QPushButton* undoButton() const { return m_undoButton; }
    QPushButton* newFixButton() const { return m_newFix; }
    // What "New fix from this…" starts from: the follow-up's stage, department and evidence.
    std::optional<Fix> fixFromCurrent() const;
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    bool isLoading() const { return m_listShown < m_listGeneration || m_detailShown < m_detailGeneration; }
    bool isBusy() const { return m_busy; }
    int undoDepth() const { return int(m_undo.size()); }
    const InboxSnapshot& snapshot() const { return m_snapshot; }

signals:
    void inboxesLoaded(const QVector<cr::ui::Inbox>& inboxes, int escalateAfterDays);
    // A follow-up changed in the room: the wall and the department page read again.
    void changed();
    void newFixRequested(const cr::Fix& fix);

private:
    struct UndoEntry
    {
        FollowUp before;
        QString what; // "acknowledge", for the button and the message
    };
    void applySnapshot(quint64 generation, const InboxSnapshot& snapshot);
    void fillStages();
    void showEmptyState();
    void onSelectionChanged();
    void loadDetail(RowId id);
    void updateActions();
    void updateSummary();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error = false);
    int currentSourceRow() const;
    void selectSourceRow(int row);

    QString m_roomPath;
    Theme m_theme;
    InboxQuery m_query;
    InboxSnapshot m_snapshot;
    FollowUpTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QToolButton* m_open;
    QToolButton* m_all;
    QButtonGroup* m_filter;
    QComboBox* m_stage;
    QLabel* m_summary;
    QStackedWidget* m_pages; // 0: the table, 1: the empty state
    QTableView* m_table;
    QLabel* m_empty;
    QTextBrowser* m_detail;
    QPushButton* m_acknowledge;
    QPushButton* m_resolve;
    QPushButton* m_escalate;
    QPushButton* m_undoButton;
    QPushButton* m_newFix;
    QLabel* m_message;

    quint64 m_listGeneration = 0;
    quint64 m_listShown = 0;
    quint64 m_detailGeneration = 0;
    quint64 m_detailShown = 0;
    std::optional<RowId> m_pendingSelect;
    std::optional<FollowUpEvidence> m_current; // the selected follow-up as last read
    QVector<UndoEntry> m_undo;
    bool m_busy = false;
    bool m_loadedOnce = false;
};

} // namespace cr::ui
