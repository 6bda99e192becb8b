#pragma once
// Lays a document out page by page before anything is painted: each page
// keeps the drawing it will do, so footers can say "page 3 of 11", the
// cover can list where each section starts, and a long list continues on a
// new page (with its heading again) instead of being clipped.

#include <QHash>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

class QPainter;

namespace cr::render {

enum class Paper { A4, Letter };
std::optional<Paper> paperFromString(const QString& name); // "a4", "letter"

struct PageGeometry
{
    Paper paper = Paper::A4;
    int dpi = 1200;
    QSizeF size;   // the whole sheet, portrait, in device units
    QRectF body;   // inside the margins and above the footer
    QRectF footer; // one line at the bottom margin

    static PageGeometry forPaper(Paper paper, int dpi);
    double pt(double points) const { return points * dpi / 72.0; }
    double mm(double millimetres) const { return millimetres * dpi / 25.4; }
};

// What is only known once every page is laid out.
struct DocumentInfo
{
    int pageCount = 0;
    QHash<QString, int> sectionStarts; // section key -> 1-based page
};

using Draw = std::function<void(QPainter&, const DocumentInfo&)>;

struct LaidOutPage
{
    QString section; // the key of the section it belongs to
    QString title;   // for the footer and the tests
    QVector<Draw> draws;
};

class PageFlow
{
public:
    explicit PageFlow(const PageGeometry& geometry) : m_geometry(geometry) {}

    const PageGeometry& geometry() const { return m_geometry; }
    double left() const { return m_geometry.body.left(); }
    double width() const { return m_geometry.body.width(); }
    double y() const { return m_y; }
    double remaining() const { return m_geometry.body.bottom() - m_y; }
    bool pageIsEmpty() const { return m_y <= m_geometry.body.top(); }

    // A new page that starts a section (its first page goes in the contents).
    void startSection(const QString& key, const QString& pageTitle);
    // What a page that carries the section on draws first: the section's
    // title "(continued)" and the heading of the list that runs on.
    void setContinuation(std::function<void(PageFlow&)> header) { m_continuation = std::move(header); }

    // Makes sure `height` fits below the cursor; breaks to a continuation
    // page when it does not (unless the page is still empty: a block taller
    // than a page is then drawn as far as the page goes).
    void ensure(double height);
    // The band of `height` at the cursor, full body width; the cursor moves below it.
    QRectF take(double height);
    // Vertical space; none at the top of a page.
    void skip(double gap);
    void add(Draw draw);

    const QVector<LaidOutPage>& pages() const { return m_pages; }
    DocumentInfo info() const;

private:
    void newPage(const QString& section, const QString& title);

    PageGeometry m_geometry;
    QVector<LaidOutPage> m_pages;
    QHash<QString, int> m_sectionStarts;
    std::function<void(PageFlow&)> m_continuation;
    double m_y = 0;
    bool m_continuing = false; // drawing a continuation header: never break inside it
};

} // namespace cr::render
