#include "wall/Sparkline.h"

#include "render/Sparkline.h"

#include <QPainter>

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
    return render::sparklinePointCount(m_values);
}

void Sparkline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render::drawSparkline(p, QRectF(rect()), m_values, m_target, m_lineColor, m_targetColor);
}

} // namespace cr::ui
