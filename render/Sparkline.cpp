#include "render/Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cr::render {

int sparklinePointCount(const QVector<std::optional<double>>& values)
{
    return int(std::count_if(values.begin(), values.end(), [](const auto& v) { return v.has_value(); }));
}

void drawSparkline(QPainter& p, const QRectF& rect, const QVector<std::optional<double>>& values,
                   std::optional<double> target, const QColor& lineColor, const QColor& targetColor)
{
    if (sparklinePointCount(values) == 0 || values.size() < 2)
        return;
    double lo = 0, hi = 0;
    bool first = true;
    for (const auto& v : values) {
        if (!v)
            continue;
        lo = first ? *v : std::min(lo, *v);
        hi = first ? *v : std::max(hi, *v);
        first = false;
    }
    if (target) {
        lo = std::min(lo, *target);
        hi = std::max(hi, *target);
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    // The line thickens with the height, so it reads the same at any size.
    const qreal pen = std::max(1.5, rect.height() / 14.0);
    const QRectF area = rect.adjusted(pen * 2, pen * 2, -pen * 2, -pen * 2);
    auto pointAt = [&](int i, double v) {
        const qreal x = area.left() + area.width() * i / (values.size() - 1);
        const qreal y = area.bottom() - area.height() * (v - lo) / (hi - lo);
        return QPointF(x, y);
    };

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (target) {
        QPen dashed(targetColor, std::max(1.0, pen / 2), Qt::DashLine);
        p.setPen(dashed);
        const qreal y = pointAt(0, *target).y();
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    QPainterPath path;
    bool drawing = false;
    QPointF last;
    for (int i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            drawing = false;
            continue;
        }
        const QPointF pt = pointAt(i, *values[i]);
        if (drawing)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        drawing = true;
        last = pt;
    }
    p.setPen(QPen(lineColor, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(lineColor);
    p.drawEllipse(last, pen * 1.6, pen * 1.6);
    p.restore();
}

} // namespace cr::render
