#include "wall/Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cr::ui {

Sparkline::Sparkline(QVector<std::optional<double>> values, std::optional<double> target,
                     const QColor& lineColor, const QColor& targetColor, QWidget* parent)
    : QWidget(parent), m_values(std::move(values)), m_target(target), m_lineColor(lineColor),
      m_targetColor(targetColor)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

int Sparkline::pointCount() const
{
    return int(std::count_if(m_values.begin(), m_values.end(), [](const auto& v) { return v.has_value(); }));
}

void Sparkline::paintEvent(QPaintEvent*)
{
    if (pointCount() == 0 || m_values.size() < 2)
        return;
    double lo = 0, hi = 0;
    bool first = true;
    for (const auto& v : m_values) {
        if (!v)
            continue;
        lo = first ? *v : std::min(lo, *v);
        hi = first ? *v : std::max(hi, *v);
        first = false;
    }
    if (m_target) {
        lo = std::min(lo, *m_target);
        hi = std::max(hi, *m_target);
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    const qreal pen = std::max(1.5, height() / 14.0);
    const QRectF area = QRectF(rect()).adjusted(pen * 2, pen * 2, -pen * 2, -pen * 2);
    auto pointAt = [&](int i, double v) {
        const qreal x = area.left() + area.width() * i / (m_values.size() - 1);
        const qreal y = area.bottom() - area.height() * (v - lo) / (hi - lo);
        return QPointF(x, y);
    };

    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_target) {
        QPen dashed(m_targetColor, std::max(1.0, pen / 2), Qt::DashLine);
        p.setPen(dashed);
        const qreal y = pointAt(0, *m_target).y();
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    QPainterPath path;
    bool drawing = false;
    QPointF last;
    for (int i = 0; i < m_values.size(); ++i) {
        if (!m_values[i]) {
            drawing = false;
            continue;
        }
        const QPointF pt = pointAt(i, *m_values[i]);
        if (drawing)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        drawing = true;
        last = pt;
    }
    p.setPen(QPen(m_lineColor, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(m_lineColor);
    p.drawEllipse(last, pen * 1.6, pen * 1.6);
}

} // namespace cr::ui
