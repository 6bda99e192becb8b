#include "demo/DemoRoom.h"

#include "demo/DemoClips.h"
#include "demo/DemoContext.h"
#include "demo/DemoFollowUps.h"
#include "demo/DemoImports.h"
#include "demo/DemoScript.h"
#include "media/AudioInfo.h"
#include "media/MediaTypes.h"
#include "store/SetupStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <random>

namespace cr {

using namespace demo_build;

namespace {


// True value of a stage metric in month m: linear, or a step ramped over two months.
double trajectory(double start, double end, int stepMonth, int m)
{
    if (stepMonth < 0)
        return start + (end - start) * m / double(kMonths - 1);
    if (m < stepMonth)
        return start;
    if (m == stepMonth)
        return start + (end - start) * 0.45;
    return end;
}

QDateTime randomTimeIn(DemoRandom& rng, QDate monthStart)
{
    const int day = rng.between(1, monthStart.daysInMonth());
    return QDateTime(QDate(monthStart.year(), monthStart.month(), day),
                     QTime(rng.between(8, 21), rng.between(0, 59), rng.between(0, 59)));
}

QString fillTemplate(DemoRandom& rng, QString text, QDate month)
{
    const QStringList first = demo::customerFirstNames();
    const QStringList last = demo::customerSurnames();
    text.replace(QStringLiteral("{date}"),
                 QDate(month.year(), month.month(), rng.between(1, month.daysInMonth()))
                     .toString(QStringLiteral("d MMMM")));
    text.replace(QStringLiteral("{amount}"), QString::number(rng.between(12, 89)));
    text.replace(QStringLiteral("{days}"), QString::number(rng.between(4, 19)));
    text.replace(QStringLiteral("{ref}"),
                 QStringLiteral("KF-%1-%2").arg(rng.between(1000, 9999)).arg(rng.between(100, 999)));
    text.replace(QStringLiteral("{speed}"), QString::number(rng.between(18, 140)));
    text.replace(QStringLiteral("{phone}"), QStringLiteral("07700 9%1").arg(rng.between(10000, 99999)));
    text.replace(
        QStringLiteral("{email}"),
        QStringLiteral("%1.%2@example.com").arg(rng.pick(first).toLower(), rng.pick(last).toLower()));
    return text;
}

// Customers open and close in their own words; a few openers and closers
// around each category's text keep thousands of complaints from repeating.
QString complaintText(DemoRandom& rng, const QString& body, QDate month)
{
    static const QStringList openers = {
        QStringLiteral("I am writing for the second time."),
        QStringLiteral("Very disappointed."),
        QStringLiteral("I have been a customer for six years."),
        QStringLiteral("Not happy at all."),
        QStringLiteral("Hello,"),
        QStringLiteral("To whom it may concern,"),
        QStringLiteral("This is the third time I am raising this."),
        QStringLiteral("Honestly, I expected better."),
    };
    static const QStringList closers = {
        QStringLiteral("Please call me back."),
        QStringLiteral("I would like this put right."),
        QStringLiteral("I want compensation for the time I lost."),
        QStringLiteral("I am thinking of leaving."),
        QStringLiteral("Please reply in writing."),
        QStringLiteral("Sort it out please."),
        QStringLiteral("I will be telling my neighbours."),
        QStringLiteral("Thank you for reading this."),
        QStringLiteral("This needs to be escalated."),
        QStringLiteral("I expect an answer this week."),
    };
    QStringList parts;
    if (rng.chance(0.35))
        parts << rng.pick(openers);
    parts << fillTemplate(rng, body, month);
    if (rng.chance(0.55))
        parts << rng.pick(closers);
    return parts.join(QLatin1Char(' '));
}

int npsScore(DemoRandom& rng, double trueNps)
{
    const demo::NpsShares shares = demo::npsShares(trueNps);
    const double r = rng.uniform();
    if (r < shares.promoters)
        return rng.chance(0.55) ? 9 : 10;
    if (r < shares.promoters + shares.detractors)
        return rng.pickWeighted({1, 1, 1.5, 2, 3, 5, 7});
    return rng.chance(0.5) ? 7 : 8;
}


Status addSetUp(Context& c)
{
    for (const auto& d : demo::departments()) {
        auto id = c.store.addDepartment({0, str(d.name), str(d.leader), str(d.ambassador)});
        if (!id)
            return id.error();
        c.departmentIds.insert(str(d.name), *id);
    }
    int position = 1;
    for (const auto& s : demo::stages()) {
        Stage stage;
        stage.name = str(s.name);
        stage.position = position++;
        stage.maturity = s.maturity;
        stage.targetExperience = str(s.targetExperience);
        stage.description = str(s.description);
        stage.ownerDepartmentId = c.departmentIds.value(str(s.owner));
        for (const char* d : s.contributors)
            stage.contributingDepartmentIds.append(c.departmentIds.value(str(d)));
        auto id = c.store.addStage(stage);
        if (!id)
            return id.error();
        c.stageIds.insert(stage.name, *id);
        // Maturity by month: the leaving stage broke when the price-change
        // letters went out; evening capacity made "Use" a reason to stay.
        QVector<MaturityEntry> history{{c.month(0), s.maturity}};
        if (stage.name == QLatin1String("Renew or leave"))
            history = {{c.month(0), Maturity::Reliable}, {c.month(kMonths - 3), Maturity::Broken}};
        else if (stage.name == QLatin1String("Use"))
            history = {{c.month(0), Maturity::Reliable}, {c.month(kMonths - 4), Maturity::Differentiating}};
        if (auto r = SetupStore(c.store).replaceMaturityHistory(*id, s.maturity, history); !r)
            return r;
        int momentPosition = 1;
        std::optional<RowId> keyMoment;
        for (const char* m : s.moments) {
            auto moment = c.store.addMoment({0, *id, str(m), QString(), momentPosition, momentPosition == 1});
            ++momentPosition;
            if (!moment)
                return moment.error();
            if (!keyMoment)
                keyMoment = *moment;
        }
        bool first = true;
        for (const auto& k : s.kpis) {
            Kpi kpi;
            kpi.stageId = *id;
            // The stage's first KPI measures its key moment of truth.
            if (first)
                kpi.momentId = keyMoment;
            first = false;
            kpi.name = str(k.name);
            kpi.unit = str(k.unit);
            kpi.direction = k.direction;
            kpi.target = k.target;
            kpi.amberBand = k.amberBand;
            kpi.ownerDepartmentId = c.departmentIds.value(str(k.ownerDepartment));
            kpi.description = str(k.description);
            auto kpiId = c.store.addKpi(kpi);
            if (!kpiId)
                return kpiId.error();
            c.kpiIds.insert(kpi.name, *kpiId);
        }
    }
    return success();
}

Status addSurveys(Context& c, const demo::StageScript& s, RowId stageId)
{
    int serial = 0;
    for (int m = 0; m < kMonths; ++m) {
        double trueNps = trajectory(s.npsStart, s.npsEnd, s.npsStepMonth, m);
        if (m == s.npsDipMonth)
            trueNps -= s.npsDipDepth;
        else if (s.npsDipMonth >= 0 && m == s.npsDipMonth + 1)
            trueNps -= s.npsDipDepth / 2;
        const QDate month = c.month(m);
        auto add = [&](SurveyMetric metric, int score, const QString& comment) -> Status {
            SurveyResponse r;
            r.stageId = stageId;
            r.metric = metric;
            r.score = score;
            r.comment = comment;
            r.respondedAt = randomTimeIn(c.rng, month);
            r.respondentRef = QStringLiteral("R%1").arg(c.rng.between(100000, 999999));
            r.provenance = c.demoProvenance(QStringLiteral("survey/%1/%2").arg(stageId).arg(++serial));
            auto id = c.store.addSurveyResponse(r);
            return id ? success() : Status(id.error());
        };
        const int npsCount = c.rng.around(s.responsesPerMonth * c.scale, 0.2);
        for (int i = 0; i < npsCount; ++i) {
            const int score = npsScore(c.rng, trueNps);
            const QString comment = c.rng.chance(0.4) ? c.rng.pick(demo::npsComments(score)) : QString();
            if (auto r = add(SurveyMetric::Nps, score, comment); !r)
                return r;
        }
        // CSAT and CES follow the same underlying experience.
        const double satisfied = std::clamp(0.62 + trueNps / 180, 0.1, 0.97);
        for (int i = 0, n = c.rng.around(s.responsesPerMonth * c.scale * 0.5, 0.2); i < n; ++i) {
            const int score =
                c.rng.chance(satisfied) ? c.rng.between(4, 5) : c.rng.pickWeighted({2, 3, 4}) + 1;
            if (auto r = add(SurveyMetric::Csat, score, QString()); !r)
                return r;
        }
        const double effort = std::clamp(3.4 - trueNps / 35, 1.6, 6.2);
        for (int i = 0, n = c.rng.around(s.responsesPerMonth * c.scale * 0.35, 0.2); i < n; ++i) {
            const int score = std::clamp(int(std::lround(effort + 2.4 * (c.rng.uniform() - 0.5) * 2)), 1, 7);
            if (auto r = add(SurveyMetric::Ces, score, QString()); !r)
                return r;
        }
    }
    return success();
}

Status addComplaints(Context& c, const demo::StageScript& s, RowId stageId)
{
    const QStringList channels = demo::complaintChannels();
    const QVector<double> channelWeights = demo::complaintChannelWeights();
    const QDate lastMonth = c.month(kMonths - 1);
    int serial = 0;
    for (int m = 0; m < kMonths; ++m) {
        const bool fixLive = s.npsStepMonth >= 0 && m >= s.npsStepMonth;
        QVector<double> weights;
        double volume = 0;
        for (const auto& cat : s.categories) {
            double w = cat.weight * std::pow(1 + cat.trendPerMonth, m);
            if (fixLive)
                w *= cat.afterFixFactor;
            if (m == kMonths - 1)
                w *= cat.lastMonthFactor;
            weights.append(w);
            volume += w;
        }
        const int count = c.rng.around(s.complaintsPerMonth * c.scale * volume, 0.18);
        const QDate month = c.month(m);
        for (int i = 0; i < count; ++i) {
            const auto& cat = s.categories[c.rng.pickWeighted(weights)];
            Complaint complaint;
            complaint.stageId = stageId;
            complaint.channel = channels[c.rng.pickWeighted(channelWeights)];
            complaint.category = str(cat.category);
            complaint.product = c.rng.pick(QStringList{
                QStringLiteral("Fibre 150"), QStringLiteral("Fibre 500"), QStringLiteral("Fibre 900")});
            complaint.text = complaintText(c.rng, str(c.rng.pick(cat.texts)), month);
            complaint.receivedAt = randomTimeIn(c.rng, month);
            const int age = int(month.daysTo(lastMonth));
            if (age > 60)
                complaint.status = c.rng.chance(0.85) ? ComplaintStatus::Closed : ComplaintStatus::Resolved;
            else if (age > 0)
                complaint.status =
                    c.rng.chance(0.6) ? ComplaintStatus::Resolved : ComplaintStatus::InProgress;
            else
                complaint.status = c.rng.chance(0.5) ? ComplaintStatus::Open : ComplaintStatus::InProgress;
            if (complaint.status == ComplaintStatus::Resolved || complaint.status == ComplaintStatus::Closed)
                complaint.resolvedAt = complaint.receivedAt.addDays(c.rng.between(1, 21));
            complaint.customerRef = QStringLiteral("KF-%1").arg(c.rng.between(100000, 999999));
            complaint.provenance =
                c.demoProvenance(QStringLiteral("complaint/%1/%2").arg(stageId).arg(++serial));
            auto id = c.store.addComplaint(complaint);
            if (!id)
                return id.error();
            c.complaintIdsByStageCategory[str(s.name) + QLatin1Char('|') + complaint.category].append(*id);
        }
    }
    return success();
}

Status addKpiValues(Context& c, const demo::StageScript& s)
{
    for (const auto& k : s.kpis) {
        const RowId kpiId = c.kpiIds.value(str(k.name));
        // Decimal places follow the size of the target: 99.95 needs two, 178 s none.
        const double scale = k.target >= 99 && QString::fromUtf8(k.unit) == QLatin1String("%")   ? 100
                             : k.target >= 50 && QString::fromUtf8(k.unit) != QLatin1String("%") ? 1
                                                                                                 : 10;
        for (int m = 0; m < kMonths; ++m) {
            double v = trajectory(k.start, k.end, k.stepMonth, m) + k.noise * (2 * c.rng.uniform() - 1) +
                       (m == kMonths - 1 ? k.lastMonthShift : 0);
            if (QString::fromUtf8(k.unit) == QLatin1String("%"))
                v = std::clamp(v, 0.0, 100.0);
            v = std::round(v * scale) / scale;
            KpiValue value;
            value.kpiId = kpiId;
            value.period = c.month(m);
            value.value = v;
            value.provenance = c.demoProvenance(QStringLiteral("kpi/%1/%2").arg(kpiId).arg(m));
            if (auto r = c.store.setKpiValue(value); !r)
                return r;
        }
    }
    return success();
}

Result<QByteArray> readMedia(const Context& c, const QString& relative)
{
    QFile f(c.mediaRoot + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("DemoRoom", "The demo media file is missing from this build: %1")
                .arg(relative),
            f.fileName());
    return f.readAll();
}

Status addMedia(Context& c)
{
    QFile manifestFile(c.mediaRoot + QStringLiteral("/manifest.json"));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("DemoRoom", "The demo media manifest is missing from this build."),
            manifestFile.fileName());
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error(QCoreApplication::translate("DemoRoom", "The demo media manifest is not valid JSON: %1")
                         .arg(parseError.errorString()),
                     manifestFile.fileName());

    const QDate lastMonth = c.month(kMonths - 1);
    QHash<QString, int> callsPerStage;
    int serial = 0;
    for (const QJsonValue& v : manifest.value(QStringLiteral("calls")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QStringLiteral("file")).toString();
        const QString stage = o.value(QStringLiteral("stage")).toString();
        if (!c.stageIds.contains(stage))
            return Error(
                QCoreApplication::translate("DemoRoom", "The demo call %1 names an unknown stage \"%2\".")
                    .arg(file, stage));
        auto data = readMedia(c, file);
        if (!data)
            return data.error();
        auto info = readAudioInfo(*data, file);
        if (!info)
            return info.error();
        auto sha = c.store.putMedia(*data, mimeTypeForFile(file));
        if (!sha)
            return sha.error();
        Call call;
        call.stageId = c.stageIds.value(stage);
        call.title = o.value(QStringLiteral("title")).toString();
        call.agent = o.value(QStringLiteral("agent")).toString();
        call.customerChannel = o.value(QStringLiteral("customer_channel")).toString(QStringLiteral("phone"));
        call.summary = o.value(QStringLiteral("summary")).toString();
        call.durationSeconds = info->durationSeconds;
        call.audioSha256 = *sha;
        for (const QJsonValue& t : o.value(QStringLiteral("transcript")).toArray()) {
            const QJsonObject seg = t.toObject();
            call.transcript.append({seg.value(QStringLiteral("start")).toDouble(),
                                    seg.value(QStringLiteral("end")).toDouble(),
                                    seg.value(QStringLiteral("speaker")).toString(),
                                    seg.value(QStringLiteral("text")).toString()});
        }
        // A stage's first call is recent; a second one is a month earlier; a
        // call from before a fix sits in the months before it went live.
        const bool beforeFix =
            stage == QLatin1String("Get connected") && !o.value(QStringLiteral("after_fix")).toBool();
        const int nth = beforeFix ? 0 : callsPerStage[stage]++;
        const QDate month = beforeFix ? c.month(5) : lastMonth.addMonths(-nth);
        call.startedAt = QDateTime(QDate(month.year(), month.month(),
                                         std::min(month.daysInMonth(), 4 + 6 * nth + c.rng.between(0, 12))),
                                   QTime(c.rng.between(9, 17), c.rng.between(0, 59)));
        call.provenance = c.demoProvenance(QStringLiteral("call/%1").arg(++serial));
        auto id = c.store.addCall(call);
        if (!id)
            return id.error();
        if (!c.callIdByStage.contains(stage) || beforeFix)
            c.callIdByStage.insert(stage, *id);
    }

    serial = 0;
    for (const QJsonValue& v : manifest.value(QStringLiteral("artifacts")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QStringLiteral("file")).toString();
        const QString stage = o.value(QStringLiteral("stage")).toString();
        if (!c.stageIds.contains(stage))
            return Error(
                QCoreApplication::translate("DemoRoom", "The demo artifact %1 names an unknown stage \"%2\".")
                    .arg(file, stage));
        auto data = readMedia(c, file);
        if (!data)
            return data.error();
        auto sha =
            c.store.putMedia(*data, o.value(QStringLiteral("mime_type")).toString(mimeTypeForFile(file)));
        if (!sha)
            return sha.error();
        Artifact a;
        a.stageId = c.stageIds.value(stage);
        a.title = o.value(QStringLiteral("title")).toString();
        a.kind =
            artifactKindFromString(o.value(QStringLiteral("kind")).toString()).value_or(ArtifactKind::Other);
        a.description = o.value(QStringLiteral("description")).toString();
        a.mediaSha256 = *sha;
        const QString thumbnail = o.value(QStringLiteral("thumbnail")).toString();
        if (!thumbnail.isEmpty()) {
            auto thumbData = readMedia(c, thumbnail);
            if (!thumbData)
                return thumbData.error();
            auto thumbSha = c.store.putMedia(*thumbData, QStringLiteral("image/png"));
            if (!thumbSha)
                return thumbSha.error();
            a.thumbnailSha256 = *thumbSha;
        }
        a.receivedOn = lastMonth.addMonths(-c.rng.between(0, 6));
        a.provenance = c.demoProvenance(QStringLiteral("artifact/%1").arg(++serial));
        auto id = c.store.addArtifact(a);
        if (!id)
            return id.error();
    }
    return success();
}

} // namespace

Status createDemoRoom(RoomStore& store, const DemoOptions& options, JobControl::Span progress)
{
    auto existing = store.rowCount(QStringLiteral("stage"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error(
            QCoreApplication::translate("DemoRoom", "The demo can only be created in an empty room."),
            store.path());

    QDate last = options.lastMonth.isValid() ? options.lastMonth : QDate::currentDate().addMonths(-1);
    last = QDate(last.year(), last.month(), 1);

    RoomStore::Transaction tx(store);
    Context c{store, DemoRandom(options.seed), last.addMonths(-(kMonths - 1)), {}, {}, {}, {},
              {},    options.mediaRoot,        std::max(1, options.scale)};
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("name"), QCoreApplication::translate("DemoRoom", "Kestrel Fibre")},
          std::pair{QStringLiteral("company"), QStringLiteral("Kestrel Fibre")},
          std::pair{QStringLiteral("demo_seed"), QString::number(options.seed)}})
        if (auto r = store.setInfo(key, value); !r)
            return r;
    // Steps: set-up, one per stage, media, fixes. A cancel between steps rolls back.
    const int steps = int(demo::stages().size()) + 3;
    int step = 0;
    auto advance = [&](const QString& what) -> Status {
        if (progress.isCancelled())
            return Error(QCoreApplication::translate("DemoRoom", "Cancelled; the demo room was not created."),
                         store.path());
        progress.progress(double(step++) / steps, what);
        return success();
    };
    if (auto r = advance(QCoreApplication::translate("DemoRoom", "Stages and departments")); !r)
        return r;
    if (auto r = addSetUp(c); !r)
        return r;
    for (const auto& s : demo::stages()) {
        if (auto r = advance(QCoreApplication::translate("DemoRoom", "Evidence for %1").arg(str(s.name))); !r)
            return r;
        const RowId stageId = c.stageIds.value(str(s.name));
        if (auto r = addSurveys(c, s, stageId); !r)
            return r;
        if (auto r = addComplaints(c, s, stageId); !r)
            return r;
        if (auto r = addKpiValues(c, s); !r)
            return r;
    }
    if (auto r = addDemoImports(store, c.month(kMonths - 1), c.stageIds); !r)
        return r;
    if (auto r = advance(QCoreApplication::translate("DemoRoom", "Calls and artifacts")); !r)
        return r;
    if (auto r = addMedia(c); !r)
        return r;
    if (auto r = advance(QCoreApplication::translate("DemoRoom", "Fixes and reviews")); !r)
        return r;
    if (auto r = addFixesAndReviews(c); !r)
        return r;
    if (auto r = addDemoClips(store); !r)
        return r;
    // The week after the last month's close (the day the demo's meeting is
    // due), but never later than now: nothing is raised in the future.
    const QDateTime loopNow = std::min(QDateTime(last.addMonths(1).addDays(6), QTime(9, 0)), QDateTime::currentDateTime());
    if (auto r = addDemoFollowUps(store, loopNow, options.seed); !r)
        return r;
    if (progress.isCancelled())
        return Error(QCoreApplication::translate("DemoRoom", "Cancelled; the demo room was not created."),
                     store.path());
    auto committed = tx.commit();
    if (committed)
        progress.progress(1.0, QCoreApplication::translate("DemoRoom", "Done"));
    return committed;
}

QString defaultDemoRoomPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/Kestrel Fibre demo.croom");
}

Result<QString> ensureDefaultDemoRoom(JobControl::Span progress)
{
    const QString path = defaultDemoRoomPath();
    auto store = RoomStore::open(path, RoomStore::OpenMode::OpenOrCreate);
    if (!store)
        return store.error();
    // A room left empty (first run, or a first run that was killed) gets the demo.
    auto stageCount = (*store)->rowCount(QStringLiteral("stage"));
    if (!stageCount)
        return stageCount.error();
    if (*stageCount > 0)
        return path;
    if (auto r = createDemoRoom(**store, DemoOptions{}, progress); !r) {
        store->reset();
        RoomStore::removeRoomFiles(path);
        return r.error();
    }
    return path;
}

} // namespace cr
