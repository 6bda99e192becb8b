#pragma once
// Every call of a stage in the period ("+N more" on the calls lane): a list
// to choose from, not the first call played.

#include "drill/DrillDialog.h"
#include "report/WallSnapshot.h"

class QTableWidget;

namespace cr::ui {

class CallsDialog : public DrillDialog
{
    Q_OBJECT
public:
    // The wall holds up to kWallCalls calls; when the period has more, the
    // rest are read from the room file in the background.
    static CallsDialog* showFor(const QString& roomPath, const StageWall& stage, const Period& period,
                                const Theme& theme, QWidget* parent);

signals:
    void playRequested(cr::RowId callId);
    void newFixRequested(const cr::Fix& fix); // "New fix from this call"


private:
    CallsDialog(const Theme& theme, const QString& title, QWidget* parent);
    void setCalls(const QVector<Call>& calls);
    QTableWidget* m_table;
    QVector<Call> m_calls;
};

} // namespace cr::ui
