#pragma once
// The PDF report's type and the few ways it puts words on a page: wrapped
// paragraphs, headings with a hairline, label/value rows, chips. Sizes are
// in points; the wall's colours come from Palette.

#include "render/Chip.h"
#include "render/PageFlow.h"
#include "render/Palette.h"

#include <QColor>
#include <QFont>
#include <QStringList>

namespace cr::render {

class ReportStyle
{
public:
    explicit ReportStyle(const PageGeometry& geometry) : m_geometry(geometry), m_palette(Palette::wall()) {}

    const PageGeometry& geometry() const { return m_geometry; }
    const Palette& palette() const { return m_palette; }
    double pt(double points) const { return m_geometry.pt(points); }

    QFont font(double points, QFont::Weight weight = QFont::Normal, bool italic = false) const;
    QFont coverTitle() const { return font(28, QFont::Bold); }
    QFont pageTitle() const { return font(19, QFont::Bold); }
    QFont headline() const { return font(30, QFont::Bold); }
    QFont value() const { return font(12, QFont::Bold); }
    QFont heading() const { return font(10, QFont::Bold); }
    QFont body(QFont::Weight weight = QFont::Normal) const { return font(9, weight); }
    QFont quote() const { return font(9, QFont::Normal, true); }
    QFont small(QFont::Weight weight = QFont::Normal) const { return font(7.5, weight); }

    // A status chip on the report's type: a circle as high as the line, the word beside.
    ChipStyle chip(const QColor& color, const QString& glyph, const QString& word, const QFont& font) const;

private:
    PageGeometry m_geometry;
    Palette m_palette;
};

double lineHeight(const QFont& font);
double textWidth(const QFont& font, const QString& text);
// `text` broken into lines no wider than `width`; with maxLines, the last
// line kept ends in "…".
QStringList wrapText(const QString& text, const QFont& font, double width, int maxLines = 0);
// Draws lines from `topLeft` down, one line height apart.
void drawLines(QPainter& painter, const QStringList& lines, const QFont& font, const QColor& color,
               const QPointF& topLeft, double width, Qt::Alignment alignment = Qt::AlignLeft);
// One line in `rect`, cut with "…" when it is too wide.
void drawLine(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
              const QColor& color, Qt::Alignment alignment = Qt::AlignLeft);

// --- Putting words on the flow ------------------------------------------------

// A band of `height` at the cursor, drawn by `draw` once the pages are known.
void addBand(PageFlow& flow, double height, std::function<void(QPainter&, const QRectF&)> draw);

// A wrapped paragraph, indented by `indent`; a paragraph taller than what
// is left of the page continues on the next one, line by line.
void addParagraph(PageFlow& flow, const QString& text, const QFont& font, const QColor& color,
                  double indent = 0, int maxLines = 0);
// A section heading: bold, muted, a hairline under it; kept with `keepWith`
// of what follows so a heading never ends a page alone.
void addHeading(PageFlow& flow, const ReportStyle& style, const QString& text, double keepWith);
// The page's title with a small line above it ("Stage 2 of 7").
void addPageTitle(PageFlow& flow, const ReportStyle& style, const QString& kicker, const QString& title);
void addHairline(PageFlow& flow, const ReportStyle& style);

} // namespace cr::render
