// customer-room-cli import: files into a room, with DESIGN.md's exit codes.
#include "cli/CliSupport.h"

#include "import/ImportSession.h"
#include "import/ImporterRegistry.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cr::cli {

namespace {

// "--map a=b,c=d" (or the option repeated) -> {a: b, c: d}.
bool parseMap(const QStringList& values, QHash<QString, QString>* map, QString* bad)
{
    for (const QString& value : values) {
        for (const QString& pair : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == pair.size() - 1) {
                *bad = pair;
                return false;
            }
            map->insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        }
    }
    return true;
}

} // namespace

QString summaryLine(const ImportSummary& s)
{
    QString line = QCoreApplication::translate("Cli", "%1 imported, %2 updated, %3 unchanged, %4 rejected")
                       .arg(s.imported)
                       .arg(s.updated)
                       .arg(s.unchanged)
                       .arg(s.rejected);
    if (s.skipped)
        line += QCoreApplication::translate("Cli", ", %1 skipped").arg(s.skipped);
    return line;
}

// Prints one file's outcome; rejects go to stderr as FILE:LINE: reason.
void printSummary(const ImportSummary& s, QTextStream& out, QTextStream& err)
{
    const QString name = s.file;
    if (!s.formatReason.isEmpty())
        out << QCoreApplication::translate("Cli", "%1: read as %2").arg(name, s.formatReason) << '\n';
    out.flush(); // what was read comes before its rejects in a terminal
    for (const QString& reject : s.rejects)
        err << reject << '\n';
    if (s.rejected > s.rejects.size())
        err << QCoreApplication::translate("Cli", "%1: … and %2 more rejected rows.")
                   .arg(name)
                   .arg(s.rejected - s.rejects.size())
            << '\n';
    err.flush();
    for (const QString& note : s.notes)
        out << QCoreApplication::translate("Cli", "%1: %2").arg(name, note) << '\n';
    if (s.refused) {
        out.flush();
        err << s.refusal << '\n';
        err.flush();
        out << QCoreApplication::translate("Cli", "%1: nothing imported").arg(name) << '\n';
        out.flush();
        return;
    }
    out << QCoreApplication::translate("Cli", "%1: %2").arg(name, summaryLine(s)) << '\n';
    if (!s.createdKpis.isEmpty())
        out << QCoreApplication::translate(
                   "Cli",
                   "%1: new KPIs without a target (their status stays empty until a target is set): %2")
                   .arg(name, s.createdKpis.join(QStringLiteral(", ")))
            << '\n';
    if (s.unassigned > 0)
        out << QCoreApplication::translate("Cli",
                                           "%1: %2 records matched no stage and wait in the Unassigned tray "
                                           "('customer-room-cli unassigned list').")
                   .arg(name)
                   .arg(s.unassigned)
            << '\n';
    out.flush();
    err.flush();
}

int exitCodeFor(const QVector<ImportSummary>& summaries, bool anyUnreadable)
{
    if (anyUnreadable)
        return CannotOpen;
    bool anyImported = false;
    bool anyProblem = false;
    for (const ImportSummary& s : summaries) {
        if (!s.refused && s.imported + s.updated + s.unchanged > 0)
            anyImported = true;
        if (s.refused || s.rejected > 0)
            anyProblem = true;
    }
    if (!anyImported)
        return NothingImported;
    return anyProblem ? SomeRejected : Ok;
}

ImportOptionSet::ImportOptionSet()
    : kind(QStringLiteral("kind"),
           QCoreApplication::translate("Cli", "surveys, complaints, kpis, calls or artifacts."),
           QStringLiteral("KIND")),
      format(QStringLiteral("format"),
             QCoreApplication::translate(
                 "Cli",
                 "auto (default), generic, wide, qualtrics, surveymonkey, cfpb, cfpb-json, tickets, audio, "
                 "twilio, connect, image, pdf, email, html."),
             QStringLiteral("FORMAT"), QStringLiteral("auto")),
      stage(QStringLiteral("stage"), QCoreApplication::translate("Cli", "Put every record on this stage."),
            QStringLiteral("NAME")),
      map(QStringLiteral("map"),
          QCoreApplication::translate("Cli",
                                      "Our field = their column, e.g. id=ticket_id,received_at=created."),
          QStringLiteral("FIELD=COLUMN,...")),
      aggregate(
          QStringLiteral("aggregate"),
          QCoreApplication::translate("Cli", "How KPI rows finer than a month roll up: sum, mean or last."),
          QStringLiteral("HOW")),
      encoding(QStringLiteral("encoding"),
               QCoreApplication::translate(
                   "Cli", "Text encoding when not UTF-8/UTF-16 with BOM, e.g. windows-1252."),
               QStringLiteral("NAME")),
      strict(QStringLiteral("strict"),
             QCoreApplication::translate("Cli", "Refuse a file whole if any row is rejected.")),
      question(QStringLiteral("question"),
               QCoreApplication::translate(
                   "Cli", "The survey question that holds the NPS answer (e.g. Q7 or QID7)."),
               QStringLiteral("ID")),
      details(QStringLiteral("details"),
              QCoreApplication::translate("Cli", "SurveyMonkey survey-details JSON that names the choices."),
              QStringLiteral("FILE"))
{
}

void ImportOptionSet::addTo(QCommandLineParser& parser, bool withStrict) const
{
    parser.addOptions({kind, format, stage, map, aggregate, encoding, question, details});
    if (withStrict)
        parser.addOption(strict);
}

QString ImportOptionSet::read(const QCommandLineParser& parser, ImportOptions* options,
                              std::optional<ImportKind>* chosenKind) const
{
    if (parser.isSet(kind)) {
        *chosenKind = importKindFromString(parser.value(kind));
        if (!*chosenKind)
            return QCoreApplication::translate(
                "Cli", "--kind is one of surveys, complaints, kpis, calls, artifacts.");
        options->kind = **chosenKind;
    }
    options->format = parser.value(format);
    options->stage = parser.value(stage);
    QString badPair;
    if (!parseMap(parser.values(map), &options->map, &badPair))
        return QCoreApplication::translate("Cli", "--map takes FIELD=COLUMN pairs; \"%1\" is not one.")
            .arg(badPair);
    if (parser.isSet(aggregate)) {
        const QString how = parser.value(aggregate);
        if (how == QLatin1String("sum"))
            options->rollUp = RollUp::Sum;
        else if (how == QLatin1String("mean"))
            options->rollUp = RollUp::Mean;
        else if (how == QLatin1String("last"))
            options->rollUp = RollUp::Last;
        else
            return QCoreApplication::translate("Cli", "--aggregate is sum, mean or last.");
    }
    options->encoding = parser.value(encoding).toLatin1();
    options->strict = parser.optionNames().contains(QStringLiteral("strict")) && parser.isSet(strict);
    options->question = parser.value(question);
    options->details = parser.value(details);
    return {};
}

int runImport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("import"),
                                 QCoreApplication::translate("Cli", "Import files."),
                                 QStringLiteral("import"));
    parser.addPositionalArgument(QStringLiteral("ROOM"),
                                 QCoreApplication::translate("Cli", "The room file."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "Files to import."),
                                 QStringLiteral("FILE..."));
    const ImportOptionSet set;
    set.addTo(parser, true);
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("import"),
               QCoreApplication::translate(
                   "Cli",
                   "Import exports into a room: every good row is stored (once: re-importing changes "
                   "nothing), every bad one is printed as FILE:LINE: reason. Each file is all or nothing."),
               out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3)
        return usageError(err,
                          QCoreApplication::translate("Cli", "import takes a ROOM and at least one FILE."),
                          QStringLiteral("import"));

    ImportOptions options;
    std::optional<ImportKind> chosenKind;
    if (const QString bad = set.read(parser, &options, &chosenKind); !bad.isEmpty())
        return usageError(err, bad, QStringLiteral("import"));
    if (options.format != QLatin1String("auto") && !chosenKind)
        return usageError(err, QCoreApplication::translate("Cli", "--format needs --kind."),
                          QStringLiteral("import"));

    auto store = openRoom(positional.at(1), err);
    if (!store)
        return CannotOpen;

    QVector<ImportSummary> summaries;
    bool anyUnreadable = false;
    for (int i = 2; i < positional.size(); ++i) {
        const QString path = positional.at(i);
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            err << Error(info.exists() ? QCoreApplication::translate("Cli", "Cannot read this file.")
                                       : QCoreApplication::translate("Cli", "No such file."),
                         path)
                       .toString()
                << '\n';
            anyUnreadable = true;
            continue;
        }
        ImportRequest request;
        request.path = path;
        request.options = options;
        if (chosenKind) {
            request.options.kind = *chosenKind;
        } else {
            // A file that cannot be sampled (unreadable, an archive of several
            // files) says why; one that can but matches no format needs --kind.
            auto sample = sampleFile(path);
            auto sniffed = sample ? sniffAnyKind(path) : Result<ImporterChoice>(sample.error());
            if (!sniffed) {
                err << (sample ? Error(QCoreApplication::translate(
                                           "Cli", "Cannot tell what this file holds; give --kind."),
                                       path)
                               : sample.error())
                           .toString()
                    << '\n';
                ImportSummary refused;
                refused.file = path;
                refused.refused = true;
                summaries << refused;
                continue;
            }
            request.options.kind = sniffed->importer->kind();
            out << QCoreApplication::translate("Cli", "%1: holds %2")
                       .arg(path, toString(request.options.kind))
                << '\n';
        }
        const ImportSummary summary = importFile(*store, request);
        printSummary(summary, out, err);
        summaries << summary;
    }
    return exitCodeFor(summaries, anyUnreadable);
}

} // namespace cr::cli
