#include "drill/ComplaintTableModel.h"

#include "common/Format.h"

#include <QLocale>

namespace cr::ui {

ComplaintTableModel::ComplaintTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComplaintTableModel::setComplaints(QVector<Complaint> complaints)
{
    beginResetModel();
    m_complaints = std::move(complaints);
    endResetModel();
}

int ComplaintTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_complaints.size());
}

int ComplaintTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Complaint& c = m_complaints.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Received:
            return QLocale().toString(c.receivedAt, QStringLiteral("yyyy-MM-dd HH:mm"));
        case Channel:
            return c.channel;
        case Category:
            return c.category;
        case Status:
            return complaintStatusWord(c.status);
        case Text:
            return c.text;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Text) {
        return c.text;
    } else if (role == Qt::UserRole && index.column() == Received) {
        return c.receivedAt; // sorts by time, not by the text
    }
    return {};
}

QVariant ComplaintTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Channel:
        return tr("Channel");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Text:
        return tr("What the customer said");
    }
    return {};
}

} // namespace cr::ui
