#pragma once
// Trend charts: a stage's monthly NPS with its 95 % uncertainty band, and a
// KPI against its target line.

#include "drill/DrillDialog.h"
#include "report/WallSnapshot.h"

class QChartView;
class QComboBox;
class QLabel;

namespace cr::ui {

class TrendChartDialog : public DrillDialog
{
    Q_OBJECT
public:
    static TrendChartDialog* showNps(const StageWall& stage, const Period& period, const Theme& theme,
                                     QWidget* parent);
    static TrendChartDialog* showKpi(const StageWall& stage, int kpiIndex, const Theme& theme,
                                     QWidget* parent);

    QChartView* chartView() const { return m_view; }

signals:
    // "New fix for this KPI": a fix on the KPI's stage that must move it.
    void newFixRequested(const cr::Fix& fix);

private:
    TrendChartDialog(const Theme& theme, const QString& title, QWidget* parent);
    void plotNps(const StageWall& stage, const Period& period);
    void plotKpi(const KpiReport& kpi);

    QChartView* m_view;
    QLabel* m_caption;
    QComboBox* m_kpiChoice = nullptr;
};

} // namespace cr::ui
