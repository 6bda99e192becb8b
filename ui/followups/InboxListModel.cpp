#include "followups/InboxListModel.h"

#include "tray/TrayCommon.h"

namespace cr::ui {

InboxListModel::InboxListModel(QObject* parent) : QAbstractListModel(parent) {}

void InboxListModel::setInboxes(const QVector<Inbox>& inboxes, int escalateAfterDays)
{
    m_escalateAfterDays = escalateAfterDays;
    bool same = inboxes.size() == m_inboxes.size();
    for (int i = 0; same && i < inboxes.size(); ++i)
        same = inboxes[i].key == m_inboxes[i].key;
    if (!same) {
        beginResetModel();
        m_inboxes = inboxes;
        endResetModel();
        return;
    }
    m_inboxes = inboxes;
    if (!m_inboxes.isEmpty())
        emit dataChanged(index(0), index(int(m_inboxes.size()) - 1));
}

int InboxListModel::rowOf(const InboxKey& key) const
{
    for (int i = 0; i < m_inboxes.size(); ++i)
        if (m_inboxes[i].key == key)
            return i;
    return -1;
}

int InboxListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_inboxes.size());
}

QVariant InboxListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Inbox& inbox = m_inboxes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return inbox.name;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1: %2 open").arg(inbox.name, numberText(inbox.counts.open))};
        if (inbox.counts.escalated > 0)
            lines << tr("%1 escalated").arg(numberText(inbox.counts.escalated));
        if (inbox.counts.overdue > 0)
            lines << tr("%1 waiting longer than %2 days")
                         .arg(numberText(inbox.counts.overdue))
                         .arg(m_escalateAfterDays);
        if (!inbox.leader.isEmpty())
            lines << tr("Leader: %1").arg(inbox.leader);
        return lines.join(QLatin1Char('\n'));
    }
    case OpenRole:
        return inbox.counts.open;
    case EscalatedRole:
        return inbox.counts.escalated;
    case OverdueRole:
        return inbox.counts.overdue;
    case LeaderRole:
        return inbox.leader;
    case IsDepartmentRole:
        return inbox.key.kind == InboxKey::Kind::Department;
    default:
        return {};
    }
}

} // namespace cr::ui
