#include "feeds/RunLogModel.h"

#include "feeds/FeedListModel.h"

#include <QFileInfo>
#include <QLocale>

namespace cr::ui {

RunLogModel::RunLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunLogModel::setRuns(const QVector<ImportRun>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const ImportRun* RunLogModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int RunLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size() || index.column() >= ColumnCount)
        return {};
    const ImportRun& r = m_runs[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Imported ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return r.file;
        if (index.column() == Status)
            return r.message.isEmpty() ? runStatusWord(r.status) : r.message;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started:
        return QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
    case File: {
        const QString name = QFileInfo(r.file).fileName();
        return name.isEmpty() ? r.file : name;
    }
    case Status:
        return runStatusWord(r.status);
    case Imported:
        return r.imported;
    case Updated:
        return r.updated;
    case Unchanged:
        return r.unchanged;
    case Rejected:
        return r.rejected;
    case Skipped:
        return r.skipped;
    default:
        return {};
    }
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("When");
    case File:
        return tr("File");
    case Status:
        return tr("Result");
    case Imported:
        return tr("New");
    case Updated:
        return tr("Changed");
    case Unchanged:
        return tr("Unchanged");
    case Rejected:
        return tr("Rejected");
    case Skipped:
        return tr("Skipped");
    default:
        return {};
    }
}

} // namespace cr::ui
