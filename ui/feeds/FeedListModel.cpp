#include "feeds/FeedListModel.h"

#include "feeds/ImportOptionsForm.h"

#include <QLocale>

namespace cr::ui {

QString runStatusWord(const QString& status)
{
    if (status == QLatin1String("ok"))
        return FeedListModel::tr("✓ ok");
    if (status == QLatin1String("partial"))
        return FeedListModel::tr("! some rows rejected");
    if (status == QLatin1String("refused"))
        return FeedListModel::tr("✕ refused");
    if (status == QLatin1String("running"))
        return FeedListModel::tr("… did not finish");
    return status;
}

QString runResult(const ImportRun& run)
{
    if (run.status == QLatin1String("refused"))
        return FeedListModel::tr("✕ refused: %1").arg(run.message);
    QString text = FeedListModel::tr("%1 new, %2 changed, %3 rejected")
                       .arg(run.imported)
                       .arg(run.updated)
                       .arg(run.rejected);
    return run.status == QLatin1String("ok") ? FeedListModel::tr("✓ %1").arg(text)
                                             : FeedListModel::tr("! %1").arg(text);
}

FeedListModel::FeedListModel(QObject* parent) : QAbstractTableModel(parent) {}

void FeedListModel::setRows(const QVector<FeedRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const FeedRow* FeedListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int FeedListModel::rowOf(const QString& feedName) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].feed.name == feedName)
            return i;
    return -1;
}

int FeedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const FeedRow& r = m_rows[index.row()];
    if (role == FeedIdRole)
        return QVariant::fromValue<qint64>(r.feed.id);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.feed.name;
    case Kind: {
        QString kind = kindTitle(r.feed.kind);
        if (role == Qt::ToolTipRole)
            return tr("%1, format %2%3")
                .arg(kind, r.feed.format,
                     r.stageName.isEmpty() ? tr(", stage by the file or the rules")
                                           : tr(", stage %1").arg(r.stageName));
        return kind;
    }
    case Location:
        return r.feed.location;
    case LastSync:
        if (!r.feed.lastSyncAt)
            return tr("never");
        return QLocale().toString(r.feed.lastSyncAt->toLocalTime(), QLocale::ShortFormat);
    case LastResult:
        if (!r.problem.isEmpty())
            return role == Qt::ToolTipRole ? r.problem
                                           : tr("✕ %1").arg(r.problem.section(QLatin1Char('\n'), 0, 0));
        if (r.lastRun)
            return role == Qt::ToolTipRole ? tr("%1\n%2").arg(r.lastRun->file, runResult(*r.lastRun))
                                           : runResult(*r.lastRun);
        return tr("nothing taken in yet");
    default:
        return {};
    }
}

QVariant FeedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Feed");
    case Kind:
        return tr("Kind");
    case Location:
        return tr("Folder, file or URL");
    case LastSync:
        return tr("Last sync");
    case LastResult:
        return tr("Last run");
    default:
        return {};
    }
}

} // namespace cr::ui
