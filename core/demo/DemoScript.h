#pragma once
// The demo company's story as data: Kestrel Fibre, a broadband provider.
// DemoRoom turns this script into thousands of dated records from a seed.

#include "Domain.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace cr::demo {

struct DepartmentScript
{
    const char* name;
    const char* leader;
    const char* ambassador;
};

struct ComplaintCategoryScript
{
    const char* category;
    double weight;              // share of the stage's complaints
    QVector<const char*> texts; // templates: {date} {amount} {days} {ref} {speed} {phone} {email}
    double trendPerMonth = 0;   // relative change of the weight per month (+ grows)
    double afterFixFactor = 1;  // weight multiplier once the stage's fix is live
    double lastMonthFactor = 1; // weight multiplier in the latest month (a recent event)
};

struct KpiScript
{
    const char* name;
    const char* unit;
    KpiDirection direction;
    double target;
    double amberBand;
    double start; // value in the first month
    double end;   // value in the last month (before noise)
    double noise; // +- uniform noise
    const char* ownerDepartment;
    const char* description;
    int stepMonth = -1; // month index where the value jumps to `end` (fix delivered); -1 = linear
    double lastMonthShift = 0; // added to the latest month (a recent incident)
};

struct StageScript
{
    const char* name;
    Maturity maturity;
    const char* targetExperience;
    const char* description;
    const char* owner;
    QVector<const char*> contributors;
    QVector<const char*> moments; // the first is the key moment
    double npsStart;              // true NPS in the first month
    double npsEnd;                // true NPS in the last month
    int npsStepMonth;             // >= 0: NPS moves as a step at this month (a fix), else linear
    double npsDipDepth = 0;       // temporary dip (e.g. an outage), NPS points
    int npsDipMonth = -1;
    int responsesPerMonth;  // NPS answers per month (mean)
    int complaintsPerMonth; // mean
    QVector<ComplaintCategoryScript> categories;
    QVector<KpiScript> kpis;
};

struct FixScript
{
    const char* stage;
    const char* title;
    const char* description;
    const char* owner;
    QVector<const char*> contributors;
    FixStatus status;
    int createdMonth;   // month index (0 = first month of data)
    int dueMonth;       // may be past the last month
    int verifiedMonth;  // for verified fixes
    const char* metric; // "nps" or a KPI name
    double goal;        // baseline and result are measured from the evidence
};

QVector<DepartmentScript> departments();
QVector<StageScript> stages();
QVector<FixScript> fixes();
QStringList complaintChannels(); // phone, email, web, chat, social, store, letter
QVector<double> complaintChannelWeights();
QStringList npsComments(int score); // free-text comments for an NPS answer band

// How a stage's answers split so that %promoters - %detractors is its true
// NPS, with passives holding about 30 % (the demo and the large room alike).
struct NpsShares
{
    double promoters = 0;
    double detractors = 0;
};
NpsShares npsShares(double trueNps);
QStringList customerFirstNames();
QStringList customerSurnames();

} // namespace cr::demo
