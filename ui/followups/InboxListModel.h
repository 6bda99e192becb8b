#pragma once
// The inboxes down the left of the follow-ups window: every department with
// its open follow-ups, how many of them were escalated and how many are
// overdue; "All departments" first and "No department" last when any has none.

#include "followups/FollowUpWork.h"

#include <QAbstractListModel>

namespace cr::ui {

class InboxListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        OpenRole = Qt::UserRole + 1,
        EscalatedRole,
        OverdueRole,
        LeaderRole,
        IsDepartmentRole,
    };

    explicit InboxListModel(QObject* parent = nullptr);

    // New counts keep the rows (and a view's selection) when the inboxes are the same ones.
    void setInboxes(const QVector<Inbox>& inboxes, int escalateAfterDays);
    const Inbox& inboxAt(int row) const { return m_inboxes.at(row); }
    int rowOf(const InboxKey& key) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QVector<Inbox> m_inboxes;
    int m_escalateAfterDays = 7;
};

} // namespace cr::ui
