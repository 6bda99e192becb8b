#include "wall/StagePanel.h"

#include "wall/Lane.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

namespace cr::ui {

StagePanel::StagePanel(const Theme& theme, const QString& stageName, QWidget* parent)
    : QWidget(parent), m_theme(theme)
{
    setObjectName(QStringLiteral("stagePanel:%1").arg(stageName));
}

void StagePanel::setCells(const QVector<QWidget*>& cells)
{
    m_cells.clear();
    for (QWidget* c : cells)
        m_cells.append(c);
}

QVector<QWidget*> StagePanel::cells() const
{
    QVector<QWidget*> out;
    for (const auto& c : m_cells)
        out.append(c.data());
    return out;
}

void StagePanel::setDropHighlight(bool on)
{
    if (on == m_dropHighlight)
        return;
    m_dropHighlight = on;
    update();
}

void StagePanel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal radius = m_theme.px(8);
    p.setPen(QPen(m_theme.hairline, 1));
    p.setBrush(m_theme.panel);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    if (m_dropHighlight) {
        QColor wash = m_theme.accent;
        wash.setAlpha(28);
        const qreal w = qMax(2, m_theme.px(3));
        p.setPen(QPen(m_theme.accent, w, Qt::DashLine));
        p.setBrush(wash);
        p.drawRoundedRect(QRectF(rect()).adjusted(w / 2, w / 2, -w / 2, -w / 2), radius, radius);
        p.setPen(QPen(m_theme.hairline, 1));
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    const int inset = m_theme.px(10);
    for (int i = 1; i < m_cells.size(); ++i) {
        if (!m_cells[i])
            continue;
        const int y = m_cells[i]->geometry().top() - geometry().top();
        p.drawLine(inset, y, width() - inset, y);
    }
}

LaneLabels::LaneLabels(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("laneLabels"));
}

void LaneLabels::setTheme(const Theme& theme)
{
    m_theme = theme;
    setFixedWidth(theme.layoutPx(112));
    update();
}

void LaneLabels::setReferenceCells(const QVector<QWidget*>& cells)
{
    for (const auto& c : m_cells)
        if (c)
            c->removeEventFilter(this);
    m_cells.clear();
    for (QWidget* c : cells) {
        m_cells.append(c);
        c->installEventFilter(this);
    }
    update();
}

bool LaneLabels::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Move || event->type() == QEvent::Resize)
        update();
    return QWidget::eventFilter(watched, event);
}

QVector<QRect> LaneLabels::labelRects() const
{
    QVector<QRect> rects;
    for (const auto& c : m_cells) {
        if (!c) {
            rects.append(QRect());
            continue;
        }
        const QPoint topLeft = c->mapTo(window(), QPoint(0, 0)) - mapTo(window(), QPoint(0, 0));
        rects.append(QRect(0, topLeft.y(), width(), c->height()));
    }
    return rects;
}

void LaneLabels::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    QFont font = m_theme.font(m_theme.laneLabelPx(), QFont::Bold);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    p.setFont(font);
    p.setPen(m_theme.mutedText);
    const QVector<QRect> rects = labelRects();
    const int pad = m_theme.px(12);
    for (int i = 0; i < rects.size() && i < kLaneCount; ++i) {
        const QRect r = rects[i].adjusted(pad, m_theme.px(14), -m_theme.px(4), 0);
        const QString title = laneTitle(static_cast<Lane>(i));
        // A long lane name (or a translation) shrinks a little rather than being cut.
        QFont fitted = font;
        while (QFontMetrics(fitted).horizontalAdvance(title) > r.width() && fitted.pixelSize() > 8)
            fitted.setPixelSize(fitted.pixelSize() - 1);
        p.setFont(fitted);
        p.drawText(r, Qt::AlignLeft | Qt::AlignTop, title);
    }
}

} // namespace cr::ui
