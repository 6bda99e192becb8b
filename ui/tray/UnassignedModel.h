#pragma once
// The Unassigned tray as a table that loads itself in pages on a worker as
// the view scrolls (canFetchMore/fetchMore). Each load carries a
// generation; pages of an older query are dropped, never shown.

#include "tray/TrayWork.h"

#include <QAbstractTableModel>
#include <QSet>

namespace cr::ui {

class UnassignedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, When, Text, Category, Channel, Source, ColumnCount };
    static constexpr int kPageSize = 500;

    explicit UnassignedModel(QObject* parent = nullptr);

    void setRoomPath(const QString& roomPath);
    // Empties the list and loads the first page of `query`.
    void setQuery(const UnassignedQuery& query);
    void reload() { setQuery(m_query); }
    const UnassignedQuery& query() const { return m_query; }

    // Loads every record the query still has, in one worker call.
    void fetchAll();
    bool isLoading() const { return m_loading; }
    bool isExhausted() const { return m_exhausted; }
    quint64 generation() const { return m_generation; }

    const TrayRecord& itemAt(int row) const { return m_items.at(row); }
    // Takes out records that left the tray (assigned elsewhere); returns how many.
    int removeItems(const QVector<QPair<ImportKind, RowId>>& keys);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadingChanged(bool loading);
    // A page arrived (possibly empty); the list may have grown.
    void pageLoaded();
    void loadFailed(const QString& message);

private:
    void requestPage(int wanted);
    void setLoading(bool loading);
    static quint64 keyOf(ImportKind kind, RowId id);

    QString m_roomPath;
    UnassignedQuery m_query;
    QVector<TrayRecord> m_items;
    QSet<quint64> m_keys; // a record shows once even if the tray shifted between pages
    int m_nextOffset = 0;
    bool m_exhausted = true;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace cr::ui
