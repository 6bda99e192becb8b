#pragma once
// The stage names pinned at the top of the wall once the wall has scrolled
// down past them (a small window, a tall room): every column keeps saying
// which stage it is, as the lane labels keep saying which lane.

#include "common/Theme.h"

#include <QPointer>
#include <QWidget>

class QScrollArea;

namespace cr::ui {

class StagePanel;

class PinnedStageNames : public QWidget
{
    Q_OBJECT
public:
    PinnedStageNames(QScrollArea* scroll, QWidget* parent);
    void setTheme(const Theme& theme);
    // The columns and the cell whose bottom, once scrolled past, pins the names.
    void setColumns(const QVector<StagePanel*>& panels, const QStringList& names, QWidget* headerCell);
    // Shown or hidden, placed and repainted for the scroll position.
    void follow();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QScrollArea* m_scroll;
    Theme m_theme;
    QVector<QPointer<StagePanel>> m_panels;
    QStringList m_names;
    QPointer<QWidget> m_headerCell;
};

} // namespace cr::ui
