#include "demo/RoomGenerator.h"

#include "demo/GeneratorContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cr {

namespace generator {

QVector<double> cumulative(const QVector<double>& weights)
{
    QVector<double> out;
    out.reserve(weights.size());
    double sum = 0;
    for (double w : weights)
        out.append(sum += std::max(0.0, w));
    return out;
}

QVector<qint64> allocate(qint64 total, const QVector<double>& weights)
{
    QVector<qint64> counts(weights.size(), 0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (weights.isEmpty() || total <= 0 || sum <= 0)
        return counts;
    QVector<std::pair<double, int>> remainders;
    qint64 given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = double(total) * std::max(0.0, weights[i]) / sum;
        counts[i] = qint64(std::floor(exact));
        given += counts[i];
        remainders.append({exact - double(counts[i]), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int k = 0; given < total; k = (k + 1) % int(remainders.size()), ++given)
        ++counts[remainders[k].second];
    return counts;
}

QString isoDateTime(const QDate& day, int hour, int minute, int second)
{
    char buf[20];
    auto two = [&](int at, int v) {
        buf[at] = char('0' + v / 10);
        buf[at + 1] = char('0' + v % 10);
    };
    const int year = day.year();
    buf[0] = char('0' + year / 1000 % 10);
    buf[1] = char('0' + year / 100 % 10);
    two(2, year % 100);
    buf[4] = '-';
    two(5, day.month());
    buf[7] = '-';
    two(8, day.day());
    buf[10] = 'T';
    two(11, hour);
    buf[13] = ':';
    two(14, minute);
    buf[16] = ':';
    two(17, second);
    return QString::fromLatin1(buf, 19);
}

Status Context::tick(double work, const QString& what)
{
    workDone += work;
    // Progress in steps of 0.2 %, and a Cancel is seen within a few thousand rows.
    if (workDone < nextReport)
        return success();
    nextReport = workDone + workTotal / 500;
    if (progress.isCancelled())
        return Error(QCoreApplication::translate("RoomGenerator", "Cancelled; the room was not created."),
                     store.path());
    progress.progress(0.02 + 0.96 * workDone / workTotal, what);
    return success();
}

} // namespace generator

namespace {

using namespace generator;

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

// True value in month m of a script written for 13 months that start at the
// room's demo frame; earlier months drift back from the script's start.
double scripted(double start, double end, int scriptStep, int m, int demoFrame, double earlierDrift)
{
    const int rel = m - demoFrame;
    if (rel < 0)
        return start + earlierDrift * double(-rel) / demoFrame;
    if (scriptStep < 0)
        return start + (end - start) * rel / 12.0;
    if (rel < scriptStep)
        return start;
    if (rel == scriptStep)
        return start + (end - start) * 0.45;
    return end;
}

// The stages a room of N keeps, in journey order; past twenty the journey
// repeats for more customer segments.
QVector<std::pair<int, QString>> chooseStages(int n, int journeyLength, const QVector<int>& priority)
{
    QVector<std::pair<int, int>> chosen; // (journey index, round)
    for (int k = 0; k < n; ++k)
        chosen.append({priority[k % journeyLength], k / journeyLength});
    std::sort(chosen.begin(), chosen.end());
    QVector<std::pair<int, QString>> out;
    for (const auto& [index, round] : chosen)
        out.append({index, round == 0   ? QString()
                           : round == 1 ? QStringLiteral(" – business")
                                        : QStringLiteral(" – region %1").arg(round)});
    return out;
}

Status loadManifest(Context& c, QJsonArray* artifacts)
{
    QFile file(c.options.mediaRoot + QStringLiteral("/manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("RoomGenerator", "The demo media manifest is missing from this build."),
                     file.fileName());
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error(QCoreApplication::translate("RoomGenerator", "The demo media manifest is not valid JSON: %1")
                         .arg(parseError.errorString()),
                     file.fileName());
    for (const QJsonValue& v : manifest.value(QStringLiteral("calls")).toArray()) {
        const QJsonObject o = v.toObject();
        CallTemplate t;
        t.file = o.value(QStringLiteral("file")).toString();
        t.mediaStage = o.value(QStringLiteral("stage")).toString();
        t.title = o.value(QStringLiteral("title")).toString();
        t.agent = o.value(QStringLiteral("agent")).toString();
        t.channel = o.value(QStringLiteral("customer_channel")).toString(QStringLiteral("phone"));
        t.summary = o.value(QStringLiteral("summary")).toString();
        t.afterFix = o.value(QStringLiteral("after_fix")).toBool();
        QJsonArray segments;
        for (const QJsonValue& s : o.value(QStringLiteral("transcript")).toArray()) {
            const QJsonObject seg = s.toObject();
            segments.append(QJsonObject{{QStringLiteral("start"), seg.value(QStringLiteral("start")).toDouble()},
                                        {QStringLiteral("end"), seg.value(QStringLiteral("end")).toDouble()},
                                        {QStringLiteral("speaker"), seg.value(QStringLiteral("speaker")).toString()},
                                        {QStringLiteral("text"), seg.value(QStringLiteral("text")).toString()}});
        }
        t.transcriptJson = QString::fromUtf8(QJsonDocument(segments).toJson(QJsonDocument::Compact));
        // The transcript ends with the recording (the manifest is made from the audio).
        t.durationSeconds = segments.isEmpty() ? 0 : segments.last().toObject().value(QStringLiteral("end")).toDouble();
        const int from = std::min<int>(2, int(segments.size()) - 1);
        t.clipStart = from >= 0 ? segments.at(from).toObject().value(QStringLiteral("start")).toDouble() : 0;
        t.clipEnd = std::min(t.durationSeconds, t.clipStart + 40);
        if (t.clipEnd <= t.clipStart)
            t.clipEnd = t.clipStart + 1;
        c.callTemplates.append(t);
    }
    *artifacts = manifest.value(QStringLiteral("artifacts")).toArray();
    if (c.callTemplates.isEmpty())
        return Error(QCoreApplication::translate("RoomGenerator", "The demo media manifest lists no calls."),
                     file.fileName());
    return success();
}

Status addSetUp(Context& c)
{
    for (const auto& d : c.departments) {
        auto id = c.store.addDepartment({0, str(d.name), str(d.leader), str(d.ambassador)});
        if (!id)
            return id.error();
        c.departmentIds.insert(str(d.name), *id);
        ++c.made.departments;
    }
    const QVector<demo::KpiScript> common = commonKpis();
    int position = 0;
    for (const auto& [index, suffix] : chooseStages(c.options.stages, int(c.journey.size()), stagePriority())) {
        const JourneyStage& base = c.journey[index];
        const demo::StageScript& script = base.script;
        StagePlan plan;
        plan.base = &base;
        plan.name = str(script.name) + suffix;
        plan.ownerDepartmentId = c.departmentIds.value(str(script.owner));
        for (const char* d : script.contributors)
            plan.contributorIds.append(c.departmentIds.value(str(d)));
        plan.stepMonth = script.npsStepMonth >= 0 ? c.demoFrame + script.npsStepMonth : -1;

        Stage stage;
        stage.name = plan.name;
        stage.position = ++position;
        // Segments beyond the first journey are at their own point of maturity.
        stage.maturity = suffix.isEmpty() ? script.maturity : Maturity(c.rng.between(0, 2));
        stage.targetExperience = str(script.targetExperience);
        stage.description = str(script.description);
        stage.ownerDepartmentId = plan.ownerDepartmentId;
        stage.contributingDepartmentIds = plan.contributorIds;
        auto id = c.store.addStage(stage);
        if (!id)
            return id.error();
        plan.id = *id;
        ++c.made.stages;

        std::optional<RowId> keyMoment;
        int momentPosition = 0;
        for (const char* m : script.moments) {
            ++momentPosition;
            auto moment = c.store.addMoment({0, plan.id, str(m), QString(), momentPosition, momentPosition == 1});
            if (!moment)
                return moment.error();
            if (!keyMoment)
                keyMoment = *moment;
            ++c.made.moments;
        }

        // Scores drift: each seed moves the scripted path a little, and the
        // two years before the script wander on their own.
        const double npsStart = script.npsStart + c.rng.between(-6, 6);
        const double npsEnd = script.npsEnd + c.rng.between(-6, 6);
        const double earlier = c.rng.between(-10, 10);
        for (int m = 0; m < c.months; ++m) {
            double nps = scripted(npsStart, npsEnd, script.npsStepMonth, m, c.demoFrame, earlier);
            const int rel = m - c.demoFrame;
            if (script.npsDipMonth >= 0 && rel == script.npsDipMonth)
                nps -= script.npsDipDepth;
            else if (script.npsDipMonth >= 0 && rel == script.npsDipMonth + 1)
                nps -= script.npsDipDepth / 2;
            plan.trueNps.append(std::clamp(nps + 3 * (c.rng.uniform() - 0.5), -95.0, 95.0));
        }
        plan.answerWeight = script.responsesPerMonth * (0.7 + 0.6 * c.rng.uniform());
        plan.complaintWeight = script.complaintsPerMonth * (0.7 + 0.6 * c.rng.uniform());
        plan.growth = 0.005 + 0.015 * c.rng.uniform();
        for (const auto& cat : script.categories) {
            CategoryPlan p{str(cat.category), cat.weight, cat.trendPerMonth, cat.afterFixFactor,
                           cat.lastMonthFactor, {}, {}};
            for (const char* t : cat.texts)
                p.texts << str(t);
            plan.categories.append(p);
        }

        // Three or four KPIs: the script's own, then ones every stage can carry.
        QVector<demo::KpiScript> kpis = script.kpis.mid(0, 4);
        const int wanted = std::max<int>(c.rng.between(3, 4), int(kpis.size()));
        for (int k = 0; kpis.size() < wanted; ++k)
            kpis.append(common[(index + k) % common.size()]);
        bool first = true;
        for (const auto& k : kpis) {
            KpiPlan p;
            p.name = QString(str(k.name)).contains(QLatin1String("%1")) ? str(k.name).arg(plan.name)
                                                                        : str(k.name) + suffix;
            p.unit = str(k.unit);
            p.target = k.target;
            const double jitter = 1 + 0.04 * (c.rng.uniform() - 0.5);
            p.start = k.start * jitter;
            p.end = k.end * jitter;
            p.noise = k.noise;
            p.stepMonth = k.stepMonth >= 0 ? c.demoFrame + k.stepMonth : -1;
            Kpi kpi;
            kpi.stageId = plan.id;
            if (first)
                kpi.momentId = keyMoment; // the stage's first KPI measures its key moment of truth
            first = false;
            kpi.name = p.name;
            kpi.unit = p.unit;
            kpi.direction = k.direction;
            kpi.target = k.target;
            kpi.amberBand = k.amberBand;
            kpi.aggregate = p.unit == QLatin1String("count") ? KpiAggregate::Sum : KpiAggregate::Mean;
            kpi.ownerDepartmentId =
                qstrlen(k.ownerDepartment) > 0 ? c.departmentIds.value(str(k.ownerDepartment)) : plan.ownerDepartmentId;
            kpi.description = str(k.description);
            auto kpiId = c.store.addKpi(kpi);
            if (!kpiId)
                return kpiId.error();
            p.id = *kpiId;
            ++c.made.kpis;
            // Decimal places follow the size of the target: 99.95 needs two, 178 s none.
            const bool percent = p.unit == QLatin1String("%");
            const double places = k.target >= 99 && percent ? 100 : k.target >= 50 && !percent ? 1 : 10;
            const double earlierKpi = (k.start - k.end) * 0.35;
            for (int m = 0; m < c.months; ++m) {
                double v = scripted(p.start, p.end, k.stepMonth, m, c.demoFrame, earlierKpi) +
                           p.noise * (2 * c.rng.uniform() - 1);
                v = std::max(0.0, percent ? std::min(v, 100.0) : v);
                v = std::round(v * places) / places;
                p.values.append(v);
                if (auto r = c.writer.addKpiValue(p.id, c.month(m), v); !r)
                    return r;
                ++c.made.kpiValues;
            }
            plan.kpis.append(p);
        }

        for (int t = 0; t < c.callTemplates.size(); ++t)
            if (c.callTemplates[t].mediaStage == QLatin1String(base.mediaStage))
                plan.callTemplates.append(t);
        if (plan.callTemplates.isEmpty())
            plan.callTemplates.append(int(index % c.callTemplates.size()));
        c.stages.append(plan);
    }
    return success();
}

Status addArtifacts(Context& c, const QJsonArray& manifest)
{
    int serial = 0;
    for (const StagePlan& stage : c.stages) {
        for (const QJsonValue& v : manifest) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("stage")).toString() != QLatin1String(stage.base->mediaStage))
                continue;
            // The thumbnail stands in for the full file: a generated room
            // measures counts and paint, not megabytes of scans.
            const QString thumbnail = o.value(QStringLiteral("thumbnail")).toString();
            QFile f(c.options.mediaRoot + QLatin1Char('/') + thumbnail);
            if (thumbnail.isEmpty() || !f.open(QIODevice::ReadOnly))
                return Error(QCoreApplication::translate("RoomGenerator",
                                                         "The demo media file is missing from this build: %1")
                                 .arg(thumbnail),
                             f.fileName());
            auto sha = c.writer.putMedia(f.readAll(), QStringLiteral("image/png"));
            if (!sha)
                return sha.error();
            BulkWriter::ArtifactRow row;
            row.stageId = stage.id;
            row.title = o.value(QStringLiteral("title")).toString();
            row.kind = artifactKindFromString(o.value(QStringLiteral("kind")).toString()).value_or(ArtifactKind::Other);
            row.description = o.value(QStringLiteral("description")).toString();
            row.mediaSha256 = *sha;
            row.thumbnailSha256 = *sha;
            const QDate month = c.month(c.months - 1 - c.rng.between(0, 11));
            row.receivedOn = QDate(month.year(), month.month(), c.rng.between(1, 28)).toString(Qt::ISODate);
            row.key = QStringLiteral("a%1").arg(++serial, 4, 10, QLatin1Char('0'));
            if (auto id = c.writer.add(row); !id)
                return id.error();
            ++c.made.artifacts;
        }
    }
    return success();
}

Fix generatedFix(Context& c, const StagePlan& stage, int nth, FixStatus status)
{
    const CategoryPlan& category = stage.categories[nth % stage.categories.size()];
    const QStringList titles = fixTitles();
    Fix fix;
    fix.stageId = stage.id;
    fix.title = titles[(nth + int(stage.id)) % titles.size()].arg(category.name);
    fix.description = QStringLiteral("%1 — owned by the stage's lead department, reviewed monthly.").arg(category.name);
    fix.ownerDepartmentId = stage.ownerDepartmentId;
    fix.contributingDepartmentIds = stage.contributorIds;
    fix.status = status;
    const int last = c.months - 1;
    const int created = last - c.rng.between(status == FixStatus::Verified ? 6 : 1, 14);
    fix.createdOn = c.month(created).addDays(c.rng.between(1, 25));
    // Some open fixes are past their due date: the fixes board shows them overdue.
    const int due = std::min(created + c.rng.between(2, 8), last + 4);
    fix.due = c.month(due).addMonths(1).addDays(-1);
    if (status == FixStatus::Verified)
        fix.verifiedOn = c.month(std::min(due, last)).addDays(c.rng.between(1, 20));
    const bool onNps = nth % 2 == 0 || stage.kpis.isEmpty();
    if (onNps) {
        fix.metric = QStringLiteral("nps");
        fix.baseline = std::round(stage.trueNps[created]);
        fix.goal = *fix.baseline + c.rng.between(8, 15);
        if (status == FixStatus::Verified)
            fix.result = std::round(stage.trueNps[last]);
    } else {
        const KpiPlan& kpi = stage.kpis[nth % stage.kpis.size()];
        fix.metric = QStringLiteral("kpi");
        fix.kpiId = kpi.id;
        fix.baseline = kpi.values[created];
        fix.goal = kpi.target;
        if (status == FixStatus::Verified)
            fix.result = kpi.values[last];
        fix.evidence.append({EvidenceKind::Kpi, kpi.id});
    }
    for (RowId complaint : category.firstComplaints)
        fix.evidence.append({EvidenceKind::Complaint, complaint});
    if (stage.newestCallId > 0)
        fix.evidence.append({EvidenceKind::Call, stage.newestCallId});
    return fix;
}

Status addFixes(Context& c)
{
    // Statuses go round so that every status appears in any room with a stage.
    const FixStatus order[] = {FixStatus::InProgress, FixStatus::Proposed, FixStatus::Done, FixStatus::Verified};
    int next = 0;
    for (const StagePlan& stage : c.stages) {
        const int count = c.stages.size() == 1 ? 4 : c.rng.between(2, 3);
        for (int nth = 0; nth < count; ++nth) {
            const FixStatus status = order[next++ % 4];
            auto id = c.store.addFix(generatedFix(c, stage, nth, status));
            if (!id)
                return id.error();
            ++c.made.fixes[int(status)];
        }
    }
    return success();
}

Status addReviews(Context& c)
{
    if (c.stages.isEmpty())
        return success();
    QStringList leaders{QStringLiteral("Jonathan Hale (CEO)")};
    for (const auto& d : c.departments)
        leaders << str(d.leader);
    // The stage with the lowest NPS in the month under review gets the decision.
    for (int i = 0; i < 3; ++i) {
        const int m = c.months - 3 + i;
        const StagePlan* worst = &c.stages.first();
        for (const StagePlan& s : c.stages)
            if (s.trueNps[m] < worst->trueNps[m])
                worst = &s;
        Review r;
        const QDate month = c.month(m);
        QDate day = month.addMonths(1);
        while (day.dayOfWeek() != Qt::Tuesday)
            day = day.addDays(1);
        r.heldOn = day.addDays(7); // second Tuesday of the month after
        r.title = QStringLiteral("Monthly customer review – %1 %2")
                      .arg(QLocale::c().standaloneMonthName(month.month()))
                      .arg(month.year());
        r.attendees = leaders;
        r.decisions = {QStringLiteral("%1 is the stage customers rate lowest: its owner brings a plan next month.")
                           .arg(worst->name),
                       QStringLiteral("Play one call per broken stage at every review.")};
        r.notes = QStringLiteral("Walked the wall stage by stage.");
        r.periodFrom = month;
        r.periodTo = month.addMonths(1).addDays(-1);
        if (auto id = c.store.addReview(r); !id)
            return id.error();
        ++c.made.reviews;
    }
    return success();
}

} // namespace

Result<GeneratedRoom> generateRoom(RoomStore& store, const GenerateOptions& options, JobControl::Span progress)
{
    if (options.stages < 1 || options.stages > kMaxGeneratedStages || options.responses < 0 ||
        options.complaints < 0 || options.calls < 0 || options.responses > kMaxGeneratedRows ||
        options.complaints > kMaxGeneratedRows || options.calls > kMaxGeneratedRows)
        return Error(QCoreApplication::translate("RoomGenerator", "The sizes of the room are out of range."));
    auto existing = store.rowCount(QStringLiteral("stage"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error(QCoreApplication::translate("RoomGenerator", "A room can only be generated into an empty room."),
                     store.path());

    QDate last = options.until.isValid() ? options.until : QDate::currentDate().addMonths(-1);
    last = QDate(last.year(), last.month(), 1);
    // One import time for every row: the same arguments give the same file content.
    BulkWriter writer(store, isoDateTime(last.addMonths(1), 6, 0, 0));
    if (options.privateFile)
        if (auto scratch = writer.useScratchSettings(); !scratch)
            return scratch.error();
    Context c(store, writer, options, progress);
    c.journey = journey();
    c.departments = departments();
    c.firstMonth = last.addMonths(-(c.months - 1));
    c.made.firstMonth = c.firstMonth;
    c.made.lastMonth = last;
    c.made.name = QCoreApplication::translate("RoomGenerator", "Kestrel Fibre (generated, seed %1)").arg(options.seed);
    c.workTotal = std::max(1.0, double(options.responses) + 1.5 * double(options.complaints) + 20.0 * options.calls);

    progress.progress(0, QCoreApplication::translate("RoomGenerator", "Stages, departments and KPIs"));
    if (auto begun = writer.begin(); !begun)
        return begun.error();
    const QString arguments = QStringLiteral("stages=%1 responses=%2 complaints=%3 calls=%4 seed=%5 until=%6")
                                  .arg(options.stages)
                                  .arg(options.responses)
                                  .arg(options.complaints)
                                  .arg(options.calls)
                                  .arg(options.seed)
                                  .arg(last.toString(QStringLiteral("yyyy-MM")));
    for (const auto& [k, value] : {std::pair{QStringLiteral("name"), c.made.name},
                                   std::pair{QStringLiteral("company"), QStringLiteral("Kestrel Fibre")},
                                   std::pair{QStringLiteral("generated_with"), arguments}})
        if (auto r = store.setInfo(k, value); !r)
            return r.error();
    QJsonArray manifestArtifacts;
    if (auto r = loadManifest(c, &manifestArtifacts); !r)
        return r.error();
    for (auto step : {addSetUp, addAnswers, addComplaints, addCalls})
        if (auto r = step(c); !r)
            return r.error();
    if (auto r = addArtifacts(c, manifestArtifacts); !r)
        return r.error();
    progress.progress(0.98, QCoreApplication::translate("RoomGenerator", "Fixes and reviews"));
    for (auto step : {addFixes, addReviews})
        if (auto r = step(c); !r)
            return r.error();
    if (progress.isCancelled())
        return Error(QCoreApplication::translate("RoomGenerator", "Cancelled; the room was not created."),
                     store.path());
    progress.progress(0.99, QCoreApplication::translate("RoomGenerator", "Saving the room"));
    if (auto r = writer.commit(); !r)
        return r.error();
    if (options.privateFile)
        if (auto r = writer.finish(); !r)
            return r.error();
    progress.progress(1.0, QCoreApplication::translate("RoomGenerator", "Done"));
    return c.made;
}

} // namespace cr
