// customer-room-cli feed add|list|remove and sync.
#include "cli/CliSupport.h"

#include "feeds/FeedSync.h"
#include "import/StageRules.h"
#include "store/FeedStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace cr::cli {

namespace {

QJsonObject feedJson(const Feed& f, const QString& stage)
{
    return QJsonObject{{QStringLiteral("name"), f.name},
                       {QStringLiteral("kind"), toString(f.kind)},
                       {QStringLiteral("format"), f.format},
                       {QStringLiteral("location"), f.location},
                       {QStringLiteral("stage"), stage.isEmpty() ? QJsonValue() : QJsonValue(stage)},
                       {QStringLiteral("options"), optionsToJson(f.options)},
                       {QStringLiteral("last_sync"),
                        f.lastSyncAt ? QJsonValue(f.lastSyncAt->toString(Qt::ISODate)) : QJsonValue()}};
}

int feedAdd(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("feed add");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "Add a feed."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QCoreApplication::translate("Cli", "A name for the feed."));
    const QCommandLineOption location(
        QStringLiteral("location"), QCoreApplication::translate("Cli", "A folder, a file or an http(s) URL."),
        QStringLiteral("PATH_OR_URL"));
    parser.addOption(location);
    const ImportOptionSet set;
    set.addTo(parser, true);
    int code = Ok;
    if (!parseSubcommand(
            parser, args, command,
            QCoreApplication::translate(
                "Cli",
                "Add a feed: an export the room takes in again on every sync (only what is new or changed)."),
            out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(err, QCoreApplication::translate("Cli", "feed add takes a ROOM and a NAME."),
                          command);
    Feed feed;
    feed.name = positional.at(2).trimmed();
    std::optional<ImportKind> kind;
    if (const QString bad = set.read(parser, &feed.options, &kind); !bad.isEmpty())
        return usageError(err, bad, command);
    if (!kind)
        return usageError(err, QCoreApplication::translate("Cli", "A feed needs --kind."), command);
    if (!parser.isSet(location))
        return usageError(err,
                          QCoreApplication::translate(
                              "Cli", "A feed needs --location (a folder, a file or an http(s) URL)."),
                          command);
    feed.kind = *kind;
    feed.format = feed.options.format;
    feed.location = parser.value(location);
    if (feed.locationType() != Feed::Location::Url) {
        const QFileInfo info(feed.location);
        if (!info.exists())
            return failWith(
                err, Error(QCoreApplication::translate("Cli", "No such folder or file."), feed.location),
                CannotOpen);
        feed.location = info.absoluteFilePath();
    } else if (!QUrl(feed.location).isValid()) {
        return usageError(err, QCoreApplication::translate("Cli", "The URL is not valid."), command);
    }
    auto store = openRoom(positional.at(1), err);
    if (!store)
        return CannotOpen;
    if (!feed.options.stage.isEmpty()) {
        auto stages = store->stages();
        if (!stages)
            return failWith(err, stages.error(), CannotOpen);
        feed.stageId = stageIdByName(*stages, feed.options.stage);
        if (!feed.stageId)
            return usageError(err,
                              QCoreApplication::translate("Cli", "No stage named \"%1\" in this room.")
                                  .arg(feed.options.stage),
                              command);
    }
    auto id = FeedStore(*store).add(feed);
    if (!id)
        return failWith(err, id.error(), BadUsage);
    out << QCoreApplication::translate(
               "Cli",
               "Added feed \"%1\" (%2 from %3). Run 'customer-room-cli sync %4 --feed \"%1\"' to take it in.")
               .arg(feed.name, toString(feed.kind), feed.location, positional.at(1))
        << '\n';
    return Ok;
}

int feedList(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("feed list");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "List feeds."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOption(json);
    int code = Ok;
    if (!parseSubcommand(parser, args, command, QCoreApplication::translate("Cli", "List the room's feeds."),
                         out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "feed list takes a ROOM."), command);
    auto store = openRoomReadOnly(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    auto feeds = FeedStore(*store).feeds();
    if (!feeds)
        return failWith(err, feeds.error(), CannotOpen);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Feed& f : *feeds)
            array.append(feedJson(f, stageNameById(*store, f.stageId)));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (feeds->isEmpty())
        out << QCoreApplication::translate("Cli", "No feeds yet. Add one with 'customer-room-cli feed add'.")
            << '\n';
    for (const Feed& f : *feeds)
        out << QCoreApplication::translate("Cli", "%1\t%2 (%3)\t%4\tlast sync %5")
                   .arg(f.name, toString(f.kind), f.format, f.location,
                        f.lastSyncAt ? f.lastSyncAt->toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : QCoreApplication::translate("Cli", "never"))
            << '\n';
    return Ok;
}

int feedRemove(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("feed remove");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "Remove a feed."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("Cli", "The feed."));
    int code = Ok;
    if (!parseSubcommand(
            parser, args, command,
            QCoreApplication::translate("Cli", "Remove a feed. What it imported stays in the room."), out,
            err, &code))
        return code;
    if (parser.positionalArguments().size() != 3)
        return usageError(err, QCoreApplication::translate("Cli", "feed remove takes a ROOM and a NAME."),
                          command);
    auto store = openRoom(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    FeedStore feeds(*store);
    auto feed = feeds.byName(parser.positionalArguments().at(2));
    if (!feed)
        return failWith(err, feed.error(), BadUsage);
    if (auto removed = feeds.remove(feed->id); !removed)
        return failWith(err, removed.error(), CannotOpen);
    out << QCoreApplication::translate("Cli",
                                       "Removed feed \"%1\"; the evidence it brought stays in the room.")
               .arg(feed->name)
        << '\n';
    return Ok;
}

} // namespace

int runFeed(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString sub = args.value(2);
    if (sub == QLatin1String("add"))
        return feedAdd(args, out, err);
    if (sub == QLatin1String("list"))
        return feedList(args, out, err);
    if (sub == QLatin1String("remove"))
        return feedRemove(args, out, err);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out << QCoreApplication::translate(
            "Cli", "Usage: customer-room-cli feed add|list|remove ROOM ...\n"
                   "Run 'customer-room-cli feed add --help' for a subcommand's options.\n");
        return Ok;
    }
    return usageError(err, QCoreApplication::translate("Cli", "feed takes add, list or remove."),
                      QStringLiteral("feed"));
}

int runSync(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("sync"), QCoreApplication::translate("Cli", "Sync feeds."),
                                 QStringLiteral("sync"));
    parser.addPositionalArgument(QStringLiteral("ROOM"),
                                 QCoreApplication::translate("Cli", "The room file."));
    const QCommandLineOption feedOption(QStringLiteral("feed"),
                                        QCoreApplication::translate("Cli", "Only this feed."),
                                        QStringLiteral("NAME"));
    parser.addOption(feedOption);
    int code = Ok;
    if (!parse(
            parser, args, QStringLiteral("sync"),
            QCoreApplication::translate(
                "Cli",
                "Take in what is new or changed in the room's feeds. Unchanged files and URLs are skipped. "
                "An http(s) feed's credentials come from CUSTOMER_ROOM_FEED_TOKEN, or "
                "CUSTOMER_ROOM_FEED_USER and CUSTOMER_ROOM_FEED_PASSWORD."),
            out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "sync takes a ROOM."),
                          QStringLiteral("sync"));
    auto store = openRoom(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    auto all = FeedStore(*store).feeds();
    if (!all)
        return failWith(err, all.error(), CannotOpen);
    QVector<Feed> chosen;
    for (const Feed& f : *all)
        if (!parser.isSet(feedOption) || f.name == parser.value(feedOption))
            chosen << f;
    if (parser.isSet(feedOption) && chosen.isEmpty())
        return usageError(err,
                          QCoreApplication::translate("Cli", "There is no feed named \"%1\".")
                              .arg(parser.value(feedOption)),
                          QStringLiteral("sync"));
    if (chosen.isEmpty()) {
        out << QCoreApplication::translate("Cli",
                                           "No feeds to sync. Add one with 'customer-room-cli feed add'.")
            << '\n';
        return Ok;
    }
    SyncOptions options;
    options.credentials.token = qEnvironmentVariable("CUSTOMER_ROOM_FEED_TOKEN");
    options.credentials.user = qEnvironmentVariable("CUSTOMER_ROOM_FEED_USER");
    options.credentials.password = qEnvironmentVariable("CUSTOMER_ROOM_FEED_PASSWORD");
    bool unreadable = false;
    bool problems = false;
    for (const Feed& feed : chosen) {
        const SyncSummary s = syncFeed(*store, feed, options);
        for (const ImportSummary& file : s.imports) {
            printSummary(file, out, err);
            problems = problems || file.refused || file.rejected > 0;
        }
        for (const QString& e : s.errors)
            err << e << '\n';
        unreadable = unreadable || !s.errors.isEmpty();
        out << QCoreApplication::translate(
                   "Cli", "Feed \"%1\": %2 new, %3 updated, %4 rejected; %5 files changed, %6 unchanged.")
                   .arg(feed.name)
                   .arg(s.imported())
                   .arg(s.updated())
                   .arg(s.rejected())
                   .arg(s.imports.size())
                   .arg(s.unchangedFiles)
            << '\n';
    }
    if (unreadable)
        return CannotOpen;
    return problems ? SomeRejected : Ok;
}

} // namespace cr::cli
