#pragma once
// The room's feeds for the feeds window: name, kind, where it reads from,
// when it last synced and what its last run brought (or why it failed).

#include "feeds/Feed.h"
#include "store/ImportLog.h"

#include <QAbstractTableModel>

namespace cr::ui {

struct FeedRow
{
    Feed feed;
    QString stageName;
    std::optional<ImportRun> lastRun;
    QString problem; // the last sync's error in this session (network, keychain)
};

class FeedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Location, LastSync, LastResult, ColumnCount };
    enum Role { FeedIdRole = Qt::UserRole + 1 };

    explicit FeedListModel(QObject* parent = nullptr);

    void setRows(const QVector<FeedRow>& rows);
    const FeedRow* rowAt(int row) const;
    int rowOf(const QString& feedName) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<FeedRow> m_rows;
};

// "✓ 12 imported, 0 rejected" and the like, for a run of the import log.
QString runResult(const ImportRun& run);
QString runStatusWord(const QString& status);

} // namespace cr::ui
