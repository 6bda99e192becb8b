#pragma once
// Fixes lane: open fixes (title, owner, status, due) and verified ones
// celebrated with a check mark and their before -> after.

#include "report/WallSnapshot.h"
#include "wall/LaneCell.h"

namespace cr::ui {

class FixesCell : public LaneCell
{
    Q_OBJECT
public:
    static constexpr int kMaxFixes = 3;
    FixesCell(const Theme& theme, const StageWall& stage, const WallSnapshot& wall,
              QWidget* parent = nullptr);

signals:
    void fixesClicked();
    void followUpsClicked();

private:
    // "3 follow-ups open" under the fixes: the closed loop's work in waiting.
    void addOpenFollowUps(const Theme& theme, int open);
};

QString fixStatusWord(FixStatus status);
QString fixStatusGlyph(FixStatus status);
QColor fixStatusColor(const Theme& theme, FixStatus status);
// "41 → 58" when baseline and result are known, else "".
QString fixBeforeAfter(const Fix& fix);
// The metric a fix must move, by name: "NPS", or the KPI's name.
QString fixMetricName(const Fix& fix, const StageWall& stage);
// Open fixes by due date, then verified, then done (what the room acts on first).
QVector<Fix> fixesInWallOrder(const QVector<Fix>& fixes);

} // namespace cr::ui
