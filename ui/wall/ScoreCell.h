#pragma once
// Scores lane: NPS as the headline with n, ±margin, low-sample mark and the
// change against the previous period; CSAT and CES smaller below.

#include "report/WallSnapshot.h"
#include "wall/LaneCell.h"
#include "wall/WallContext.h"

namespace cr::ui {

class ScoreCell : public LaneCell
{
    Q_OBJECT
public:
    ScoreCell(const Theme& theme, const StageWall& stage, const WallContext& context,
              QWidget* parent = nullptr);

    QString npsText() const { return m_npsText; }

signals:
    void npsClicked();

private:
    QString m_npsText;
};

QString npsTooltip(const StageWall& stage, const WallContext& context);

} // namespace cr::ui
