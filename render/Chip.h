#pragma once
// A status cue that never relies on colour alone: a filled circle holding a
// glyph, followed by a word ("✓ on target", "✕ broken", "★ differentiating").
// The wall's Chip widget and the PDF report draw it with these functions.

#include <QColor>
#include <QFont>
#include <QRect>
#include <QString>

class QPainter;

namespace cr::render {

struct ChipStyle
{
    QColor color;    // the circle
    QString glyph;   // inside the circle
    QString word;    // beside it; may be empty
    QFont font;      // the word's font; the circle is as high as its line
    QFont glyphFont; // a little smaller and bold
    QColor wordColor;
};

// Room for the circle and the word, on one line of the word's font.
QSize chipSize(const ChipStyle& style);
// The circle centred vertically at the left of `rect`, the word after it.
void drawChip(QPainter& painter, const QRect& rect, const ChipStyle& style);

// Black or white, whichever reads better on `background` (WCAG contrast).
QColor readableOn(const QColor& background);

} // namespace cr::render
