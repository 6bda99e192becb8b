#include "common/Chip.h"

#include <QFontMetrics>

#include <QPainter>
#include <cmath>

namespace cr::ui {

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

Chip::Chip(const Theme& theme, const QColor& color, const QString& glyph, const QString& word, int pixelSize,
           QWidget* parent)
    : QWidget(parent), m_theme(theme), m_color(color), m_glyph(glyph), m_word(word), m_pixelSize(pixelSize)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize Chip::sizeHint() const
{
    const QFontMetrics fm(m_theme.font(m_pixelSize));
    const int d = fm.height();
    const int textWidth = m_word.isEmpty() ? 0 : fm.horizontalAdvance(m_word) + d / 3;
    return {d + textWidth + 2, fm.lineSpacing()};
}

void Chip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont font = m_theme.font(m_pixelSize);
    const QFontMetrics fm(font);
    const int d = fm.height();
    const QRectF circle(0.5, (height() - d) / 2.0 + 0.5, d - 1, d - 1);
    p.setPen(Qt::NoPen);
    p.setBrush(m_color);
    p.drawEllipse(circle);
    QFont glyphFont = m_theme.font(qMax(1, int(m_pixelSize * 0.8)), QFont::Bold);
    p.setFont(glyphFont);
    p.setPen(readableOn(m_color));
    p.drawText(circle, Qt::AlignCenter, m_glyph);
    if (!m_word.isEmpty()) {
        p.setFont(font);
        p.setPen(m_theme.text);
        p.drawText(QRect(d + d / 3, 0, width() - d - d / 3, height()), Qt::AlignLeft | Qt::AlignVCenter,
                   m_word);
    }
}

} // namespace cr::ui
