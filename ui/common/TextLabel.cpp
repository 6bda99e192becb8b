#include "common/TextLabel.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace cr::ui {

TextLabel::TextLabel(const QString& text, const QFont& font, const QColor& color, int maxLines,
                     QWidget* parent)
    : QWidget(parent), m_text(text), m_font(font), m_color(color), m_maxLines(qMax(1, maxLines))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFixedHeight(QFontMetrics(m_font).lineSpacing() * m_maxLines);
    if (m_maxLines > 1)
        m_alignment = Qt::AlignLeft | Qt::AlignTop;
}

void TextLabel::setText(const QString& text)
{
    m_text = text;
    update();
}

void TextLabel::fitToText()
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedWidth(sizeHint().width());
}

void TextLabel::setAlignment(Qt::Alignment alignment)
{
    m_alignment = alignment;
    update();
}

QSize TextLabel::sizeHint() const
{
    const QFontMetrics fm(m_font);
    return {fm.horizontalAdvance(m_text) + 2, fm.lineSpacing() * m_maxLines};
}

QSize TextLabel::minimumSizeHint() const
{
    return {0, QFontMetrics(m_font).lineSpacing() * (m_heightFollowsText ? 1 : m_maxLines)};
}

int TextLabel::heightForWidth(int width) const
{
    int lines = m_maxLines;
    if (m_heightFollowsText) {
        bool elided = false;
        lines = qBound(1, int(layoutLines(width, &elided).size()), m_maxLines);
    }
    return QFontMetrics(m_font).lineSpacing() * lines;
}

void TextLabel::setHeightFollowsText(bool on)
{
    m_heightFollowsText = on;
    const int line = QFontMetrics(m_font).lineSpacing();
    if (on) {
        setMinimumHeight(line);
        setMaximumHeight(line * m_maxLines);
        setSizePolicy(sizePolicy().horizontalPolicy(), QSizePolicy::Preferred);
    } else {
        setFixedHeight(line * m_maxLines);
        setSizePolicy(sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    }
    updateGeometry();
}

QStringList TextLabel::layoutLines(int width, bool* elided) const
{
    const QFontMetrics fm(m_font);
    QStringList lines;
    *elided = false;
    if (width <= 0)
        return lines;
    QTextLayout layout(m_text, m_font);
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == m_maxLines - 1) {
            const QString rest = m_text.mid(line.textStart());
            const QString cut = fm.elidedText(rest, Qt::ElideRight, width);
            *elided = cut != rest;
            lines.append(cut);
            break;
        }
        lines.append(m_text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

void TextLabel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setFont(m_font);
    p.setPen(m_color);
    bool elided = false;
    const QStringList lines = layoutLines(width(), &elided);
    m_elided = elided;
    const QFontMetrics fm(m_font);
    const int total = fm.lineSpacing() * int(lines.size());
    int y = 0;
    if (m_alignment & Qt::AlignVCenter)
        y = (height() - total) / 2;
    else if (m_alignment & Qt::AlignBottom)
        y = height() - total;
    for (const QString& line : lines) {
        const QRect r(0, y, width(), fm.lineSpacing());
        p.drawText(r, int((m_alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter), line);
        y += fm.lineSpacing();
    }
}

} // namespace cr::ui
