#pragma once
// The wall for the big display: every stage side by side with only its
// headline figures (NPS with n and its change, KPIs off target, complaints
// and their top category, fixes open and overdue), in type read from 4 m.
// The full matrix stays on the working wall; a stage opens in the tour.

#include "common/Theme.h"
#include "review/Agenda.h"

#include <QWidget>

class QGridLayout;

namespace cr::ui {

class HeadlineWall : public QWidget
{
    Q_OBJECT
public:
    HeadlineWall(const Theme& theme, const WallSnapshot& wall, const Agenda& agenda, const QString& periodLabel,
                 const QString& previousShort, QWidget* parent = nullptr);

signals:
    void stageChosen(int stageIndex);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    int columnAt(int x) const;
    Theme m_theme;
    QGridLayout* m_grid;
};

} // namespace cr::ui
