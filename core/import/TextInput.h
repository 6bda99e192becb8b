#pragma once
// A text file read in chunks as UTF-8, whatever it was written in: UTF-8
// with or without BOM, UTF-16 with BOM, or a named encoding (--encoding).
// Bytes that are not text in that encoding refuse the file with the line
// where they were found, so nothing is stored as mojibake.

#include "Result.h"

#include <QByteArray>
#include <QFile>
#include <QStringDecoder>

#include <memory>

namespace cr {

class TextInput
{
public:
    TextInput(QString path, QByteArray encoding = {});

    Status open();
    // The next chunk of UTF-8 (empty at the end of the file).
    Result<QByteArray> read(qint64 maxBytes = 256 * 1024);
    bool atEnd() const;
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_size; }
    QString path() const { return m_path; }
    QString encodingName() const { return m_encodingName; }

    // Whole (small) file as text, for JSON and e-mail: same checks.
    static Result<QByteArray> readAllUtf8(const QString& path, const QByteArray& encoding = {});
    // The same for a whole import: a file of white space only is refused
    // with `whenEmpty`, by default "The file is empty.".
    static Result<QByteArray> readAllUtf8NonBlank(const QString& path, const QByteArray& encoding = {},
                                                  const QString& whenEmpty = {});

private:
    QString m_path;
    QByteArray m_encoding;
    QString m_encodingName;
    QFile m_file;
    qint64 m_size = 0;
    int m_lineSoFar = 1;
    bool m_passThroughUtf8 = true; // UTF-8 input: validate, do not re-encode
    std::unique_ptr<QStringDecoder> m_decoder;
};

} // namespace cr
