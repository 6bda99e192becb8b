#pragma once
// An artifact as a viewer shows it: a picture, or one page of a PDF drawn at
// the size it will be seen (not the import's thumbnail scaled up). Pure
// computation on bytes: call it off the GUI thread.

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace cr {

struct ArtifactPage
{
    QImage image;         // null when nothing could be drawn (see problem)
    int page = 0;         // 0-based, as drawn
    int pageCount = 0;    // 1 for a picture
    bool document = false; // a PDF: pages can be turned and drawn sharper when zoomed
    QSizeF naturalSize;   // the page in points, or the picture in pixels
    QString problem;      // why nothing was drawn, in words a user can act on
};

bool isPdf(const QByteArray& bytes);

// Draws page `page` (clamped) so that it fits `box` (pixels) at `zoom`
// (1 = fit). A picture is decoded whole and scaled to the same box.
ArtifactPage renderArtifactPage(const QByteArray& bytes, int page, QSize box, double zoom = 1.0);

} // namespace cr
