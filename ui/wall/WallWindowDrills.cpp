// The wall's drill-downs: what a click on a stage's number, chart, quote,
// call, artifact or fix opens, each a window of its own beside the wall.
#include "wall/WallWindow.h"

#include "drill/ArtifactDialog.h"
#include "drill/CallsDialog.h"
#include "drill/ComplaintsDialog.h"
#include "drill/FixesDialog.h"
#include "drill/StageInfoDialog.h"
#include "drill/TrendChartDialog.h"
#include "player/CallPlayer.h"
#include "player/CallPlayerDialog.h"
#include "player/ClipPanel.h"
#include "present/PresentationView.h"

#include <QStackedWidget>

namespace cr::ui {

const StageWall* WallWindow::stageAt(int index) const
{
    if (!m_data || index < 0 || index >= m_data->snapshot.stages.size())
        return nullptr;
    return &m_data->snapshot.stages[index];
}

void WallWindow::playCall(RowId callId, int stageIndex, std::optional<CallClip> clip)
{
    if (m_roomPath.isEmpty())
        return;
    if (!m_player) {
        m_player = new CallPlayerDialog(m_roomPath, this);
        m_player->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_player, &CallPlayerDialog::newFixRequested, this, &WallWindow::editFix);
    }
    QVector<Call> calls;
    if (const StageWall* s = stageAt(stageIndex))
        calls = s->calls;
    const bool shared = m_presentation || m_stack->currentWidget() == m_present;
    m_player->setTheme(shared ? Theme::forDistantReading(height()) : m_theme);
    m_player->setMaskPersonalData(shared && m_present->masking());
    m_player->player()->clipPanel()->setEditable(!shared); // in the meeting clips are played, not cut
    // The call already in the player comes forward where it was: the click
    // toggles play/pause, it does not start the call again from 0:00.
    if (clip)
        m_player->playClip(*clip);
    else
        m_player->playCall(callId, calls);
    if (m_player->isMinimized())
        m_player->showNormal();
    m_player->show();
    m_player->raise();
    m_player->activateWindow(); // Space and the arrows reach the player at once
}

void WallWindow::openNpsTrend(int stage)
{
    const StageWall* s = stageAt(stage);
    const QString key = QStringLiteral("nps:%1").arg(s ? s->report.stage.id : 0);
    if (!s || DrillDialog::raiseExisting<TrendChartDialog>(this, key))
        return;
    TrendChartDialog::showNps(*s, m_data->snapshot.period, m_theme, this)->setKey(key);
}

void WallWindow::openKpi(int stage, int kpiIndex)
{
    const StageWall* s = stageAt(stage);
    const QString key = QStringLiteral("kpi:%1:%2").arg(s ? s->report.stage.id : 0).arg(kpiIndex);
    if (!s || DrillDialog::raiseExisting<TrendChartDialog>(this, key))
        return;
    auto* dialog = TrendChartDialog::showKpi(*s, kpiIndex, m_theme, this);
    dialog->setKey(key);
    connect(dialog, &TrendChartDialog::newFixRequested, this, &WallWindow::editFix);
}

void WallWindow::openComplaints(int stage, const QString& category)
{
    const StageWall* s = stageAt(stage);
    if (!s || m_roomPath.isEmpty())
        return;
    // One complaints window: asking again shows the new stage or category in it.
    const QString key = QStringLiteral("complaints");
    if (auto* open = DrillDialog::raiseExisting<ComplaintsDialog>(this, key)) {
        open->load(m_roomPath, *s, m_data->snapshot.period, category);
        return;
    }
    auto* dialog = ComplaintsDialog::showFor(m_roomPath, *s, m_data->snapshot.period, category, m_theme, this);
    dialog->setKey(key);
    connect(dialog, &ComplaintsDialog::newFixRequested, this, &WallWindow::editFix);
}

void WallWindow::openArtifact(int stage, int artifactIndex)
{
    const StageWall* s = stageAt(stage);
    if (!s || m_roomPath.isEmpty())
        return;
    const QString key = QStringLiteral("artifacts");
    if (auto* open = DrillDialog::raiseExisting<ArtifactDialog>(this, key)) {
        open->showArtifacts(s->artifacts, artifactIndex);
        return;
    }
    ArtifactDialog::showFor(m_roomPath, s->artifacts, artifactIndex, m_theme, this)->setKey(key);
}

void WallWindow::openCalls(int stage)
{
    const StageWall* s = stageAt(stage);
    const QString key = QStringLiteral("calls:%1").arg(s ? s->report.stage.id : 0);
    if (!s || m_roomPath.isEmpty() || DrillDialog::raiseExisting<CallsDialog>(this, key))
        return;
    auto* dialog = CallsDialog::showFor(m_roomPath, *s, m_data->snapshot.period, m_theme, this);
    dialog->setKey(key);
    connect(dialog, &CallsDialog::playRequested, this, [this, stage](RowId id) { playCall(id, stage); });
    connect(dialog, &CallsDialog::newFixRequested, this, &WallWindow::editFix);
}

void WallWindow::openFixes(int stage)
{
    const StageWall* s = stageAt(stage);
    const QString key = QStringLiteral("fixes:%1").arg(s ? s->report.stage.id : 0);
    if (!s)
        return;
    // Between meetings the stage's fixes open on the board, where they are
    // worked; on the shared screen they are shown, not edited.
    if (!m_presentation) {
        openFixesBoard(s->report.stage.id);
        return;
    }
    if (DrillDialog::raiseExisting<FixesDialog>(this, key))
        return;
    FixesDialog::showFor(m_data->snapshot, *s, m_theme, this)->setKey(key);
}

void WallWindow::openStage(int stage)
{
    const StageWall* s = stageAt(stage);
    const QString key = QStringLiteral("stage:%1").arg(s ? s->report.stage.id : 0);
    if (!s || DrillDialog::raiseExisting<StageInfoDialog>(this, key))
        return;
    StageInfoDialog::showFor(m_data->snapshot, *s, m_theme, this)->setKey(key);
}

} // namespace cr::ui
