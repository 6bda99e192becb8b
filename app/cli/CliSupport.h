#pragma once
// Helpers every command of customer-room-cli shares: option parsing with
// --help, usage errors, opening a room for reading or writing.

#include "cli/Cli.h"
#include "import/ImportSession.h"
#include "store/RoomStore.h"

#include <QCommandLineParser>
#include <QDate>

#include <memory>
#include <optional>

namespace cr::cli {

int usageError(QTextStream& err, const QString& message, const QString& command);

// Parses COMMAND's options; returns false (with the exit code in *code) when done.
bool parse(QCommandLineParser& parser, const QStringList& args, const QString& command,
           const QString& description, QTextStream& out, QTextStream& err, int* code);

// "GROUP SUB ROOM ..." commands (feed add, rules list): `command` is
// "GROUP SUB". The parser starts with the command and ROOM; GROUP is left
// out when parsing, so the positional arguments read SUB ROOM ...
void addRoomCommand(QCommandLineParser& parser, const QString& command, const QString& summary);
bool parseSubcommand(QCommandLineParser& parser, const QStringList& args, const QString& command,
                     const QString& description, QTextStream& out, QTextStream& err, int* code);

// Prints the error and returns `code`.
int failWith(QTextStream& err, const Error& error, int code);

std::optional<QDate> parseDateOption(const QCommandLineParser& parser, const QString& name, bool* bad);

// Opens an existing room; prints the reason and returns null when it cannot.
std::unique_ptr<RoomStore> openRoom(const QString& path, QTextStream& err);
// Opens a room for reading only: the file is never created or changed.
std::unique_ptr<RoomStore> openRoomReadOnly(const QString& path, QTextStream& err);

// The import options that `import` and `feed add` share.
struct ImportOptionSet
{
    ImportOptionSet();
    void addTo(QCommandLineParser& parser, bool withStrict) const;
    // Fills options from the parser; returns a usage error or an empty string.
    QString read(const QCommandLineParser& parser, ImportOptions* options,
                 std::optional<ImportKind>* chosenKind) const;
    QCommandLineOption kind, format, stage, map, aggregate, encoding, strict, question, details;
};

QString summaryLine(const ImportSummary& summary);
// One file's outcome: the format chosen, notes, the summary line; rejects to err.
void printSummary(const ImportSummary& summary, QTextStream& out, QTextStream& err);

// Commands in their own files.
int runImport(const QStringList& args, QTextStream& out, QTextStream& err);
int runFeed(const QStringList& args, QTextStream& out, QTextStream& err);
int runSync(const QStringList& args, QTextStream& out, QTextStream& err);
int runRules(const QStringList& args, QTextStream& out, QTextStream& err);
int runUnassigned(const QStringList& args, QTextStream& out, QTextStream& err);
int runFix(const QStringList& args, QTextStream& out, QTextStream& err);
int runFollowUp(const QStringList& args, QTextStream& out, QTextStream& err);
int runSearch(const QStringList& args, QTextStream& out, QTextStream& err);
int runExport(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace cr::cli
