#pragma once
// A value or an error a person can act on. Errors name the file and line
// when they come from input, so the CLI can print "FILE:LINE: reason".

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cr {

struct Error
{
    QString message; // one sentence, translated, says what to do
    QString file;    // input file or room path, if any
    int line = 0;    // 1-based line in file, 0 if not applicable

    Error() = default;
    explicit Error(QString msg, QString f = {}, int l = 0)
        : message(std::move(msg)), file(std::move(f)), line(l)
    {
    }

    // "FILE:LINE: reason", "FILE: reason" or "reason".
    QString toString() const
    {
        if (file.isEmpty())
            return message;
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
        return QStringLiteral("%1: %2").arg(file, message);
    }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
struct Ok
{
};
using Status = Result<Ok>;
inline Status success()
{
    return Ok{};
}

} // namespace cr
