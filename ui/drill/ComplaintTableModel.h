#pragma once
// Complaints of one stage as a table: received, channel, category, status, text.

#include "Domain.h"

#include <QAbstractTableModel>

namespace cr::ui {

class ComplaintTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, Channel, Category, Status, Text, ColumnCount };

    explicit ComplaintTableModel(QObject* parent = nullptr);
    void setComplaints(QVector<Complaint> complaints);
    const Complaint& complaintAt(int row) const { return m_complaints.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Complaint> m_complaints;
};

} // namespace cr::ui
