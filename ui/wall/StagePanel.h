#pragma once
// The white column behind one stage's cells, with hairlines between lanes.
// It sits in the grid under the cells (spanning every lane row), so the
// cells stay ordinary grid items and lanes align across columns.

#include "common/Theme.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

namespace cr::ui {

class StagePanel : public QWidget
{
    Q_OBJECT
public:
    StagePanel(const Theme& theme, const QString& stageName, QWidget* parent = nullptr);
    void setCells(const QVector<QWidget*>& cells);
    QVector<QWidget*> cells() const;
    // Files dragged over the column: an accent outline says "drop here".
    void setDropHighlight(bool on);
    bool isDropHighlighted() const { return m_dropHighlight; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Theme m_theme;
    QVector<QPointer<QWidget>> m_cells;
    bool m_dropHighlight = false;
};

// The lane names at the left edge; they stay put when the wall scrolls
// sideways and follow it when it scrolls up and down.
class LaneLabels : public QWidget
{
    Q_OBJECT
public:
    explicit LaneLabels(QWidget* parent = nullptr);
    void setTheme(const Theme& theme);
    void setReferenceCells(const QVector<QWidget*>& cells); // one per lane, first column
    QVector<QRect> labelRects() const;                      // in this widget's coordinates

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Theme m_theme;
    QVector<QPointer<QWidget>> m_cells;
};

} // namespace cr::ui
