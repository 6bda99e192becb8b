#include "render/PageFlow.h"

namespace cr::render {

std::optional<Paper> paperFromString(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return Paper::A4;
    if (n == QLatin1String("letter"))
        return Paper::Letter;
    return std::nullopt;
}

PageGeometry PageGeometry::forPaper(Paper paper, int dpi)
{
    PageGeometry g;
    g.paper = paper;
    g.dpi = dpi;
    // A4 210 × 297 mm; US Letter 8.5 × 11 in.
    g.size = paper == Paper::A4 ? QSizeF(g.mm(210), g.mm(297)) : QSizeF(8.5 * dpi, 11.0 * dpi);
    const double side = g.mm(18);
    const double top = g.mm(16);
    const double bottom = g.mm(14);
    const double footerHeight = g.pt(12);
    g.footer = QRectF(side, g.size.height() - bottom - footerHeight, g.size.width() - 2 * side, footerHeight);
    g.body = QRectF(side, top, g.size.width() - 2 * side, g.footer.top() - g.pt(10) - top);
    return g;
}

void PageFlow::newPage(const QString& section, const QString& title)
{
    m_pages.append({section, title, {}});
    m_y = m_geometry.body.top();
}

void PageFlow::startSection(const QString& key, const QString& pageTitle)
{
    m_continuation = nullptr;
    newPage(key, pageTitle);
    if (!m_sectionStarts.contains(key))
        m_sectionStarts.insert(key, int(m_pages.size()));
}

void PageFlow::ensure(double height)
{
    if (m_pages.isEmpty()) {
        newPage(QString(), QString());
        return;
    }
    if (height <= remaining() || pageIsEmpty() || m_continuing)
        return;
    const LaidOutPage& current = m_pages.last();
    newPage(current.section, current.title);
    if (m_continuation) {
        m_continuing = true;
        m_continuation(*this);
        m_continuing = false;
    }
}

QRectF PageFlow::take(double height)
{
    ensure(height);
    const QRectF band(left(), m_y, width(), height);
    m_y += height;
    return band;
}

void PageFlow::skip(double gap)
{
    if (!pageIsEmpty())
        m_y = qMin(m_y + gap, m_geometry.body.bottom());
}

void PageFlow::add(Draw draw)
{
    if (m_pages.isEmpty())
        newPage(QString(), QString());
    m_pages.last().draws.append(std::move(draw));
}

DocumentInfo PageFlow::info() const
{
    return {int(m_pages.size()), m_sectionStarts};
}

} // namespace cr::render
