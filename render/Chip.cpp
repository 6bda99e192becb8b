#include "render/Chip.h"

#include <QFontMetrics>
#include <QPainter>

#include <cmath>

namespace cr::render {

QColor readableOn(const QColor& background)
{
    // Relative luminance (WCAG); pick the text colour with the larger contrast.
    auto channel = [](double c) {
        c /= 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) +
                     0.0722 * channel(background.blue());
    const double withWhite = 1.05 / (l + 0.05);
    const double withBlack = (l + 0.05) / 0.05;
    return withWhite >= withBlack ? QColor(Qt::white) : QColor(Qt::black);
}

QSize chipSize(const ChipStyle& style)
{
    const QFontMetrics fm(style.font);
    const int d = fm.height();
    const int textWidth = style.word.isEmpty() ? 0 : fm.horizontalAdvance(style.word) + d / 3;
    return {d + textWidth + 2, fm.lineSpacing()};
}

void drawChip(QPainter& p, const QRect& rect, const ChipStyle& style)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(style.font);
    const int d = fm.height();
    const QRectF circle(rect.left() + 0.5, rect.top() + (rect.height() - d) / 2.0 + 0.5, d - 1, d - 1);
    p.setPen(Qt::NoPen);
    p.setBrush(style.color);
    p.drawEllipse(circle);
    p.setFont(style.glyphFont);
    p.setPen(readableOn(style.color));
    p.drawText(circle, Qt::AlignCenter, style.glyph);
    if (!style.word.isEmpty()) {
        p.setFont(style.font);
        p.setPen(style.wordColor);
        p.drawText(QRect(rect.left() + d + d / 3, rect.top(), rect.width() - d - d / 3, rect.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, style.word);
    }
    p.restore();
}

} // namespace cr::render
