// The bulk of a generated room: survey answers, complaints, calls and
// artifacts, stage by stage and month by month (so each index grows at a
// few points instead of everywhere at once).
#include "demo/DemoScript.h"
#include "demo/GeneratorContext.h"

#include "media/MediaTypes.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace cr::generator {

namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

// Zero-padded serial keys keep the source-key index append-only.
QString key(char prefix, qint64 serial)
{
    return QLatin1Char(prefix) + QString::number(serial).rightJustified(8, QLatin1Char('0'));
}

QDate randomDay(Random& rng, const QDate& month)
{
    return QDate(month.year(), month.month(), rng.between(1, month.daysInMonth()));
}

int npsScore(Random& rng, double trueNps)
{
    const demo::NpsShares shares = demo::npsShares(trueNps);
    const double r = rng.uniform();
    if (r < shares.promoters)
        return rng.chance(0.55) ? 9 : 10;
    if (r < shares.promoters + shares.detractors) {
        static const QVector<double> detractorWeights = cumulative({1, 1, 1.5, 2, 3, 5, 7});
        return rng.pickCumulative(detractorWeights);
    }
    return rng.chance(0.5) ? 7 : 8;
}

QString fillTemplate(Random& rng, QString text, const QDate& month)
{
    static const QStringList first = demo::customerFirstNames();
    static const QStringList last = demo::customerSurnames();
    if (!text.contains(QLatin1Char('{')))
        return text;
    text.replace(QStringLiteral("{date}"),
                 QStringLiteral("%1 %2")
                     .arg(rng.between(1, month.daysInMonth()))
                     .arg(QLatin1String(kMonthNames[month.month() - 1])));
    text.replace(QStringLiteral("{amount}"), QString::number(rng.between(12, 89)));
    text.replace(QStringLiteral("{days}"), QString::number(rng.between(4, 19)));
    text.replace(QStringLiteral("{ref}"),
                 QStringLiteral("KF-%1-%2").arg(rng.between(1000, 9999)).arg(rng.between(100, 999)));
    text.replace(QStringLiteral("{speed}"), QString::number(rng.between(18, 140)));
    text.replace(QStringLiteral("{phone}"), QStringLiteral("07700 9%1").arg(rng.between(10000, 99999)));
    text.replace(QStringLiteral("{email}"), QStringLiteral("%1.%2@example.com")
                                                .arg(rng.pick(first).toLower(), rng.pick(last).toLower()));
    return text;
}

QString complaintText(Random& rng, const QString& body, const QDate& month)
{
    static const QStringList openers = {
        QStringLiteral("I am writing for the second time."), QStringLiteral("Very disappointed."),
        QStringLiteral("I have been a customer for six years."), QStringLiteral("Not happy at all."),
        QStringLiteral("Hello,"), QStringLiteral("To whom it may concern,"),
        QStringLiteral("This is the third time I am raising this."), QStringLiteral("Honestly, I expected better."),
    };
    static const QStringList closers = {
        QStringLiteral("Please call me back."), QStringLiteral("I would like this put right."),
        QStringLiteral("I want compensation for the time I lost."), QStringLiteral("I am thinking of leaving."),
        QStringLiteral("Please reply in writing."), QStringLiteral("Sort it out please."),
        QStringLiteral("I will be telling my neighbours."), QStringLiteral("This needs to be escalated."),
        QStringLiteral("I expect an answer this week."),
    };
    QString text;
    if (rng.chance(0.35))
        text = rng.pick(openers) + QLatin1Char(' ');
    text += fillTemplate(rng, body, month);
    if (rng.chance(0.55))
        text += QLatin1Char(' ') + rng.pick(closers);
    return text;
}

// Cells of stage x month, in that order; `weight(stage, month)` sizes each.
template <typename WeightFn> QVector<qint64> cells(const Context& c, qint64 total, WeightFn weight)
{
    QVector<double> weights;
    weights.reserve(c.stages.size() * c.months);
    for (int s = 0; s < c.stages.size(); ++s)
        for (int m = 0; m < c.months; ++m)
            weights.append(weight(c.stages[s], m));
    return allocate(total, weights);
}

double season(int calendarMonth)
{
    // More answers and complaints in winter (bills, outages, home working).
    return 1 + 0.12 * std::cos(2 * 3.14159265358979 * (calendarMonth - 1) / 12.0);
}

} // namespace

Status addAnswers(Context& c)
{
    const QVector<qint64> counts = cells(c, c.options.responses, [&](const StagePlan& s, int m) {
        return s.answerWeight * std::pow(1 + s.growth, m) * season(c.month(m).month());
    });
    static const QVector<double> metricMix = cumulative({0.55, 0.28, 0.17});
    static const QVector<double> csatLow = cumulative({2, 3, 4});
    QVector<QStringList> npsPool, csatPool, cesPool; // by score
    for (int score = 0; score <= 10; ++score)
        npsPool.append(demo::npsComments(score));
    for (int score = 0; score <= 7; ++score) {
        csatPool.append(csatComments(score));
        cesPool.append(cesComments(score));
    }
    BulkWriter::SurveyRow row;
    qint64 serial = 0;
    for (int s = 0; s < c.stages.size(); ++s) {
        const StagePlan& stage = c.stages[s];
        row.stageId = stage.id;
        const QString what = QCoreApplication::translate("RoomGenerator", "Survey answers for %1").arg(stage.name);
        for (int m = 0; m < c.months; ++m) {
            const QDate month = c.month(m);
            const double trueNps = stage.trueNps[m];
            const double satisfied = std::clamp(0.62 + trueNps / 180, 0.1, 0.97);
            const double effort = std::clamp(3.4 - trueNps / 35, 1.6, 6.2);
            for (qint64 i = 0, n = counts[s * c.months + m]; i < n; ++i) {
                const int metric = c.rng.pickCumulative(metricMix);
                if (metric == 0) {
                    row.metric = SurveyMetric::Nps;
                    row.score = npsScore(c.rng, trueNps);
                    row.comment = c.rng.chance(0.3) ? c.rng.pick(npsPool[row.score]) : QString();
                    ++c.made.npsResponses;
                } else if (metric == 1) {
                    row.metric = SurveyMetric::Csat;
                    row.score = c.rng.chance(satisfied) ? c.rng.between(4, 5) : c.rng.pickCumulative(csatLow) + 1;
                    row.comment = c.rng.chance(0.12) ? c.rng.pick(csatPool[row.score]) : QString();
                    ++c.made.csatResponses;
                } else {
                    row.metric = SurveyMetric::Ces;
                    row.score = std::clamp(int(std::lround(effort + 2.4 * (c.rng.uniform() - 0.5) * 2)), 1, 7);
                    row.comment = c.rng.chance(0.1) ? c.rng.pick(cesPool[row.score]) : QString();
                    ++c.made.cesResponses;
                }
                if (!row.comment.isEmpty())
                    ++c.made.comments;
                row.respondedAt = isoDateTime(randomDay(c.rng, month), c.rng.between(7, 22), c.rng.between(0, 59),
                                              c.rng.between(0, 59));
                row.respondentRef = QLatin1Char('R') + QString::number(c.rng.between(100000, 999999));
                row.key = key('s', ++serial);
                if (auto id = c.writer.add(row); !id)
                    return id.error();
                if (auto t = c.tick(1, what); !t)
                    return t;
            }
        }
    }
    return success();
}

Status addComplaints(Context& c)
{
    auto categoryWeight = [&](const StagePlan& s, const CategoryPlan& cat, int m) {
        double w = cat.weight * std::pow(1 + cat.trendPerMonth, m - c.demoFrame);
        if (s.stepMonth >= 0 && m >= s.stepMonth)
            w *= cat.afterFixFactor;
        if (m == c.months - 1)
            w *= cat.lastMonthFactor;
        return w;
    };
    const QVector<qint64> counts = cells(c, c.options.complaints, [&](const StagePlan& s, int m) {
        double volume = 0;
        for (const CategoryPlan& cat : s.categories)
            volume += categoryWeight(s, cat, m);
        return s.complaintWeight * volume * std::pow(1 + s.growth, m) * season(c.month(m).month());
    });
    const QStringList channels = demo::complaintChannels();
    const QVector<double> channelWeights = cumulative(demo::complaintChannelWeights());
    const QStringList products = generator::products();
    BulkWriter::ComplaintRow row;
    qint64 serial = 0;
    for (int s = 0; s < c.stages.size(); ++s) {
        StagePlan& stage = c.stages[s];
        row.stageId = stage.id;
        const QString what = QCoreApplication::translate("RoomGenerator", "Complaints for %1").arg(stage.name);
        for (int m = 0; m < c.months; ++m) {
            const QDate month = c.month(m);
            QVector<double> weights;
            for (const CategoryPlan& cat : stage.categories)
                weights.append(categoryWeight(stage, cat, m));
            weights = cumulative(weights);
            const int age = c.months - 1 - m; // months before the last one
            for (qint64 i = 0, n = counts[s * c.months + m]; i < n; ++i) {
                CategoryPlan& cat = stage.categories[c.rng.pickCumulative(weights)];
                row.category = cat.name;
                row.channel = channels[c.rng.pickCumulative(channelWeights)];
                row.product = c.rng.pick(products);
                row.text = complaintText(c.rng, c.rng.pick(cat.texts), month);
                const QDate day = randomDay(c.rng, month);
                const int hour = c.rng.between(7, 22);
                row.receivedAt = isoDateTime(day, hour, c.rng.between(0, 59), c.rng.between(0, 59));
                if (age > 2)
                    row.status = c.rng.chance(0.85) ? ComplaintStatus::Closed : ComplaintStatus::Resolved;
                else if (age > 0)
                    row.status = c.rng.chance(0.6) ? ComplaintStatus::Resolved : ComplaintStatus::InProgress;
                else
                    row.status = c.rng.chance(0.5) ? ComplaintStatus::Open : ComplaintStatus::InProgress;
                const bool resolved =
                    row.status == ComplaintStatus::Resolved || row.status == ComplaintStatus::Closed;
                row.resolvedAt = resolved ? isoDateTime(day.addDays(c.rng.between(1, 21)), c.rng.between(8, 18),
                                                        c.rng.between(0, 59), 0)
                                          : QString();
                row.customerRef = QStringLiteral("KF-") + QString::number(c.rng.between(100000, 999999));
                row.key = key('c', ++serial);
                auto id = c.writer.add(row);
                if (!id)
                    return id.error();
                if (cat.firstComplaints.size() < 3 && age <= 12)
                    cat.firstComplaints.append(*id);
                ++c.made.complaints;
                if (auto t = c.tick(1.5, what); !t)
                    return t;
            }
        }
    }
    return success();
}

Status addCalls(Context& c)
{
    // More calls were recorded lately (the room's habit of listening grew).
    const QVector<qint64> counts = cells(c, c.options.calls, [&](const StagePlan& s, int m) {
        const double recent = double(m + 1) / c.months;
        return s.complaintWeight * (0.3 + 1.7 * recent * recent);
    });
    BulkWriter::CallRow row;
    qint64 serial = 0;
    for (int s = 0; s < c.stages.size(); ++s) {
        StagePlan& stage = c.stages[s];
        row.stageId = stage.id;
        const QString what = QCoreApplication::translate("RoomGenerator", "Calls for %1").arg(stage.name);
        for (int m = 0; m < c.months; ++m) {
            // A call recorded after the stage's fix went live sounds like it.
            QVector<int> usable;
            for (int t : stage.callTemplates) {
                const bool fixLive = stage.stepMonth >= 0 && m >= stage.stepMonth;
                if (c.callTemplates[t].afterFix == fixLive || stage.callTemplates.size() == 1)
                    usable.append(t);
            }
            if (usable.isEmpty())
                usable = stage.callTemplates;
            const QDate month = c.month(m);
            for (qint64 i = 0, n = counts[s * c.months + m]; i < n; ++i) {
                const int t = c.rng.pick(usable);
                CallTemplate& call = c.callTemplates[t];
                if (call.sha256.isEmpty()) {
                    QFile f(c.options.mediaRoot + QLatin1Char('/') + call.file);
                    if (!f.open(QIODevice::ReadOnly))
                        return Error(QCoreApplication::translate(
                                         "RoomGenerator", "The demo media file is missing from this build: %1")
                                         .arg(call.file),
                                     f.fileName());
                    auto sha = c.writer.putMedia(f.readAll(), mimeTypeForFile(call.file));
                    if (!sha)
                        return sha.error();
                    call.sha256 = *sha;
                    ++c.made.recordings;
                }
                row.title = call.title;
                row.startedAt = isoDateTime(randomDay(c.rng, month), c.rng.between(8, 19), c.rng.between(0, 59),
                                            c.rng.between(0, 59));
                row.durationSeconds = call.durationSeconds;
                row.agent = call.agent;
                row.customerChannel = call.channel;
                row.audioSha256 = call.sha256;
                row.transcriptJson = call.transcriptJson;
                row.summary = call.summary;
                row.key = key('k', ++serial);
                auto id = c.writer.add(row);
                if (!id)
                    return id.error();
                ++c.made.calls;
                if (row.startedAt > stage.newestCallTime) {
                    stage.newestCallTime = row.startedAt;
                    stage.newestCallId = *id;
                    stage.newestCallTemplate = t;
                }
                if (auto tk = c.tick(20, what); !tk)
                    return tk;
            }
        }
        // The newest call's clip is the one the tour and the agenda play.
        if (stage.newestCallId > 0) {
            const CallTemplate& call = c.callTemplates[stage.newestCallTemplate];
            auto clip = c.writer.addClip(stage.newestCallId, call.clipStart, call.clipEnd, call.title);
            if (!clip)
                return clip.error();
            if (auto featured = c.writer.setFeaturedClip(stage.id, *clip); !featured)
                return featured;
            ++c.made.clips;
        }
    }
    return success();
}

} // namespace cr::generator
