#pragma once
// What the artifact importers (image, pdf, email, html) share: reading the
// file whole, thumbnails, text in a declared (maybe wrong) charset, drawing
// HTML without touching the network or the disk, and guessing the kind.
//
// Kind guess, kept simple on purpose (a person re-labels in the GUI):
//   - Invoice when the file name, the title or (PDF) the page-1 text says
//     invoice / Rechnung / facture / factura / fattura / bill / receipt / Quittung;
//   - otherwise by format: e-mail -> Email, HTML -> WebPage, PDF -> Letter,
//     image -> AppScreen when phone-shaped (portrait, 16:9 to 9:21), else Other.

#include "Domain.h"
#include "Result.h"
#include "import/ImportTypes.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QSize>
#include <QString>
#include <QTextDocument>

#include <vector>

namespace cr::formats::artifacts {

constexpr int kThumbnailLongSide = 480;
constexpr qint64 kMaxArtifactBytes = 256LL * 1024 * 1024;
// The virtual page an e-mail or web page is laid out on before it is scaled
// down to a thumbnail (a narrow desktop mail window).
constexpr int kPageWidth = 640;
constexpr int kPageMaxHeight = 800;

// The whole file; an Error for a file that cannot be opened, is empty or is
// too large to keep in a room.
Result<QByteArray> readWholeFile(const QString& path);

// How every artifact import starts and ends: Cancel honoured, the file read
// whole (progress 0 of its size); one record for the whole file, at line 1.
Result<QByteArray> startReading(const QString& path, ImportSink& sink);
Status acceptArtifact(ImportSink& sink, ArtifactRecord artifact);

// `source` scaled so its long side is at most kThumbnailLongSide, aspect kept,
// never larger than `source`.
QSize thumbnailSize(const QSize& source);
// `image` scaled to thumbnailSize() and flattened onto white (RGB32).
QImage toThumbnail(const QImage& image);
// Decodes `bytes` with QImageReader at most `maxSize` (scaled while decoding
// where the format allows it, so a 3000x4000 scan never sits in memory whole
// for JPEG). EXIF orientation is applied. Null image + `error` on failure.
QImage readImageScaled(const QByteArray& bytes, const QSize& maxSize, QString* error = nullptr,
                       QByteArray* format = nullptr, QSize* fullSize = nullptr);

// Text needs fonts, and fonts need a QGuiApplication: without one (a bare
// QCoreApplication) text thumbnails are left out instead of crashing.
bool canDrawText();

// `bytes` as text in `declaredCharset`, surviving wrong declarations:
// invalid bytes never abort or empty the text. UTF-8 that is labelled
// us-ascii or Latin-1 is read as UTF-8; bytes invalid in the label are read
// as UTF-8 if valid, else as Windows-1252/Latin-1. `used` names what won.
QString decodeText(const QByteArray& bytes, const QByteArray& declaredCharset, QByteArray* used = nullptr);

// Images an HTML body may show: "cid:" Content-IDs (without <>) and
// Content-Location URLs of parts of the same message.
using InlineImages = QHash<QString, QByteArray>;

// A QTextDocument that never fetches: http(s), file and relative URLs give a
// light grey box (a remote image may be a tracking pixel; a local path would
// leak the importing machine's files into the room); data: URLs and inline
// images are drawn; style sheets are never loaded.
class OfflineTextDocument final : public QTextDocument
{
public:
    explicit OfflineTextDocument(InlineImages images = {});

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    InlineImages m_images;
};

// Lays the documents out one under another on a kPageWidth page (height
// between 3/4 of the width and kPageMaxHeight) on white, scaled to a
// thumbnail. Null when canDrawText() is false.
QImage drawDocuments(const std::vector<QTextDocument*>& documents);
// A document with the default font and wrapping used for thumbnails.
void prepareDocument(QTextDocument& document);

// HTML as plain text (no resource is loaded), whitespace runs collapsed.
QString htmlToPlainText(const QString& html);
// The first non-empty lines of `text`, at most `maxLines` and `maxChars`.
QString firstLines(const QString& text, int maxLines = 6, int maxChars = 500);
// completeBaseName of the file, the title when the file has none.
QString titleFromFileName(const QString& path);

bool mentionsInvoice(const QString& text);
// A portrait image shaped like a phone screen (9:16 to 9:21).
bool isPhoneShaped(const QSize& size);

// The text after a BOM, white space, an XML declaration, comments and a
// DOCTYPE other than HTML's: where a markup file's root starts.
QString skipMarkupProlog(const QString& text);

// "FILE: reason" with a translated reason (Importers context).
Error refusal(const QString& path, const QString& message);

} // namespace cr::formats::artifacts
