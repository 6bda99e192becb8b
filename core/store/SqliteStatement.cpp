#include "store/SqliteStatement.h"

#include <QStringEncoder>

#include <sqlite3.h>

namespace cr {

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql) : m_db(db)
{
    if (!db) {
        m_prepareError = QStringLiteral("no SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    m_text.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)) + 1);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const SqlValue& value)
{
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                bindNull(index);
            else
                bind(index, v);
        },
        value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString& text)
{
    if (index <= 0 || std::size_t(index) >= m_text.size()) {
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC); // out of range: SQLite reports it
        return;
    }
    // Encoded into the parameter's own buffer: no allocation once it is big enough.
    QByteArray& utf8 = m_text[std::size_t(index)];
    QStringEncoder encoder(QStringEncoder::Utf8);
    utf8.resize(encoder.requiredSpace(text.size()));
    char* end = encoder.appendToBuffer(utf8.data(), text);
    utf8.truncate(end - utf8.constData());
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

SqliteStatement::Step SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Failed;
    }
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::errorMessage() const
{
    if (!m_prepareError.isEmpty())
        return m_prepareError;
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace cr
