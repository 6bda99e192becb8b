#include "import/TextInput.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cr {

namespace {

// Length of a valid UTF-8 prefix of `data`, stopping before an incomplete
// sequence at the very end (the next chunk completes it). -1 in *bad when an
// invalid byte is found, with its offset.
qsizetype validUtf8Prefix(const QByteArray& data, qsizetype* badAt)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    *badAt = -1;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            if (c == 0) {
                *badAt = i;
                return i;
            }
            ++i;
            continue;
        }
        int len = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            len = 2;
        else if ((c & 0xF0) == 0xE0)
            len = 3;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            len = 4;
        else {
            *badAt = i;
            return i;
        }
        if (i + len > n)
            return i; // incomplete at the end of the chunk
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) {
                *badAt = i;
                return i;
            }
        }
        i += len;
    }
    return i;
}

int countLines(const QByteArray& data, qsizetype upTo)
{
    int lines = 0;
    for (qsizetype i = 0; i < upTo && i < data.size(); ++i)
        if (data.at(i) == '\n')
            ++lines;
    return lines;
}

// Control characters other than tab, line ends and form feed do not occur
// in text exports; a NUL or a few of them mean an image, .xlsx or .zip.
bool looksBinary(const QByteArray& head)
{
    const qsizetype n = qMin<qsizetype>(head.size(), 4096);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(head.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
            ++control;
    }
    return control > 2 && control * 100 > n;
}

} // namespace

TextInput::TextInput(QString path, QByteArray encoding)
    : m_path(std::move(path)), m_encoding(std::move(encoding)), m_file(m_path)
{
}

Status TextInput::open()
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return Error(QCoreApplication::translate("Importers", "No such file."), m_path);
    if (info.isDir())
        return Error(QCoreApplication::translate(
                         "Importers", "This is a folder; give a file, or add the folder as a feed."),
                     m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("Importers", "Cannot read the file: %1").arg(m_file.errorString()),
            m_path);
    m_size = m_file.size();

    const QByteArray head = m_file.peek(4);
    if (!m_encoding.isEmpty()) {
        auto encoding = QStringConverter::encodingForName(m_encoding.constData());
        const QString lower = QString::fromLatin1(m_encoding).toLower();
        if (encoding && *encoding == QStringConverter::Utf8) {
            m_passThroughUtf8 = true;
        } else if (encoding) {
            m_decoder = std::make_unique<QStringDecoder>(*encoding, QStringDecoder::Flag::Stateless);
        } else {
            // Qt 6.4 names only the Unicode encodings and Latin-1 itself; the
            // Windows code pages differ from Latin-1 in 0x80-0x9F only, where
            // Latin-1 has control characters: close enough to read text.
            if (lower == QLatin1String("windows-1252") || lower == QLatin1String("cp1252") ||
                lower == QLatin1String("iso-8859-15") || lower == QLatin1String("latin9")) {
                m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Latin1);
            } else {
                auto icu = std::make_unique<QStringDecoder>(m_encoding.constData());
                if (!icu->isValid())
                    return Error(QCoreApplication::translate(
                                     "Importers", "Unknown encoding \"%1\". Try UTF-8, UTF-16, ISO-8859-1 or "
                                                  "windows-1252.")
                                     .arg(QString::fromLatin1(m_encoding)),
                                 m_path);
                m_decoder = std::move(icu);
            }
        }
        m_encodingName = QString::fromLatin1(m_encoding);
        if (m_passThroughUtf8 && head.startsWith("\xEF\xBB\xBF"))
            m_file.read(3);
        if (m_decoder)
            m_passThroughUtf8 = false;
        return success();
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_file.read(3);
        m_encodingName = QStringLiteral("UTF-8 (BOM)");
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        const bool little = head.startsWith("\xFF\xFE");
        m_file.read(2);
        m_decoder =
            std::make_unique<QStringDecoder>(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        m_passThroughUtf8 = false;
        m_encodingName = little ? QStringLiteral("UTF-16 LE") : QStringLiteral("UTF-16 BE");
    } else {
        m_encodingName = QStringLiteral("UTF-8");
    }
    return success();
}

bool TextInput::atEnd() const
{
    return m_file.atEnd();
}

Result<QByteArray> TextInput::read(qint64 maxBytes)
{
    const bool first = m_file.pos() <= 3;
    QByteArray chunk = m_file.read(maxBytes);
    if (chunk.isEmpty())
        return chunk;
    if (first && m_passThroughUtf8 && looksBinary(chunk))
        return Error(QCoreApplication::translate(
                         "Importers",
                         "This is not a text file (it holds binary data: an image, a spreadsheet or an "
                         "archive?). Export it as CSV or JSON."),
                     m_path);
    if (!m_passThroughUtf8) {
        const QString text = m_decoder->decode(chunk);
        if (m_decoder->hasError())
            return Error(QCoreApplication::translate(
                             "Importers",
                             "The file is not readable as %1 (near line %2). Give its encoding with "
                             "--encoding, e.g. --encoding windows-1252.")
                             .arg(m_encodingName)
                             .arg(m_lineSoFar),
                         m_path, m_lineSoFar);
        QByteArray utf8 = text.toUtf8();
        m_lineSoFar += int(utf8.count('\n'));
        return utf8;
    }
    // Complete a multi-byte character cut at the chunk's end.
    for (int extra = 0; extra < 3 && !m_file.atEnd(); ++extra) {
        const char last = chunk.at(chunk.size() - 1 - 0);
        if ((static_cast<unsigned char>(last) & 0x80) == 0)
            break;
        qsizetype bad = -1;
        if (validUtf8Prefix(chunk, &bad) == chunk.size() || bad >= 0)
            break;
        char c;
        if (!m_file.getChar(&c))
            break;
        chunk.append(c);
    }
    qsizetype bad = -1;
    const qsizetype valid = validUtf8Prefix(chunk, &bad);
    if (bad >= 0 || (valid < chunk.size() && m_file.atEnd())) {
        const int line = m_lineSoFar + countLines(chunk, valid);
        const bool nul = bad >= 0 && chunk.at(bad) == '\0';
        return Error(
            nul ? QCoreApplication::translate("Importers",
                                              "This is not a text file (it holds binary data near line %1).")
                      .arg(line)
                : QCoreApplication::translate(
                      "Importers", "The file is not UTF-8 text (near line %1). If it was saved in another "
                                   "encoding, give it with --encoding, e.g. --encoding windows-1252.")
                      .arg(line),
            m_path, line);
    }
    m_lineSoFar += int(chunk.count('\n'));
    return chunk;
}

Result<QByteArray> TextInput::readAllUtf8(const QString& path, const QByteArray& encoding)
{
    TextInput input(path, encoding);
    if (auto opened = input.open(); !opened)
        return opened.error();
    QByteArray all;
    while (!input.atEnd()) {
        auto chunk = input.read(1 << 20);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        all += *chunk;
    }
    return all;
}

Result<QByteArray> TextInput::readAllUtf8NonBlank(const QString& path, const QByteArray& encoding,
                                                  const QString& whenEmpty)
{
    auto all = readAllUtf8(path, encoding);
    if (all && all->trimmed().isEmpty())
        return Error(whenEmpty.isEmpty() ? QCoreApplication::translate("Importers", "The file is empty.")
                                         : whenEmpty,
                     path);
    return all;
}

} // namespace cr
