#pragma once
// Helpers for tests: a room in a temporary folder, and Catch printing of Qt strings.

#include "store/RoomStore.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

namespace cr::test {

struct TempRoom
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<RoomStore> store;

    explicit TempRoom(const QString& name = QStringLiteral("room.croom"));
};

// Unwraps a Result in a test, failing with its message.
template <typename T> T require(Result<T> r)
{
    INFO((r.ok() ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

QString testData(const QString& relative);

} // namespace cr::test
