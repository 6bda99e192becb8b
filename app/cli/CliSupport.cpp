#include "cli/CliSupport.h"

#include <QCoreApplication>

namespace cr::cli {

int usageError(QTextStream& err, const QString& message, const QString& command)
{
    err << "customer-room-cli: " << message << '\n'
        << QCoreApplication::translate("Cli", "Run 'customer-room-cli %1 --help' for usage.").arg(command)
        << '\n';
    return BadUsage;
}

// Parses COMMAND's options; returns false (with the exit code in *code) when done.
bool parse(QCommandLineParser& parser, const QStringList& args, const QString& command,
           const QString& description, QTextStream& out, QTextStream& err, int* code)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        *code = usageError(err, parser.errorText(), command);
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        *code = Ok;
        return false;
    }
    return true;
}

void addRoomCommand(QCommandLineParser& parser, const QString& command, const QString& summary)
{
    parser.addPositionalArgument(command, summary, command);
    parser.addPositionalArgument(QStringLiteral("ROOM"),
                                 QCoreApplication::translate("Cli", "The room file."));
}

bool parseSubcommand(QCommandLineParser& parser, const QStringList& args, const QString& command,
                     const QString& description, QTextStream& out, QTextStream& err, int* code)
{
    QStringList rest = args;
    rest.removeAt(1); // the group: "feed", "rules"
    return parse(parser, rest, command, description, out, err, code);
}

int failWith(QTextStream& err, const Error& error, int code)
{
    err << error.toString() << '\n';
    return code;
}

std::optional<QDate> parseDateOption(const QCommandLineParser& parser, const QString& name, bool* bad)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const QDate d = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!d.isValid() || parser.value(name).size() != 10)
        *bad = true;
    return d;
}

namespace {

std::unique_ptr<RoomStore> openRoomAs(const QString& path, RoomStore::OpenMode mode, QTextStream& err)
{
    auto store = RoomStore::open(path, mode);
    if (!store) {
        err << store.error().toString() << '\n';
        return nullptr;
    }
    return std::move(store).value();
}

} // namespace

std::unique_ptr<RoomStore> openRoom(const QString& path, QTextStream& err)
{
    return openRoomAs(path, RoomStore::OpenMode::OpenExisting, err);
}

std::unique_ptr<RoomStore> openRoomReadOnly(const QString& path, QTextStream& err)
{
    return openRoomAs(path, RoomStore::OpenMode::ReadOnly, err);
}

} // namespace cr::cli
