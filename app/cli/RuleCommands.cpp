// customer-room-cli rules add|list|apply|move and unassigned list.
#include "cli/CliSupport.h"

#include "followups/FollowUpRules.h"
#include "import/StageRules.h"
#include "store/RuleStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cr::cli {

namespace {

int rulesAdd(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("rules add");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "Add a rule."));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate("Cli", "surveys, complaints, calls or artifacts."),
        QStringLiteral("KIND"), QStringLiteral("complaints"));
    const QCommandLineOption field(
        QStringLiteral("field"),
        QCoreApplication::translate(
            "Cli", "The field to look at (complaints: text, category, product, channel, "
                   "customer; surveys: comment, metric, respondent; calls: title, agent, "
                   "channel, summary, transcript; artifacts: title, description, kind; or any)."),
        QStringLiteral("FIELD"), QStringLiteral("any"));
    const QCommandLineOption keyword(
        QStringLiteral("keyword"),
        QCoreApplication::translate("Cli", "A word or phrase (whole words, any case)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption regex(
        QStringLiteral("regex"),
        QCoreApplication::translate("Cli", "A regular expression instead of a keyword."),
        QStringLiteral("PATTERN"));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   QCoreApplication::translate("Cli", "The stage matching records go to."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption category(
        QStringLiteral("category"),
        QCoreApplication::translate("Cli", "The category matching complaints get (when they have none)."),
        QStringLiteral("CATEGORY"));
    parser.addOptions({kind, field, keyword, regex, stage, category});
    int code = Ok;
    if (!parseSubcommand(
            parser, args, command,
            QCoreApplication::translate(
                "Cli",
                "Add a mapping rule: records whose FIELD holds the keyword (or matches the pattern) go to "
                "the stage and get the category. Rules run on every import and with 'rules apply'."),
            out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "rules add takes a ROOM."), command);
    if (parser.isSet(keyword) == parser.isSet(regex))
        return usageError(err, QCoreApplication::translate("Cli", "Give either --keyword or --regex."),
                          command);
    MappingRule rule;
    const auto k = importKindFromString(parser.value(kind));
    if (!k || *k == ImportKind::Kpis)
        return usageError(
            err, QCoreApplication::translate("Cli", "--kind is surveys, complaints, calls or artifacts."),
            command);
    rule.kind = *k;
    rule.field = parser.value(field);
    rule.isRegex = parser.isSet(regex);
    rule.pattern = rule.isRegex ? parser.value(regex) : parser.value(keyword);
    rule.category = parser.value(category);
    auto store = openRoom(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    if (parser.isSet(stage)) {
        const auto stages = store->stages();
        if (stages)
            rule.stageId = stageIdByName(*stages, parser.value(stage).trimmed());
        if (!rule.stageId) {
            QStringList names;
            if (stages)
                for (const Stage& s : *stages)
                    names << s.name;
            return usageError(err,
                              QCoreApplication::translate("Cli", "No stage named \"%1\" (stages: %2).")
                                  .arg(parser.value(stage), names.join(QStringLiteral(", "))),
                              command);
        }
    }
    auto id = RuleStore(*store).addRule(rule);
    if (!id)
        return usageError(err, id.error().message, command);
    out << QCoreApplication::translate(
               "Cli",
               "Added rule %1. Run 'customer-room-cli rules apply' to sort the Unassigned tray with it.")
               .arg(*id)
        << '\n';
    return Ok;
}

int rulesList(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("rules list");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "List rules."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOption(json);
    int code = Ok;
    if (!parseSubcommand(
            parser, args, command,
            QCoreApplication::translate("Cli", "List the room's mapping rules in the order they run."), out,
            err, &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "rules list takes a ROOM."), command);
    auto store = openRoomReadOnly(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    auto rules = RuleStore(*store).rules();
    auto stages = store->stages();
    if (!rules || !stages)
        return failWith(err, rules ? stages.error() : rules.error(), CannotOpen);
    QJsonArray array;
    for (const MappingRule& r : *rules) {
        if (parser.isSet(json)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("kind"), toString(r.kind)},
                {QStringLiteral("field"), r.field},
                {QStringLiteral("pattern"), r.pattern},
                {QStringLiteral("regex"), r.isRegex},
                {QStringLiteral("stage"),
                 r.stageId ? QJsonValue(stageNameById(*stages, r.stageId)) : QJsonValue()},
                {QStringLiteral("category"), r.category.isEmpty() ? QJsonValue() : QJsonValue(r.category)}});
            continue;
        }
        out << QCoreApplication::translate("Cli", "%1\t%2 %3 %4 \"%5\" -> %6%7")
                   .arg(r.id)
                   .arg(toString(r.kind), r.field,
                        r.isRegex ? QCoreApplication::translate("Cli", "matches")
                                  : QCoreApplication::translate("Cli", "holds"),
                        r.pattern,
                        r.stageId ? stageNameById(*stages, r.stageId)
                                  : QCoreApplication::translate("Cli", "(no stage)"),
                        r.category.isEmpty()
                            ? QString()
                            : QCoreApplication::translate("Cli", ", category \"%1\"").arg(r.category))
            << '\n';
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (rules->isEmpty())
        out << QCoreApplication::translate("Cli", "No rules yet. Add one with 'customer-room-cli rules add'.")
            << '\n';
    return Ok;
}

int rulesApply(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("rules apply");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "Apply rules."));
    int code = Ok;
    if (!parseSubcommand(parser, args, command,
                         QCoreApplication::translate(
                             "Cli", "Run the mapping rules over the Unassigned tray, in one step."),
                         out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "rules apply takes a ROOM."), command);
    auto store = openRoom(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    RuleStore rules(*store);
    auto placed = rules.applyRulesToUnassigned();
    auto left = rules.unassignedCounts();
    if (!placed || !left)
        return failWith(err, placed ? left.error() : placed.error(), CannotOpen);
    // Records that found a stage can raise follow-ups, as after an import.
    if (*placed > 0)
        if (auto loop = FollowUpRules::run(*store, QDateTime::currentDateTime()); !loop)
            return failWith(err, loop.error(), CannotOpen);
    out << QCoreApplication::translate("Cli", "%1 records found their stage; %2 remain unassigned.")
               .arg(*placed)
               .arg(left->total())
        << '\n';
    return Ok;
}

int rulesMove(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("rules move");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "Move a rule."));
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("Cli", "The rule's id, as 'rules list' shows it."));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("Cli", "Its place in the list, from 1 (runs first)."),
                                QStringLiteral("N"));
    parser.addOption(to);
    int code = Ok;
    if (!parseSubcommand(parser, args, command,
                         QCoreApplication::translate("Cli", "Rules run top to bottom and the first that matches "
                                                            "wins: put a rule at another place in the list."),
                         out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    bool idOk = false;
    bool placeOk = false;
    const RowId id = positional.value(2).toLongLong(&idOk);
    const int place = parser.value(to).toInt(&placeOk);
    if (positional.size() != 3 || !idOk || !placeOk || place < 1)
        return usageError(err, QCoreApplication::translate("Cli", "rules move takes a ROOM, a rule ID and --to N."),
                          command);
    auto store = openRoom(positional.at(1), err);
    if (!store)
        return CannotOpen;
    RuleStore rules(*store);
    auto all = rules.rules();
    if (!all)
        return failWith(err, all.error(), CannotOpen);
    int from = -1;
    for (int i = 0; i < all->size(); ++i)
        if (all->at(i).id == id)
            from = i;
    if (from < 0)
        return usageError(err, QCoreApplication::translate("Cli", "There is no rule %1 ('rules list' shows them).").arg(id),
                          command);
    const int target = std::min(place, int(all->size())) - 1;
    if (auto moved = rules.moveRule(id, target - from); !moved)
        return failWith(err, moved.error(), CannotOpen);
    out << QCoreApplication::translate("Cli", "Rule %1 now runs %2 of %3.").arg(id).arg(target + 1).arg(all->size())
        << '\n';
    return Ok;
}

} // namespace

int runRules(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString sub = args.value(2);
    if (sub == QLatin1String("add"))
        return rulesAdd(args, out, err);
    if (sub == QLatin1String("list"))
        return rulesList(args, out, err);
    if (sub == QLatin1String("apply"))
        return rulesApply(args, out, err);
    if (sub == QLatin1String("move"))
        return rulesMove(args, out, err);
    return usageError(err, QCoreApplication::translate("Cli", "rules takes add, list, apply or move."),
                      QStringLiteral("rules"));
}

int runUnassigned(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("unassigned"),
                                 QCoreApplication::translate("Cli", "The Unassigned tray."),
                                 QStringLiteral("unassigned list"));
    parser.addPositionalArgument(QStringLiteral("list"), QCoreApplication::translate("Cli", "List it."));
    parser.addPositionalArgument(QStringLiteral("ROOM"),
                                 QCoreApplication::translate("Cli", "The room file."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("Cli", "At most this many records (default 200)."), QStringLiteral("N"),
        QStringLiteral("200"));
    parser.addOptions({json, limit});
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("unassigned"),
               QCoreApplication::translate(
                   "Cli", "List records that no stage claimed (oldest first), with where they came from."),
               out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.at(1) != QLatin1String("list"))
        return usageError(err, QCoreApplication::translate("Cli", "Usage: unassigned list ROOM [--json]."),
                          QStringLiteral("unassigned"));
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max <= 0)
        return usageError(err, QCoreApplication::translate("Cli", "--limit needs a positive whole number."),
                          QStringLiteral("unassigned"));
    auto store = openRoomReadOnly(positional.at(2), err);
    if (!store)
        return CannotOpen;
    RuleStore rules(*store);
    auto counts = rules.unassignedCounts();
    auto items = rules.unassigned(std::nullopt, max);
    if (!counts || !items)
        return failWith(err, counts ? items.error() : counts.error(), CannotOpen);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const UnassignedItem& i : *items)
            array.append(QJsonObject{
                {QStringLiteral("kind"), toString(i.kind)},
                {QStringLiteral("id"), i.id},
                {QStringLiteral("when"), i.when.toString(Qt::ISODate)},
                {QStringLiteral("text"), i.title},
                {QStringLiteral("category"), i.category},
                {QStringLiteral("channel"), i.channel},
                {QStringLiteral("source"), QStringLiteral("%1:%2").arg(i.sourceFile).arg(i.sourceLine)}});
        const QJsonObject doc{{QStringLiteral("counts"),
                               QJsonObject{{QStringLiteral("complaints"), counts->complaints},
                                           {QStringLiteral("survey_responses"), counts->surveyResponses},
                                           {QStringLiteral("calls"), counts->calls},
                                           {QStringLiteral("artifacts"), counts->artifacts}}},
                              {QStringLiteral("items"), array}};
        out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return Ok;
    }
    out << QCoreApplication::translate(
               "Cli", "Unassigned: %1 complaints, %2 survey responses, %3 calls, %4 artifacts.")
               .arg(counts->complaints)
               .arg(counts->surveyResponses)
               .arg(counts->calls)
               .arg(counts->artifacts)
        << '\n';
    for (const UnassignedItem& i : *items)
        out << QStringLiteral("%1 %2\t%3\t%4\t%5\n")
                   .arg(toString(i.kind), QString::number(i.id),
                        i.when.toString(QStringLiteral("yyyy-MM-dd")), i.category,
                        i.title.left(80).simplified());
    return Ok;
}

} // namespace cr::cli
