#pragma once
// Reads a PDF back as a person's tools do: `pdftotext` for its text, page by
// page, and `pdfinfo` for its page count and paper (poppler-utils, in
// scripts/install-deps.sh). A missing tool fails the test, never skips it.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace cr::test {

inline QString runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    INFO(program.toStdString() << " must be installed (poppler-utils)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// One string per page, whitespace folded to single spaces (lines wrap).
inline QStringList pdfPages(const QString& pdf)
{
    QStringList pages = runTool(QStringLiteral("pdftotext"),
                                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page with a form feed
    for (QString& page : pages)
        page = page.simplified();
    return pages;
}

inline QString pdfText(const QString& pdf)
{
    return pdfPages(pdf).join(QLatin1Char(' '));
}

// A field of `pdfinfo`: "Pages" -> "13", "Page size" -> "612 x 792 pts (letter)".
inline QString pdfInfo(const QString& pdf, const QString& field)
{
    const QString out = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(out);
    INFO(out.toStdString());
    REQUIRE(m.hasMatch());
    return m.captured(1).trimmed();
}

} // namespace cr::test
