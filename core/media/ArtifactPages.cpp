#include "media/ArtifactPages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPdfDocument>

namespace cr {

namespace {
// A page is never drawn larger than this many pixels in either direction,
// however far the viewer zooms: enough for 400 % of a 4K-wide page.
constexpr int kMaxSide = 12000;

QSize fitted(QSizeF natural, QSize box, double zoom)
{
    if (natural.isEmpty() || box.isEmpty())
        return {};
    QSizeF size = natural.scaled(QSizeF(box), Qt::KeepAspectRatio) * qMax(0.05, zoom);
    if (size.width() > kMaxSide || size.height() > kMaxSide)
        size = size.scaled(QSizeF(kMaxSide, kMaxSide), Qt::KeepAspectRatio);
    return size.toSize().expandedTo(QSize(1, 1));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("ArtifactPages", text);
}

ArtifactPage renderPdf(const QByteArray& bytes, int page, QSize box, double zoom)
{
    ArtifactPage out;
    out.document = true;
    QByteArray copy = bytes; // QBuffer wants a non-const array; the copy is shallow
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() <= 0) {
        out.problem = document.error() == QPdfDocument::Error::IncorrectPassword
                          ? tr("This PDF needs a password; its preview is shown instead.")
                          : tr("This PDF cannot be drawn; its preview is shown instead.");
        return out;
    }
    out.pageCount = document.pageCount();
    out.page = qBound(0, page, out.pageCount - 1);
    out.naturalSize = document.pagePointSize(out.page);
    const QSize pixels = fitted(out.naturalSize, box, zoom);
    QPdfDocumentRenderOptions options;
    options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations);
    out.image = document.render(out.page, pixels, options);
    if (out.image.isNull())
        out.problem = tr("This page cannot be drawn.");
    return out;
}

ArtifactPage renderPicture(const QByteArray& bytes, QSize box, double zoom)
{
    ArtifactPage out;
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // camera photos of letters keep their orientation
    const QSize natural = reader.size();
    if (natural.isValid() && !box.isEmpty()) {
        // Decode at the size shown: a 6000 px scan is not held whole for a 1000 px view.
        const QSize target = fitted(QSizeF(natural), box, zoom);
        if (target.width() < natural.width())
            reader.setScaledSize(target);
    }
    out.image = reader.read();
    if (out.image.isNull()) {
        out.problem = tr("This file is not a picture this viewer can draw.");
        return out;
    }
    out.pageCount = 1;
    out.naturalSize = QSizeF(natural.isValid() ? natural : out.image.size());
    return out;
}
} // namespace

bool isPdf(const QByteArray& bytes)
{
    // Some generators put a few bytes (a BOM, a mail header) before %PDF-.
    const int at = bytes.left(1024).indexOf("%PDF-");
    return at >= 0;
}

ArtifactPage renderArtifactPage(const QByteArray& bytes, int page, QSize box, double zoom)
{
    if (bytes.isEmpty()) {
        ArtifactPage out;
        out.problem = tr("This artifact has no file to show.");
        return out;
    }
    return isPdf(bytes) ? renderPdf(bytes, page, box, zoom) : renderPicture(bytes, box, zoom);
}

} // namespace cr
