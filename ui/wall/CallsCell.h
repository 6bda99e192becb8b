#pragma once
// Calls lane: recorded customer calls with a play button each.

#include "report/WallSnapshot.h"
#include "wall/LaneCell.h"
#include "wall/WallContext.h"

namespace cr::ui {

class CallsCell : public LaneCell
{
    Q_OBJECT
public:
    static constexpr int kMaxCalls = 3;
    CallsCell(const Theme& theme, const StageWall& stage, const WallContext& context,
              QWidget* parent = nullptr);

signals:
    void playClicked(cr::RowId callId);
    void moreClicked();
};

} // namespace cr::ui
