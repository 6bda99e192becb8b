#pragma once
// KPI lane: at most four tiles (name, value, target, status, sparkline),
// then "+N more" that drills down.

#include "common/ClickableFrame.h"
#include "report/WallSnapshot.h"
#include "wall/LaneCell.h"
#include "wall/WallContext.h"

namespace cr::ui {

class KpiTile : public ClickableFrame
{
    Q_OBJECT
public:
    KpiTile(const Theme& theme, const KpiReport& kpi, const WallContext& context, QWidget* parent = nullptr);
};

class KpiCell : public LaneCell
{
    Q_OBJECT
public:
    static constexpr int kMaxTiles = 4;
    KpiCell(const Theme& theme, const StageWall& stage, const WallContext& context,
            QWidget* parent = nullptr);

signals:
    void kpiClicked(int kpiIndex);
};

} // namespace cr::ui
