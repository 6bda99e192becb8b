#pragma once
// An inbox's follow-ups as a table: rule, title, stage, age, status and
// where it was escalated to. Overdue ages and escalations carry a glyph as
// well as the red, resolved rows are muted. The inbox and the department
// page both show it.

#include "common/Theme.h"

#include "Domain.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace cr::ui {

class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rule, Title, Stage, Raised, Status, EscalatedTo, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // raised time for the age, journey position for the stage
        OverdueRole,
        EscalatedRole,
    };

    explicit FollowUpTableModel(const Theme& theme, QObject* parent = nullptr);

    // Names of departments and stages, the room's escalate-after days and the
    // time ages are counted to; call before setFollowUps.
    void setContext(const QVector<Department>& departments, const QVector<cr::Stage>& stages,
                    int escalateAfterDays, const QDateTime& now);
    void setFollowUps(const QVector<FollowUp>& followUps);
    // Shows a follow-up changed by an action in its row (no reset: the selection stays).
    void updateFollowUp(const FollowUp& followUp);

    const FollowUp& followUpAt(int row) const { return m_followUps.at(row); }
    int rowOf(RowId id) const; // -1 when not listed
    QString departmentName(std::optional<RowId> id) const;
    QString stageName(std::optional<RowId> id) const;
    int escalateAfterDays() const { return m_escalateAfterDays; }
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const FollowUp& f, int column) const;
    QString tooltip(const FollowUp& f, int column) const;

    Theme m_theme;
    QVector<FollowUp> m_followUps;
    QHash<RowId, QString> m_departments;
    QHash<RowId, QString> m_stages;
    QHash<RowId, int> m_stagePositions;
    int m_escalateAfterDays = 7;
    QDateTime m_now;
};

} // namespace cr::ui
