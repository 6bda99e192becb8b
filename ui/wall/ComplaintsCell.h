#pragma once
// Complaints lane: the total and the top three categories with their
// direction against the previous period; "+N more" drills down.

#include "report/WallSnapshot.h"
#include "wall/LaneCell.h"
#include "wall/WallContext.h"

namespace cr::ui {

class ComplaintsCell : public LaneCell
{
    Q_OBJECT
public:
    static constexpr int kMaxCategories = 3;
    ComplaintsCell(const Theme& theme, const StageWall& stage, const WallContext& context,
                   QWidget* parent = nullptr);

signals:
    void complaintsClicked();
};

} // namespace cr::ui
