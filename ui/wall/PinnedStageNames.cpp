#include "wall/PinnedStageNames.h"

#include "wall/StagePanel.h"

#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>

namespace cr::ui {

PinnedStageNames::PinnedStageNames(QScrollArea* scroll, QWidget* parent) : QWidget(parent), m_scroll(scroll)
{
    setObjectName(QStringLiteral("pinnedStageNames"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // clicks reach the wall beneath
    hide();
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &PinnedStageNames::follow);
    connect(scroll->horizontalScrollBar(), &QScrollBar::valueChanged, this, &PinnedStageNames::follow);
}

void PinnedStageNames::setTheme(const Theme& theme)
{
    m_theme = theme;
    follow();
}

void PinnedStageNames::setColumns(const QVector<StagePanel*>& panels, const QStringList& names, QWidget* headerCell)
{
    m_panels.clear();
    for (StagePanel* p : panels)
        m_panels.append(p);
    m_names = names;
    m_headerCell = headerCell;
    follow();
}

void PinnedStageNames::follow()
{
    const bool pinned = m_headerCell && !m_panels.isEmpty() &&
                        m_scroll->verticalScrollBar()->value() >
                            m_headerCell->mapTo(m_scroll->widget(), QPoint(0, 0)).y() + m_theme.px(24);
    if (!pinned) {
        hide();
        return;
    }
    const QRect viewport(m_scroll->viewport()->mapTo(parentWidget(), QPoint(0, 0)), m_scroll->viewport()->size());
    setGeometry(viewport.x(), viewport.y(), viewport.width(), m_theme.px(21) + 2 * m_theme.px(8));
    show();
    raise();
    update();
}

void PinnedStageNames::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.background);
    p.setPen(QPen(m_theme.hairline, 1));
    p.drawLine(0, height() - 1, width(), height() - 1);
    const QFont font = m_theme.font(m_theme.px(19), QFont::Bold);
    p.setFont(font);
    p.setPen(m_theme.text);
    for (int i = 0; i < m_panels.size() && i < m_names.size(); ++i) {
        const StagePanel* panel = m_panels[i];
        if (!panel)
            continue;
        // The panel is not a child of this strip: map through their common parent.
        const QPoint topLeft = panel->mapTo(parentWidget(), QPoint(0, 0)) - pos();
        const QRect column(topLeft.x(), 0, panel->width(), height());
        if (!column.intersects(rect()))
            continue;
        p.fillRect(column, m_theme.panel);
        // The same inset as the stage name in the header cell (lane body + header margins).
        const QRect text = column.adjusted(m_theme.px(14), 0, -m_theme.px(6), 0);
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetrics(font).elidedText(m_names[i], Qt::ElideRight, text.width()));
    }
}

} // namespace cr::ui
