#pragma once
// Running customer-room-cli in-process, as the CLI tests do.

#include "cli/Cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cr::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run runCli(const QStringList& args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(QStringList{QStringLiteral("customer-room-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace cr::test
