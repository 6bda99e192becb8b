#include "followups/FollowUpTableModel.h"

#include "common/Format.h"
#include "followups/FollowUpWords.h"

#include <QFont>
#include <QLocale>
#include <climits>

namespace cr::ui {

FollowUpTableModel::FollowUpTableModel(const Theme& theme, QObject* parent)
    : QAbstractTableModel(parent), m_theme(theme), m_now(QDateTime::currentDateTime())
{
}

void FollowUpTableModel::setContext(const QVector<Department>& departments, const QVector<cr::Stage>& stages,
                                    int escalateAfterDays, const QDateTime& now)
{
    m_departments.clear();
    for (const Department& d : departments)
        m_departments.insert(d.id, d.name);
    m_stages.clear();
    m_stagePositions.clear();
    for (int i = 0; i < stages.size(); ++i) {
        m_stages.insert(stages[i].id, stages[i].name);
        m_stagePositions.insert(stages[i].id, i);
    }
    m_escalateAfterDays = escalateAfterDays;
    m_now = now;
    if (!m_followUps.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FollowUpTableModel::setFollowUps(const QVector<FollowUp>& followUps)
{
    beginResetModel();
    m_followUps = followUps;
    endResetModel();
}

void FollowUpTableModel::updateFollowUp(const FollowUp& followUp)
{
    const int row = rowOf(followUp.id);
    if (row < 0)
        return;
    m_followUps[row] = followUp;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FollowUpTableModel::rowOf(RowId id) const
{
    for (int i = 0; i < m_followUps.size(); ++i)
        if (m_followUps[i].id == id)
            return i;
    return -1;
}

QString FollowUpTableModel::departmentName(std::optional<RowId> id) const
{
    return id ? m_departments.value(*id) : QString();
}

QString FollowUpTableModel::stageName(std::optional<RowId> id) const
{
    return id ? m_stages.value(*id) : QString();
}

int FollowUpTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_followUps.size());
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule:
        return tr("Rule");
    case Title:
        return tr("Follow-up");
    case Stage:
        return tr("Stage");
    case Raised:
        return tr("Raised");
    case Status:
        return tr("Status");
    case EscalatedTo:
        return tr("Escalated to");
    }
    return {};
}

QVariant FollowUpTableModel::display(const FollowUp& f, int column) const
{
    switch (column) {
    case Rule:
        return followUpRuleWord(f.rule);
    case Title:
        return f.title;
    case Stage: {
        const QString name = stageName(f.stageId);
        return name.isEmpty() ? noDataDash() : name;
    }
    case Raised: {
        const QString age = daysText(followUpAgeDays(f, m_now));
        return isFollowUpOverdue(f, m_escalateAfterDays, m_now) ? overdueGlyph() + QLatin1Char(' ') + age
                                                                : age;
    }
    case Status:
        return followUpStatusGlyph(f.status) + QLatin1Char(' ') + followUpStatusWord(f.status);
    case EscalatedTo: {
        if (!f.escalatedAt)
            return QString();
        const QString to = departmentName(f.escalatedToDepartmentId);
        return escalatedGlyph() + QLatin1Char(' ') + (to.isEmpty() ? tr("no department") : to);
    }
    }
    return {};
}

QString FollowUpTableModel::tooltip(const FollowUp& f, int column) const
{
    switch (column) {
    case Raised: {
        QString tip = tr("Raised %1").arg(QLocale().toString(f.raisedAt, QLocale::ShortFormat));
        if (isFollowUpOverdue(f, m_escalateAfterDays, m_now))
            tip += QLatin1Char('\n') +
                   tr("Overdue: open longer than the room's %1 days").arg(m_escalateAfterDays);
        return tip;
    }
    case Status:
        if (f.status == FollowUpStatus::Resolved && f.resolvedAt)
            return tr("Resolved %1: %2").arg(formatDate(f.resolvedAt->date()), f.resolutionNote);
        if (f.acknowledgedAt)
            return tr("Acknowledged %1").arg(formatDate(f.acknowledgedAt->date()));
        return tr("Nobody has acknowledged it yet");
    case EscalatedTo:
        if (!f.escalatedAt)
            return tr("Not escalated");
        return tr("Escalated %1: %2").arg(formatDate(f.escalatedAt->date()), f.escalationReason);
    default:
        // Rich text wraps a long comment instead of running off the screen.
        return QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b><br>%2</p>")
            .arg(f.title.toHtmlEscaped(), f.detail.left(1500).toHtmlEscaped());
    }
}

QVariant FollowUpTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUp& f = m_followUps.at(index.row());
    const bool overdue = isFollowUpOverdue(f, m_escalateAfterDays, m_now);
    switch (role) {
    case Qt::DisplayRole:
        return display(f, index.column());
    case Qt::ToolTipRole:
        return tooltip(f, index.column());
    case Qt::ForegroundRole:
        if (!f.isOpen())
            return m_theme.mutedText;
        if ((index.column() == Raised && overdue) || (index.column() == EscalatedTo && f.escalatedAt))
            return m_theme.red.darker(130); // 4.5:1 on white
        return {};
    case Qt::FontRole:
        if (f.isOpen() && (index.column() == Title || (index.column() == Raised && overdue) ||
                           (index.column() == EscalatedTo && f.escalatedAt))) {
            QFont font =
                m_theme.font(m_theme.bodyPx(), index.column() == Title && f.status == FollowUpStatus::Open
                                                   ? QFont::DemiBold
                                                   : QFont::Normal);
            if (index.column() != Title)
                font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Raised:
            return f.raisedAt;
        case Stage:
            return f.stageId ? m_stagePositions.value(*f.stageId, INT_MAX) : INT_MAX;
        case Status:
            return int(f.status);
        default:
            return display(f, index.column());
        }
    case IdRole:
        return f.id;
    case OverdueRole:
        return overdue;
    case EscalatedRole:
        return f.escalatedAt.has_value();
    default:
        return {};
    }
}

} // namespace cr::ui
