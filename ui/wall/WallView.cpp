#include "wall/WallView.h"

#include "wall/ArtifactsCell.h"
#include "wall/CallsCell.h"
#include "wall/ComplaintsCell.h"
#include "wall/FixesCell.h"
#include "wall/KpiCell.h"
#include "wall/PinnedStageNames.h"
#include "wall/ScoreCell.h"
#include "wall/StageHeaderCell.h"
#include "wall/StagePanel.h"

#include <QDropEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>

namespace cr::ui {

WallView::WallView(QWidget* parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_labels(new LaneLabels(this)),
      m_pinnedNames(new PinnedStageNames(m_scroll, this))
{
    setObjectName(QStringLiteral("wallView"));
    setAcceptDrops(true); // export files dropped on a stage are imported to it
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_labels);
    layout->addWidget(m_scroll, 1);
    m_scroll->setObjectName(QStringLiteral("wallScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->viewport()->setAutoFillBackground(false);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_labels,
            qOverload<>(&QWidget::update));
    setTheme(Theme::standard());
}

int WallView::minimumColumnWidth(const Theme& theme)
{
    // 7 columns + lane labels fit 1920 px; from about 9 the wall scrolls.
    return theme.layoutPx(226);
}

void WallView::setTheme(const Theme& theme)
{
    m_theme = theme;
    m_labels->setTheme(theme);
    m_pinnedNames->setTheme(theme);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme.background);
    setPalette(pal);
    setAutoFillBackground(true);
    rebuild();
}

void WallView::setWall(const WallSnapshot& snapshot, const QHash<QString, QImage>& thumbnails,
                       const WallContext& context, const Theme& theme)
{
    m_snapshot = snapshot;
    m_thumbnails = thumbnails;
    m_context = context;
    setTheme(theme);
}

QWidget* WallView::cell(int stageIndex, Lane lane) const
{
    if (stageIndex < 0 || stageIndex >= m_cells.size())
        return nullptr;
    return m_cells[stageIndex].value(static_cast<int>(lane));
}

QVector<QWidget*> WallView::buildColumn(int i, QGridLayout* grid, int column)
{
    const StageWall& stage = m_snapshot.stages[i];
    auto* header = new StageHeaderCell(m_theme, stage);
    connect(header, &StageHeaderCell::clicked, this, [this, i] { emit stageClicked(i); });
    auto* scores = new ScoreCell(m_theme, stage, m_context);
    connect(scores, &ScoreCell::npsClicked, this, [this, i] { emit npsClicked(i); });
    auto* kpis = new KpiCell(m_theme, stage, m_context);
    connect(kpis, &KpiCell::kpiClicked, this, [this, i](int k) { emit kpiClicked(i, k); });
    auto* complaints = new ComplaintsCell(m_theme, stage, m_context);
    connect(complaints, &ComplaintsCell::complaintsClicked, this,
            [this, i](const QString& category) { emit complaintsClicked(i, category); });
    auto* calls = new CallsCell(m_theme, stage, m_context);
    connect(calls, &CallsCell::playClicked, this, [this, i](RowId id) { emit callClicked(i, id); });
    connect(calls, &CallsCell::moreClicked, this, [this, i] { emit moreCallsClicked(i); });
    auto* artifacts = new ArtifactsCell(m_theme, stage, m_thumbnails);
    connect(artifacts, &ArtifactsCell::artifactClicked, this,
            [this, i](int a) { emit artifactClicked(i, a); });
    auto* fixes = new FixesCell(m_theme, stage, m_snapshot);
    connect(fixes, &FixesCell::fixesClicked, this, [this, i] { emit fixesClicked(i); });
    connect(fixes, &FixesCell::followUpsClicked, this, [this, i] { emit followUpsClicked(i); });

    const QVector<QWidget*> cells{header, scores, kpis, complaints, calls, artifacts, fixes};
    for (int lane = 0; lane < cells.size(); ++lane)
        grid->addWidget(cells[lane], lane, column);
    return cells;
}

namespace {
QStringList droppedFiles(const QMimeData* mime)
{
    QStringList files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}
} // namespace

int WallView::stageAt(const QPoint& pos) const
{
    const QWidget* viewport = m_scroll->viewport();
    if (!viewport->rect().contains(viewport->mapFrom(this, pos)))
        return -1;
    for (int i = 0; i < m_panels.size(); ++i)
        if (QRect(m_panels[i]->mapTo(this, QPoint(0, 0)), m_panels[i]->size()).contains(pos))
            return i;
    return -1;
}

void WallView::setDropTarget(int stageIndex)
{
    if (stageIndex == m_dropTarget)
        return;
    if (StagePanel* old = m_panels.value(m_dropTarget))
        old->setDropHighlight(false);
    m_dropTarget = stageIndex;
    if (StagePanel* now = m_panels.value(stageIndex))
        now->setDropHighlight(true);
    emit dropTargetChanged(stageIndex);
}

void WallView::dragEnterEvent(QDragEnterEvent* event)
{
    if (droppedFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setDropTarget(stageAt(event->position().toPoint()));
}

void WallView::dragMoveEvent(QDragMoveEvent* event)
{
    if (droppedFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setDropTarget(stageAt(event->position().toPoint()));
}

void WallView::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDropTarget(-1);
    QWidget::dragLeaveEvent(event);
}

void WallView::dropEvent(QDropEvent* event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const int stage = stageAt(event->position().toPoint());
    setDropTarget(-1);
    emit filesDropped(stage, files);
}

void WallView::rebuild()
{
    if (QWidget* old = m_scroll->takeWidget())
        old->deleteLater();
    m_panels.clear();
    m_cells.clear();
    m_dropTarget = -1;

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("wallContent"));
    m_content->setAutoFillBackground(false);
    auto* grid = new QGridLayout(m_content);
    const int gap = m_theme.layoutPx(12);
    grid->setContentsMargins(m_theme.px(4), m_theme.px(8), gap, gap);
    grid->setHorizontalSpacing(gap);
    grid->setVerticalSpacing(0);

    const int stages = int(m_snapshot.stages.size());
    if (stages == 0) {
        // A room without a journey yet: say how to give it one.
        auto* empty =
            new QLabel(tr("<h2>This room has no stages yet</h2>"
                          "<p>A room is built around the customer journey. Build it stage by stage with "
                          "<b>Room › Set up the room…</b> (Ctrl+Shift+U), or start from a template of "
                          "stages, departments and moments with <b>Room › New room…</b> (or "
                          "<code>customer-room-cli init ROOM --template FILE.json</code>).</p>"
                          "<p>Files you import meanwhile wait in the Unassigned tray. To see a full wall, "
                          "create the Kestrel Fibre demo from the same menu.</p>"));
        empty->setObjectName(QStringLiteral("noStages"));
        empty->setWordWrap(true);
        empty->setTextFormat(Qt::RichText);
        empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
        empty->setFont(m_theme.font(m_theme.bodyPx()));
        empty->setMaximumWidth(m_theme.px(720));
        grid->addWidget(empty, 0, 0, Qt::AlignCenter);
        grid->setRowStretch(0, 1);
        grid->setColumnStretch(0, 1);
        m_scroll->setWidget(m_content);
        m_labels->setReferenceCells({});
        m_pinnedNames->setColumns({}, {}, nullptr);
        return;
    }
    for (int i = 0; i < stages; ++i) {
        auto* panel = new StagePanel(m_theme, m_snapshot.stages[i].report.stage.name);
        grid->addWidget(panel, 0, i, kLaneCount, 1); // added first: painted under the cells
        m_panels.append(panel);
        const QVector<QWidget*> cells = buildColumn(i, grid, i);
        panel->setCells(cells);
        m_cells.append(cells);
        grid->setColumnStretch(i, 1);
        grid->setColumnMinimumWidth(i, minimumColumnWidth(m_theme));
    }

    // Every lane is as tall as its tallest cell, in every column: lanes align.
    for (int lane = 0; lane < kLaneCount; ++lane) {
        int height = 0;
        for (const auto& column : std::as_const(m_cells))
            height = qMax(height, column[lane]->sizeHint().height());
        for (const auto& column : std::as_const(m_cells))
            column[lane]->setFixedHeight(height);
        grid->setRowMinimumHeight(lane, height);
        grid->setRowStretch(lane, 0);
    }
    grid->setRowStretch(kLaneCount, 1); // spare height goes below the wall

    m_scroll->setWidget(m_content);
    // Arrow keys and the remote step one stage column at a time.
    m_scroll->horizontalScrollBar()->setSingleStep(minimumColumnWidth(m_theme) + gap);
    m_labels->setReferenceCells(m_cells.isEmpty() ? QVector<QWidget*>{} : m_cells.first());
    QStringList names;
    for (const StageWall& s : std::as_const(m_snapshot.stages))
        names << s.report.stage.name;
    m_pinnedNames->setColumns(m_panels, names, m_cells.first().first());
}

void WallView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_pinnedNames->follow();
}

} // namespace cr::ui
