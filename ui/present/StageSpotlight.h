#pragma once
// One stage filling the screen, read from 4 m: its numbers, the top
// complaints with a customer's own words, KPIs against target, the featured
// call ready to play and its fixes. The tour shows it as it is; the review
// agenda adds what changed and the decisions to follow up.

#include "common/Theme.h"
#include "review/Agenda.h"

#include <QWidget>

namespace cr::ui {

struct SpotlightContext
{
    QString roomName;
    QString periodLabel;   // "October 2026" or "Q4 2026 · partial: 1–31 Oct 2026"
    QString previousShort; // "Sep 2026"
    bool mask = true;      // personal data masked on the shared screen
    bool agenda = false;   // the review agenda's page, not the tour's
    int position = 0;      // 1-based stage number
    int stageCount = 0;
    QStringList decidedToday; // decisions typed in this meeting for the stage
    QStringList departments;  // names by id, for owners (index = position in WallSnapshot::departments)
};

class StageSpotlight : public QWidget
{
    Q_OBJECT
public:
    StageSpotlight(const Theme& theme, const WallSnapshot& wall, const StageWall& stage, const AgendaStage& page,
                   const SpotlightContext& context, QWidget* parent = nullptr);

signals:
    void playFeaturedRequested();

private:
    QWidget* scoresColumn(const Theme& theme, const StageWall& stage, const AgendaStage& page,
                          const SpotlightContext& context);
    QWidget* complaintsColumn(const Theme& theme, const StageWall& stage, const AgendaStage& page,
                              const SpotlightContext& context);
    QWidget* actionColumn(const Theme& theme, const WallSnapshot& wall, const StageWall& stage,
                          const AgendaStage& page, const SpotlightContext& context);
};

} // namespace cr::ui
