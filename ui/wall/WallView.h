#pragma once
// The wall matrix: one column per stage in journey order, one row per lane,
// lanes the same height across columns, lane labels pinned at the left.
// Cells are rebuilt when the snapshot or the type scale changes.

#include "common/Theme.h"
#include "report/WallSnapshot.h"
#include "wall/Lane.h"
#include "wall/WallContext.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QGridLayout;
class QScrollArea;

namespace cr::ui {

class LaneLabels;
class PinnedStageNames;
class StagePanel;

class WallView : public QWidget
{
    Q_OBJECT
public:
    explicit WallView(QWidget* parent = nullptr);

    void setWall(const WallSnapshot& snapshot, const QHash<QString, QImage>& thumbnails,
                 const WallContext& context, const Theme& theme);
    void setTheme(const Theme& theme);
    const Theme& theme() const { return m_theme; }

    int stageCount() const { return int(m_panels.size()); }
    StagePanel* panel(int stageIndex) const { return m_panels.value(stageIndex); }
    QWidget* cell(int stageIndex, Lane lane) const;
    QScrollArea* scrollArea() const { return m_scroll; }
    LaneLabels* laneLabels() const { return m_labels; }
    // Smallest width that shows every column without scrolling sideways.
    static int minimumColumnWidth(const Theme& theme);
    // The stage column under a point of this widget (-1: none, or scrolled out of view).
    int stageAt(const QPoint& pos) const;
    int dropTarget() const { return m_dropTarget; }

signals:
    void stageClicked(int stageIndex);
    void npsClicked(int stageIndex);
    void kpiClicked(int stageIndex, int kpiIndex);
    void complaintsClicked(int stageIndex, const QString& category); // category empty: all
    void callClicked(int stageIndex, cr::RowId callId);
    void moreCallsClicked(int stageIndex);
    void artifactClicked(int stageIndex, int artifactIndex);
    void fixesClicked(int stageIndex);
    void followUpsClicked(int stageIndex);
    // Local files dropped on a stage column (stageIndex -1: elsewhere on the wall).
    void filesDropped(int stageIndex, const QStringList& files);
    void dropTargetChanged(int stageIndex); // -1 when the drag leaves the columns

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void setDropTarget(int stageIndex);
    QVector<QWidget*> buildColumn(int stageIndex, QGridLayout* grid, int column);

    Theme m_theme;
    WallSnapshot m_snapshot;
    QHash<QString, QImage> m_thumbnails;
    WallContext m_context;
    QScrollArea* m_scroll;
    LaneLabels* m_labels;
    PinnedStageNames* m_pinnedNames;
    QWidget* m_content = nullptr;
    QVector<StagePanel*> m_panels;
    QVector<QVector<QWidget*>> m_cells; // [stage][lane]
    int m_dropTarget = -1;
};

} // namespace cr::ui
