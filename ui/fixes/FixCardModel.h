#pragma once
// One column of the fixes board (proposed, in progress, done or verified):
// its cards in board order. Cards drag within and between columns; a drop
// asks the board to move the fix (the model changes when the room has).

#include "fixes/FixBoardWork.h"

#include <QAbstractListModel>

namespace cr::ui {

class FixCardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { FixIdRole = Qt::UserRole + 1, OverdueRole };
    static constexpr const char* kMimeType = "application/x-customer-room-fix";

    FixCardModel(FixStatus status, QObject* parent = nullptr);

    FixStatus status() const { return m_status; }
    void setCards(const QVector<FixCard>& cards); // this column's cards, in order
    const FixCard* card(int row) const;
    int rowOf(RowId fixId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    // A card was dropped here at `position` (0 = top of the column).
    void moveRequested(cr::RowId fixId, cr::FixStatus status, int position);

private:
    FixStatus m_status;
    QVector<FixCard> m_cards;
};

} // namespace cr::ui
