// Artifact importers (image, pdf, email, html) on the real files in
// tests/data/real/artifacts (values from EXPECTED.json, computed with poppler,
// Python's email package and the PNG header), the encrypted PDFs in
// tests/data/layout-docs/pdf, and generated bad or tricky input.
#include "ImportTestSupport.h"

#include "import/ImporterRegistry.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QUrl>

using namespace cr;
using namespace cr::test;

namespace {

// The one record a file gives; fails the test on a refusal or a reject.
ArtifactRecord only(const ReadOutcome& outcome)
{
    INFO((outcome.refusal ? outcome.refusal->toString() : QString()).toStdString());
    REQUIRE(!outcome.refusal);
    REQUIRE(outcome.sink.rejects.isEmpty());
    REQUIRE(outcome.sink.records.size() == 1);
    REQUIRE(outcome.sink.notes.size() == 1);
    const ImportRecord& record = outcome.sink.records.first();
    CHECK(record.line == 1);
    CHECK(record.externalId.isEmpty()); // identified by content hash
    const auto* artifact = std::get_if<ArtifactRecord>(&record.value);
    REQUIRE(artifact != nullptr);
    return *artifact;
}

QString refusalOf(const ReadOutcome& outcome)
{
    REQUIRE(outcome.refusal.has_value());
    CHECK(outcome.sink.records.isEmpty());
    return outcome.refusal->message;
}

// Share of pixels that are clearly not white.
double inkShare(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            if (qGray(rgb.pixel(x, y)) < 220)
                ++ink;
    return double(ink) / (qint64(rgb.width()) * rgb.height());
}

// Pixels close to `colour`.
int pixelsLike(const QImage& image, QColor colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = rgb.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 40 && std::abs(c.green() - colour.green()) < 40 &&
                std::abs(c.blue() - colour.blue()) < 40)
                ++n;
        }
    return n;
}

void checkThumbnail(const QImage& thumbnail, double aspect, double minInk = 0.01)
{
    REQUIRE(!thumbnail.isNull());
    CHECK(std::max(thumbnail.width(), thumbnail.height()) <= 480);
    CHECK(!thumbnail.hasAlphaChannel());
    if (aspect > 0)
        CHECK(double(thumbnail.width()) / thumbnail.height() == Approx(aspect).epsilon(0.02));
    CHECK(inkShare(thumbnail) > minInk);
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray pngOf(const QImage& image, const char* format = "PNG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return bytes;
}

QImage filled(QSize size, QColor colour, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(size, format);
    image.fill(colour);
    return image;
}

// A one-page PDF written by hand: `pageExtra` goes into the page dictionary,
// `info` is the Info dictionary's body; `prefix` comes before "%PDF-".
QByteArray handWrittenPdf(const QByteArray& pageExtra, const QByteArray& info, const QByteArray& prefix = {})
{
    const QByteArray content = "BT /F1 24 Tf 60 700 Td (Dear customer, your tariff changes.) Tj ET\n"
                               "0.1 0.1 0.6 rg 60 600 400 40 re f";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + pageExtra +
            " /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< " + info + " >>",
    };
    QByteArray pdf = prefix + "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size() - prefix.size()); // offsets count from "%PDF-"
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size() - prefix.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 6 0 R >>\n"
           "startxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

ReadOutcome readArtifact(const QString& id, const QString& path)
{
    return readWith(ImportKind::Artifacts, id, path);
}

} // namespace

TEST_CASE("Real PDFs - page 1 drawn and bytes kept and invoices recognised", "[artifacts][pdf]")
{
    struct Case
    {
        const char* file;
        QDate created; // pdfinfo -isodates CreationDate, in the file's own offset
    };
    const Case cases[] = {
        {"artifacts/aws_invoice_2014-07.pdf", QDate(2014, 8, 3)},
        {"artifacts/free_fiber_facture_2015-07.pdf", QDate(2015, 12, 24)},
        {"artifacts/qualityhosting_rechnung_2014-05.pdf", QDate(2014, 9, 14)},
    };
    for (const Case& c : cases) {
        const QString key = QString::fromLatin1(c.file);
        INFO(c.file);
        const QJsonObject want = expectedFor(key);
        const QString path = importData(QStringLiteral("real/") + key);
        CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("pdf"));
        const ArtifactRecord a = only(readArtifact(QStringLiteral("pdf"), path));
        CHECK(a.data.size() == want.value(QStringLiteral("bytes")).toInt());
        CHECK(sha256(a.data) == want.value(QStringLiteral("sha256")).toString());
        CHECK(a.mimeType == QLatin1String("application/pdf"));
        const int pages = want.value(QStringLiteral("pages")).toInt();
        CHECK(a.artifact.description.section(QLatin1Char('\n'), 0, 0) ==
              (pages == 1 ? QStringLiteral("1 page") : QStringLiteral("%1 pages").arg(pages)));
        // Every one of them has a text layer on page 1 (page1_text_chars > 1000).
        REQUIRE(want.value(QStringLiteral("page1_text_chars")).toInt() > 1000);
        CHECK(a.artifact.description.count(QLatin1Char('\n')) >= 3);
        CHECK(a.artifact.kind == ArtifactKind::Invoice);
        INFO((a.artifact.receivedOn ? a.artifact.receivedOn->toString(Qt::ISODate) : QStringLiteral("none"))
                 .toStdString());
        CHECK(a.artifact.receivedOn == c.created);
        CHECK(a.artifact.title == QFileInfo(path).completeBaseName()); // none has a Title
        const double aspect = want.value(QStringLiteral("page1_width_pt")).toDouble() /
                              want.value(QStringLiteral("page1_height_pt")).toDouble();
        checkThumbnail(a.thumbnail, aspect);
        CHECK(a.thumbnail.height() == 480); // portrait page, long side 480
    }
}

TEST_CASE("The AWS invoice text layer in reading order is the description", "[artifacts][pdf]")
{
    const ArtifactRecord a = only(readArtifact(
        QStringLiteral("pdf"), importData(QStringLiteral("real/artifacts/aws_invoice_2014-07.pdf"))));
    INFO(a.artifact.description.toStdString());
    CHECK(a.artifact.description.contains(QStringLiteral("Amazon Web Services Invoice")));
}

TEST_CASE("A PDF with only an owner password opens and renders", "[artifacts][pdf]")
{
    for (const char* file :
         {"layout-docs/pdf/owner-only-aes256.pdf", "layout-docs/pdf/owner-only-rc4-128.pdf"}) {
        INFO(file);
        const QString path = importData(QString::fromLatin1(file));
        CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("pdf"));
        const ReadOutcome outcome = readArtifact(QStringLiteral("pdf"), path);
        const ArtifactRecord a = only(outcome);
        CHECK(a.data == readFile(path));
        CHECK(a.artifact.title == QLatin1String("Invoice 2024-117")); // the encrypted Info dictionary
        CHECK(a.artifact.kind == ArtifactKind::Invoice);
        CHECK(a.artifact.receivedOn == QDate(2024, 3, 12));
        CHECK(a.artifact.description.contains(QStringLiteral("Amount due: 84.20 EUR")));
        checkThumbnail(a.thumbnail, 595.0 / 842.0, 0.005);
        CHECK(pixelsLike(a.thumbnail, QColor(217, 26, 26)) > 500); // the red letterhead box
        CHECK(outcome.sink.notes.first().contains(QStringLiteral("encrypted, opened without a password")));
    }
}

TEST_CASE("A PDF that needs a password is refused with a reason", "[artifacts][pdf]")
{
    const QString path = importData(QStringLiteral("layout-docs/pdf/user-password-aes256.pdf"));
    const QString message = refusalOf(readArtifact(QStringLiteral("pdf"), path));
    CHECK(message.contains(QStringLiteral("needs a password")));
    CHECK(message.contains(QStringLiteral("new PDF without one")));
}

TEST_CASE("An image-only scanned PDF is drawn and said to have no text layer", "[artifacts][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QImage scan(400, 560, QImage::Format_RGB32);
        scan.fill(QColor(250, 248, 240)); // paper
        QPainter ink(&scan);
        for (int line = 0; line < 12; ++line)
            ink.fillRect(40, 60 + line * 36, 320 - (line % 3) * 60, 12, QColor(30, 30, 30));
        ink.end();
        QPainter painter(&writer);
        painter.drawImage(QRect(0, 0, 595, 832), scan);
    }
    const ArtifactRecord a = only(readArtifact(QStringLiteral("pdf"), path));
    CHECK(a.artifact.description == QStringLiteral("1 page, scanned (no text layer on page 1)"));
    CHECK(a.artifact.kind == ArtifactKind::Letter);
    CHECK(a.artifact.title == QLatin1String("scan"));
    checkThumbnail(a.thumbnail, 0, 0.05);
}

TEST_CASE("Hand-written PDFs - rotated page and junk before the header and a printer's title",
          "[artifacts][pdf]")
{
    QTemporaryDir dir;
    SECTION("a page with /Rotate 90 is drawn landscape")
    {
        const QString path = writeFile(dir, QStringLiteral("tariff.pdf"),
                                       handWrittenPdf("/Rotate 90", "/CreationDate (D:20230102)"));
        const ArtifactRecord a = only(readArtifact(QStringLiteral("pdf"), path));
        checkThumbnail(a.thumbnail, 842.0 / 595.0, 0.005);
        CHECK(a.thumbnail.width() == 480);
        CHECK(a.artifact.kind == ArtifactKind::Letter);
        CHECK(a.artifact.receivedOn == QDate(2023, 1, 2));
        CHECK(a.artifact.description == QStringLiteral("1 page\nDear customer, your tariff changes."));
    }
    SECTION("junk before %PDF- (a mail gateway's banner) and a title left by Word")
    {
        const QByteArray pdf =
            handWrittenPdf({}, "/Title (Microsoft Word - Brief_Tarif.docx)", "X-Scanned: ok\r\n");
        const QString path = writeFile(dir, QStringLiteral("Brief Tarif.pdf"), pdf);
        CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("pdf"));
        const ArtifactRecord a = only(readArtifact(QStringLiteral("pdf"), path));
        CHECK(a.data == pdf);
        CHECK(a.artifact.title == QLatin1String("Brief Tarif"));
        CHECK(!a.artifact.receivedOn.has_value());
        checkThumbnail(a.thumbnail, 595.0 / 842.0, 0.005);
    }
}

TEST_CASE("Every artifact importer stops when the import is cancelled", "[artifacts]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("any.html"), "<html><body>x</body></html>");
    for (const char* id : {"image", "pdf", "email", "html"}) {
        INFO(id);
        const auto out = readCancelled(ImportKind::Artifacts, QString::fromLatin1(id), path);
        REQUIRE(out.refusal);
        CHECK(out.refusal->message == QLatin1String("Cancelled."));
        CHECK(out.sink.records.isEmpty());
    }
}

TEST_CASE("Bad PDFs are refused with a reason", "[artifacts][pdf]")
{
    QTemporaryDir dir;
    SECTION("empty file")
    {
        const QString path = writeFile(dir, QStringLiteral("empty.pdf"), {});
        CHECK(refusalOf(readArtifact(QStringLiteral("pdf"), path)).contains(QStringLiteral("empty")));
    }
    SECTION("not a PDF")
    {
        const QString path = writeFile(dir, QStringLiteral("letter.pdf"), "PK\x03\x04 a zip, really");
        CHECK(refusalOf(readArtifact(QStringLiteral("pdf"), path)).contains(QStringLiteral("%PDF-")));
    }
    SECTION("a PDF header and then garbage")
    {
        const QString path =
            writeFile(dir, QStringLiteral("broken.pdf"), "%PDF-1.4\n" + QByteArray(2000, 'x'));
        CHECK(refusalOf(readArtifact(QStringLiteral("pdf"), path)).contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("The real PNG receipt is scaled down small and kept byte for byte", "[artifacts][image]")
{
    const QJsonObject want = expectedFor(QStringLiteral("artifacts/oyo_payment_receipt.png"));
    const QString path = importData(QStringLiteral("real/artifacts/oyo_payment_receipt.png"));
    CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("image"));
    // Decoded at thumbnail size: 2892 x 4093 would need 47 MB, the limit here is 4 MB.
    const int limit = QImageReader::allocationLimit();
    QImageReader::setAllocationLimit(4);
    const ReadOutcome outcome = readArtifact(QStringLiteral("image"), path);
    QImageReader::setAllocationLimit(limit);
    const ArtifactRecord a = only(outcome);
    CHECK(sha256(a.data) == want.value(QStringLiteral("sha256")).toString());
    CHECK(a.data.size() == want.value(QStringLiteral("bytes")).toInt());
    CHECK(a.mimeType == QLatin1String("image/png"));
    const int width = want.value(QStringLiteral("width")).toInt();
    const int height = want.value(QStringLiteral("height")).toInt();
    CHECK(a.artifact.description == QStringLiteral("PNG image, %1 × %2 px").arg(width).arg(height));
    checkThumbnail(a.thumbnail, double(width) / height);
    CHECK(a.thumbnail.height() == 480);
    CHECK(a.artifact.kind == ArtifactKind::Invoice); // "receipt" in the file name
    CHECK(a.artifact.title == QLatin1String("oyo_payment_receipt"));
    CHECK(!a.artifact.receivedOn.has_value());
}

TEST_CASE("Images - formats and small ones not upscaled and transparency on white and phone screens",
          "[artifacts][image]")
{
    QTemporaryDir dir;
    SECTION("a small JPEG keeps its size")
    {
        QImage image = filled(QSize(120, 60), Qt::white);
        QPainter(&image).fillRect(10, 10, 100, 40, Qt::darkBlue);
        const QString path = writeFile(dir, QStringLiteral("stamp.jpg"), pngOf(image, "JPEG"));
        CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("image"));
        const ArtifactRecord a = only(readArtifact(QStringLiteral("image"), path));
        CHECK(a.mimeType == QLatin1String("image/jpeg"));
        CHECK(a.thumbnail.size() == QSize(120, 60));
        CHECK(a.artifact.kind == ArtifactKind::Other);
        checkThumbnail(a.thumbnail, 2.0, 0.3);
    }
    SECTION("a transparent PNG is flattened onto white")
    {
        QImage image = filled(QSize(200, 100), Qt::transparent, QImage::Format_ARGB32);
        QPainter(&image).fillRect(50, 25, 100, 50, Qt::black);
        const QString path = writeFile(dir, QStringLiteral("logo.png"), pngOf(image));
        const ArtifactRecord a = only(readArtifact(QStringLiteral("image"), path));
        REQUIRE(a.thumbnail.size() == QSize(200, 100));
        CHECK(a.thumbnail.pixelColor(5, 5) == QColor(Qt::white));
        CHECK(a.thumbnail.pixelColor(100, 50) == QColor(Qt::black));
    }
    SECTION("a phone screenshot is an app screen")
    {
        QImage image = filled(QSize(1170, 2532), QColor(240, 240, 240));
        QPainter(&image).fillRect(0, 0, 1170, 300, QColor(0, 90, 200));
        const QString path = writeFile(dir, QStringLiteral("IMG_2041.PNG"), pngOf(image));
        const ArtifactRecord a = only(readArtifact(QStringLiteral("image"), path));
        CHECK(a.artifact.kind == ArtifactKind::AppScreen);
        CHECK(a.thumbnail.height() == 480);
        CHECK(a.thumbnail.width() == 222);
    }
    SECTION("a real GIF (the logo attached to the DigitalPebble e-mail)")
    {
        const QByteArray mail =
            readFile(importData(QStringLiteral("real/artifacts/digitalpebble_multipart_gif.eml")));
        const qsizetype start = mail.indexOf("R0lGOD"); // base64 of "GIF8"
        REQUIRE(start > 0);
        const QByteArray gif = QByteArray::fromBase64(mail.mid(start, mail.indexOf("\n--", start) - start));
        REQUIRE(gif.size() == 2496); // EXPECTED.json: decoded_bytes of logo.gif
        const QString path = writeFile(dir, QStringLiteral("logo.gif"), gif);
        CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("image"));
        const ArtifactRecord a = only(readArtifact(QStringLiteral("image"), path));
        CHECK(a.mimeType == QLatin1String("image/gif"));
        CHECK(a.thumbnail.size() == QSize(310, 60));
        checkThumbnail(a.thumbnail, 310.0 / 60.0, 0.02);
    }
    SECTION("an SVG is drawn at thumbnail size")
    {
        const QByteArray svg =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
            "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"150\" "
            "viewBox=\"0 0 300 150\"><rect x=\"10\" y=\"10\" width=\"280\" height=\"60\" "
            "fill=\"#c00000\"/><text x=\"20\" y=\"120\" font-size=\"30\">Welcome pack</text></svg>\n";
        const QString path = writeFile(dir, QStringLiteral("welcome.svg"), svg);
        CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("image"));
        const ArtifactRecord a = only(readArtifact(QStringLiteral("image"), path));
        CHECK(a.mimeType == QLatin1String("image/svg+xml"));
        CHECK(a.thumbnail.size() == QSize(480, 240));
        CHECK(pixelsLike(a.thumbnail, QColor(0xc0, 0, 0)) > 20000);
        checkThumbnail(a.thumbnail, 2.0, 0.1);
    }
}

TEST_CASE("Bad images are refused with a reason and oversized ones kept without a thumbnail",
          "[artifacts][image]")
{
    QTemporaryDir dir;
    SECTION("garbage bytes named .png")
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 251));
        const QString path = writeFile(dir, QStringLiteral("scan.png"), garbage);
        CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("image")); // by suffix only
        CHECK(
            refusalOf(readArtifact(QStringLiteral("image"), path)).contains(QStringLiteral("not an image")));
    }
    SECTION("empty file")
    {
        const QString path = writeFile(dir, QStringLiteral("empty.png"), {});
        CHECK(refusalOf(readArtifact(QStringLiteral("image"), path)).contains(QStringLiteral("empty")));
    }
    SECTION("a PNG cut short")
    {
        const QByteArray png = readFile(importData(QStringLiteral("real/artifacts/oyo_payment_receipt.png")));
        const QString path = writeFile(dir, QStringLiteral("cut.png"), png.left(2000));
        CHECK(refusalOf(readArtifact(QStringLiteral("image"), path)).contains(QStringLiteral("truncated")));
    }
    SECTION("an image over Qt's allocation limit is kept without a thumbnail")
    {
        // BMP is decoded whole before scaling (unlike PNG and JPEG): 1000 x 1000
        // over a 1 MB limit stands in for a poster-sized scan.
        const QString path =
            writeFile(dir, QStringLiteral("poster.bmp"), pngOf(filled(QSize(1000, 1000), Qt::gray), "BMP"));
        const int limit = QImageReader::allocationLimit();
        QImageReader::setAllocationLimit(1);
        const ReadOutcome outcome = readArtifact(QStringLiteral("image"), path);
        QImageReader::setAllocationLimit(limit);
        const ArtifactRecord a = only(outcome);
        CHECK(a.thumbnail.isNull());
        CHECK(a.data == readFile(path));
        CHECK(a.mimeType == QLatin1String("image/bmp"));
        CHECK(a.artifact.description == QStringLiteral("BMP image, 1000 × 1000 px"));
        CHECK(outcome.sink.notes.first().contains(QStringLiteral("too large")));
    }
    SECTION("an SVG that is not well-formed")
    {
        const QString path =
            writeFile(dir, QStringLiteral("bad.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect");
        CHECK(refusalOf(readArtifact(QStringLiteral("image"), path)).contains(QStringLiteral("SVG")));
    }
}

TEST_CASE("Real e-mails - subject and sender and date and body and attachments", "[artifacts][email]")
{
    for (const char* file :
         {"artifacts/digitalpebble_multipart_gif.eml", "artifacts/vitamart_newsletter.eml"}) {
        const QString key = QString::fromLatin1(file);
        INFO(file);
        const QJsonObject want = expectedFor(key);
        const QString path = importData(QStringLiteral("real/") + key);
        CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("email"));
        const ReadOutcome outcome = readArtifact(QStringLiteral("email"), path);
        const ArtifactRecord a = only(outcome);
        CHECK(sha256(a.data) == want.value(QStringLiteral("sha256")).toString());
        CHECK(a.mimeType == QLatin1String("message/rfc822"));
        CHECK(a.artifact.kind == ArtifactKind::Email);
        CHECK(a.artifact.title == want.value(QStringLiteral("subject")).toString());
        const QDateTime sent =
            QDateTime::fromString(want.value(QStringLiteral("date_iso")).toString(), Qt::ISODate);
        REQUIRE(sent.isValid());
        CHECK(a.artifact.receivedOn == sent.date());
        const QString from = want.value(QStringLiteral("from")).toString();
        CHECK(a.artifact.description.startsWith(QStringLiteral("From: ") + from + QLatin1Char('\n')));
        CHECK(a.artifact.description.count(QLatin1Char('\n')) >= 3);
        const QString note = outcome.sink.notes.first();
        CHECK(note.contains(QStringLiteral("HTML body drawn")) ==
              want.value(QStringLiteral("has_html")).toBool());
        QStringList attachments;
        for (const auto& name : want.value(QStringLiteral("attachments")).toArray())
            attachments.append(name.toString());
        if (attachments.isEmpty())
            CHECK(!a.artifact.description.contains(QStringLiteral("Attachments:")));
        else
            CHECK(a.artifact.description.endsWith(QStringLiteral("Attachments: ") +
                                                  attachments.join(QStringLiteral(", "))));
        checkThumbnail(a.thumbnail, 0);
    }
}

namespace {

QString writeMail(const QTemporaryDir& dir, const QString& name, const QByteArray& headers,
                  const QByteArray& body)
{
    return writeFile(dir, name,
                     "From: Stadtwerke Kundenservice <service@stadtwerke.example>\r\n"
                     "To: kunde@example.com\r\n"
                     "Date: Tue, 05 Mar 2024 09:30:00 +0100\r\n"
                     "MIME-Version: 1.0\r\n" +
                         headers + "\r\n" + body);
}

ArtifactRecord readMail(const QString& path)
{
    return only(readArtifact(QStringLiteral("email"), path));
}

} // namespace

TEST_CASE("E-mail charsets - declared ones honoured and wrong ones survived", "[artifacts][email]")
{
    QTemporaryDir dir;
    SECTION("ISO-8859-1 body in quoted-printable, ISO-8859-1 encoded-word in From")
    {
        const QString path =
            writeFile(dir, QStringLiteral("abschlag.eml"),
                      "From: =?ISO-8859-1?Q?J=F6rg_M=FCller?= <joerg@stadtwerke.example>\n"
                      "To: kunde@example.com\n"
                      "Subject: Ihr Abschlag\n"
                      "Date: Tue, 05 Mar 2024 09:30:00 +0100\n"
                      "MIME-Version: 1.0\n"
                      "Content-Type: text/plain; charset=ISO-8859-1\n"
                      "Content-Transfer-Encoding: quoted-printable\n"
                      "\n"
                      "Sehr geehrte Frau M=FCller,\n"
                      "Ihr monatlicher Abschlag betr=E4gt ab April 84,20 EUR. Das ist eine sehr lan=\n"
                      "ge Zeile.\n"
                      "Mit freundlichen Gr=FC=DFen\n");
        const ArtifactRecord a = readMail(path);
        CHECK(a.artifact.title == QLatin1String("Ihr Abschlag"));
        CHECK(a.artifact.receivedOn == QDate(2024, 3, 5));
        CHECK(a.artifact.description ==
              QStringLiteral("From: Jörg Müller <joerg@stadtwerke.example>\nSehr geehrte Frau Müller,\n"
                             "Ihr monatlicher Abschlag beträgt ab April 84,20 EUR. Das ist eine sehr lange "
                             "Zeile.\nMit freundlichen Grüßen"));
        checkThumbnail(a.thumbnail, 0);
    }
    SECTION("UTF-8 base64 encoded-words in the subject, split over two lines")
    {
        const QString path = writeMail(dir, QStringLiteral("rechnung.eml"),
                                       "Subject: =?UTF-8?B?SWhyZSBSZWNobnVuZyBmw7xyIE3DpHJ6?=\r\n"
                                       " =?UTF-8?B?IOKAkyBOci4gNDcxMQ==?=\r\n"
                                       "Content-Type: text/plain; charset=utf-8\r\n",
                                       "Anbei Ihre Rechnung.\r\n");
        const ArtifactRecord a = readMail(path);
        CHECK(a.artifact.title == QStringLiteral("Ihre Rechnung für März – Nr. 4711"));
        CHECK(a.artifact.kind == ArtifactKind::Email); // an e-mail stays an e-mail, even about an invoice
    }
    SECTION("declared us-ascii, written in UTF-8")
    {
        const QString path =
            writeMail(dir, QStringLiteral("ascii.eml"),
                      "Subject: Votre commande\r\nContent-Type: text/plain; charset=us-ascii\r\n"
                      "Content-Transfer-Encoding: 7bit\r\n",
                      "Le caf\xC3\xA9 \xC3\xA9tait froid \xE2\x80\x94 d\xC3\xA9j\xC3\xA0 la "
                      "troisi\xC3\xA8me fois.\r\n");
        const ArtifactRecord a = readMail(path);
        CHECK(
            a.artifact.description.endsWith(QStringLiteral("Le café était froid — déjà la troisième fois.")));
    }
    SECTION("declared UTF-8, written in Latin-1")
    {
        const QString path = writeMail(dir, QStringLiteral("latin.eml"),
                                       "Subject: Gruss\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                                       "Content-Transfer-Encoding: 8bit\r\n",
                                       "Gr\xFC\xDF"
                                       "e aus K\xF6ln\r\n");
        const ArtifactRecord a = readMail(path);
        CHECK(a.artifact.description.endsWith(QStringLiteral("Grüße aus Köln")));
    }
    SECTION("declared ISO-8859-1, written in UTF-8")
    {
        const QString path = writeMail(dir, QStringLiteral("mislabel.eml"),
                                       "Subject: Gruss\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
                                       "Content-Transfer-Encoding: 8bit\r\n",
                                       "Gr\xC3\xBC\xC3\x9F"
                                       "e aus K\xC3\xB6ln\r\n");
        CHECK(readMail(path).artifact.description.endsWith(QStringLiteral("Grüße aus Köln")));
    }
    SECTION("a charset nobody knows")
    {
        const QString path = writeMail(dir, QStringLiteral("unknown.eml"),
                                       "Subject: Hello\r\nContent-Type: text/plain; charset=x-made-up-9\r\n",
                                       "Plain words survive.\r\n");
        CHECK(readMail(path).artifact.description.endsWith(QStringLiteral("Plain words survive.")));
    }
    SECTION("a raw 8-bit UTF-8 subject without encoded-words")
    {
        const QString path = writeMail(dir, QStringLiteral("raw.eml"),
                                       "Subject: Zahlungserinnerung f\xC3\xBCr Ihr Konto\r\n"
                                       "Content-Type: text/plain; charset=utf-8\r\n",
                                       "Text.\r\n");
        CHECK(readMail(path).artifact.title == QStringLiteral("Zahlungserinnerung für Ihr Konto"));
    }
}

TEST_CASE("E-mail HTML - inline cid images drawn and remote or local images never loaded",
          "[artifacts][email]")
{
    QTemporaryDir dir;
    const QString bluePath =
        writeFile(dir, QStringLiteral("blue.png"), pngOf(filled(QSize(300, 120), Qt::blue)));
    const QByteArray red = pngOf(filled(QSize(300, 120), Qt::red)).toBase64();
    const QByteArray html =
        "<html><body><h1>Your order has shipped</h1>"
        "<p><img src=\"cid:banner.1234@shop.example\" width=\"300\" height=\"120\"></p>"
        "<p><img src=\"" +
        QUrl::fromLocalFile(bluePath).toEncoded() +
        "\" width=\"300\" height=\"120\"></p>"
        "<p><img src=\"http://127.0.0.1:9/pixel.gif\" width=\"1\" height=\"1\">Track it.</p>"
        "</body></html>";
    const QString path = writeMail(dir, QStringLiteral("shipped.eml"),
                                   "Subject: Shipped\r\n"
                                   "Content-Type: multipart/related; boundary=\"b1\"\r\n",
                                   "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html +
                                       "\r\n--b1\r\nContent-Type: image/png\r\n"
                                       "Content-Transfer-Encoding: base64\r\n"
                                       "Content-ID: <banner.1234@shop.example>\r\n\r\n" +
                                       red + "\r\n--b1--\r\n");
    const ReadOutcome outcome = readArtifact(QStringLiteral("email"), path);
    const ArtifactRecord a = only(outcome);
    CHECK(outcome.sink.notes.first().contains(QStringLiteral("HTML body drawn (1 inline images)")));
    CHECK(!a.artifact.description.contains(QStringLiteral("Attachments"))); // an inline image is not one
    CHECK(a.artifact.description.contains(QStringLiteral("Your order has shipped")));
    checkThumbnail(a.thumbnail, 0);
    CHECK(pixelsLike(a.thumbnail, Qt::red) > 3000); // 300x120 scaled by 0.6 (or so)
    CHECK(pixelsLike(a.thumbnail, Qt::blue) == 0);
}

TEST_CASE("A page saved as MHTML is a web page with its own images", "[artifacts][email]")
{
    QTemporaryDir dir;
    const QByteArray red = pngOf(filled(QSize(300, 120), Qt::red)).toBase64();
    // The layout Chrome and Edge write for "Save as... Webpage, single file".
    const QString path =
        writeFile(dir, QStringLiteral("Order status.mhtml"),
                  "From: <Saved by Blink>\r\n"
                  "Snapshot-Content-Location: https://shop.example/orders/\r\n"
                  "Subject: Order status\r\n"
                  "Date: Tue, 5 Mar 2024 10:00:00 -0000\r\n"
                  "MIME-Version: 1.0\r\n"
                  "Content-Type: multipart/related;\r\n"
                  "\ttype=\"text/html\";\r\n"
                  "\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n\r\n"
                  "------MultipartBoundary--x1----\r\n"
                  "Content-Type: text/html\r\n"
                  "Content-ID: <frame-1@mhtml.blink>\r\n"
                  "Content-Transfer-Encoding: quoted-printable\r\n"
                  "Content-Location: https://shop.example/orders/\r\n\r\n"
                  "<html><head><meta charset=3D\"utf-8\"></head><body><h1>Delivered</h1>"
                  "<img src=3D\"img/parcel.png\" width=3D\"300\" height=3D\"120\"></body></html>\r\n"
                  "------MultipartBoundary--x1----\r\n"
                  "Content-Type: image/png\r\n"
                  "Content-Transfer-Encoding: base64\r\n"
                  "Content-Location: https://shop.example/orders/img/parcel.png\r\n\r\n" +
                      red + "\r\n------MultipartBoundary--x1------\r\n");
    CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("email"));
    const ArtifactRecord a = readMail(path);
    CHECK(a.artifact.kind == ArtifactKind::WebPage);
    CHECK(a.artifact.title == QLatin1String("Order status"));
    CHECK(a.artifact.description == QStringLiteral("Saved from https://shop.example/orders/\nDelivered"));
    CHECK(pixelsLike(a.thumbnail, Qt::red) > 3000); // relative src resolved against the page's location
}

TEST_CASE("An Apple Mail emlx file - length line then message then property list", "[artifacts][email]")
{
    QTemporaryDir dir;
    const QByteArray message = "From: Bank <noreply@bank.example>\nSubject: Statement ready\n"
                               "Date: Wed, 10 Jan 2024 08:00:00 +0000\nContent-Type: text/plain\n\n"
                               "Your statement is ready.\n";
    const QString path = writeFile(dir, QStringLiteral("12345.emlx"),
                                   QByteArray::number(message.size()) + "\n" + message +
                                       "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict/></plist>\n");
    CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("email"));
    const ArtifactRecord a = readMail(path);
    CHECK(a.artifact.title == QLatin1String("Statement ready"));
    CHECK(a.artifact.receivedOn == QDate(2024, 1, 10));
    CHECK(a.artifact.description ==
          QStringLiteral("From: Bank <noreply@bank.example>\nYour statement is ready."));
}

TEST_CASE("An unreadable Date falls back to the newest Received stamp", "[artifacts][email]")
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("forwarded.eml"),
                  "Received: from mx1.example (mx1.example [192.0.2.1])\n"
                  "\tby mx2.example with ESMTP id 42; Mon, 4 Mar 2024 23:10:00 +0100\n"
                  "Received: from relay.example by mx1.example; Sun, 3 Mar 2024 08:00:00 +0000\n"
                  "From: complaints@shop.example\n"
                  "Subject: Your complaint\n"
                  "Date: sometime last week\n"
                  "\n"
                  "We are sorry.\n");
    const ReadOutcome outcome = readArtifact(QStringLiteral("email"), path);
    const ArtifactRecord a = only(outcome);
    CHECK(a.artifact.receivedOn == QDate(2024, 3, 4)); // in the stamp's own offset
    CHECK(
        outcome.sink.notes.first().contains(QStringLiteral("Date header \"sometime last week\" unreadable")));
}

TEST_CASE("Bad e-mails are refused with a reason", "[artifacts][email]")
{
    QTemporaryDir dir;
    SECTION("empty file")
    {
        const QString path = writeFile(dir, QStringLiteral("empty.eml"), {});
        CHECK(refusalOf(readArtifact(QStringLiteral("email"), path)).contains(QStringLiteral("empty")));
    }
    SECTION("not headers")
    {
        const QString path = writeFile(dir, QStringLiteral("notes.eml"), "Dear team,\nplease call back.\n");
        CHECK(refusalOf(readArtifact(QStringLiteral("email"), path))
                  .contains(QStringLiteral("e-mail headers")));
    }
    SECTION("binary garbage")
    {
        const QString path =
            writeFile(dir, QStringLiteral("mail.eml"), QByteArray("\x00\x01\x02\xff\xfe", 5));
        CHECK(refusalOf(readArtifact(QStringLiteral("email"), path))
                  .contains(QStringLiteral("e-mail headers")));
    }
    SECTION("headers only, no body: still an e-mail")
    {
        const QString path =
            writeFile(dir, QStringLiteral("short.eml"),
                      "From: a@example.com\nSubject: Just a subject\nDate: 1 Feb 2024 10:00 +0000\n");
        const ArtifactRecord a = readMail(path);
        CHECK(a.artifact.title == QLatin1String("Just a subject"));
        CHECK(a.artifact.receivedOn == QDate(2024, 2, 1));
        CHECK(a.artifact.description == QLatin1String("From: a@example.com"));
        checkThumbnail(a.thumbnail, 0, 0.002);
    }
}

TEST_CASE("Sniffing artifacts by content whatever the file is called", "[artifacts]")
{
    QTemporaryDir dir;
    const QByteArray pdf = readFile(importData(QStringLiteral("real/artifacts/aws_invoice_2014-07.pdf")));
    CHECK(autoChoice(ImportKind::Artifacts, writeFile(dir, QStringLiteral("download.bin"), pdf)) ==
          QLatin1String("pdf"));
    CHECK(autoChoice(ImportKind::Artifacts, writeFile(dir, QStringLiteral("message.txt"),
                                                      "Received: from mx.example by mx2.example; 1 Feb 2024\n"
                                                      "From: a@example.com\nSubject: x\n\nbody\n")) ==
          QLatin1String("email"));
    CHECK(
        autoChoice(
            ImportKind::Artifacts,
            writeFile(dir, QStringLiteral("page.txt"),
                      "<!-- saved from url=(0022)https://shop.example/ -->\n<!DOCTYPE html><html></html>")) ==
        QLatin1String("html"));
    CHECK(autoChoice(ImportKind::Artifacts,
                     writeFile(dir, QStringLiteral("picture"), pngOf(filled({4, 4}, Qt::red)))) ==
          QLatin1String("image"));
    CHECK(autoChoice(ImportKind::Artifacts, writeFile(dir, QStringLiteral("mail.eml"), "hello")) ==
          QLatin1String("email")); // the suffix alone
}

TEST_CASE("HTML pages - charset from meta and title and saved-from URL and drawn offline",
          "[artifacts][html]")
{
    QTemporaryDir dir;
    SECTION("a Windows-1252 page saved from a browser")
    {
        const QString path = writeFile(
            dir, QStringLiteral("order.htm"),
            "<!-- saved from url=(0035)https://shop.example/orders/A-1001 -->\r\n"
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"x\">\r\n"
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "<title>Order A-1001 \x96"
            " confirmed</title><style>h1 { color: #008000 }</style>"
            "<script>document.write('never run')</script></head>"
            "<body bgcolor=\"#ffffff\"><h1>Thank you for your order</h1>"
            "<table border=\"1\"><tr><td>Caf\xE9 cr\xE8me</td><td>3,90 \x80</td></tr></table>"
            "<p><img src=\"https://shop.example/logo.png\" width=\"200\" height=\"50\"></p></body></html>");
        CHECK(autoChoice(ImportKind::Artifacts, path) == QLatin1String("html"));
        const ReadOutcome outcome = readArtifact(QStringLiteral("html"), path);
        const ArtifactRecord a = only(outcome);
        CHECK(a.mimeType == QLatin1String("text/html"));
        CHECK(a.data == readFile(path));
        CHECK(a.artifact.title == QStringLiteral("Order A-1001 – confirmed"));
        CHECK(a.artifact.kind == ArtifactKind::WebPage);
        CHECK(a.artifact.description.startsWith(
            QStringLiteral("Saved from https://shop.example/orders/A-1001\n")));
        CHECK(a.artifact.description.contains(QStringLiteral("Café crème")));
        CHECK(a.artifact.description.contains(QStringLiteral("3,90 €")));
        CHECK(!a.artifact.description.contains(QStringLiteral("never run")));
        CHECK(outcome.sink.notes.first().contains(QStringLiteral("windows-1252")));
        checkThumbnail(a.thumbnail, 640.0 / 480.0, 0.005);
        CHECK(pixelsLike(a.thumbnail, QColor(0, 128, 0)) > 50); // the heading's colour from <style>
    }
    SECTION("UTF-8 without a declaration, no title: the file name is the title")
    {
        const QString path = writeFile(dir, QStringLiteral("Your invoice.html"),
                                       "<html><body><p>F\xC3\xBCr Sie: Ihre Rechnung</p></body></html>");
        const ArtifactRecord a = only(readArtifact(QStringLiteral("html"), path));
        CHECK(a.artifact.title == QLatin1String("Your invoice"));
        CHECK(a.artifact.kind == ArtifactKind::Invoice);
        CHECK(a.artifact.description == QStringLiteral("Für Sie: Ihre Rechnung"));
    }
    SECTION("--encoding wins over the guess")
    {
        const QString path = writeFile(dir, QStringLiteral("preis.html"), "<p>Preis 5 \xA4</p>");
        CHECK(only(readArtifact(QStringLiteral("html"), path)).artifact.description ==
              QStringLiteral("Preis 5 ¤"));
        ImportOptions options;
        options.encoding = "ISO-8859-15";
        const ArtifactRecord a = only(readWith(ImportKind::Artifacts, QStringLiteral("html"), path, options));
        CHECK(a.artifact.description == QStringLiteral("Preis 5 €"));
    }
    SECTION("empty file")
    {
        const QString path = writeFile(dir, QStringLiteral("empty.html"), {});
        CHECK(refusalOf(readArtifact(QStringLiteral("html"), path)).contains(QStringLiteral("empty")));
    }
    SECTION("binary data named .html")
    {
        const QString path = writeFile(dir, QStringLiteral("x.html"), QByteArray("GIF89a\x00\x01\x00", 9));
        CHECK(refusalOf(readArtifact(QStringLiteral("html"), path)).contains(QStringLiteral("binary")));
    }
    SECTION("text without a tag")
    {
        const QString path = writeFile(dir, QStringLiteral("x.html"), "just words\n");
        CHECK(refusalOf(readArtifact(QStringLiteral("html"), path)).contains(QStringLiteral("no HTML tags")));
    }
}
