// Web pages and e-mails saved as HTML ("Save page as", a mail program's
// "Save as HTML"). Charset: BOM, then --encoding, then <meta charset>, then
// UTF-8 with a Windows-1252 fallback. Title from <title>. The thumbnail is
// the page drawn by QTextDocument (Qt's HTML subset: tables, colours, fonts;
// no scripts, no remote or local images, no external CSS).
#include "import/formats/ArtifactCommon.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace cr::formats {

namespace {

using namespace artifacts;

// 0, or how sure we are that `text` (the file's start) is HTML.
int htmlScore(const QString& text, QString* reason)
{
    const QString root = skipMarkupProlog(text.left(8192)).left(64);
    if (root.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive)) {
        *reason = QStringLiteral("<!DOCTYPE html>");
        return 92;
    }
    if (root.startsWith(QLatin1String("<html"), Qt::CaseInsensitive)) {
        *reason = QStringLiteral("<html> root");
        return 92;
    }
    for (const char* tag : {"<head", "<meta", "<title", "<body"}) {
        if (root.startsWith(QLatin1String(tag), Qt::CaseInsensitive)) {
            *reason = QStringLiteral("starts with %1>").arg(QLatin1String(tag));
            return 80;
        }
    }
    return 0;
}

QByteArray metaCharset(const QByteArray& head)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = meta.match(QString::fromLatin1(head.left(8192)));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

// The page as text and the encoding that was used to read it.
QString decodeHtml(const QByteArray& bytes, const QByteArray& forced, QByteArray* used)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *used = "utf-8 (BOM)";
        return decodeText(bytes.mid(3), "utf-8");
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        *used = little ? "utf-16le (BOM)" : "utf-16be (BOM)";
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return decoder(bytes.mid(2));
    }
    const QByteArray declared = forced.isEmpty() ? metaCharset(bytes) : forced;
    return decodeText(bytes, declared, used);
}

class HtmlArtifacts final : public Importer
{
public:
    QString id() const override { return QStringLiteral("html"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "Web pages (HTML)");
    }
    ImportKind kind() const override { return ImportKind::Artifacts; }
    QStringList suffixes() const override
    {
        return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
    }

    Sniff sniff(const FileSample& sample) const override
    {
        QString reason;
        const QString text = sample.isText ? sample.text : QString::fromLatin1(sample.head.left(8192));
        if (const int score = htmlScore(text, &reason))
            return {score, reason};
        if (suffixes().contains(sample.suffix))
            return {40, QStringLiteral("file name ends in .%1").arg(sample.suffix)};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        auto data = startReading(path, sink);
        if (!data)
            return data.error();
        const QByteArray& bytes = *data;
        const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
        if (!utf16 && bytes.left(8192).contains('\0'))
            return refusal(path,
                           QCoreApplication::translate(
                               "Importers",
                               "This is not an HTML file: it holds binary data. Check that it is the file "
                               "you meant, or import it with the right --format."));
        QByteArray used;
        const QString html = decodeHtml(bytes, options.encoding, &used);
        static const QRegularExpression anyTag(QStringLiteral("<(?:[A-Za-z]|!doctype)"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (!anyTag.match(html.left(64 * 1024)).hasMatch())
            return refusal(path,
                           QCoreApplication::translate(
                               "Importers", "This file has no HTML tags. Save the page from your browser as "
                                            "\"Web page, HTML only\" and import that file."));
        if (sink.isCancelled())
            return Error(QCoreApplication::translate("Importers", "Cancelled."), path);

        OfflineTextDocument document;
        prepareDocument(document);
        // Layout time grows with the page; the first 1 MB fills any thumbnail.
        document.setHtml(html.left(1024 * 1024));
        const QString title = document.metaInformation(QTextDocument::DocumentTitle).simplified();

        static const QRegularExpression savedFrom(
            QStringLiteral("<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->"),
            QRegularExpression::CaseInsensitiveOption);
        const QString source = savedFrom.match(html.left(4096)).captured(1);

        ArtifactRecord artifact;
        artifact.data = bytes;
        artifact.mimeType = QStringLiteral("text/html");
        artifact.artifact.title = title.isEmpty() ? titleFromFileName(path) : title;
        const bool invoice = mentionsInvoice(QFileInfo(path).fileName()) || mentionsInvoice(title);
        artifact.artifact.kind = invoice ? ArtifactKind::Invoice : ArtifactKind::WebPage;
        QStringList description;
        if (!source.isEmpty())
            description.append(QCoreApplication::translate("Importers", "Saved from %1").arg(source));
        const QString lines = firstLines(htmlToPlainText(html.left(1024 * 1024)), 5, 400);
        if (!lines.isEmpty())
            description.append(lines);
        artifact.artifact.description = description.join(QLatin1Char('\n'));
        artifact.thumbnail = drawDocuments({&document});

        sink.note(
            QCoreApplication::translate("Importers", "HTML page \"%1\", read as %2%3")
                .arg(artifact.artifact.title, QString::fromLatin1(used),
                     artifact.thumbnail.isNull()
                         ? QCoreApplication::translate("Importers", ", no thumbnail (no GUI application)")
                         : QString()));

        return acceptArtifact(sink, std::move(artifact));
    }
};

} // namespace

std::unique_ptr<Importer> makeHtmlArtifacts()
{
    return std::make_unique<HtmlArtifacts>();
}

} // namespace cr::formats
