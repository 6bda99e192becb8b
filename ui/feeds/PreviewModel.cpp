#include "feeds/PreviewModel.h"

#include <QCoreApplication>

namespace cr::ui {

PreviewModel::PreviewModel(QObject* parent) : QAbstractTableModel(parent)
{
    setTheme(Theme::standard());
}

void PreviewModel::setTheme(const Theme& theme)
{
    // A pale wash of the status red keeps text contrast above 4.5:1.
    m_rejectText = theme.red.darker(140);
    m_rejectBackground = QColor(theme.red.red(), theme.red.green(), theme.red.blue(), 38);
    m_skipText = theme.mutedText;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::ForegroundRole, Qt::BackgroundRole});
}

void PreviewModel::setPreview(const ImportPreview& preview)
{
    beginResetModel();
    m_fields = preview.fields;
    m_rows = preview.rows;
    endResetModel();
}

void PreviewModel::clear()
{
    beginResetModel();
    m_fields.clear();
    m_rows.clear();
    endResetModel();
}

bool isSkippedRow(const PreviewRow& row)
{
    static const QString prefix = QCoreApplication::translate("Importers", "Skipped: %1").arg(QString());
    return row.rejected && row.reason.startsWith(prefix);
}

int PreviewModel::rejectedRows() const
{
    int n = 0;
    for (const PreviewRow& r : m_rows)
        n += r.rejected && !isSkippedRow(r) ? 1 : 0;
    return n;
}

int PreviewModel::skippedRows() const
{
    int n = 0;
    for (const PreviewRow& r : m_rows)
        n += isSkippedRow(r) ? 1 : 0;
    return n;
}

bool PreviewModel::isRejected(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].rejected && !isSkippedRow(m_rows[row]);
}

bool PreviewModel::isSkipped(int row) const
{
    return row >= 0 && row < m_rows.size() && isSkippedRow(m_rows[row]);
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    // Line, then our fields; a file that could not be read has no columns.
    return parent.isValid() || m_fields.isEmpty() ? 0 : int(m_fields.size()) + 1;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const PreviewRow& row = m_rows[index.row()];
    const int column = index.column();
    const bool skipped = isSkippedRow(row);
    const bool rejected = row.rejected && !skipped;
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return rejected  ? tr("✕ %1").arg(row.line)
                   : skipped ? tr("– %1").arg(row.line)
                             : QString::number(row.line);
        if (rejected)
            return column == 1 ? tr("Rejected: %1").arg(row.reason) : QString();
        if (skipped)
            return column == 1 ? row.reason : QString();
        return row.values.value(column - 1);
    case Qt::ToolTipRole:
        if (rejected)
            return tr("Line %1 would be rejected: %2").arg(row.line).arg(row.reason);
        if (skipped)
            return tr("Line %1 is left out on purpose: %2").arg(row.line).arg(row.reason);
        return column > 0 ? row.values.value(column - 1) : QVariant();
    case Qt::ForegroundRole:
        return rejected ? QVariant(m_rejectText) : skipped ? QVariant(m_skipText) : QVariant();
    case Qt::BackgroundRole:
        return rejected ? QVariant(m_rejectBackground) : QVariant();
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RejectedRole:
        return rejected;
    case SkippedRole:
        return skipped;
    case ReasonRole:
        return row.reason;
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Line") : fieldTitle(m_fields.value(section - 1));
}

QString fieldTitle(const QString& field)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Fields", "ID")},
        {QStringLiteral("received_at"), QT_TRANSLATE_NOOP("Fields", "Received")},
        {QStringLiteral("responded_at"), QT_TRANSLATE_NOOP("Fields", "Responded")},
        {QStringLiteral("started_at"), QT_TRANSLATE_NOOP("Fields", "Started")},
        {QStringLiteral("received_on"), QT_TRANSLATE_NOOP("Fields", "Received on")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Fields", "Channel")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Fields", "Category")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("Fields", "Product")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Fields", "Status")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("Fields", "Stage")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Fields", "Text")},
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("Fields", "Customer")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("Fields", "Metric")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("Fields", "Score")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("Fields", "Comment")},
        {QStringLiteral("respondent"), QT_TRANSLATE_NOOP("Fields", "Respondent")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("Fields", "Period")},
        {QStringLiteral("kpi"), QT_TRANSLATE_NOOP("Fields", "KPI")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("Fields", "Value")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("Fields", "Unit")},
        {QStringLiteral("duration"), QT_TRANSLATE_NOOP("Fields", "Duration")},
        {QStringLiteral("agent"), QT_TRANSLATE_NOOP("Fields", "Agent")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Fields", "Title")},
        {QStringLiteral("audio"), QT_TRANSLATE_NOOP("Fields", "Audio")},
        {QStringLiteral("transcript"), QT_TRANSLATE_NOOP("Fields", "Transcript")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("Fields", "Summary")},
        {QStringLiteral("customer_channel"), QT_TRANSLATE_NOOP("Fields", "Customer channel")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Fields", "Kind")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("Fields", "Size")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("Fields", "Description")},
    };
    if (const char* title = titles.value(field))
        return QCoreApplication::translate("Fields", title);
    QString t = field;
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t;
}

} // namespace cr::ui
