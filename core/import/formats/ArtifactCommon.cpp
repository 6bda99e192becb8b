#include "import/formats/ArtifactCommon.h"
#include "import/formats/ArtifactGMime.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextOption>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace cr::formats::artifacts {

namespace {

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // decoding is lazy: the QString makes it happen
    return !decoder.hasError();
}

bool hasNonAscii(const QByteArray& bytes)
{
    return std::any_of(bytes.begin(), bytes.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Single-byte encodings: (nearly) any bytes "decode", so a wrong label never shows.
bool isSingleByteLabel(const QByteArray& charset)
{
    return charset.startsWith("iso-8859") || charset.startsWith("iso8859") || charset.startsWith("latin") ||
           charset.startsWith("windows-125") || charset.startsWith("cp125") || charset == "l1";
}

std::optional<QString> convertStrict(const QByteArray& bytes, const char* from)
{
    GError* error = nullptr;
    gsize written = 0;
    gchar* out = g_convert(bytes.constData(), bytes.size(), "UTF-8", from, nullptr, &written, &error);
    if (!out) {
        g_clear_error(&error);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(out, static_cast<qsizetype>(written));
    g_free(out);
    return text;
}

QString windows1252OrLatin1(const QByteArray& bytes, QByteArray* used)
{
    if (auto text = convertStrict(bytes, "WINDOWS-1252")) {
        if (used)
            *used = "windows-1252";
        return *text;
    }
    if (used)
        *used = "iso-8859-1";
    return QString::fromLatin1(bytes);
}

} // namespace

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

Result<QByteArray> readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(path, QCoreApplication::translate("Importers", "The file cannot be opened (%1).")
                                 .arg(file.errorString()));
    if (file.size() > kMaxArtifactBytes)
        return refusal(path,
                       QCoreApplication::translate(
                           "Importers", "The file is %1 MB; artifacts larger than %2 MB are not imported. "
                                        "Import a smaller copy (a scan at lower resolution, page 1 only).")
                           .arg(file.size() / (1024 * 1024))
                           .arg(kMaxArtifactBytes / (1024 * 1024)));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return refusal(path, QCoreApplication::translate("Importers", "The file cannot be read (%1).")
                                 .arg(file.errorString()));
    if (data.isEmpty())
        return refusal(
            path, QCoreApplication::translate("Importers", "The file is empty: there is nothing to import."));
    return data;
}

Result<QByteArray> startReading(const QString& path, ImportSink& sink)
{
    if (sink.isCancelled())
        return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
    auto data = readWholeFile(path);
    if (data)
        sink.progress(0, data->size());
    return data;
}

Status acceptArtifact(ImportSink& sink, ArtifactRecord artifact)
{
    const qint64 size = artifact.data.size();
    ImportRecord record;
    record.line = 1;
    record.value = std::move(artifact);
    sink.progress(size, size);
    sink.accept(std::move(record));
    return success();
}

QSize thumbnailSize(const QSize& source)
{
    if (source.isEmpty())
        return {};
    const int longSide = std::max(source.width(), source.height());
    if (longSide <= kThumbnailLongSide)
        return source;
    const double scale = double(kThumbnailLongSide) / longSide;
    return {std::max(1, int(std::lround(source.width() * scale))),
            std::max(1, int(std::lround(source.height() * scale)))};
}

QImage toThumbnail(const QImage& image)
{
    if (image.isNull())
        return {};
    const QSize size = thumbnailSize(image.size());
    QImage out(size, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRect(QPoint(0, 0), size), image);
    return out;
}

QImage readImageScaled(const QByteArray& bytes, const QSize& maxSize, QString* error, QByteArray* format,
                       QSize* fullSize)
{
    QByteArray copy = bytes; // QBuffer needs a non-const array; the copy is shared, not duplicated
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (format)
        *format = reader.format();
    if (!reader.canRead()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    const QSize size = reader.size();
    if (fullSize)
        *fullSize = size;
    if (size.isValid() && (size.width() > maxSize.width() || size.height() > maxSize.height())) {
        // Rounded like thumbnailSize(), not truncated as QSize::scaled() does.
        const double scale =
            std::min(double(maxSize.width()) / size.width(), double(maxSize.height()) / size.height());
        reader.setScaledSize(QSize(std::max(1, int(std::lround(size.width() * scale))),
                                   std::max(1, int(std::lround(size.height() * scale)))));
    }
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = reader.errorString();
    return image;
}

bool canDrawText()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

QString decodeText(const QByteArray& bytes, const QByteArray& declaredCharset, QByteArray* used)
{
    QByteArray charset = declaredCharset.trimmed().toLower();
    if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
        charset = charset.mid(1, charset.size() - 2);
    const bool utf8 = isValidUtf8(bytes);
    const bool asciiOrUtf8Label = charset.isEmpty() || charset == "us-ascii" || charset == "ascii" ||
                                  charset == "utf-8" || charset == "utf8" || charset == "unknown-8bit" ||
                                  charset == "x-unknown" || charset == "default";
    // UTF-8 behind an ASCII or single-byte label is a common mislabel; Latin-1
    // text that happens to be valid multi-byte UTF-8 is vanishingly rare.
    if (utf8 && (asciiOrUtf8Label || (isSingleByteLabel(charset) && hasNonAscii(bytes)))) {
        if (used)
            *used = "utf-8";
        return QString::fromUtf8(bytes);
    }
    if (!asciiOrUtf8Label) {
        ensureGMime(); // its table of charset aliases ("latin1", "ms932"...)
        if (auto text = convertStrict(bytes, g_mime_charset_iconv_name(charset.constData()))) {
            if (used)
                *used = charset;
            return *text;
        }
    }
    // An unknown label, or bytes that are not valid in it.
    if (utf8) {
        if (used)
            *used = "utf-8";
        return QString::fromUtf8(bytes);
    }
    return windows1252OrLatin1(bytes, used);
}

OfflineTextDocument::OfflineTextDocument(InlineImages images) : m_images(std::move(images)) {}

QVariant OfflineTextDocument::loadResource(int type, const QUrl& name)
{
    if (name.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) == 0)
        return QTextDocument::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return {};
    QString key = name.toString();
    if (name.scheme().compare(QLatin1String("cid"), Qt::CaseInsensitive) == 0)
        key = QUrl::fromPercentEncoding(name.path().toUtf8());
    const auto it = m_images.constFind(key);
    // Inline images can be photos; decode small, never wider than the page.
    QImage image =
        it == m_images.constEnd() ? QImage() : readImageScaled(*it, QSize(kPageWidth, kPageMaxHeight));
    if (image.isNull()) {
        // A blocked image is a light grey box of its declared size, as mail
        // programs show it: the layout of a newsletter stays recognisable.
        image = QImage(1, 1, QImage::Format_RGB32);
        image.fill(QColor(0xec, 0xec, 0xec));
    }
    return image;
}

void prepareDocument(QTextDocument& document)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPixelSize(14);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    document.setDocumentMargin(16);
    document.setTextWidth(kPageWidth);
}

QImage drawDocuments(const std::vector<QTextDocument*>& documents)
{
    if (!canDrawText())
        return {};
    double contentHeight = 0;
    for (QTextDocument* document : documents) {
        document->setTextWidth(kPageWidth);
        contentHeight += document->size().height();
    }
    const int pageHeight = std::clamp(int(std::ceil(contentHeight)), kPageWidth * 3 / 4, kPageMaxHeight);
    const QSize pixels = thumbnailSize(QSize(kPageWidth, pageHeight));
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.scale(double(pixels.width()) / kPageWidth, double(pixels.height()) / pageHeight);
    double top = 0;
    for (QTextDocument* document : documents) {
        if (top >= pageHeight)
            break;
        painter.save();
        painter.translate(0, top);
        const QRectF clip(0, 0, kPageWidth, pageHeight - top);
        document->drawContents(&painter, clip);
        painter.restore();
        top += document->size().height();
    }
    return image;
}

QString htmlToPlainText(const QString& html)
{
    OfflineTextDocument document;
    document.setHtml(html);
    QString text = document.toPlainText();
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.replace(QChar(0xFFFC), QLatin1Char(' ')); // object replacement character of an image
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n+"));
    text.replace(spaces, QStringLiteral(" "));
    text.replace(blankLines, QStringLiteral("\n"));
    return text.trimmed();
}

QString firstLines(const QString& text, int maxLines, int maxChars)
{
    QStringList lines;
    int chars = 0;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.simplified();
        if (line.isEmpty())
            continue;
        if (lines.size() >= maxLines || chars + line.size() > maxChars) {
            if (lines.isEmpty())
                lines.append(line.left(maxChars).trimmed() + QChar(0x2026));
            else
                lines.last().append(QChar(0x2026));
            break;
        }
        lines.append(line);
        chars += line.size() + 1;
    }
    return lines.join(QLatin1Char('\n'));
}

QString titleFromFileName(const QString& path)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    return base.isEmpty() ? info.fileName() : base;
}

bool mentionsInvoice(const QString& text)
{
    // Word starts only: "Rechnungsnummer" and "billing" count, "rebill" does not.
    // File names use _ and - as spaces, which \b does not see as a boundary.
    static const QRegularExpression words(
        QStringLiteral(
            "(?:^|[^\\p{L}\\p{N}])(invoice|rechnung|facture|factura|fattura|bill|receipt|quittung)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words.match(text).hasMatch();
}

bool isPhoneShaped(const QSize& size)
{
    if (size.isEmpty() || size.height() <= size.width())
        return false;
    const double ratio = double(size.height()) / size.width();
    return ratio >= 16.0 / 9.0 - 0.05 && ratio <= 21.0 / 9.0 + 0.05;
}

QString skipMarkupProlog(const QString& text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    for (;;) {
        while (i < n && (text.at(i).isSpace() || text.at(i) == QChar(0xFEFF)))
            ++i;
        const QStringView rest = QStringView(text).mid(i);
        QLatin1String terminator;
        if (rest.startsWith(QLatin1String("<?")))
            terminator = QLatin1String("?>");
        else if (rest.startsWith(QLatin1String("<!--")))
            terminator = QLatin1String("-->");
        else if (rest.startsWith(QLatin1String("<!doctype"), Qt::CaseInsensitive) &&
                 !rest.mid(9).trimmed().startsWith(QLatin1String("html"), Qt::CaseInsensitive))
            terminator = QLatin1String(">");
        const qsizetype end = terminator.isEmpty() ? -1 : rest.indexOf(terminator);
        if (end < 0) // not a prolog item, or one cut off by the end of the sample
            return rest.toString();
        i += end + terminator.size();
    }
}

Error refusal(const QString& path, const QString& message)
{
    return Error(message, path);
}

} // namespace cr::formats::artifacts
