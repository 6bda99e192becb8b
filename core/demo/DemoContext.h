#pragma once
// What the demo room's builders share (DemoRoom.cpp and DemoFixes.cpp):
// the seeded draws, the ids made so far and the month arithmetic. Private
// to core/demo.

#include "Domain.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <cmath>
#include <random>

namespace cr {

class RoomStore;

namespace demo_build {

inline QString str(const char* s)
{
    return QString::fromUtf8(s);
}

// Platform-independent draws from mt19937 (std distributions differ between
// standard libraries, and the demo must be the same everywhere).
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) {}
    double uniform() { return m_engine() / 4294967296.0; }
    int between(int lo, int hi) { return lo + int(uniform() * (hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    int pickWeighted(const QVector<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return weights.size() - 1;
    }
    template <typename T> const T& pick(const QVector<T>& items)
    {
        return items[between(0, items.size() - 1)];
    }
    const QString& pick(const QStringList& items) { return items[between(0, int(items.size()) - 1)]; }
    // Around `mean`, +- `spread` (a share of the mean).
    int around(double mean, double spread)
    {
        return std::max(0, int(std::lround(mean * (1 + spread * (2 * uniform() - 1)))));
    }

private:
    std::mt19937 m_engine;
};

constexpr int kMonths = 13;

struct Context
{
    RoomStore& store;
    DemoRandom rng;
    QDate firstMonth;
    QHash<QString, RowId> departmentIds;
    QHash<QString, RowId> stageIds;
    QHash<QString, RowId> kpiIds;
    QHash<QString, QVector<RowId>> complaintIdsByStageCategory; // "stage|category"
    QHash<QString, RowId> callIdByStage;
    QString mediaRoot;
    int scale = 1;

    QDate month(int m) const { return firstMonth.addMonths(m); }
    Provenance demoProvenance(const QString& key) const
    {
        Provenance p;
        p.sourceFile = QStringLiteral("demo");
        p.externalId = key;
        p.sourceKey = QStringLiteral("demo:") + key;
        return p;
    }
};

// The fixes in every status, measured from the evidence, and three past reviews.
Status addFixesAndReviews(Context& c);

} // namespace demo_build

} // namespace cr
