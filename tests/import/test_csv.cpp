// The CSV reader under every importer: line numbers, quirks, encodings.
#include "ImportTestSupport.h"
#include "TestRoom.h"
#include "import/CsvReader.h"
#include "import/TextInput.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cr;

namespace {

QVector<CsvRow> readAll(const QString& path, const QByteArray& encoding = {}, Error* error = nullptr)
{
    CsvReader csv(path, encoding);
    const Status opened = csv.open();
    if (!opened) {
        if (error)
            *error = opened.error();
        return {};
    }
    QVector<CsvRow> rows;
    CsvRow row;
    while (true) {
        auto more = csv.next(row);
        if (!more) {
            if (error)
                *error = more.error();
            break;
        }
        if (!*more)
            break;
        rows << row;
    }
    return rows;
}

} // namespace

TEST_CASE("CSV rows know the line they start on, across CRLF and bare LF inside quotes")
{
    QTemporaryDir dir;
    const QString path =
        test::writeFile(dir, QStringLiteral("a.csv"),
                        "id,text\r\n1,\"first\nsecond\nthird\"\r\n2,plain\r\n\r\n3,\"x\r\ny\"\r\n4,last");
    const auto rows = readAll(path);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].line == 1);
    CHECK(rows[1].line == 2);
    CHECK(rows[1].fields[1] == QStringLiteral("first\nsecond\nthird"));
    CHECK(rows[2].line == 5);
    CHECK(rows[3].line == 7); // a blank line 6 is skipped
    CHECK(rows[4].line == 9);
    CHECK(rows[4].fields == QStringList{QStringLiteral("4"), QStringLiteral("last")});
}

TEST_CASE("CSV: BOM, semicolons, tabs and old Mac line ends")
{
    QTemporaryDir dir;
    auto semicolon = readAll(test::writeFile(dir, QStringLiteral("s.csv"),
                                             "\xEF\xBB\xBF"
                                             "Datum;Wert\n01.03.2024;8,7\n"));
    REQUIRE(semicolon.size() == 2);
    CHECK(semicolon[0].fields[0] == QStringLiteral("Datum"));
    CHECK(semicolon[1].fields[1] == QStringLiteral("8,7"));
    auto tabs = readAll(test::writeFile(dir, QStringLiteral("t.tsv"), "a\tb\tc\n1\t\t3\n"));
    REQUIRE(tabs.size() == 2);
    CHECK(tabs[1].fields == QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")});
    auto mac = readAll(test::writeFile(dir, QStringLiteral("m.csv"), "a,b\r1,2\r3,4\r"));
    REQUIRE(mac.size() == 3);
    CHECK(mac[2].line == 3);
}

TEST_CASE("CSV: UTF-16 with BOM reads like UTF-8; a named encoding is honoured")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("name,city\nJosé,Köln\n");
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    auto rows = readAll(test::writeFile(dir, QStringLiteral("u16.csv"), utf16));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields[0] == QStringLiteral("José"));
    CHECK(rows[1].fields[1] == QStringLiteral("Köln"));

    const QByteArray latin1 = QByteArray("name,city\nJos\xE9,K\xF6ln\n");
    const QString path = test::writeFile(dir, QStringLiteral("latin1.csv"), latin1);
    Error error;
    CHECK(readAll(path, {}, &error).size() <= 1);
    CHECK(error.message.contains(QStringLiteral("--encoding")));
    CHECK(error.line == 2);
    auto decoded = readAll(path, "windows-1252");
    REQUIRE(decoded.size() == 2);
    CHECK(decoded[1].fields[1] == QStringLiteral("Köln"));
}

TEST_CASE("CSV: a quoted field open at the end is an error naming its line; binary is refused")
{
    QTemporaryDir dir;
    Error error;
    const auto rows = readAll(
        test::writeFile(dir, QStringLiteral("cut.csv"), "a,b\n1,2\n3,\"unfinished\nstill"), {}, &error);
    CHECK(rows.size() == 2);
    CHECK(error.line == 3);
    CHECK(error.message.contains(QStringLiteral("quoted field")));

    Error binary;
    readAll(test::writeFile(dir, QStringLiteral("bin.csv"), QByteArray("a,b\n\x00\x01\x02\xff\xfe", 9)), {},
            &binary);
    CHECK_FALSE(binary.message.isEmpty());
}

TEST_CASE("CSV: a UTF-8 character split across read chunks stays whole")
{
    QTemporaryDir dir;
    QByteArray big = "text\n";
    while (big.size() < 256 * 1024 - 1)
        big.append('x');
    big.append("é\n"); // 'é' straddles the 256 KiB chunk boundary
    const auto rows = readAll(test::writeFile(dir, QStringLiteral("split.csv"), big));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields[0].endsWith(QStringLiteral("xé")));
}

TEST_CASE("ColumnMap finds columns by name, alias and --map, case-insensitively")
{
    ColumnMap columns({QChar(0xFEFF) + QStringLiteral("Ticket ID"), QStringLiteral("Created  At"), QStringLiteral("Body")},
                      {{QStringLiteral("text"), QStringLiteral("body")}});
    CHECK(columns.find(QStringLiteral("id"), {QStringLiteral("ticket id")}) == 0);
    CHECK(columns.find(QStringLiteral("received_at"), {QStringLiteral("created at")}) == 1);
    CHECK(columns.find(QStringLiteral("text")) == 2);
    CHECK(columns.find(QStringLiteral("channel")) == -1);
    ColumnMap bad({QStringLiteral("a")}, {{QStringLiteral("text"), QStringLiteral("nope")}});
    CHECK(bad.unknownMappedColumn() == QStringLiteral("nope"));
}
