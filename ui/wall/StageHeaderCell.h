#pragma once
// Header lane: stage name, maturity badge, target experience, owner.

#include "report/WallSnapshot.h"
#include "wall/LaneCell.h"

namespace cr::ui {

class StageHeaderCell : public LaneCell
{
    Q_OBJECT
public:
    StageHeaderCell(const Theme& theme, const StageWall& stage, QWidget* parent = nullptr);

signals:
    void clicked();
};

QString maturityWord(Maturity maturity);
QString maturityGlyph(Maturity maturity);
QColor maturityColor(const Theme& theme, Maturity maturity);

} // namespace cr::ui
