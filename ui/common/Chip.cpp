#include "common/Chip.h"

#include <QPainter>

namespace cr::ui {

Chip::Chip(const Theme& theme, const QColor& color, const QString& glyph, const QString& word, int pixelSize,
           QWidget* parent)
    : QWidget(parent), m_theme(theme), m_color(color), m_glyph(glyph), m_word(word), m_pixelSize(pixelSize)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

render::ChipStyle Chip::style() const
{
    return {m_color,
            m_glyph,
            m_word,
            m_theme.font(m_pixelSize),
            m_theme.font(qMax(1, int(m_pixelSize * 0.8)), QFont::Bold),
            m_theme.text};
}

QSize Chip::sizeHint() const
{
    return render::chipSize(style());
}

void Chip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render::drawChip(p, rect(), style());
}

} // namespace cr::ui
