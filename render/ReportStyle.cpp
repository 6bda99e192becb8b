#include "render/ReportStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace cr::render {

QFont ReportStyle::font(double points, QFont::Weight weight, bool italic) const
{
    // Pixel sizes at the PDF's resolution: at 1200 dpi a pixel is 0.06 pt,
    // so sizes are exact and the metrics are the ones the page is drawn with.
    QFont f(fontFamily());
    f.setPixelSize(qMax(1, int(std::lround(pt(points)))));
    f.setWeight(weight);
    f.setItalic(italic);
    f.setStyleHint(QFont::SansSerif);
    // No ligatures: "fi" drawn as one glyph would read back as "ﬁ", and a
    // search for "fix" or "first" in the PDF would miss it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

ChipStyle ReportStyle::chip(const QColor& color, const QString& glyph, const QString& word,
                            const QFont& f) const
{
    QFont glyphFont = f;
    glyphFont.setPixelSize(qMax(1, int(f.pixelSize() * 0.8)));
    glyphFont.setWeight(QFont::Bold);
    return {color, glyph, word, f, glyphFont, m_palette.text};
}

double lineHeight(const QFont& font)
{
    return QFontMetricsF(font).lineSpacing();
}

double textWidth(const QFont& font, const QString& text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

QStringList wrapText(const QString& text, const QFont& font, double width, int maxLines)
{
    QStringList lines;
    const QFontMetricsF fm(font);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            lines.append(QString());
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        const QString rest = QStringList(lines.mid(maxLines - 1)).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        // Elide leaves room for "…" only when the text is too wide; force it.
        QString last = fm.elidedText(rest + QStringLiteral(" …"), Qt::ElideRight, width);
        if (!last.endsWith(QChar(0x2026)))
            last += QChar(0x2026);
        lines.append(last);
    }
    return lines;
}

void drawLines(QPainter& p, const QStringList& lines, const QFont& font, const QColor& color,
               const QPointF& topLeft, double width, Qt::Alignment alignment)
{
    p.save();
    p.setFont(font);
    p.setPen(color);
    const double h = lineHeight(font);
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QRectF(topLeft.x(), topLeft.y() + i * h, width, h), int(alignment | Qt::AlignVCenter),
                   lines[i]);
    p.restore();
}

void drawLine(QPainter& p, const QRectF& rect, const QString& text, const QFont& font, const QColor& color,
              Qt::Alignment alignment)
{
    p.save();
    p.setFont(font);
    p.setPen(color);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width());
    p.drawText(rect, int(alignment | Qt::AlignVCenter), shown);
    p.restore();
}

void addBand(PageFlow& flow, double height, std::function<void(QPainter&, const QRectF&)> draw)
{
    const QRectF band = flow.take(height);
    flow.add([band, draw = std::move(draw)](QPainter& p, const DocumentInfo&) { draw(p, band); });
}

void addParagraph(PageFlow& flow, const QString& text, const QFont& font, const QColor& color, double indent,
                  int maxLines)
{
    const double w = flow.width() - indent;
    const double h = lineHeight(font);
    const QStringList lines = wrapText(text, font, w, maxLines);
    // Short paragraphs stay whole; long ones run on line by line.
    if (lines.size() <= 4)
        flow.ensure(h * lines.size());
    for (const QString& line : lines) {
        const QRectF band = flow.take(h);
        flow.add([line, font, color, band, indent, w](QPainter& p, const DocumentInfo&) {
            drawLines(p, {line}, font, color, QPointF(band.left() + indent, band.top()), w);
        });
    }
}

void addHeading(PageFlow& flow, const ReportStyle& style, const QString& text, double keepWith)
{
    const QFont font = style.heading();
    const double h = lineHeight(font);
    const double gap = style.pt(3);
    flow.skip(style.pt(10));
    flow.ensure(h + gap + keepWith);
    const QRectF band = flow.take(h + gap);
    const Palette palette = style.palette();
    const double rule = style.pt(0.6);
    flow.add([text, font, band, palette, h, rule](QPainter& p, const DocumentInfo&) {
        drawLines(p, {text.toUpper()}, font, palette.mutedText, band.topLeft(), band.width());
        p.fillRect(QRectF(band.left(), band.top() + h + rule, band.width(), rule), palette.hairline);
    });
    flow.skip(style.pt(4));
}

void addPageTitle(PageFlow& flow, const ReportStyle& style, const QString& kicker, const QString& title)
{
    const Palette palette = style.palette();
    if (!kicker.isEmpty()) {
        const QFont k = style.small(QFont::Bold);
        const QRectF band = flow.take(lineHeight(k));
        flow.add([kicker, k, band, palette](QPainter& p, const DocumentInfo&) {
            drawLines(p, {kicker}, k, palette.accent, band.topLeft(), band.width());
        });
    }
    const QFont t = style.pageTitle();
    const QStringList lines = wrapText(title, t, flow.width(), 2);
    const QRectF band = flow.take(lineHeight(t) * lines.size());
    flow.add([lines, t, band, palette](QPainter& p, const DocumentInfo&) {
        drawLines(p, lines, t, palette.text, band.topLeft(), band.width());
    });
}

void addHairline(PageFlow& flow, const ReportStyle& style)
{
    flow.skip(style.pt(6));
    const QRectF band = flow.take(style.pt(0.6));
    const QColor color = style.palette().hairline;
    flow.add([band, color](QPainter& p, const DocumentInfo&) { p.fillRect(band, color); });
    flow.skip(style.pt(6));
}

} // namespace cr::render
