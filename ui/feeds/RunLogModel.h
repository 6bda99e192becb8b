#pragma once
// The import log: one row per file taken in (by a feed or by hand), newest
// first, with what it brought.

#include "store/ImportLog.h"

#include <QAbstractTableModel>

namespace cr::ui {

class RunLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, File, Status, Imported, Updated, Unchanged, Rejected, Skipped, ColumnCount };

    explicit RunLogModel(QObject* parent = nullptr);
    void setRuns(const QVector<ImportRun>& runs);
    const ImportRun* runAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ImportRun> m_runs;
};

} // namespace cr::ui
