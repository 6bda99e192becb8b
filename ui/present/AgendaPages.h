#pragma once
// The review agenda's own pages: the opening (period, what improved, what
// got worse), the celebration of fixes verified since the last review, and
// the record of the meeting (attendees, decisions, notes) that the next
// agenda starts from.

#include "common/Theme.h"
#include "review/Agenda.h"
#include "store/ReviewStore.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QListWidget;

namespace cr::ui {

// What the meeting typed while it ran; saved as a review on the last page.
struct ReviewSession
{
    QStringList attendees;
    QString notes;
    QVector<ReviewDecision> decisions; // new ones, with their stage
    QHash<RowId, DecisionStatus> closed; // earlier decisions marked done or dropped
    bool saved = false;
};

class AgendaOpeningPage : public QWidget
{
    Q_OBJECT
public:
    AgendaOpeningPage(const Theme& theme, const WallSnapshot& wall, const Agenda& agenda,
                      const QString& periodLabel, QWidget* parent = nullptr);
};

class CelebrationPage : public QWidget
{
    Q_OBJECT
public:
    CelebrationPage(const Theme& theme, const WallSnapshot& wall, const Agenda& agenda, QWidget* parent = nullptr);
};

// The last page: who came, what was decided, notes; Save records the review.
class ReviewRecordPage : public QWidget
{
    Q_OBJECT
public:
    ReviewRecordPage(const Theme& theme, const WallSnapshot& wall, const Agenda& agenda, ReviewSession& session,
                     QWidget* parent = nullptr);

signals:
    void saveRequested();
    void decisionRemoved(int index); // into ReviewSession::decisions

private:
    void syncSession();
    ReviewSession& m_session;
    QLineEdit* m_attendees;
    QPlainTextEdit* m_notes;
    QListWidget* m_open;
    QVector<RowId> m_openIds;
};

} // namespace cr::ui
