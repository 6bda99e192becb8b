#include "render/Thumbnail.h"

#include <QPainter>

namespace cr::render {

void drawThumbnail(QPainter& p, const QRect& rect, const QImage& image, const QString& placeholder,
                   const ThumbnailStyle& style)
{
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setPen(QPen(style.frame, style.frameWidth));
    p.setBrush(style.fill);
    const qreal half = style.frameWidth / 2;
    p.drawRect(QRectF(rect).adjusted(half, half, -half, -half));
    if (image.isNull()) {
        p.setPen(style.placeholderColor);
        p.setFont(style.placeholderFont);
        const int t = style.textInset;
        p.drawText(rect.adjusted(t, t, -t, -t), Qt::AlignCenter | Qt::TextWordWrap, placeholder);
        p.restore();
        return;
    }
    const int i = style.inset;
    const QRect inner = rect.adjusted(i, i, -i, -i);
    const QSize size = image.size().scaled(inner.size(), Qt::KeepAspectRatio);
    // QRect::center() rounds down; +1 centres the picture exactly.
    const QRect target(inner.center().x() - size.width() / 2 + 1, inner.center().y() - size.height() / 2 + 1,
                       size.width(), size.height());
    p.drawImage(target, image);
    p.restore();
}

} // namespace cr::render
