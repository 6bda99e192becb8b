#pragma once
// A URL feed's credentials live in the system keychain (service
// "customer-room", key "<room file path>#<feed name>"), never in the room:
// a room file is copied and shared, a password must not travel with it.
// Every call is asynchronous; `done` runs on the GUI thread. When no
// keychain service runs (a headless machine), `problem` says so in words a
// person can act on, and sync goes on without credentials.

#include "feeds/FeedSync.h"

#include <QObject>

#include <functional>

namespace cr::ui {

// Whether a feed reads from a URL (and so may have credentials), by its text alone: no disk access.
inline bool isUrlLocation(const QString& location)
{
    return location.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

} // namespace cr::ui

namespace cr::ui::keychain {

inline constexpr const char* kService = "customer-room";

QString keyFor(const QString& roomPath, const QString& feedName);

// No entry is no problem: empty credentials and an empty `problem`.
void read(const QString& roomPath, const QString& feedName, QObject* context,
          std::function<void(const FeedCredentials& credentials, const QString& problem)> done);
// Empty credentials delete the entry.
void write(const QString& roomPath, const QString& feedName, const FeedCredentials& credentials,
           QObject* context, std::function<void(const QString& problem)> done);
void remove(const QString& roomPath, const QString& feedName, QObject* context,
            std::function<void(const QString& problem)> done);

} // namespace cr::ui::keychain
