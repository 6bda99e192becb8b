// Keeping the room between meetings: the wall's way to the fixes board, the
// fix editor and the set-up window, which share the room's undo stack.
#include "wall/WallWindow.h"

#include "fixes/FixEditor.h"
#include "fixes/FixesBoard.h"
#include "priorities/PrioritiesDialog.h"
#include "setup/SetupDialog.h"

namespace cr::ui {

FixesBoard* WallWindow::openFixesBoard(std::optional<RowId> stageId)
{
    if (m_roomPath.isEmpty())
        return nullptr;
    if (!m_board) {
        m_board = new FixesBoard(m_roomPath, m_undo, m_writes, this);
        m_board->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_board, &FixesBoard::editRequested, this, &WallWindow::editFix);
    }
    m_board->showStage(stageId);
    m_board->show();
    m_board->raise();
    m_board->activateWindow();
    return m_board;
}

void WallWindow::editFix(const Fix& fix)
{
    if (m_roomPath.isEmpty())
        return;
    // One editor per fix: asking again brings it forward (two could overwrite each other).
    if (fix.id != 0)
        for (FixEditor* open : findChildren<FixEditor*>(QString(), Qt::FindDirectChildrenOnly))
            if (open->fixId() == fix.id) {
                open->show();
                open->raise();
                open->activateWindow();
                return;
            }
    auto* editor = new FixEditor(m_roomPath, fix, m_undo, m_writes, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
    editor->raise();
    editor->activateWindow();
}

SetupDialog* WallWindow::openSetup()
{
    if (m_roomPath.isEmpty())
        return nullptr;
    if (!m_setup) {
        m_setup = new SetupDialog(SetupContext{m_roomPath, m_undo, m_writes}, this);
        m_setup->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_setup->show();
    m_setup->raise();
    m_setup->activateWindow();
    return m_setup;
}

PrioritiesDialog* WallWindow::openPriorities()
{
    if (m_roomPath.isEmpty() || !m_data)
        return nullptr;
    if (!m_priorities) {
        m_priorities = new PrioritiesDialog(m_data->snapshot, this);
        m_priorities->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_priorities, &PrioritiesDialog::newFixRequested, this, &WallWindow::editFix);
    }
    m_priorities->show();
    m_priorities->raise();
    m_priorities->activateWindow();
    return m_priorities;
}

} // namespace cr::ui
