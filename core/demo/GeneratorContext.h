#pragma once
// Shared by RoomGenerator.cpp (set-up, fixes, reviews) and
// GeneratorEvidence.cpp (answers, complaints, calls, artifacts): the plan of
// the room being generated. Not part of core's API.

#include "demo/GeneratorScript.h"
#include "demo/RoomGenerator.h"
#include "store/BulkWriter.h"

#include <QHash>

#include <random>

namespace cr::generator {

// Platform-independent draws from mt19937 (std distributions differ between
// standard libraries, and the same seed must give the same room everywhere).
class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}
    double uniform() { return m_engine() / 4294967296.0; }
    int between(int lo, int hi) { return lo + int(uniform() * (hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    // Index into cumulative weights (ascending, last = total).
    int pickCumulative(const QVector<double>& cumulative)
    {
        const double r = uniform() * cumulative.last();
        int i = 0;
        while (i + 1 < cumulative.size() && r >= cumulative[i])
            ++i;
        return i;
    }
    template <typename List> const auto& pick(const List& items) { return items[between(0, int(items.size()) - 1)]; }

private:
    std::mt19937 m_engine;
};

QVector<double> cumulative(const QVector<double>& weights);
// Splits `total` over `weights` exactly (largest remainder, ties to the lower index).
QVector<qint64> allocate(qint64 total, const QVector<double>& weights);
// "YYYY-MM-DDTHH:MM:SS" without QDateTime (a million of them).
QString isoDateTime(const QDate& day, int hour, int minute, int second);

struct CategoryPlan
{
    QString name;
    double weight = 0;
    double trendPerMonth = 0;
    double afterFixFactor = 1;
    double lastMonthFactor = 1;
    QStringList texts;
    QVector<RowId> firstComplaints; // evidence for fixes
};

struct KpiPlan
{
    RowId id = 0;
    QString name;
    QString unit;
    double target = 0;
    double start = 0;
    double end = 0;
    double noise = 0;
    int stepMonth = -1; // absolute month index, or -1
    QVector<double> values; // per month
};

struct CallTemplate
{
    QString file;
    QString mediaStage;
    QString title;
    QString agent;
    QString channel;
    QString summary;
    QString transcriptJson;
    double durationSeconds = 0;
    double clipStart = 0; // the part a meeting plays
    double clipEnd = 0;
    bool afterFix = false;
    QString sha256; // set when first stored
};

struct StagePlan
{
    const JourneyStage* base = nullptr;
    QString name;
    RowId id = 0;
    RowId ownerDepartmentId = 0;
    QVector<RowId> contributorIds;
    int stepMonth = -1; // absolute month index of the stage's fix going live, or -1
    QVector<double> trueNps; // per month
    double answerWeight = 0;
    double complaintWeight = 0;
    double growth = 0; // volume change per month
    QVector<CategoryPlan> categories;
    QVector<KpiPlan> kpis;
    QVector<int> callTemplates; // indexes into Context::callTemplates
    RowId newestCallId = 0;
    QString newestCallTime;
    int newestCallTemplate = -1;
};

struct Context
{
    Context(RoomStore& s, BulkWriter& w, const GenerateOptions& o, JobControl::Span p)
        : store(s), writer(w), options(o), progress(p), rng(o.seed)
    {
    }

    RoomStore& store;
    BulkWriter& writer;
    const GenerateOptions& options;
    JobControl::Span progress;
    Random rng;
    QDate firstMonth;
    int months = 36;          // three years of evidence
    int demoFrame = 36 - 13;  // the month where the demo's 13-month script starts
    QVector<JourneyStage> journey;
    QHash<QString, RowId> departmentIds;
    QVector<demo::DepartmentScript> departments;
    QVector<StagePlan> stages;
    QVector<CallTemplate> callTemplates;
    GeneratedRoom made;
    double workTotal = 1; // rows, weighted, for progress
    double workDone = 0;
    double nextReport = 0;

    QDate month(int m) const { return firstMonth.addMonths(m); }
    // Every few thousand rows: progress, and a Cancel becomes an error.
    Status tick(double work, const QString& what);
};

Status addAnswers(Context& c);
Status addComplaints(Context& c);
Status addCalls(Context& c);

} // namespace cr::generator
