#include "cli/Cli.h"
#include "cli/CliSupport.h"

#include "demo/DemoRoom.h"
#include "report/RoomReport.h"
#include "room/RoomTemplate.h"
#include "store/RoomStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace cr::cli {

int runGenerate(const QStringList& args, QTextStream& out, QTextStream& err); // GenerateCommand.cpp

namespace {

QString overview()
{
    return QCoreApplication::translate(
               "Cli", "Customer Room %1 – the customer journey as a wall of evidence.\n"
                      "\n"
                      "Usage: customer-room-cli COMMAND ROOM [options]\n"
                      "\n"
                      "Commands:\n"
                      "  init ROOM [--demo] [--template FILE.json]\n"
                      "      Create a room file (suggested suffix .croom). --demo fills it with\n"
                      "      Kestrel Fibre, a broadband provider with 13 months of evidence.\n"
                      "  report ROOM --json [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
                      "      Print every stage's scores, complaints, KPIs, calls, artifacts and\n"
                      "      fixes as JSON. Without --from/--to the whole room is covered.\n"
                      "\n"
                      "  generate ROOM --stages N --responses N --complaints N --calls N\n"
                      "      Fill a room with a large generated company (benchmarks).\n"
                      "  import ROOM --kind KIND [--format F] [--stage S] [--map ...] FILE...\n"
                      "      Take exports in: surveys, complaints, KPIs, calls, artifacts.\n"
                      "  feed add|list|remove ROOM ...    sync ROOM [--feed NAME]\n"
                      "      Keep folders, files and URLs as feeds and take only what is new.\n"
                      "  rules add|list|apply|move ROOM ... unassigned list ROOM [--json]\n"
                      "      Sort evidence to stages; list what no stage claimed.\n"
                      "  fix add|list|update ROOM ...     followup list ROOM [--json]\n"
                      "      The fixes board and the departments' follow-up inboxes.\n"
                      "  search ROOM TEXT [--json]\n"
                      "      Find words in complaints, survey comments, calls and fixes.\n"
                      "  export ROOM --csv complaints|fixes|followups OUT.csv\n"
                      "      Write one table of the room as CSV.\n"
                      "\n"
                      "Run 'customer-room-cli COMMAND --help' for a command's options.\n"
                      "Exit codes: 0 ok, 1 bad usage, 2 room or file cannot be opened,\n"
                      "3 some records rejected, 4 nothing imported.\n")
        .arg(QStringLiteral(CR_VERSION));
}

int runInit(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("init"), QCoreApplication::translate("Cli", "Create a room."),
                                 QStringLiteral("init"));
    parser.addPositionalArgument(QStringLiteral("ROOM"),
                                 QCoreApplication::translate("Cli", "The room file to create."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("Cli", "Fill the room with the Kestrel Fibre demo."));
    const QCommandLineOption templ(
        QStringLiteral("template"),
        QCoreApplication::translate("Cli", "Stages and departments from a JSON template."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("Cli", "Random seed of the demo data (default 20261)."),
        QStringLiteral("N"));
    const QCommandLineOption lastMonth(
        QStringLiteral("last-month"),
        QCoreApplication::translate("Cli", "Last month of demo data (default: last month)."),
        QStringLiteral("YYYY-MM"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("Cli", "Replace an existing file."));
    parser.addOptions({demo, templ, seed, lastMonth, force});
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("init"),
               QCoreApplication::translate(
                   "Cli", "Create a room file (suggested suffix .croom): empty, from a template "
                          "of stages and departments, or filled with the Kestrel Fibre demo."),
               out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "init takes exactly one ROOM file."),
                          QStringLiteral("init"));
    if (parser.isSet(demo) && parser.isSet(templ))
        return usageError(err,
                          QCoreApplication::translate("Cli", "Use either --demo or --template, not both."),
                          QStringLiteral("init"));
    const QString path = positional.at(1);

    DemoOptions options;
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return usageError(err, QCoreApplication::translate("Cli", "--seed needs a whole number."),
                              QStringLiteral("init"));
    }
    if (parser.isSet(lastMonth)) {
        options.lastMonth = QDate::fromString(parser.value(lastMonth) + QStringLiteral("-01"), Qt::ISODate);
        if (!options.lastMonth.isValid())
            return usageError(err,
                              QCoreApplication::translate("Cli", "--last-month needs YYYY-MM, e.g. 2026-10."),
                              QStringLiteral("init"));
    }
    std::optional<RoomTemplate> roomTemplate;
    if (parser.isSet(templ)) {
        auto loaded = loadRoomTemplate(parser.value(templ));
        if (!loaded) {
            err << loaded.error().toString() << '\n';
            return CannotOpen;
        }
        roomTemplate = *loaded;
    }

    const bool replacing = QFileInfo::exists(path);
    if (replacing && !parser.isSet(force)) {
        err << Error(QCoreApplication::translate("Cli",
                                                 "A file with this name already exists; use --force to replace it."),
                     path)
                   .toString()
            << '\n';
        return CannotOpen;
    }
    // --force builds the new room beside the old one and renames it over the
    // old only when it is complete: a failure leaves the old room as it was.
    const QString target = replacing ? path + QStringLiteral(".new") : path;
    if (replacing)
        RoomStore::removeRoomFiles(target);
    auto store = RoomStore::open(target, RoomStore::OpenMode::CreateNew);
    if (!store) {
        err << store.error().toString() << '\n';
        return CannotOpen;
    }
    if (replacing) // named after the file it will become, not the temporary one
        if (auto named = (*store)->setRoomName(QFileInfo(path).completeBaseName()); !named) {
            err << named.error().toString() << '\n';
            return CannotOpen;
        }
    Status filled = success();
    if (parser.isSet(demo))
        filled = createDemoRoom(**store, options);
    else if (roomTemplate)
        filled = applyRoomTemplate(**store, *roomTemplate);
    if (!filled) {
        store->reset();
        RoomStore::removeRoomFiles(target);
        err << filled.error().toString() << '\n';
        return CannotOpen;
    }
    const QString roomName = (*store)->roomName();
    if (replacing) {
        store->reset(); // closing checkpoints the WAL into the file
        if (auto replaced = RoomStore::replaceRoomFile(target, path); !replaced) {
            RoomStore::removeRoomFiles(target);
            err << replaced.error().toString() << '\n';
            return CannotOpen;
        }
        out << QCoreApplication::translate("Cli", "Created %1 (%2).").arg(path, roomName) << '\n';
        return Ok;
    }
    out << QCoreApplication::translate("Cli", "Created %1 (%2).").arg(path, (*store)->roomName()) << '\n';
    return Ok;
}

int runReport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("report"),
                                 QCoreApplication::translate("Cli", "Report a room."),
                                 QStringLiteral("report"));
    parser.addPositionalArgument(QStringLiteral("ROOM"),
                                 QCoreApplication::translate("Cli", "The room file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print JSON (the only format so far)."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("Cli", "First day, inclusive."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("Cli", "Last day, inclusive."),
                                QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({json, from, to});
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("report"),
               QCoreApplication::translate(
                   "Cli", "Print every stage's scores, complaints, KPIs, calls, artifacts and "
                          "fixes as JSON. Dates are inclusive, in local time; without --from "
                          "and --to the whole room is covered."),
               out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "report takes exactly one ROOM file."),
                          QStringLiteral("report"));
    if (!parser.isSet(json))
        return usageError(err, QCoreApplication::translate("Cli", "report needs --json."),
                          QStringLiteral("report"));
    bool bad = false;
    DateRange range{parseDateOption(parser, QStringLiteral("from"), &bad),
                    parseDateOption(parser, QStringLiteral("to"), &bad)};
    if (bad)
        return usageError(
            err, QCoreApplication::translate("Cli", "Dates are written YYYY-MM-DD, e.g. 2026-10-31."),
            QStringLiteral("report"));
    if (range.from && range.to && *range.to < *range.from)
        return usageError(err, QCoreApplication::translate("Cli", "--from is after --to."),
                          QStringLiteral("report"));

    auto store = RoomStore::open(positional.at(1), RoomStore::OpenMode::ReadOnly);
    if (!store) {
        err << store.error().toString() << '\n';
        return CannotOpen;
    }
    // With both ends the report compares like with like against the period
    // before (Comparison); an open range has no "previous".
    Result<RoomReport> report = Error(QString());
    if (range.from && range.to) {
        auto lastEvidence = (*store)->latestEvidenceDate();
        if (!lastEvidence) {
            err << lastEvidence.error().toString() << '\n';
            return CannotOpen;
        }
        report = buildComparedReport(**store, comparePeriods(periodOfRange(range), QDate::currentDate(), *lastEvidence));
    } else {
        report = buildReport(**store, range);
    }
    if (!report) {
        err << report.error().toString() << '\n';
        return CannotOpen;
    }
    out << QString::fromUtf8(QJsonDocument(reportToJson(*report)).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() < 2) {
        err << overview();
        return BadUsage;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out << overview();
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "customer-room-cli " << CR_VERSION << '\n';
        return Ok;
    }
    if (command == QLatin1String("init"))
        return runInit(args, out, err);
    if (command == QLatin1String("report"))
        return runReport(args, out, err);
    if (command == QLatin1String("generate"))
        return runGenerate(args, out, err);
    if (command == QLatin1String("import"))
        return runImport(args, out, err);
    if (command == QLatin1String("feed"))
        return runFeed(args, out, err);
    if (command == QLatin1String("sync"))
        return runSync(args, out, err);
    if (command == QLatin1String("rules"))
        return runRules(args, out, err);
    if (command == QLatin1String("unassigned"))
        return runUnassigned(args, out, err);
    if (command == QLatin1String("export"))
        return runExport(args, out, err);
    if (command == QLatin1String("fix"))
        return runFix(args, out, err);
    if (command == QLatin1String("followup"))
        return runFollowUp(args, out, err);
    if (command == QLatin1String("search"))
        return runSearch(args, out, err);
    err << QCoreApplication::translate("Cli", "Unknown command '%1'.").arg(command) << '\n' << overview();
    return BadUsage;
}

} // namespace cr::cli
