#include "fixes/FixCardModel.h"

#include <QMimeData>

namespace cr::ui {

FixCardModel::FixCardModel(FixStatus status, QObject* parent) : QAbstractListModel(parent), m_status(status) {}

void FixCardModel::setCards(const QVector<FixCard>& cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

const FixCard* FixCardModel::card(int row) const
{
    return row >= 0 && row < m_cards.size() ? &m_cards[row] : nullptr;
}

int FixCardModel::rowOf(RowId fixId) const
{
    for (int i = 0; i < m_cards.size(); ++i)
        if (m_cards[i].fix.id == fixId)
            return i;
    return -1;
}

int FixCardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant FixCardModel::data(const QModelIndex& index, int role) const
{
    const FixCard* c = index.isValid() ? card(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return c->fix.title;
    case Qt::ToolTipRole:
        return c->fix.description.isEmpty() ? c->fix.title : c->fix.title + QStringLiteral("\n\n") + c->fix.description;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2, %3").arg(c->fix.title, c->stageName, c->ownerName);
    case FixIdRole:
        return c->fix.id;
    case OverdueRole:
        return c->overdue;
    default:
        return {};
    }
}

Qt::ItemFlags FixCardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops between and after cards
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions FixCardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions FixCardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList FixCardModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData* FixCardModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !card(indexes.first().row()))
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kMimeType), QByteArray::number(card(indexes.first().row())->fix.id));
    return mime;
}

bool FixCardModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex&) const
{
    return data && data->hasFormat(QLatin1String(kMimeType)) && action == Qt::MoveAction;
}

bool FixCardModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const RowId id = data->data(QLatin1String(kMimeType)).toLongLong(&ok);
    if (!ok)
        return false;
    int position = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_cards.size());
    // Within the column the card leaves its own place first.
    const int from = rowOf(id);
    if (from >= 0 && from < position)
        --position;
    emit moveRequested(id, m_status, position);
    // The view must not remove the dragged row itself: the board reloads
    // the columns from the room once the move is stored.
    return false;
}

} // namespace cr::ui
