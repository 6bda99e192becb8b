#include "feeds/FeedKeychain.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace cr::ui::keychain {

namespace {

QString service()
{
    return QString::fromLatin1(kService);
}

QString problemText(QKeychain::Job* job, bool writing)
{
    // qtkeychain often says only "Unknown error": then the sentence stands alone.
    const QString detail =
        job->errorString().isEmpty() || job->errorString() == QLatin1String("Unknown error")
            ? QString()
            : QStringLiteral(" (%1)").arg(job->errorString());
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return writing
                   ? QCoreApplication::translate(
                         "FeedKeychain",
                         "No system keychain is available%1, so the credentials were not saved. Start your "
                         "desktop's keyring (GNOME Keyring, KWallet) and save the feed again; until then it "
                         "syncs without them.")
                         .arg(detail)
                   : QCoreApplication::translate(
                         "FeedKeychain",
                         "No system keychain is available%1: the feed syncs without credentials, and a "
                         "server "
                         "that needs them will refuse it. Start your desktop's keyring to use them.")
                         .arg(detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate(
                   "FeedKeychain", "The keychain refused access%1; the feed syncs without credentials.")
            .arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        return QCoreApplication::translate("FeedKeychain",
                                           "The old credentials could not be removed from the keychain%1.")
            .arg(detail);
    }
    return job->errorString();
}

QString serialise(const FeedCredentials& c)
{
    QJsonObject o;
    if (!c.token.isEmpty())
        o.insert(QStringLiteral("token"), c.token);
    if (!c.user.isEmpty()) {
        o.insert(QStringLiteral("user"), c.user);
        o.insert(QStringLiteral("password"), c.password);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

FeedCredentials parse(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    FeedCredentials c;
    c.token = o.value(QStringLiteral("token")).toString();
    c.user = o.value(QStringLiteral("user")).toString();
    c.password = o.value(QStringLiteral("password")).toString();
    return c;
}

} // namespace

QString keyFor(const QString& roomPath, const QString& feedName)
{
    return QFileInfo(roomPath).absoluteFilePath() + QLatin1Char('#') + feedName;
}

void read(const QString& roomPath, const QString& feedName, QObject* context,
          std::function<void(const FeedCredentials&, const QString&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setAutoDelete(true);
    job->setKey(keyFor(roomPath, feedName));
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        const FeedCredentials c =
            j->error() == QKeychain::NoError ? parse(readJob->textData()) : FeedCredentials{};
        done(c, problemText(j, false));
    });
    job->start();
}

void write(const QString& roomPath, const QString& feedName, const FeedCredentials& credentials,
           QObject* context, std::function<void(const QString&)> done)
{
    if (credentials.isEmpty()) {
        remove(roomPath, feedName, context, std::move(done));
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setAutoDelete(true);
    job->setKey(keyFor(roomPath, feedName));
    job->setTextData(serialise(credentials));
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job* j) { done(problemText(j, true)); });
    job->start();
}

void remove(const QString& roomPath, const QString& feedName, QObject* context,
            std::function<void(const QString&)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(service());
    job->setAutoDelete(true);
    job->setKey(keyFor(roomPath, feedName));
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job* j) { done(problemText(j, true)); });
    job->start();
}

} // namespace cr::ui::keychain
