#include "followups/DepartmentKpiModel.h"

#include "common/Format.h"

namespace cr::ui {

DepartmentKpiModel::DepartmentKpiModel(const Theme& theme, QObject* parent)
    : QAbstractTableModel(parent), m_theme(theme)
{
}

void DepartmentKpiModel::setKpis(const QVector<DepartmentKpi>& kpis)
{
    beginResetModel();
    m_kpis = kpis;
    endResetModel();
}

int DepartmentKpiModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_kpis.size());
}

int DepartmentKpiModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentKpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("KPI");
    case Stage:
        return tr("Stage");
    case Value:
        return tr("Value");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    }
    return {};
}

QVariant DepartmentKpiModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepartmentKpi& row = m_kpis.at(index.row());
    const KpiReport& k = row.report;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return k.kpi.name;
        case Stage:
            return row.stageName.isEmpty() ? noDataDash() : row.stageName;
        case Value:
            return k.value ? formatKpiValue(*k.value, k.kpi.unit) : noDataDash();
        case Target:
            return formatKpiTarget(k.kpi);
        case Status:
            if (!k.status)
                return k.value ? tr("no target") : noDataText();
            return Theme::statusIcon(*k.status) + QLatin1Char(' ') + Theme::statusWord(*k.status);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status && k.status)
            return m_theme.statusColor(*k.status).darker(k.status == metrics::KpiStatus::Amber ? 160 : 130);
        if (!k.value && index.column() != Name)
            return m_theme.mutedText;
        return {};
    case Qt::FontRole:
        if (index.column() == Status || index.column() == Value)
            return m_theme.font(m_theme.bodyPx(), QFont::DemiBold);
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(k.kpi.name.toHtmlEscaped());
        if (!k.kpi.description.isEmpty())
            tip += QStringLiteral("<br>") + k.kpi.description.toHtmlEscaped();
        tip += QStringLiteral("<br>") + formatKpiTarget(k.kpi).toHtmlEscaped();
        if (k.valuePeriod)
            tip += QStringLiteral("<br>") +
                   tr("Value of %1").arg(QLocale().toString(*k.valuePeriod, QStringLiteral("MMMM yyyy")));
        return tip;
    }
    default:
        return {};
    }
}

} // namespace cr::ui
