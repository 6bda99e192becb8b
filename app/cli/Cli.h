#pragma once
// customer-room-cli: the command-line contract of DESIGN.md. Kept apart from
// main() so tests can run commands in-process.

#include <QStringList>
#include <QTextStream>

namespace cr::cli {

enum ExitCode {
    Ok = 0,
    BadUsage = 1,
    CannotOpen = 2,
    SomeRejected = 3,
    NothingImported = 4,
};

// args[0] is the program name, as in QCoreApplication::arguments().
int run(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace cr::cli
