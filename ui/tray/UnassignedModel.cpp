#include "tray/UnassignedModel.h"

#include "common/Format.h"
#include "tray/TrayCommon.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace cr::ui {

namespace {

constexpr int kAllRows = 10'000'000;
constexpr int kShownChars = 400; // the cell elides long before; the tooltip has it all
constexpr int kTooltipChars = 3000;

QString oneLine(const QString& text)
{
    return text.left(kShownChars).simplified();
}

QString tooltipText(const QString& text)
{
    QString shown = text.left(kTooltipChars);
    if (text.size() > kTooltipChars)
        shown += QStringLiteral("…");
    // Rich text lets the tooltip wrap instead of running off the screen.
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(shown.toHtmlEscaped());
}

QString categoryText(const TrayRecord& item)
{
    switch (item.kind) {
    case ImportKind::Surveys: {
        // "nps 9" in the room file reads as "NPS 9".
        const int space = int(item.category.indexOf(QLatin1Char(' ')));
        if (space > 0)
            return item.category.left(space).toUpper() + item.category.mid(space);
        return item.category.toUpper();
    }
    case ImportKind::Artifacts:
        if (auto kind = artifactKindFromString(item.category))
            return artifactKindWord(*kind);
        return item.category;
    default:
        return item.category;
    }
}

QString sourceText(const TrayRecord& item, bool full)
{
    if (item.sourceFile.isEmpty())
        return {};
    const QString file = full ? item.sourceFile : QFileInfo(item.sourceFile).fileName();
    return item.sourceLine > 0 ? QStringLiteral("%1:%2").arg(file).arg(item.sourceLine) : file;
}

} // namespace

UnassignedModel::UnassignedModel(QObject* parent) : QAbstractTableModel(parent) {}

quint64 UnassignedModel::keyOf(ImportKind kind, RowId id)
{
    return (quint64(kind) << 56) | (quint64(id) & ((quint64(1) << 56) - 1));
}

void UnassignedModel::setRoomPath(const QString& roomPath)
{
    m_roomPath = roomPath;
}

void UnassignedModel::setQuery(const UnassignedQuery& query)
{
    ++m_generation; // pages still on their way belong to the old list
    beginResetModel();
    m_query = query;
    m_items.clear();
    m_keys.clear();
    m_nextOffset = 0;
    m_exhausted = false;
    endResetModel();
    setLoading(false);
    requestPage(kPageSize);
}

void UnassignedModel::fetchAll()
{
    if (m_exhausted || m_roomPath.isEmpty())
        return;
    if (m_loading)
        ++m_generation; // the page on its way is part of what fetchAll reads again
    setLoading(false);
    requestPage(kAllRows);
}

void UnassignedModel::requestPage(int wanted)
{
    if (m_roomPath.isEmpty() || m_exhausted || m_loading)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    const QString path = m_roomPath;
    const UnassignedQuery query = m_query;
    const int offset = m_nextOffset;
    runInWorker(
        this, [path, query, offset, wanted] { return loadUnassignedPage(path, query, offset, wanted); },
        [this, generation](const UnassignedPage& page) {
            if (generation != m_generation)
                return; // a newer query (or fetchAll) owns the list now
            setLoading(false);
            if (!page.error.isEmpty()) {
                m_exhausted = true; // no endless retries from the view; reload() starts over
                emit loadFailed(page.error);
                emit pageLoaded();
                return;
            }
            m_nextOffset = page.nextOffset;
            m_exhausted = page.exhausted;
            QVector<TrayRecord> fresh;
            fresh.reserve(page.items.size());
            for (const TrayRecord& item : page.items) {
                const quint64 key = keyOf(item.kind, item.id);
                if (m_keys.contains(key))
                    continue;
                m_keys.insert(key);
                fresh.append(item);
            }
            if (!fresh.isEmpty()) {
                const int first = int(m_items.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                m_items += fresh;
                endInsertRows();
            }
            emit pageLoaded();
        });
}

void UnassignedModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int UnassignedModel::removeItems(const QVector<QPair<ImportKind, RowId>>& keys)
{
    QSet<quint64> gone;
    for (const auto& k : keys)
        gone.insert(keyOf(k.first, k.second));
    int removed = 0;
    // From the bottom up, one contiguous run at a time, so rows above keep their numbers.
    for (int row = int(m_items.size()) - 1; row >= 0;) {
        if (!gone.contains(keyOf(m_items.at(row).kind, m_items.at(row).id))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone.contains(keyOf(m_items.at(first - 1).kind, m_items.at(first - 1).id)))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r)
            m_keys.remove(keyOf(m_items.at(r).kind, m_items.at(r).id));
        m_items.remove(first, row - first + 1);
        endRemoveRows();
        removed += row - first + 1;
        row = first - 1;
    }
    // Every removed record lay before the next page's offset, and left the tray.
    m_nextOffset = qMax(0, m_nextOffset - removed);
    return removed;
}

int UnassignedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int UnassignedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnassignedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrayRecord& item = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind:
            return kindWord(item.kind);
        case When:
            if (!item.when.isValid())
                return noDataDash();
            return item.when.time() == QTime(0, 0)
                       ? QLocale().toString(item.when.date(), QStringLiteral("yyyy-MM-dd"))
                       : QLocale().toString(item.when, QStringLiteral("yyyy-MM-dd HH:mm"));
        case Text:
            return item.title.isEmpty() ? tr("(no text)") : oneLine(item.title);
        case Category:
            return categoryText(item);
        case Channel:
            return item.channel;
        case Source:
            return sourceText(item, false);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Text:
            return item.title.isEmpty() ? QVariant() : tooltipText(item.title);
        case When:
            return item.when.isValid() ? QLocale().toString(item.when, QLocale::LongFormat) : QVariant();
        case Source:
            return sourceText(item, true);
        default:
            break;
        }
    } else if (role == Qt::ForegroundRole && index.column() == Text && item.title.isEmpty()) {
        return QColor(0x55, 0x5E, 0x6B); // the theme's muted text
    }
    return {};
}

QVariant UnassignedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case When:
        return tr("Date");
    case Text:
        return tr("Text or title");
    case Category:
        return tr("Category");
    case Channel:
        return tr("Channel");
    case Source:
        return tr("Source (file:line)");
    }
    return {};
}

bool UnassignedModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_roomPath.isEmpty() && !m_exhausted && !m_loading;
}

void UnassignedModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage(kPageSize);
}

} // namespace cr::ui
