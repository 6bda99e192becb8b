#include "priorities/HurtModel.h"

#include <QLocale>

namespace cr::ui {

void HurtModel::setRows(const QVector<HurtRow>& rows, HurtRow::Kind kind)
{
    beginResetModel();
    m_rows = rows;
    m_kind = kind;
    endResetModel();
}

const HurtRow* HurtModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

int HurtModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HurtModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HurtModel::data(const QModelIndex& index, int role) const
{
    const HurtRow* r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    const QLocale locale;
    if (role == HurtRole)
        return r->hurt;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Stage || index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Hurt)
        return tr("V %1 · R %2 · D %3 · K %4 · F %5")
            .arg(locale.toString(r->complaintShare, 'f', 2), locale.toString(r->rise, 'f', 2),
                 r->detractorShare ? locale.toString(*r->detractorShare, 'f', 2) : tr("n < 30"),
                 r->kpis ? locale.toString((r->kpisRed + 0.5 * r->kpisAmber) / r->kpis, 'f', 2) : QStringLiteral("0"))
            .arg(r->openFixes);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Stage:
        return r->stageName;
    case Name:
        return r->kind == HurtRow::Kind::Stage ? QString() : r->name;
    case Hurt:
        return locale.toString(r->hurt, 'f', 0);
    case Complaints:
        if (r->kind == HurtRow::Kind::Moment)
            return QStringLiteral("—");
        return r->previousComplaints != r->complaints
                   ? tr("%1 (%2 before)").arg(locale.toString(r->complaints), locale.toString(r->previousComplaints))
                   : locale.toString(r->complaints);
    case Detractors:
        if (r->kind == HurtRow::Kind::Category)
            return QStringLiteral("—");
        return r->detractorShare ? tr("%1 % of %2").arg(locale.toString(100 * *r->detractorShare, 'f', 0)).arg(r->npsAnswers)
                                 : tr("n %1, too few").arg(r->npsAnswers);
    case Kpis:
        if (r->kpis == 0)
            return QStringLiteral("—");
        return tr("%1 red, %2 amber of %3").arg(r->kpisRed).arg(r->kpisAmber).arg(r->kpis);
    case Fixes:
        return r->overdueFixes > 0 ? tr("%1 (%2 overdue)").arg(r->openFixes).arg(r->overdueFixes)
                                   : QString::number(r->openFixes);
    default:
        return {};
    }
}

QVariant HurtModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return QStringLiteral("#");
    case Stage:
        return tr("Stage");
    case Name:
        return m_kind == HurtRow::Kind::Moment ? tr("Moment of truth") : tr("Complaint category");
    case Hurt:
        return tr("Hurt");
    case Complaints:
        return tr("Complaints");
    case Detractors:
        return tr("Detractors");
    case Kpis:
        return tr("KPIs off target");
    case Fixes:
        return tr("Open fixes");
    default:
        return {};
    }
}

} // namespace cr::ui
