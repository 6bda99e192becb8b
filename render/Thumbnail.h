#pragma once
// An artifact's thumbnail scaled to fit and centred in a framed box, or the
// artifact's kind in words when it has no picture. The wall's artifact lane
// and the PDF report draw it with this function.

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRect>
#include <QString>

class QPainter;

namespace cr::render {

struct ThumbnailStyle
{
    QColor frame;
    QColor fill;
    QColor placeholderColor;
    QFont placeholderFont;
    qreal frameWidth = 1;
    int inset = 2;     // between the frame and the picture
    int textInset = 4; // between the frame and the placeholder words
};

void drawThumbnail(QPainter& painter, const QRect& rect, const QImage& image, const QString& placeholder,
                   const ThumbnailStyle& style);

} // namespace cr::render
