#pragma once
// A trend line without axes (DESIGN.md: "sparklines without axes"). Gaps in
// the data stay gaps; the last point is marked; an optional target is a
// dashed line so the eye sees which side of it the trend lives on. The
// wall's Sparkline widget and the PDF report draw it with this function.

#include <QColor>
#include <QRectF>
#include <QVector>

#include <optional>

class QPainter;

namespace cr::render {

int sparklinePointCount(const QVector<std::optional<double>>& values);

// Draws nothing with fewer than two periods or no value at all.
void drawSparkline(QPainter& painter, const QRectF& rect, const QVector<std::optional<double>>& values,
                   std::optional<double> target, const QColor& lineColor, const QColor& targetColor);

} // namespace cr::render
