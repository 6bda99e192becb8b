// PDF documents: a letter, bill or invoice as the customer got it. Page 1 is
// drawn with QtPdf (PDFium) as the thumbnail; its text layer, if any, gives
// the description and the kind. PDFs encrypted with only an owner password
// (copy/print restrictions, common for bank statements) open and render;
// one that needs a password to open is refused with what to do.
#include "import/formats/ArtifactCommon.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace cr::formats {

namespace {

using namespace artifacts;

// Where "%PDF-" starts: the specification lets junk precede it within 1 KiB.
qsizetype pdfHeaderOffset(const QByteArray& head)
{
    return head.left(1024).indexOf("%PDF-");
}

// The document's Title, unless it is a leftover of the program that printed it.
QString usefulTitle(QString title)
{
    static const QRegularExpression printedFrom(QStringLiteral("^Microsoft (Word|Excel|PowerPoint) - "),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fileName(QStringLiteral("\\.(docx?|xlsx?|pptx?|odt|pdf|rtf|txt|html?)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    title = title.simplified();
    if (title.contains(fileName) || title.contains(printedFrom))
        return {};
    if (title.compare(QLatin1String("untitled"), Qt::CaseInsensitive) == 0)
        return {};
    return title;
}

// Page text in reading order. PDFium gives text in content-stream order,
// which is reading order for most writers; some put footers first (the AWS
// invoice starts with its footnotes). When the first text is not near the
// top of the page, lines are sorted top to bottom, then left to right. That
// costs a page load per line in QtPdf, so only those pages pay it.
QString textInReadingOrder(QPdfDocument& document, int page)
{
    const QString text = document.getAllText(page).text();
    if (text.trimmed().isEmpty())
        return {}; // a scan; QtPdf 6.4 also leaks a text page per empty selection
    const QList<QPolygonF> boxes = document.getSelectionAtIndex(page, 0, int(text.size())).bounds();
    if (boxes.isEmpty())
        return text;
    qreal top = boxes.first().boundingRect().top();
    const qreal first = top;
    for (const QPolygonF& box : boxes)
        top = std::min(top, box.boundingRect().top());
    if (first - top < document.pagePointSize(page).height() * 0.15)
        return text;

    struct Line
    {
        int band; // top edge in 4 pt bands: one line whatever its fonts
        qreal left;
        QString text;
    };
    std::vector<Line> lines;
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\n|\\r"));
    qsizetype start = 0;
    while (start <= text.size() && lines.size() < 150) {
        const auto match = lineBreak.match(text, start);
        const qsizetype end = match.hasMatch() ? match.capturedStart() : text.size();
        const QString line = text.mid(start, end - start);
        if (!line.trimmed().isEmpty()) {
            const QRectF box =
                document.getSelectionAtIndex(page, int(start), int(end - start)).boundingRectangle();
            lines.push_back({int(box.top() / 4), box.left(), line});
        }
        if (!match.hasMatch())
            break;
        start = match.capturedEnd();
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return a.band != b.band ? a.band < b.band : a.left < b.left;
    });
    QStringList ordered;
    for (const Line& line : lines)
        ordered.append(line.text);
    return ordered.join(QLatin1Char('\n'));
}

// The creation date's day. QtPdf misreads some writers' forms (macOS Quartz
// writes "D:20140914114338Z00'00'"), so the Info dictionary is also read
// from the raw bytes: a direct string or one indirect object.
std::optional<QDate> creationDay(const QPdfDocument& document, const QByteArray& bytes)
{
    const QDateTime parsed = document.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime();
    QDate day = parsed.isValid() ? parsed.date() : QDate();
    if (!day.isValid() && bytes.size() <= 16 * 1024 * 1024) {
        static const QRegularExpression direct(QStringLiteral("/CreationDate\\s*\\(D:(\\d{8})"));
        static const QRegularExpression indirect(QStringLiteral("/CreationDate\\s+(\\d+)\\s+0\\s+R"));
        const QString raw = QString::fromLatin1(bytes);
        QRegularExpressionMatch match = direct.match(raw);
        if (!match.hasMatch()) {
            const auto reference = indirect.match(raw);
            if (reference.hasMatch()) {
                const QRegularExpression object(
                    QStringLiteral("(?:^|\\s)%1\\s+0\\s+obj\\s*\\(D:(\\d{8})").arg(reference.captured(1)));
                match = object.match(raw);
            }
        }
        if (match.hasMatch())
            day = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    }
    if (!day.isValid() || day.year() < 1990)
        return std::nullopt;
    return day;
}

class PdfArtifacts final : public Importer
{
public:
    QString id() const override { return QStringLiteral("pdf"); }
    QString displayName() const override { return QCoreApplication::translate("Importers", "PDF documents"); }
    ImportKind kind() const override { return ImportKind::Artifacts; }
    QStringList suffixes() const override { return {QStringLiteral("pdf")}; }

    Sniff sniff(const FileSample& sample) const override
    {
        const qsizetype offset = pdfHeaderOffset(sample.head);
        if (offset == 0)
            return {95, QStringLiteral("starts with %PDF-")};
        if (offset > 0)
            return {90, QStringLiteral("%PDF- header after %1 bytes").arg(offset)};
        if (sample.suffix == QLatin1String("pdf"))
            return {40, QStringLiteral("file name ends in .pdf")};
        return {};
    }

    Status read(const QString& path, const ImportOptions&, ImportSink& sink) const override
    {
        auto data = startReading(path, sink);
        if (!data)
            return data.error();
        const QByteArray& bytes = *data;
        if (pdfHeaderOffset(bytes) < 0)
            return refusal(path,
                           QCoreApplication::translate(
                               "Importers",
                               "This file is not a PDF: it does not start with %PDF-. Check that it is the "
                               "file you meant, or import it with the right --format."));

        QPdfDocument document;
        switch (document.load(path)) {
        case QPdfDocument::Error::None:
            break;
        case QPdfDocument::Error::IncorrectPassword:
            return refusal(path, QCoreApplication::translate(
                                     "Importers",
                                     "This PDF needs a password to open. Open it with its password, print or "
                                     "export it to a new PDF without one, and import that file."));
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            return refusal(path,
                           QCoreApplication::translate(
                               "Importers",
                               "This PDF is encrypted with a method that cannot be opened here. Print or "
                               "export it to a new PDF, and import that file."));
        case QPdfDocument::Error::FileNotFound:
            return refusal(path, QCoreApplication::translate("Importers", "The file cannot be opened."));
        default:
            return refusal(path, QCoreApplication::translate(
                                     "Importers",
                                     "This PDF cannot be read: the file is damaged or truncated. Download or "
                                     "export it again."));
        }
        const int pages = document.pageCount();
        if (pages <= 0)
            return refusal(path, QCoreApplication::translate("Importers", "This PDF has no pages."));
        if (sink.isCancelled())
            return Error(QCoreApplication::translate("Importers", "Cancelled."), path);

        ArtifactRecord artifact;
        artifact.data = bytes;
        artifact.mimeType = QStringLiteral("application/pdf");

        const QSizeF points = document.pagePointSize(0);
        const QSize pixels = thumbnailSize(points.toSize().expandedTo(QSize(1, 1)));
        QPdfDocumentRenderOptions options;
        options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations); // filled-in forms
        artifact.thumbnail = toThumbnail(document.render(0, pixels, options));

        const QString text = textInReadingOrder(document, 0);
        const QString title = usefulTitle(document.metaData(QPdfDocument::MetaDataField::Title).toString());
        artifact.artifact.title = title.isEmpty() ? titleFromFileName(path) : title;
        const QString fileName = QFileInfo(path).fileName();
        const bool invoice =
            mentionsInvoice(fileName) || mentionsInvoice(title) || mentionsInvoice(text.left(4000));
        artifact.artifact.kind = invoice ? ArtifactKind::Invoice : ArtifactKind::Letter;
        artifact.artifact.receivedOn = creationDay(document, bytes);

        const QString pageCount = pages == 1
                                      ? QCoreApplication::translate("Importers", "1 page")
                                      : QCoreApplication::translate("Importers", "%1 pages").arg(pages);
        const QString lines = firstLines(text);
        artifact.artifact.description =
            lines.isEmpty()
                ? QCoreApplication::translate("Importers", "%1, scanned (no text layer on page 1)")
                      .arg(pageCount)
                : pageCount + QLatin1Char('\n') + lines;

        const bool encrypted = bytes.contains("/Encrypt");
        sink.note(
            QCoreApplication::translate("Importers", "PDF, %1; page 1 %2 × %3 pt drawn at %4 × %5 px; %6%7")
                .arg(pageCount)
                .arg(qRound(points.width()))
                .arg(qRound(points.height()))
                .arg(artifact.thumbnail.width())
                .arg(artifact.thumbnail.height())
                .arg(lines.isEmpty()
                         ? QCoreApplication::translate("Importers", "no text layer on page 1 (a scan?)")
                         : QCoreApplication::translate("Importers", "text layer on page 1"))
                .arg(encrypted
                         ? QCoreApplication::translate("Importers", "; encrypted, opened without a password")
                         : QString()));

        return acceptArtifact(sink, std::move(artifact));
    }
};

} // namespace

std::unique_ptr<Importer> makePdfArtifacts()
{
    return std::make_unique<PdfArtifacts>();
}

} // namespace cr::formats
