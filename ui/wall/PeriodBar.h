#pragma once
// Top bar: room name, period (month / quarter, previous / next), compare to
// previous, stage count.

#include "common/Theme.h"
#include "report/Period.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace cr::ui {

class PeriodBar : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodBar(QWidget* parent = nullptr);

    void setTheme(const Theme& theme);
    void setRoomName(const QString& name);
    void setStageCount(int count);
    // label: "Q4 2026 · partial: 1–31 Oct 2026"; comparedWith: "vs 1–31 Jul 2026".
    void setPeriod(const Period& period, const QString& label, const QString& comparedWith);
    void setStatus(const QString& text); // "Loading…", or empty
    // Presentation keeps only what the room reads: room name and period.
    void setPresentation(bool on);
    bool compareToPrevious() const;
    // The Room menu takes the place of the plain "Open room…" button, at the left.
    void setRoomMenu(QWidget* menu);

signals:
    void periodChangeRequested(const cr::Period& period);
    void compareToggled(bool on);
    void openRoomRequested();
    void presentationRequested();
    void tourRequested();
    void agendaRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elideRoomName();


private:
    void emitKindChange();
    void chooseCustomRange();

    Period m_period;
    QLabel* m_room;
    QString m_roomName; // whole; the label shows it elided when the bar is narrow
    QComboBox* m_kind;
    QToolButton* m_prev;
    QLabel* m_periodLabel;
    QToolButton* m_next;
    QCheckBox* m_compare;
    QLabel* m_status;
    QLabel* m_stages;
    QToolButton* m_open;
    QToolButton* m_present;
    QToolButton* m_tour;
    QToolButton* m_agenda;
    QWidget* m_roomMenu = nullptr;
    QHBoxLayout* m_left = nullptr; // room menu and name
};

} // namespace cr::ui
