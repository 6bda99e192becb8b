#include "demo/DemoImports.h"

#include "import/StageRules.h"
#include "store/EvidenceWriter.h"
#include "store/ImportLog.h"
#include "store/RoomStore.h"
#include "store/RuleStore.h"

#include <QCoreApplication>

namespace cr {

namespace {

struct Mention
{
    int day;
    const char* time;
    const char* text;
};

// What a broadband provider's social team exports each month. The rules
// below place the ones that name a known problem; the rest need a person.
const Mention kMentions[] = {
    {1, "08:12", "@KestrelFibre engineer was a no-show again, third time this month."},
    {2, "19:40", "Charged twice for last month, @KestrelFibre please sort it."},
    {3, "21:05", "Wifi drops every evening around 8pm. Anyone else in Leeds on @KestrelFibre?"},
    {4, "12:30", "Trying to cancel my contract and the chat keeps timing out."},
    {5, "09:55", "Still waiting for the callback that was promised on Monday."},
    {7, "22:18", "Why does the Kestrel app log me out every single day?"},
    {8, "17:02", "Moved house last week and the new line still isn't live."},
    {9, "10:41", "Price went up again. Six years a customer and loyalty means nothing here."},
    {11, "14:26", "Your bill is impossible to read. What is a 'service adjustment'?"},
    {12, "07:49", "Router lights flashing orange since the storm, no internet."},
    {13, "16:33", "The engineer was brilliant, shame it took three weeks to get a slot."},
    {15, "21:12", "Speed test 38 Mbps on a 500 plan, at 9pm, every night."},
    {16, "11:08", "Got a letter saying my direct debit failed, but the money left my account."},
    {18, "19:27", "Support chat closed at 6pm, outage started at 7. Great timing."},
    {20, "13:15", "New customers get half the price I pay after four years."},
    {21, "20:44", "How do I cancel when the online form just loops back to the start?"},
    {23, "18:03", "No signal in the back room since the new router arrived."},
    {25, "15:37", "Third agent in a row asking me to restart the router. I have."},
    {27, "09:20", "Installation booked for the 4th, then moved to the 19th by text. No reason given."},
    {28, "12:52", "Who do I talk to about a refund for the outage days?"},
};

QString translate(const char* text)
{
    return QCoreApplication::translate("DemoRoom", text);
}

} // namespace

Status addDemoImports(RoomStore& store, QDate lastMonth, const QHash<QString, RowId>& stageIds)
{
    RuleStore rules(store);
    auto rule = [&](const char* field, const char* pattern, bool regex, const char* stage,
                    const char* category) -> Status {
        MappingRule r;
        r.kind = ImportKind::Complaints;
        r.field = QString::fromLatin1(field);
        r.pattern = QString::fromLatin1(pattern);
        r.isRegex = regex;
        r.stageId = stageIds.value(QString::fromLatin1(stage));
        r.category = category ? translate(category) : QString();
        auto id = rules.addRule(r);
        return id ? success() : Status(id.error());
    };
    for (Status s : {rule("text", "engineer", false, "Get connected",
                          QT_TRANSLATE_NOOP("DemoRoom", "Missed engineer appointment")),
                     rule("text", "\\b(bill|billed|charged|direct debit)\\b", true, "Pay",
                          QT_TRANSLATE_NOOP("DemoRoom", "Billing question")),
                     rule("text", "cancel", false, "Renew or leave",
                          QT_TRANSLATE_NOOP("DemoRoom", "Cannot cancel online")),
                     rule("text", "installation", false, "Get connected",
                          QT_TRANSLATE_NOOP("DemoRoom", "Installation date moved"))})
        if (!s)
            return s;

    const QString file = QStringLiteral("exports/social/social-mentions-%1.csv")
                             .arg(lastMonth.toString(QStringLiteral("yyyy-MM")));
    ImportLog log(store);
    ImportRun run;
    run.kind = QStringLiteral("complaints");
    run.format = QStringLiteral("generic");
    run.file = file;
    run.startedAt = QDateTime(lastMonth.addMonths(1), QTime(7, 30));
    auto runId = log.begin(run);
    if (!runId)
        return runId.error();
    run.id = *runId;

    auto loaded = rules.rules(ImportKind::Complaints);
    if (!loaded)
        return loaded.error();
    const StageRules stageRules(*loaded);
    EvidenceWriter writer(store);
    int line = 1;
    for (const Mention& m : kMentions) {
        ++line;
        Complaint c;
        c.channel = QStringLiteral("social");
        c.text = QString::fromUtf8(m.text);
        c.receivedAt =
            QDateTime(lastMonth.addDays(m.day - 1), QTime::fromString(QString::fromLatin1(m.time)));
        c.customerRef = QStringLiteral("social:%1").arg(4100 + line);
        if (const MappingRule* matched = stageRules.match(ImportKind::Complaints, [&](const QString& field) {
                return field == QLatin1String("text") ? c.text : QString();
            })) {
            c.stageId = matched->stageId;
            c.category = matched->category;
        }
        c.provenance.importRunId = run.id;
        c.provenance.sourceFile = file;
        c.provenance.sourceLine = line;
        c.provenance.externalId = QStringLiteral("mention-%1").arg(line);
        c.provenance.sourceKey = QStringLiteral("complaints:generic:mention-%1").arg(line);
        auto stored = writer.upsert(c, QStringLiteral("demo"));
        if (!stored)
            return stored.error();
        ++run.imported;
    }
    for (const ImportReject& reject :
         {ImportReject{
              file, 9,
              QCoreApplication::translate(
                  "DemoRoom", "received_at \"31/09\" is not a date (write 2026-10-31 or 2026-10-31T14:05)."),
              QStringLiteral("31/09,social,\"Great service today, thanks Priya!\"")},
          ImportReject{
              file, 17,
              QCoreApplication::translate(
                  "DemoRoom",
                  "The row has 2 fields where the header has 3 (a wrong delimiter or a stray quote?)."),
              QStringLiteral("2026-10-14;social;Router arrived")}}) {
        if (auto r = log.addReject(run.id, reject); !r)
            return r;
        ++run.rejected;
    }
    run.status = QStringLiteral("partial");
    run.message = QCoreApplication::translate("DemoRoom", "Generic complaints CSV, delimiter ','.");
    return log.finish(run);
}

} // namespace cr
