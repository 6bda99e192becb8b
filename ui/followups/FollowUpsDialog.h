#pragma once
// Follow-ups and departments, the between-meetings window of the closed
// loop: the departments down the left as inboxes with their open,
// escalated and overdue counts; on the right the chosen inbox (work the
// follow-ups) or the department's page (its stages, KPIs, fixes and
// follow-ups); below, after how many days an unresolved follow-up escalates.
// Holds the room's path only: every read and write runs on a worker.

#include "common/Theme.h"
#include "followups/FollowUpWork.h"

#include <QDialog>

class QLabel;
class QListView;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace cr::ui {

class DepartmentPage;
class InboxListModel;
class InboxPage;

class FollowUpsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FollowUpsDialog(const QString& roomPath, QWidget* parent = nullptr);

    enum Tab { InboxTab, DepartmentTab };
    void showInbox(const InboxKey& inbox);
    // Open follow-ups of one stage, in every department's inbox (a click on the wall).
    void showStage(RowId stageId);
    void showTab(Tab tab);
    void reload();

    InboxPage* inboxPage() const { return m_inbox; }
    DepartmentPage* departmentPage() const { return m_department; }
    InboxListModel* inboxModel() const { return m_inboxes; }
    QListView* inboxList() const { return m_list; }
    QTabWidget* tabs() const { return m_tabs; }
    QSpinBox* escalateAfterBox() const { return m_escalateAfter; }
    QLabel* settingNote() const { return m_settingNote; }
    InboxKey currentInbox() const;

signals:
    // Follow-ups changed in the room: the wall should read it again.
    void changed();
    void newFixRequested(const cr::Fix& fix); // from the inbox's selected follow-up

private:
    void applyInboxes(const QVector<Inbox>& inboxes, int escalateAfterDays);
    void onInboxChosen();
    void syncDepartmentPage();
    void saveEscalateAfter();

    QString m_roomPath;
    Theme m_theme;
    InboxListModel* m_inboxes;
    QListView* m_list;
    QTabWidget* m_tabs;
    InboxPage* m_inbox;
    DepartmentPage* m_department;
    QSpinBox* m_escalateAfter;
    QTimer* m_escalateDelay;
    QLabel* m_settingNote;
    InboxKey m_wanted; // the inbox to select once the list holds it
    bool m_departmentStale = true;
    quint64 m_settingGeneration = 0;
};

} // namespace cr::ui
