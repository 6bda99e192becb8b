#include "report/CsvExport.h"

#include "fixes/FixMeasure.h"
#include "store/FixStore.h"
#include "store/FollowUpStore.h"
#include "text/PersonalData.h"

#include <QHash>
#include <QSaveFile>

namespace cr {

namespace {

struct Names
{
    QHash<RowId, QString> stages;
    QHash<RowId, QString> departments;
    QHash<RowId, QString> moments;
    QHash<RowId, QString> kpis;
    QString stage(const std::optional<RowId>& id) const { return id ? stages.value(*id) : QString(); }
    QString department(const std::optional<RowId>& id) const { return id ? departments.value(*id) : QString(); }
};

Result<Names> names(const RoomStore& store)
{
    Names n;
    auto stages = store.stages();
    auto departments = store.departments();
    auto kpis = store.allKpis();
    if (!stages)
        return stages.error();
    if (!departments)
        return departments.error();
    if (!kpis)
        return kpis.error();
    for (const Stage& s : *stages) {
        n.stages.insert(s.id, s.name);
        auto moments = store.moments(s.id);
        if (!moments)
            return moments.error();
        for (const Moment& m : *moments)
            n.moments.insert(m.id, m.name);
    }
    for (const Department& d : *departments)
        n.departments.insert(d.id, d.name);
    for (const Kpi& k : *kpis)
        n.kpis.insert(k.id, k.name);
    return n;
}

bool inRange(const QDate& d, const DateRange& range)
{
    return (!range.from || d >= *range.from) && (!range.to || d <= *range.to);
}

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 10) : QString();
}

QString date(const std::optional<QDate>& d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

QString time(const std::optional<QDateTime>& t)
{
    return t ? t->toString(Qt::ISODate) : QString();
}

class CsvWriter
{
public:
    explicit CsvWriter(QSaveFile& file) : m_file(file) {}
    void row(const QStringList& fields)
    {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        m_file.write(quoted.join(QLatin1Char(',')).toUtf8());
        m_file.write("\r\n");
    }

private:
    QSaveFile& m_file;
};

} // namespace

std::optional<CsvTable> csvTableFromString(const QString& name)
{
    if (name == QLatin1String("complaints"))
        return CsvTable::Complaints;
    if (name == QLatin1String("fixes"))
        return CsvTable::Fixes;
    if (name == QLatin1String("followups"))
        return CsvTable::FollowUps;
    return std::nullopt;
}

QString csvField(const QString& value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                             (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Result<int> exportCsv(RoomStore& store, CsvTable table, const QString& outPath, const CsvExportOptions& options)
{
    auto n = names(store);
    if (!n)
        return n.error();
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate("Export", "Cannot write the file: %1").arg(file.errorString()),
                     outPath);
    CsvWriter csv(file);
    const auto text = [&](const QString& t) { return options.mask ? maskPersonalData(t) : t; };
    int rows = 0;

    if (table == CsvTable::Complaints) {
        csv.row({QStringLiteral("id"), QStringLiteral("received_at"), QStringLiteral("stage"),
                 QStringLiteral("moment"), QStringLiteral("category"), QStringLiteral("channel"),
                 QStringLiteral("product"), QStringLiteral("status"), QStringLiteral("resolved_at"),
                 QStringLiteral("customer"), QStringLiteral("text"), QStringLiteral("source"),
                 QStringLiteral("external_id")});
        const Status written = store.eachComplaint(options.range, [&](const Complaint& c) {
            csv.row({QString::number(c.id), c.receivedAt.toString(Qt::ISODate), n->stage(c.stageId),
                     c.momentId ? n->moments.value(*c.momentId) : QString(), c.category, c.channel, c.product,
                     toString(c.status), time(c.resolvedAt), text(c.customerRef), text(c.text),
                     c.provenance.sourceFile.isEmpty()
                         ? QString()
                         : QStringLiteral("%1:%2").arg(c.provenance.sourceFile).arg(c.provenance.sourceLine),
                     c.provenance.externalId});
            ++rows;
            return success();
        });
        if (!written)
            return written.error();
    } else if (table == CsvTable::Fixes) {
        csv.row({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("stage"), QStringLiteral("status"),
                 QStringLiteral("owner"), QStringLiteral("contributors"), QStringLiteral("due_on"),
                 QStringLiteral("overdue"), QStringLiteral("created_on"), QStringLiteral("done_on"),
                 QStringLiteral("verified_on"), QStringLiteral("metric"), QStringLiteral("baseline"),
                 QStringLiteral("baseline_n"), QStringLiteral("result"), QStringLiteral("result_n"),
                 QStringLiteral("significant"), QStringLiteral("goal"), QStringLiteral("evidence"),
                 QStringLiteral("description")});
        auto fixes = FixStore(store).fixes();
        if (!fixes)
            return fixes.error();
        for (const Fix& f : *fixes) {
            if (!inRange(f.createdOn, options.range))
                continue;
            auto outcome = fixes::measure(store, f, options.today);
            if (!outcome)
                return outcome.error();
            QStringList contributors;
            for (RowId d : f.contributingDepartmentIds)
                contributors << n->departments.value(d);
            QStringList evidence;
            for (const auto& e : f.evidence)
                evidence << QStringLiteral("%1:%2").arg(toString(e.kind)).arg(e.id);
            const QString metric = f.metric == QLatin1String("kpi") && f.kpiId ? n->kpis.value(*f.kpiId) : f.metric;
            const auto& after = outcome->after;
            csv.row({QString::number(f.id), f.title, n->stage(f.stageId), toString(f.status),
                     n->departments.value(f.ownerDepartmentId), contributors.join(QLatin1Char(';')), date(f.due),
                     f.isOverdue(options.today) ? QStringLiteral("yes") : QStringLiteral("no"),
                     date(f.createdOn), date(f.doneOn), date(f.verifiedOn), metric, number(f.baseline),
                     f.baselineN ? QString::number(*f.baselineN) : QString(),
                     after ? number(after->value) : QString(), after ? QString::number(after->n) : QString(),
                     outcome->significant ? (*outcome->significant ? QStringLiteral("yes") : QStringLiteral("no"))
                                          : QString(),
                     number(f.goal), evidence.join(QLatin1Char(';')), text(f.description)});
            ++rows;
        }
    } else {
        csv.row({QStringLiteral("id"), QStringLiteral("rule"), QStringLiteral("title"), QStringLiteral("stage"),
                 QStringLiteral("department"), QStringLiteral("status"), QStringLiteral("raised_at"),
                 QStringLiteral("acknowledged_at"), QStringLiteral("resolved_at"), QStringLiteral("resolution_note"),
                 QStringLiteral("escalated_at"), QStringLiteral("escalated_to"), QStringLiteral("detail")});
        auto followUps = FollowUpStore(store).followUps();
        if (!followUps)
            return followUps.error();
        for (const FollowUp& f : *followUps) {
            if (!inRange(f.raisedAt.date(), options.range))
                continue;
            csv.row({QString::number(f.id), toString(f.rule), text(f.title), n->stage(f.stageId),
                     n->department(f.departmentId), toString(f.status), f.raisedAt.toString(Qt::ISODate),
                     time(f.acknowledgedAt), time(f.resolvedAt), text(f.resolutionNote), time(f.escalatedAt),
                     n->department(f.escalatedToDepartmentId), text(f.detail)});
            ++rows;
        }
    }
    if (!file.commit())
        return Error(QCoreApplication::translate("Export", "Cannot write the file: %1").arg(file.errorString()),
                     outPath);
    return rows;
}

} // namespace cr
