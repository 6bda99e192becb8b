// The monthly review on the big display, as the wall runs it: the tour,
// the agenda and the celebration screens, and saving the review and each
// stage's tour dwell through the room's write queue.
#include "wall/WallWindow.h"

#include "fixes/RoomWriteQueue.h"
#include "jobs/Background.h"
#include "present/PresentationView.h"
#include "store/ReviewStore.h"
#include "wall/PeriodBar.h"
#include "wall/WallView.h"

#include <QStackedWidget>

namespace cr::ui {

Theme WallWindow::presentTheme() const
{
    return Theme::forPresentationScreen(height() > 0 ? height() : int(Theme::kDesignHeight));
}

void WallWindow::showPresentationScreens()
{
    m_stack->setCurrentWidget(m_present);
    m_bar->setVisible(!m_presentation);
    m_present->setFocus();
}

void WallWindow::showTour(int stageIndex, bool autoAdvance)
{
    showPresentationScreens();
    m_present->showTour(stageIndex, autoAdvance);
}

void WallWindow::showAgenda(int page)
{
    showPresentationScreens();
    m_present->showAgendaPage(page);
}

void WallWindow::showCelebration()
{
    showPresentationScreens();
    m_present->showCelebration();
}

void WallWindow::leavePresentationScreens()
{
    m_present->showWall();
    m_stack->setCurrentWidget(m_wall);
    m_bar->show();
    setFocus();
}

void WallWindow::saveReview()
{
    if (m_roomPath.isEmpty() || !m_data)
        return;
    ReviewRecord record;
    const ReviewSession& session = m_present->session();
    record.review.heldOn = QDate::currentDate();
    record.review.title = tr("Review of %1").arg(m_data->snapshot.period.label());
    record.review.attendees = session.attendees;
    record.review.notes = session.notes;
    if (m_data->snapshot.period.isComparable()) {
        record.review.periodFrom = m_data->snapshot.period.from;
        record.review.periodTo = m_data->snapshot.period.to;
    }
    record.decisions = session.decisions;
    for (auto it = session.closed.cbegin(); it != session.closed.cend(); ++it)
        record.closedDecisions.append({it.key(), it.value()});
    const QString path = m_roomPath;
    // A saved meeting is saved once: a second Save updates nothing twice.
    if (session.saved) {
        m_bar->setStatus(tr("This review is already saved."));
        return;
    }
    runInBackground(
        this,
        [path, record] {
            auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
            if (!store)
                return store.error().toString();
            ReviewStore reviews(**store);
            auto id = reviews.record(record);
            return id ? QString() : id.error().toString();
        },
        [this](const QString& error) {
            if (!error.isEmpty()) {
                m_bar->setStatus(error.section(QLatin1Char('\n'), 0, 0));
                return;
            }
            m_present->markSessionSaved();
            emit reviewSaved();
        });
}

void WallWindow::saveTourDwell(RowId stageId, int seconds)
{
    if (m_roomPath.isEmpty())
        return;
    if (m_data) { // the next load reads it from the room; until then this copy says it
        for (int i = 0; i < m_data->snapshot.stages.size(); ++i) {
            if (m_data->snapshot.stages[i].report.stage.id != stageId)
                continue;
            m_data->snapshot.stages[i].report.stage.tourDwellSeconds = seconds;
            if (i < m_data->agenda.stages.size())
                m_data->agenda.stages[i].dwellSeconds = seconds;
        }
    }
    // Presses come in bursts (+ + +): the last value is written once they
    // stop, and one write at a time, so an older value never lands last.
    m_pendingDwell.insert(stageId, seconds);
    m_dwellTimer.start(400);
}

void WallWindow::writePendingDwell()
{
    if (m_dwellSaving || m_pendingDwell.isEmpty())
        return;
    m_dwellSaving = true;
    const QHash<RowId, int> pending = std::exchange(m_pendingDwell, {});
    runInBackground(
        this,
        [path = m_roomPath, pending] {
            auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
            if (!store)
                return store.error().toString();
            for (auto it = pending.cbegin(); it != pending.cend(); ++it)
                if (const Status saved = (*store)->setTourDwell(it.key(), it.value()); !saved)
                    return saved.error().toString();
            return QString();
        },
        [this](const QString& error) {
            m_dwellSaving = false;
            if (!error.isEmpty())
                m_bar->setStatus(error.section(QLatin1Char('\n'), 0, 0));
            writePendingDwell(); // what came in meanwhile
        });
}

} // namespace cr::ui
