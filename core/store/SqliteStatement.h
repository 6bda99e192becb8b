#pragma once
// A prepared statement on a room's own connection through SQLite's C API,
// for the import's per-row path. QtSql binds each value through a QVariant
// and hands SQLite UTF-16 that it converts back to UTF-8 on every row; that
// was a third of an import's time. Here text goes in as UTF-8 once. The
// statement shares the connection, so it runs inside the caller's
// transaction. Parameters are numbered from 1, as in SQLite.

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cr {

// A value to bind: NULL, an integer, a real or text.
using SqlValue = std::variant<std::monostate, qint64, double, QString>;

class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }

    void bind(int index, const SqlValue& value);
    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString& text); // a null QString binds '' (the schema's NOT NULL text)

    enum class Step { Row, Done, Failed };
    Step step();
    // Of the connection's last finished INSERT, UPDATE or DELETE.
    int changes() const;
    qint64 lastInsertId() const;
    // Ready for the next row: clears the last result and the bindings.
    void reset();

    bool isNull(int column) const; // columns from 0
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;

    // The connection's last error, or why the statement did not prepare.
    QString errorMessage() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_prepareError;
    // Each text parameter's UTF-8, kept until the next bind of that
    // parameter so SQLite can read it in place instead of copying it.
    std::vector<QByteArray> m_text;
};

} // namespace cr
