#pragma once
// A stage at a glance: description, target experience, maturity, the
// departments that shape it, and its numbers' sample sizes.

#include "drill/DrillDialog.h"
#include "report/WallSnapshot.h"

namespace cr::ui {

class StageInfoDialog : public DrillDialog
{
    Q_OBJECT
public:
    static StageInfoDialog* showFor(const WallSnapshot& wall, const StageWall& stage, const Theme& theme,
                                    QWidget* parent);

private:
    using DrillDialog::DrillDialog;
};

} // namespace cr::ui
