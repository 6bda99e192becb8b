#include "followups/DepartmentFixModel.h"

#include "common/Format.h"
#include "wall/FixesCell.h"

#include <QLocale>

namespace cr::ui {

namespace {

// "31 Oct" this year, "31 Oct 2027" another: the column stays narrow.
QString dueText(const QDate& due, const QDate& today)
{
    return due.year() == today.year() ? QLocale().toString(due, QStringLiteral("d MMM")) : formatDate(due);
}

} // namespace

DepartmentFixModel::DepartmentFixModel(const Theme& theme, QObject* parent)
    : QAbstractTableModel(parent), m_theme(theme), m_today(QDate::currentDate())
{
}

void DepartmentFixModel::setFixes(const QVector<Fix>& fixes, RowId departmentId,
                                  const QVector<Department>& departments, const QVector<cr::Stage>& stages,
                                  const QDate& today)
{
    beginResetModel();
    m_fixes = fixes;
    m_departmentId = departmentId;
    m_departments.clear();
    for (const Department& d : departments)
        m_departments.insert(d.id, d.name);
    m_stages.clear();
    for (const cr::Stage& s : stages)
        m_stages.insert(s.id, s.name);
    m_today = today;
    endResetModel();
}

int DepartmentFixModel::overdueCount() const
{
    int n = 0;
    for (const Fix& f : m_fixes)
        n += f.isOverdue(m_today) ? 1 : 0;
    return n;
}

int DepartmentFixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fixes.size());
}

int DepartmentFixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentFixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Fix");
    case Stage:
        return tr("Stage");
    case Part:
        return tr("Role");
    case Status:
        return tr("Status");
    case Due:
        return tr("Due");
    }
    return {};
}

QVariant DepartmentFixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fix& f = m_fixes.at(index.row());
    const bool overdue = f.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return f.title;
        case Stage:
            return f.stageId ? m_stages.value(*f.stageId) : noDataDash();
        case Part:
            // Short, so the due date stays in view; the owner's name is in the tooltip.
            return f.ownerDepartmentId == m_departmentId ? tr("owner") : tr("contributor");
        case Status:
            return fixStatusGlyph(f.status) + QLatin1Char(' ') + fixStatusWord(f.status);
        case Due:
            if (!f.due)
                return tr("no due date");
            return overdue ? tr("⚠ %1, overdue").arg(dueText(*f.due, m_today)) : dueText(*f.due, m_today);
        }
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Title || index.column() == Due))
            return m_theme.red.darker(130); // 4.5:1 on white
        if (index.column() == Due && !f.due)
            return m_theme.mutedText;
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == Due)
            return m_theme.font(m_theme.bodyPx(), QFont::DemiBold);
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(f.title.toHtmlEscaped());
        if (!f.description.isEmpty())
            tip += QStringLiteral("<br>") + f.description.toHtmlEscaped();
        tip += QStringLiteral("<br>") +
               tr("Owner: %1").arg(m_departments.value(f.ownerDepartmentId).toHtmlEscaped());
        if (f.due)
            tip += QStringLiteral("<br>") + tr("Due %1").arg(formatDate(*f.due));
        return tip;
    }
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

} // namespace cr::ui
