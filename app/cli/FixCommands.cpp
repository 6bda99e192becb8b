// customer-room-cli fix add|list|update and followup list: the fixes board
// and the department inboxes for scripts.
#include "cli/CliSupport.h"

#include "fixes/FixMeasure.h"
#include "import/StageRules.h"
#include "store/FixStore.h"
#include "store/FollowUpStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cr::cli {

namespace {

std::optional<RowId> departmentIdByName(const QVector<Department>& departments, const QString& name)
{
    for (const Department& d : departments)
        if (d.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return d.id;
    return std::nullopt;
}

QString departmentNames(const QVector<Department>& departments)
{
    QStringList names;
    for (const Department& d : departments)
        names << d.name;
    return names.join(QStringLiteral(", "));
}

QString departmentName(const QVector<Department>& departments, const std::optional<RowId>& id)
{
    if (id)
        for (const Department& d : departments)
            if (d.id == *id)
                return d.name;
    return QString();
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(std::round(*v * 100) / 100) : QJsonValue();
}

QJsonValue orNull(const std::optional<QDate>& d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue orNull(const std::optional<QDateTime>& t)
{
    return t ? QJsonValue(t->toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue readingJson(const std::optional<fixes::MetricReading>& r)
{
    if (!r)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("value"), orNull(r->value)},
                       {QStringLiteral("n"), r->n},
                       {QStringLiteral("from"), orNull(r->window.from)},
                       {QStringLiteral("to"), orNull(r->window.to)}};
}

// A stage named on the command line, or a usage error listing the stages.
bool resolveStage(const RoomStore& store, const QString& name, std::optional<RowId>* id, QString* problem)
{
    auto stages = store.stages();
    if (!stages) {
        *problem = stages.error().toString();
        return false;
    }
    *id = stageIdByName(*stages, name.trimmed());
    if (*id)
        return true;
    QStringList names;
    for (const Stage& s : *stages)
        names << s.name;
    *problem = QCoreApplication::translate("Cli", "No stage named \"%1\" (stages: %2).").arg(name, names.join(QStringLiteral(", ")));
    return false;
}

int fixAdd(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("fix add");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "Add a fix."));
    const QCommandLineOption title(QStringLiteral("title"), QCoreApplication::translate("Cli", "What the fix changes."), QStringLiteral("T"));
    const QCommandLineOption stage(QStringLiteral("stage"), QCoreApplication::translate("Cli", "The stage it is for."), QStringLiteral("S"));
    const QCommandLineOption owner(QStringLiteral("owner"), QCoreApplication::translate("Cli", "The department that owns it."),
                                   QStringLiteral("DEPT"));
    const QCommandLineOption contributors(QStringLiteral("contributors"),
                                          QCoreApplication::translate("Cli", "Departments that contribute, comma-separated."),
                                          QStringLiteral("D1,D2"));
    const QCommandLineOption due(QStringLiteral("due"), QCoreApplication::translate("Cli", "Due date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption kpi(QStringLiteral("kpi"), QCoreApplication::translate("Cli", "The KPI it must move."), QStringLiteral("NAME"));
    const QCommandLineOption metric(QStringLiteral("metric"),
                                    QCoreApplication::translate("Cli", "The survey score it must move: nps, csat or ces (default nps, "
                                       "or the KPI when --kpi is given)."),
                                    QStringLiteral("METRIC"));
    const QCommandLineOption goal(QStringLiteral("goal"), QCoreApplication::translate("Cli", "The value the metric should reach."),
                                  QStringLiteral("VALUE"));
    const QCommandLineOption description(QStringLiteral("description"), QCoreApplication::translate("Cli", "More about the fix."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption evidence(QStringLiteral("evidence"),
                                      QCoreApplication::translate("Cli", "Evidence behind it: complaint:ID, survey_response:ID, call:ID, "
                                         "clip:ID, artifact:ID, comma-separated."),
                                      QStringLiteral("KIND:ID,..."));
    parser.addOptions({title, stage, owner, contributors, due, kpi, metric, goal, description, evidence});
    int code = Ok;
    if (!parseSubcommand(parser, args, command,
                         QCoreApplication::translate("Cli", "Add a fix to the board as proposed and print its id. Its baseline (the metric "
                            "over the days before today) is captured now."),
                         out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "fix add takes a ROOM."), command);
    if (!parser.isSet(title) || !parser.isSet(owner))
        return usageError(err, QCoreApplication::translate("Cli", "fix add needs --title and --owner."), command);
    bool bad = false;
    const auto dueDate = parseDateOption(parser, QStringLiteral("due"), &bad);
    if (bad)
        return usageError(err, QCoreApplication::translate("Cli", "Dates are written YYYY-MM-DD, e.g. 2026-10-31."), command);
    if (parser.isSet(kpi) && parser.isSet(metric))
        return usageError(err, QCoreApplication::translate("Cli", "Give either --kpi or --metric, not both."), command);

    auto store = openRoom(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    auto departments = store->departments();
    if (!departments)
        return failWith(err, departments.error(), CannotOpen);
    Fix fix;
    fix.title = parser.value(title);
    fix.description = parser.value(description);
    fix.due = dueDate;
    fix.createdOn = QDate::currentDate();
    const auto ownerId = departmentIdByName(*departments, parser.value(owner));
    if (!ownerId)
        return usageError(err,
                          QCoreApplication::translate("Cli", "No department named \"%1\" (departments: %2).")
                              .arg(parser.value(owner), departmentNames(*departments)),
                          command);
    fix.ownerDepartmentId = *ownerId;
    for (const QString& name : parser.value(contributors).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto id = departmentIdByName(*departments, name);
        if (!id)
            return usageError(err,
                              QCoreApplication::translate("Cli", "No department named \"%1\" (departments: %2).")
                                  .arg(name.trimmed(), departmentNames(*departments)),
                              command);
        fix.contributingDepartmentIds.append(*id);
    }
    if (parser.isSet(stage)) {
        QString problem;
        if (!resolveStage(*store, parser.value(stage), &fix.stageId, &problem))
            return usageError(err, problem, command);
    }
    if (parser.isSet(kpi)) {
        auto kpis = store->allKpis();
        if (!kpis)
            return failWith(err, kpis.error(), CannotOpen);
        QStringList names;
        for (const Kpi& k : *kpis) {
            names << k.name;
            if (k.name.compare(parser.value(kpi).trimmed(), Qt::CaseInsensitive) == 0)
                fix.kpiId = k.id;
        }
        if (!fix.kpiId)
            return usageError(err,
                              QCoreApplication::translate("Cli", "No KPI named \"%1\" (KPIs: %2).").arg(parser.value(kpi), names.join(QStringLiteral(", "))),
                              command);
        fix.metric = QStringLiteral("kpi");
    } else if (parser.isSet(metric)) {
        fix.metric = parser.value(metric).toLower();
        if (!fixes::isSurveyMetric(fix.metric))
            return usageError(err, QCoreApplication::translate("Cli", "--metric is nps, csat or ces."), command);
    } else if (fix.stageId) {
        fix.metric = QStringLiteral("nps");
    }
    if (parser.isSet(goal)) {
        bool ok = false;
        fix.goal = parser.value(goal).toDouble(&ok);
        if (!ok)
            return usageError(err, QCoreApplication::translate("Cli", "--goal needs a number."), command);
    }
    for (const QString& item : parser.value(evidence).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        bool ok = false;
        const auto kind = evidenceKindFromString(parts.value(0));
        const RowId id = parts.value(1).toLongLong(&ok);
        if (parts.size() != 2 || !kind || !ok)
            return usageError(err, QCoreApplication::translate("Cli", "Evidence is written KIND:ID, e.g. complaint:42, not \"%1\".").arg(item), command);
        fix.evidence.append({*kind, id});
    }
    auto id = FixStore(*store).create(fix);
    if (!id)
        return usageError(err, id.error().message, command);
    out << *id << '\n';
    return Ok;
}

QJsonObject fixJson(const RoomStore& store, const Fix& f, const QVector<Department>& departments,
                    const QVector<Stage>& stages, const QVector<Kpi>& kpis, const QDate& today, QString* problem)
{
    auto outcome = fixes::measure(store, f, today);
    if (!outcome) {
        *problem = outcome.error().toString();
        return {};
    }
    QJsonArray contributors;
    for (RowId d : f.contributingDepartmentIds)
        contributors.append(departmentName(departments, d));
    QJsonArray evidence;
    for (const auto& e : f.evidence)
        evidence.append(QJsonObject{{QStringLiteral("kind"), toString(e.kind)}, {QStringLiteral("id"), e.id}});
    QString kpiName;
    for (const Kpi& k : kpis)
        if (f.kpiId && k.id == *f.kpiId)
            kpiName = k.name;
    QJsonValue change;
    if (outcome->change)
        change = QJsonObject{{QStringLiteral("delta"), std::round(outcome->change->delta * 10) / 10},
                             {QStringLiteral("significant"), outcome->change->significant}};
    return QJsonObject{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("title"), f.title},
        {QStringLiteral("description"), f.description},
        {QStringLiteral("stage"), orNull(stageNameById(stages, f.stageId))},
        {QStringLiteral("status"), toString(f.status)},
        {QStringLiteral("owner"), departmentName(departments, f.ownerDepartmentId)},
        {QStringLiteral("contributors"), contributors},
        {QStringLiteral("due"), orNull(f.due)},
        {QStringLiteral("overdue"), f.isOverdue(today)},
        {QStringLiteral("created_on"), f.createdOn.toString(Qt::ISODate)},
        {QStringLiteral("done_on"), orNull(f.doneOn)},
        {QStringLiteral("verified_on"), orNull(f.verifiedOn)},
        {QStringLiteral("metric"), orNull(f.metric)},
        {QStringLiteral("kpi"), orNull(kpiName)},
        {QStringLiteral("goal"), orNull(f.goal)},
        {QStringLiteral("baseline"), readingJson(outcome->before)},
        {QStringLiteral("result"), readingJson(outcome->after)},
        {QStringLiteral("change"), change},
        {QStringLiteral("better"), outcome->better ? QJsonValue(*outcome->better) : QJsonValue()},
        {QStringLiteral("evidence"), evidence},
    };
}

int fixList(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("fix list");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "List fixes."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    const QCommandLineOption status(QStringLiteral("status"), QCoreApplication::translate("Cli", "Only fixes in this status."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption department(QStringLiteral("department"),
                                        QCoreApplication::translate("Cli", "Only fixes this department owns or contributes to."),
                                        QStringLiteral("DEPT"));
    parser.addOptions({json, status, department});
    int code = Ok;
    if (!parseSubcommand(parser, args, command,
                         QCoreApplication::translate("Cli", "List the fixes board: each fix's stage, status, owner, due date, evidence, "
                            "and its metric before → after."),
                         out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "fix list takes a ROOM."), command);
    FixFilter filter;
    if (parser.isSet(status)) {
        filter.status = fixStatusFromString(parser.value(status));
        if (!filter.status)
            return usageError(err, QCoreApplication::translate("Cli", "--status is proposed, in_progress, done or verified."), command);
    }
    auto store = openRoomReadOnly(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    auto departments = store->departments();
    auto stages = store->stages();
    auto kpis = store->allKpis();
    if (!departments || !stages || !kpis)
        return failWith(err, !departments ? departments.error() : !stages ? stages.error() : kpis.error(),
                        CannotOpen);
    if (parser.isSet(department)) {
        filter.departmentId = departmentIdByName(*departments, parser.value(department));
        if (!filter.departmentId)
            return usageError(err,
                              QCoreApplication::translate("Cli", "No department named \"%1\" (departments: %2).")
                                  .arg(parser.value(department), departmentNames(*departments)),
                              command);
    }
    auto fixes = FixStore(*store).fixes(filter);
    if (!fixes)
        return failWith(err, fixes.error(), CannotOpen);
    const QDate today = QDate::currentDate();
    QJsonArray array;
    for (const Fix& f : *fixes) {
        QString problem;
        const QJsonObject o = fixJson(*store, f, *departments, *stages, *kpis, today, &problem);
        if (!problem.isEmpty()) {
            err << problem << '\n';
            return CannotOpen;
        }
        if (parser.isSet(json)) {
            array.append(o);
            continue;
        }
        QString line = QStringLiteral("%1\t%2\t%3\t%4\t%5")
                           .arg(f.id)
                           .arg(toString(f.status), stageNameById(*stages, f.stageId),
                                departmentName(*departments, f.ownerDepartmentId), f.title);
        if (f.isOverdue(today))
            line += QLatin1Char('\t') + QCoreApplication::translate("Cli", "overdue since %1").arg(f.due->toString(Qt::ISODate));
        out << line << '\n';
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (fixes->isEmpty())
        out << QCoreApplication::translate("Cli", "No fixes yet. Add one with 'customer-room-cli fix add'.") << '\n';
    return Ok;
}

int fixUpdate(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("fix update");
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "Update a fix."));
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("Cli", "The fix's id."));
    const QCommandLineOption status(QStringLiteral("status"), QCoreApplication::translate("Cli", "proposed, in_progress, done or verified."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption due(QStringLiteral("due"), QCoreApplication::translate("Cli", "A new due date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption title(QStringLiteral("title"), QCoreApplication::translate("Cli", "A new title."), QStringLiteral("T"));
    parser.addOptions({status, due, title});
    int code = Ok;
    if (!parseSubcommand(parser, args, command,
                         QCoreApplication::translate("Cli", "Move a fix to another status (done records the day its result is measured "
                            "from; verified keeps the measured result), or change its due date or title."),
                         out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 3)
        return usageError(err, QCoreApplication::translate("Cli", "fix update takes a ROOM and a fix ID."), command);
    bool ok = false;
    const RowId id = parser.positionalArguments().at(2).toLongLong(&ok);
    if (!ok)
        return usageError(err, QCoreApplication::translate("Cli", "The fix ID is a number, as 'fix list' prints it."), command);
    std::optional<FixStatus> newStatus;
    if (parser.isSet(status)) {
        newStatus = fixStatusFromString(parser.value(status));
        if (!newStatus)
            return usageError(err, QCoreApplication::translate("Cli", "--status is proposed, in_progress, done or verified."), command);
    }
    bool bad = false;
    const auto newDue = parseDateOption(parser, QStringLiteral("due"), &bad);
    if (bad)
        return usageError(err, QCoreApplication::translate("Cli", "Dates are written YYYY-MM-DD, e.g. 2026-10-31."), command);
    if (!newStatus && !newDue && !parser.isSet(title))
        return usageError(err, QCoreApplication::translate("Cli", "Say what to change: --status, --due or --title."), command);
    auto store = openRoom(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    FixStore fixes(*store);
    auto fix = fixes.fix(id);
    if (!fix)
        return failWith(err, fix.error(), CannotOpen);
    RoomStore::Transaction tx(*store);
    if (newDue || parser.isSet(title)) {
        Fix edited = *fix;
        if (newDue)
            edited.due = newDue;
        if (parser.isSet(title))
            edited.title = parser.value(title);
        if (auto r = fixes.update(edited); !r)
            return usageError(err, r.error().message, command);
    }
    if (newStatus && *newStatus != fix->status)
        if (auto r = fixes.setStatus(id, *newStatus, QDate::currentDate()); !r)
            return failWith(err, r.error(), CannotOpen);
    if (auto r = tx.commit(); !r)
        return failWith(err, r.error(), CannotOpen);
    out << QCoreApplication::translate("Cli", "Fix %1 is %2.").arg(id).arg(toString(newStatus.value_or(fix->status))) << '\n';
    return Ok;
}

} // namespace

int runFix(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString sub = args.value(2);
    if (sub == QLatin1String("add"))
        return fixAdd(args, out, err);
    if (sub == QLatin1String("list"))
        return fixList(args, out, err);
    if (sub == QLatin1String("update"))
        return fixUpdate(args, out, err);
    return usageError(err, QCoreApplication::translate("Cli", "fix takes add, list or update."), QStringLiteral("fix"));
}

int runFollowUp(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("followup list");
    if (args.value(2) != QLatin1String("list"))
        return usageError(err, QCoreApplication::translate("Cli", "followup takes list."), QStringLiteral("followup"));
    QCommandLineParser parser;
    addRoomCommand(parser, command, QCoreApplication::translate("Cli", "List follow-ups."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    const QCommandLineOption department(QStringLiteral("department"),
                                        QCoreApplication::translate("Cli", "Only this department's inbox (routed or escalated to it)."),
                                        QStringLiteral("D"));
    const QCommandLineOption open(QStringLiteral("open"), QCoreApplication::translate("Cli", "Only follow-ups not yet resolved."));
    parser.addOptions({json, department, open});
    int code = Ok;
    if (!parseSubcommand(parser, args, command,
                         QCoreApplication::translate("Cli", "List the closed-loop follow-ups the rules raised: detractors with a comment, "
                            "complaint spikes and KPIs turning red, with their department and status."),
                         out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "followup list takes a ROOM."), command);
    auto store = openRoomReadOnly(parser.positionalArguments().at(1), err);
    if (!store)
        return CannotOpen;
    auto departments = store->departments();
    auto stages = store->stages();
    if (!departments || !stages)
        return failWith(err, !departments ? departments.error() : stages.error(), CannotOpen);
    FollowUpFilter filter;
    filter.openOnly = parser.isSet(open);
    if (parser.isSet(department)) {
        filter.departmentId = departmentIdByName(*departments, parser.value(department));
        if (!filter.departmentId)
            return usageError(err,
                              QCoreApplication::translate("Cli", "No department named \"%1\" (departments: %2).")
                                  .arg(parser.value(department), departmentNames(*departments)),
                              command);
    }
    FollowUpStore followUps(*store);
    auto list = followUps.followUps(filter);
    if (!list)
        return failWith(err, list.error(), CannotOpen);
    const QDateTime now = QDateTime::currentDateTime();
    const int escalateAfter = followUps.escalateAfterDays();
    QJsonArray array;
    for (const FollowUp& f : *list) {
        const int age = int(f.raisedAt.daysTo(f.resolvedAt.value_or(now)));
        const bool overdue = f.isOverdue(escalateAfter, now);
        if (!parser.isSet(json)) {
            out << QStringLiteral("%1\t%2\t%3\t%4\t%5%6\n")
                       .arg(f.id)
                       .arg(toString(f.status), departmentName(*departments, f.departmentId),
                            stageNameById(*stages, f.stageId), f.title,
                            overdue ? QLatin1Char('\t') + QCoreApplication::translate("Cli", "waiting %1 days").arg(age) : QString());
            continue;
        }
        QJsonArray evidence;
        for (const auto& e : f.evidence)
            evidence.append(QJsonObject{{QStringLiteral("kind"), toString(e.kind)}, {QStringLiteral("id"), e.id}});
        array.append(QJsonObject{
            {QStringLiteral("id"), f.id},
            {QStringLiteral("rule"), toString(f.rule)},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("detail"), f.detail},
            {QStringLiteral("stage"), orNull(stageNameById(*stages, f.stageId))},
            {QStringLiteral("department"), orNull(departmentName(*departments, f.departmentId))},
            {QStringLiteral("status"), toString(f.status)},
            {QStringLiteral("raised_at"), f.raisedAt.toString(Qt::ISODate)},
            {QStringLiteral("age_days"), age},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("acknowledged_at"), orNull(f.acknowledgedAt)},
            {QStringLiteral("resolved_at"), orNull(f.resolvedAt)},
            {QStringLiteral("resolution_note"), orNull(f.resolutionNote)},
            {QStringLiteral("escalated_at"), orNull(f.escalatedAt)},
            {QStringLiteral("escalated_to"), orNull(departmentName(*departments, f.escalatedToDepartmentId))},
            {QStringLiteral("evidence"), evidence},
        });
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (list->isEmpty())
        out << QCoreApplication::translate("Cli", "No follow-ups.") << '\n';
    return Ok;
}

} // namespace cr::cli
