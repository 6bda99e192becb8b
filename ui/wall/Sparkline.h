#pragma once
// A trend line without axes (DESIGN.md: "sparklines without axes"). Gaps in
// the data stay gaps; the last point is marked; an optional target is a
// dashed line so the eye sees which side of it the trend lives on. Painted
// by render::drawSparkline, as the PDF report paints its trends.

#include <QColor>
#include <QVector>
#include <QWidget>

#include <optional>

namespace cr::ui {

class Sparkline : public QWidget
{
    Q_OBJECT
public:
    Sparkline(QVector<std::optional<double>> values, std::optional<double> target, const QColor& lineColor,
              const QColor& targetColor, QWidget* parent = nullptr);

    int pointCount() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<std::optional<double>> m_values;
    std::optional<double> m_target;
    QColor m_lineColor;
    QColor m_targetColor;
};

} // namespace cr::ui
