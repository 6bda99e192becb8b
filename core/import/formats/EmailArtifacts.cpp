// E-mails (.eml, Apple Mail .emlx, RFC 5322 + MIME) and web pages saved as
// MHTML (Chrome/Edge "Save as single file", kind WebPage), parsed with
// GMime: multipart trees, quoted-printable/base64, RFC 2047 headers. Body
// text is decoded in its declared charset but survives a wrong one (see
// decodeText). Title = Subject, received on = Date (or the first Received:
// stamp), description = sender + first lines. The thumbnail is the HTML
// body (or plain text) under a small header, drawn without fetching remote
// images; inline images referenced by cid: are drawn.
#include "import/formats/ArtifactCommon.h"
#include "import/formats/ArtifactGMime.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace cr::formats {

namespace {

using namespace artifacts;

struct GObjectDeleter
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GObjectPtr = std::unique_ptr<T, GObjectDeleter>;

// An mbox "From " separator line, as some clients write before one message.
bool startsWithMboxLine(const QByteArray& bytes)
{
    return bytes.startsWith("From ");
}

// Apple Mail's .emlx: a line with the message's length in bytes, the
// message, then an XML property list. 0 when `bytes` is not one.
qsizetype emlxLength(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    if (end <= 0 || end > 12)
        return 0;
    bool ok = false;
    const qsizetype length = bytes.left(end).trimmed().toLongLong(&ok);
    return ok && length > 0 ? length : 0;
}

// The message itself: without an mbox "From " line, an .emlx length line
// and property list, or a UTF-8 BOM.
QByteArray messageBytes(const QByteArray& bytes)
{
    QByteArray message = bytes;
    if (const qsizetype length = emlxLength(message)) {
        const qsizetype start = message.indexOf('\n') + 1;
        message = message.mid(start, length);
    } else if (startsWithMboxLine(message)) {
        message.remove(0, message.indexOf('\n') + 1);
    }
    if (message.startsWith("\xEF\xBB\xBF"))
        message.remove(0, 3);
    return message;
}

// How sure we are that `head` starts with an RFC 5322 header block: 0 when
// the first line is no header field; 92 with two or more well-known fields.
int headerScore(const QByteArray& sample, QString* reason)
{
    const QByteArray head = messageBytes(sample.left(16 * 1024));
    static const QSet<QByteArray> known = {"from",
                                           "to",
                                           "cc",
                                           "subject",
                                           "date",
                                           "received",
                                           "mime-version",
                                           "message-id",
                                           "return-path",
                                           "delivered-to",
                                           "reply-to",
                                           "content-type",
                                           "x-mailer",
                                           "dkim-signature",
                                           "sender",
                                           "in-reply-to",
                                           "references",
                                           "thread-topic",
                                           "snapshot-content-location",
                                           "x-original-to",
                                           "authentication-results",
                                           "list-unsubscribe"};
    const QList<QByteArray> lines = head.split('\n');
    QStringList found;
    int fields = 0;
    for (int i = 0; i < lines.size() && i < 200; ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header block
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (fields == 0)
                return 0;
            continue; // folded continuation
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            if (fields == 0)
                return 0;
            break;
        }
        const QByteArray name = line.left(colon).toLower();
        const bool printable =
            std::all_of(name.begin(), name.end(), [](char c) { return c > 32 && c < 127; });
        if (!printable) {
            if (fields == 0)
                return 0;
            break;
        }
        ++fields;
        if (known.contains(name) && !found.contains(QString::fromLatin1(name)))
            found.append(QString::fromLatin1(name));
    }
    if (reason)
        *reason = QStringLiteral("mail headers: %1").arg(found.join(QStringLiteral(", ")));
    if (found.size() >= 2)
        return 92;
    return found.size() == 1 ? 60 : 0;
}

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QByteArray partBytes(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, memory.get()); // undoes base64 / quoted-printable
    GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    if (!array)
        return {};
    return QByteArray(reinterpret_cast<const char*>(array->data), static_cast<qsizetype>(array->len));
}

std::optional<QDate> dateOf(GDateTime* stamp)
{
    if (!stamp)
        return std::nullopt;
    // The date where the sender was (the header's own offset), as a person reads it.
    const QDate date(g_date_time_get_year(stamp), g_date_time_get_month(stamp),
                     g_date_time_get_day_of_month(stamp));
    if (!date.isValid() || date.year() < 1980)
        return std::nullopt;
    return date;
}

// What the walk over the MIME tree found.
struct Body
{
    QString plain;
    QString html;
    QString htmlLocation; // MHTML: the page's URL, which relative links resolve against
    QStringList attachments;
    InlineImages images;
    QStringList charsets;
};

void walk(GMimeObject* object, Body& body, int depth)
{
    if (!object || depth > 32)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(multipart, i), body, depth + 1);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        const QString subject = inner ? fromUtf8(g_mime_message_get_subject(inner)) : QString();
        body.attachments.append(
            subject.isEmpty()
                ? QCoreApplication::translate("Importers", "attached message")
                : QCoreApplication::translate("Importers", "attached message \"%1\"").arg(subject));
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart* part = GMIME_PART(object);
    GMimeContentType* type = g_mime_object_get_content_type(object);
    const bool attachment = g_mime_part_is_attachment(part);
    const QString fileName = fromUtf8(g_mime_part_get_filename(part));
    const bool plain = g_mime_content_type_is_type(type, "text", "plain");
    const bool html = g_mime_content_type_is_type(type, "text", "html");
    if ((plain || html) && !attachment && (plain ? body.plain.isEmpty() : body.html.isEmpty())) {
        const QByteArray declared = g_mime_object_get_content_type_parameter(object, "charset");
        QByteArray used;
        const QString text = decodeText(partBytes(part), declared, &used);
        if (!body.charsets.contains(QString::fromLatin1(used)))
            body.charsets.append(QString::fromLatin1(used));
        (plain ? body.plain : body.html) = text;
        if (html)
            body.htmlLocation = fromUtf8(g_mime_part_get_content_location(part));
        return;
    }
    if (g_mime_content_type_is_type(type, "image", "*")) {
        const QString contentId = fromUtf8(g_mime_object_get_content_id(object));
        const QString location = fromUtf8(g_mime_part_get_content_location(part));
        if (!contentId.isEmpty() || !location.isEmpty()) {
            const QByteArray bytes = partBytes(part);
            if (!contentId.isEmpty())
                body.images.insert(contentId, bytes);
            if (!location.isEmpty())
                body.images.insert(location, bytes);
            if (!attachment)
                return; // shown in the body, not something the customer opened separately
        }
    }
    if (attachment || !fileName.isEmpty()) {
        if (!fileName.isEmpty()) {
            body.attachments.append(fileName);
        } else {
            char* mime = g_mime_content_type_get_mime_type(type);
            body.attachments.append(
                QCoreApplication::translate("Importers", "unnamed %1").arg(fromUtf8(mime)));
            g_free(mime);
        }
    }
}

class EmailArtifacts final : public Importer
{
public:
    QString id() const override { return QStringLiteral("email"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "E-mails (.eml, .emlx, .mht)");
    }
    ImportKind kind() const override { return ImportKind::Artifacts; }
    QStringList suffixes() const override
    {
        return {QStringLiteral("eml"), QStringLiteral("emlx"), QStringLiteral("mht"),
                QStringLiteral("mhtml")};
    }

    Sniff sniff(const FileSample& sample) const override
    {
        QString reason;
        const int score = headerScore(sample.head, &reason);
        const bool mine = suffixes().contains(sample.suffix);
        if (score > 0)
            return {mine ? std::min(99, score + 5) : score, reason};
        if (mine)
            return {40, QStringLiteral("file name ends in .%1").arg(sample.suffix)};
        return {};
    }

    Status read(const QString& path, const ImportOptions&, ImportSink& sink) const override
    {
        auto data = startReading(path, sink);
        if (!data)
            return data.error();
        const QByteArray& bytes = *data;
        if (headerScore(bytes.left(64 * 1024), nullptr) == 0)
            return refusal(path,
                           QCoreApplication::translate(
                               "Importers",
                               "This file does not start with e-mail headers (From:, Subject:, Date:...). "
                               "Save the message from your mail program as .eml (\"Save as\" or drag it "
                               "to a folder) and import that file."));
        ensureGMime();
        const QByteArray message = messageBytes(bytes);

        GObjectPtr<GMimeStream> stream(
            g_mime_stream_mem_new_with_buffer(message.constData(), message.size()));
        GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
        GMimeParserOptions* options = g_mime_parser_options_new();
        // Raw 8-bit headers: UTF-8 if valid, else what Windows mail programs wrote.
        const char* fallback[] = {"utf-8", "windows-1252", nullptr};
        g_mime_parser_options_set_fallback_charsets(options, fallback);
        g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
        GObjectPtr<GMimeMessage> mail(g_mime_parser_construct_message(parser.get(), options));
        g_mime_parser_options_free(options);
        if (!mail)
            return refusal(path, QCoreApplication::translate(
                                     "Importers",
                                     "This e-mail cannot be read: its headers or MIME structure are damaged. "
                                     "Save the message from your mail program again."));
        if (sink.isCancelled())
            return Error(QCoreApplication::translate("Importers", "Cancelled."), path);

        GMimeObject* root = GMIME_OBJECT(mail.get());
        const QString subject = fromUtf8(g_mime_message_get_subject(mail.get())).simplified();
        QString sender;
        if (InternetAddressList* from = g_mime_message_get_from(mail.get())) {
            char* text = internet_address_list_to_string(from, nullptr, FALSE);
            sender = fromUtf8(text);
            g_free(text);
        }
        std::optional<QDate> sent = dateOf(g_mime_message_get_date(mail.get()));
        if (!sent) {
            // No readable Date: header; the newest Received: stamp ends in "; DATE".
            const QString received = fromUtf8(g_mime_object_get_header(root, "Received"));
            const qsizetype semicolon = received.lastIndexOf(QLatin1Char(';'));
            if (semicolon >= 0) {
                GDateTime* stamp =
                    g_mime_utils_header_decode_date(received.mid(semicolon + 1).toUtf8().constData());
                sent = dateOf(stamp);
                if (stamp)
                    g_date_time_unref(stamp);
            }
        }

        const QString dateHeader = fromUtf8(g_mime_object_get_header(root, "Date")).simplified();
        const bool dateUnreadable = !dateHeader.isEmpty() && !dateOf(g_mime_message_get_date(mail.get()));

        Body body;
        walk(g_mime_message_get_mime_part(mail.get()), body, 0);
        const QString snapshotOf =
            fromUtf8(g_mime_object_get_header(root, "Snapshot-Content-Location")).trimmed();
        const bool savedPage = !snapshotOf.isEmpty();

        ArtifactRecord artifact;
        artifact.data = bytes;
        // MHTML is an RFC 822 message too (RFC 2557); stored as .eml it opens in mail programs.
        artifact.mimeType = QStringLiteral("message/rfc822");
        artifact.artifact.title =
            subject.isEmpty() ? QCoreApplication::translate("Importers", "(no subject)") : subject;
        artifact.artifact.kind = savedPage ? ArtifactKind::WebPage : ArtifactKind::Email;
        artifact.artifact.receivedOn = sent;

        const QString bodyText = body.plain.trimmed().isEmpty() ? htmlToPlainText(body.html) : body.plain;
        QStringList description;
        if (savedPage)
            description.append(QCoreApplication::translate("Importers", "Saved from %1").arg(snapshotOf));
        else if (!sender.isEmpty())
            description.append(QCoreApplication::translate("Importers", "From: %1").arg(sender));
        const QString lines = firstLines(bodyText, 5, 400);
        if (!lines.isEmpty())
            description.append(lines);
        if (!body.attachments.isEmpty())
            description.append(QCoreApplication::translate("Importers", "Attachments: %1")
                                   .arg(body.attachments.join(QStringLiteral(", "))));
        artifact.artifact.description = description.join(QLatin1Char('\n'));

        artifact.thumbnail = drawMail(subject, sender, sent, body, savedPage);

        QString what = !body.html.isEmpty() ? QCoreApplication::translate("Importers", "HTML body drawn")
                       : body.plain.isEmpty()
                           ? QCoreApplication::translate("Importers", "no text body")
                           : QCoreApplication::translate("Importers", "plain text body drawn");
        if (!body.images.isEmpty())
            what += QCoreApplication::translate("Importers", " (%1 inline images)").arg(body.images.size());
        if (dateUnreadable)
            what += QCoreApplication::translate("Importers", "; Date header \"%1\" unreadable")
                        .arg(dateHeader.left(60));
        sink.note(QCoreApplication::translate("Importers", "%1 from %2; %3; charsets %4; %5")
                      .arg(savedPage ? QCoreApplication::translate("Importers", "Saved web page (MHTML)")
                                     : QCoreApplication::translate("Importers", "E-mail"),
                           savedPage          ? snapshotOf
                           : sender.isEmpty() ? QCoreApplication::translate("Importers", "an unknown sender")
                                              : sender,
                           what,
                           body.charsets.isEmpty() ? QCoreApplication::translate("Importers", "none")
                                                   : body.charsets.join(QStringLiteral(", ")),
                           body.attachments.isEmpty()
                               ? QCoreApplication::translate("Importers", "no attachments")
                               : QCoreApplication::translate("Importers", "attachments: %1")
                                     .arg(body.attachments.join(QStringLiteral(", ")))));

        return acceptArtifact(sink, std::move(artifact));
    }

private:
    // The message under a small header (subject, sender, date); a saved web
    // page is drawn alone, as the HTML importer draws a page.
    static QImage drawMail(const QString& subject, const QString& sender, const std::optional<QDate>& sent,
                           const Body& body, bool savedPage)
    {
        if (!canDrawText())
            return {};
        QStringList meta;
        if (!sender.isEmpty())
            meta.append(sender.toHtmlEscaped());
        if (sent)
            meta.append(QLocale().toString(*sent, QLocale::ShortFormat));
        OfflineTextDocument header;
        prepareDocument(header);
        header.setHtml(QStringLiteral("<p style=\"font-size:20px; font-weight:bold\">%1</p>"
                                      "<p style=\"color:#555555\">%2</p><hr/>")
                           .arg(subject.toHtmlEscaped(), meta.join(QStringLiteral(" &middot; "))));
        OfflineTextDocument content(body.images);
        prepareDocument(content);
        if (!body.htmlLocation.isEmpty())
            content.setBaseUrl(QUrl(body.htmlLocation));
        // Layout time grows with the HTML; the first 1 MB fills any thumbnail.
        if (!body.html.isEmpty())
            content.setHtml(body.html.left(1024 * 1024));
        else
            content.setPlainText(body.plain.left(64 * 1024));
        if (savedPage)
            return drawDocuments({&content});
        return drawDocuments({&header, &content});
    }
};

} // namespace

std::unique_ptr<Importer> makeEmailArtifacts()
{
    return std::make_unique<EmailArtifacts>();
}

} // namespace cr::formats
