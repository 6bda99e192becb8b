#pragma once
// Complaints lane: the total and the top three categories with their
// direction against the previous period; a category opens the drill-down
// on that category, the rest of the lane on all of them.

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
    // The whole lane (category empty) or one of its categories.
    void complaintsClicked(const QString& category);
};

} // namespace cr::ui
