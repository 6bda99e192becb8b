// Images: PNG, JPEG, GIF, SVG, and WebP/TIFF when this Qt build has their
// plugins. A scan or screenshot of what a customer received; the original
// bytes are kept, the thumbnail is decoded small (QImageReader::setScaledSize),
// EXIF orientation applied, transparency flattened onto white.
#include "import/formats/ArtifactCommon.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace cr::formats {

namespace {

using namespace artifacts;

bool qtReads(const char* format)
{
    return QImageReader::supportedImageFormats().contains(QByteArray(format));
}

enum class Signature { None, Png, Jpeg, Gif, WebP, Tiff, Svg };

Signature signatureOf(const QByteArray& head, const QString& text)
{
    if (head.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return Signature::Png;
    if (head.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return Signature::Jpeg;
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return Signature::Gif;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return Signature::WebP;
    if (head.startsWith(QByteArrayView("II*\0", 4)) || head.startsWith(QByteArrayView("MM\0*", 4)))
        return Signature::Tiff;
    const QString root = skipMarkupProlog(text.left(4096));
    if (root.startsWith(QLatin1String("<svg")) || root.startsWith(QLatin1String("<svg:svg")))
        return Signature::Svg;
    return Signature::None;
}

QString mimeTypeOf(const QByteArray& format)
{
    const QByteArray f = format.toLower();
    if (f == "jpg" || f == "jpeg")
        return QStringLiteral("image/jpeg");
    if (f == "tif" || f == "tiff")
        return QStringLiteral("image/tiff");
    if (f == "svg")
        return QStringLiteral("image/svg+xml");
    return QStringLiteral("image/") + QString::fromLatin1(f);
}

// Beyond what QImageReader allocates (256 MB by default): 8000 x 8000 RGBA.
bool tooLargeToDecode(const QSize& size)
{
    const qint64 limit = qint64(QImageReader::allocationLimit()) * 1024 * 1024;
    return size.isValid() && limit > 0 && qint64(size.width()) * size.height() * 4 > limit;
}

class ImageArtifacts final : public Importer
{
public:
    QString id() const override { return QStringLiteral("image"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "Images (PNG, JPEG, GIF, SVG)");
    }
    ImportKind kind() const override { return ImportKind::Artifacts; }
    QStringList suffixes() const override
    {
        return {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                QStringLiteral("svg"), QStringLiteral("gif"), QStringLiteral("webp"),
                QStringLiteral("tif"), QStringLiteral("tiff")};
    }

    Sniff sniff(const FileSample& sample) const override
    {
        const QString text = sample.isText ? sample.text : QString::fromLatin1(sample.head.left(4096));
        switch (signatureOf(sample.head, text)) {
        case Signature::Png:
            return {95, QStringLiteral("PNG signature")};
        case Signature::Jpeg:
            return {95, QStringLiteral("JPEG signature (FF D8 FF)")};
        case Signature::Gif:
            return {95, QStringLiteral("GIF signature")};
        case Signature::WebP:
            if (qtReads("webp"))
                return {95, QStringLiteral("WebP signature")};
            break;
        case Signature::Tiff:
            if (qtReads("tiff"))
                return {90, QStringLiteral("TIFF signature")};
            break;
        case Signature::Svg:
            return {92, QStringLiteral("XML with an <svg> root")};
        case Signature::None:
            break;
        }
        if (suffixes().contains(sample.suffix))
            return {40, QStringLiteral("file name ends in .%1").arg(sample.suffix)};
        return {};
    }

    Status read(const QString& path, const ImportOptions&, ImportSink& sink) const override
    {
        auto data = startReading(path, sink);
        if (!data)
            return data.error();
        const QByteArray& bytes = *data;

        ArtifactRecord artifact;
        artifact.data = bytes;
        artifact.artifact.title = titleFromFileName(path);

        const Signature signature = signatureOf(bytes.left(64), QString::fromUtf8(bytes.left(4096)));
        Status drawn = signature == Signature::Svg ? readSvg(path, artifact, sink)
                                                   : readRaster(path, signature, artifact, sink);
        if (!drawn.ok())
            return drawn;
        if (mentionsInvoice(QFileInfo(path).fileName()))
            artifact.artifact.kind = ArtifactKind::Invoice;
        return acceptArtifact(sink, std::move(artifact));
    }

private:
    Status readRaster(const QString& path, Signature signature, ArtifactRecord& artifact,
                      ImportSink& sink) const
    {
        if (signature == Signature::WebP && !qtReads("webp"))
            return refusal(path,
                           QCoreApplication::translate(
                               "Importers",
                               "This is a WebP image, which this installation cannot read: install Qt's "
                               "image format plugins (qt6-image-formats-plugins) or convert it to PNG."));
        if (signature == Signature::Tiff && !qtReads("tiff"))
            return refusal(path,
                           QCoreApplication::translate(
                               "Importers",
                               "This is a TIFF image, which this installation cannot read: install Qt's "
                               "image format plugins (qt6-image-formats-plugins) or convert it to PNG."));
        QString error;
        QByteArray format;
        QSize fullSize;
        const QImage image = readImageScaled(artifact.data, QSize(kThumbnailLongSide, kThumbnailLongSide),
                                             &error, &format, &fullSize);
        if (format.isEmpty())
            return refusal(path,
                           QCoreApplication::translate(
                               "Importers",
                               "This file is not an image that can be read (PNG, JPEG, GIF, SVG): its first "
                               "bytes are no known image signature. Check that it is the file you meant."));
        const QString formatName = QString::fromLatin1(format.toUpper());
        artifact.mimeType = mimeTypeOf(format);
        if (image.isNull() && tooLargeToDecode(fullSize)) {
            // Qt decodes some formats (PNG) whole before scaling, within its
            // allocation limit: keep the evidence, without a picture.
            artifact.artifact.kind = ArtifactKind::Other;
            artifact.artifact.description = QCoreApplication::translate("Importers", "%1 image, %2 × %3 px")
                                                .arg(formatName)
                                                .arg(fullSize.width())
                                                .arg(fullSize.height());
            sink.note(
                QCoreApplication::translate(
                    "Importers", "%1 image %2 × %3 px is too large to draw a thumbnail; kept without one")
                    .arg(formatName)
                    .arg(fullSize.width())
                    .arg(fullSize.height()));
            return success();
        }
        if (image.isNull())
            return refusal(path, QCoreApplication::translate(
                                     "Importers",
                                     "The %1 image cannot be decoded (%2): the file is probably truncated or "
                                     "damaged. Export or scan it again.")
                                     .arg(formatName, error));
        // Orientation from EXIF may have turned the picture a quarter.
        if ((image.width() > image.height()) != (fullSize.width() > fullSize.height()))
            fullSize.transpose();
        artifact.thumbnail = toThumbnail(image);
        artifact.artifact.kind = isPhoneShaped(image.size()) ? ArtifactKind::AppScreen : ArtifactKind::Other;
        artifact.artifact.description = QCoreApplication::translate("Importers", "%1 image, %2 × %3 px")
                                            .arg(QString::fromLatin1(format.toUpper()))
                                            .arg(fullSize.width())
                                            .arg(fullSize.height());
        sink.note(QCoreApplication::translate("Importers", "%1 image %2 × %3 px, thumbnail %4 × %5")
                      .arg(QString::fromLatin1(format.toUpper()))
                      .arg(fullSize.width())
                      .arg(fullSize.height())
                      .arg(artifact.thumbnail.width())
                      .arg(artifact.thumbnail.height()));
        return success();
    }

    Status readSvg(const QString& path, ArtifactRecord& artifact, ImportSink& sink) const
    {
        artifact.mimeType = QStringLiteral("image/svg+xml");
        artifact.artifact.kind = ArtifactKind::Other;
        if (!canDrawText()) {
            // QtSvg lays out <text> with QFont, which needs a QGuiApplication.
            artifact.artifact.description = QCoreApplication::translate("Importers", "SVG image");
            sink.note(QCoreApplication::translate(
                "Importers", "SVG image kept without a thumbnail (no fonts without a GUI application)"));
            return success();
        }
        QSvgRenderer renderer(artifact.data);
        if (!renderer.isValid())
            return refusal(path, QCoreApplication::translate(
                                     "Importers",
                                     "This SVG cannot be read: the XML is malformed or it has no <svg> root. "
                                     "Open it in a browser or an editor and save it again."));
        QSizeF natural = renderer.viewBoxF().size();
        if (renderer.defaultSize().isValid() && !renderer.defaultSize().isEmpty())
            natural = renderer.defaultSize();
        if (natural.isEmpty())
            natural = QSizeF(kThumbnailLongSide, kThumbnailLongSide);
        // Vector art has no pixels to upscale: it is always drawn at thumbnail size.
        const QSize size = natural.scaled(kThumbnailLongSide, kThumbnailLongSide, Qt::KeepAspectRatio)
                               .toSize()
                               .expandedTo({1, 1});
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            renderer.render(&painter, QRectF(QPointF(0, 0), size));
        }
        artifact.thumbnail = image;
        if (isPhoneShaped(size))
            artifact.artifact.kind = ArtifactKind::AppScreen;
        artifact.artifact.description = QCoreApplication::translate("Importers", "SVG image, %1 × %2")
                                            .arg(qRound(natural.width()))
                                            .arg(qRound(natural.height()));
        sink.note(QCoreApplication::translate("Importers", "SVG image %1 × %2, drawn at %3 × %4")
                      .arg(qRound(natural.width()))
                      .arg(qRound(natural.height()))
                      .arg(size.width())
                      .arg(size.height()));
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeImageArtifacts()
{
    return std::make_unique<ImageArtifacts>();
}

} // namespace cr::formats
