// How long the wall and the report take on the demo room and on a room ten
// times larger, as ratios to a baseline measured in the same run: one pass
// over every stage's NPS answers (the least work any report must do).

#include "demo/DemoRoom.h"
#include "report/RoomReport.h"
#include "report/WallSnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

// Median of `runs` timings, in milliseconds.
double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    QTemporaryDir dir;
    out << "room\tmeasure\tms\tratio_to_baseline\n";
    for (int scale : {1, 10}) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.croom").arg(scale));
        auto store = cr::RoomStore::open(path, cr::RoomStore::OpenMode::CreateNew);
        if (!store) {
            out << store.error().toString() << '\n';
            return 2;
        }
        cr::DemoOptions options;
        options.lastMonth = QDate(2026, 10, 1);
        options.scale = scale;
        QElapsedTimer build;
        build.start();
        if (auto made = cr::createDemoRoom(**store, options); !made) {
            out << made.error().toString() << '\n';
            return 2;
        }
        const double buildMs = build.nsecsElapsed() / 1e6;
        cr::RoomStore& room = **store;
        const auto stages = room.stages();
        if (!stages) {
            out << stages.error().toString() << '\n';
            return 2;
        }
        const double baseline = medianMs(7, [&] {
            for (const cr::Stage& s : *stages)
                (void)room.scoreHistogram(s.id, cr::SurveyMetric::Nps, {});
        });
        const double report = medianMs(5, [&] { (void)cr::buildReport(room, {}); });
        const double wall =
            medianMs(5, [&] { (void)cr::buildWallSnapshot(room, cr::Period::month(QDate(2026, 10, 1))); });
        const QString name = QStringLiteral("demo x%1").arg(scale);
        auto line = [&](const char* what, double ms) {
            out << name << '\t' << what << '\t' << QString::number(ms, 'f', 2) << '\t'
                << QString::number(ms / baseline, 'f', 1) << '\n';
        };
        line("baseline (NPS answers, every stage)", baseline);
        line("create demo", buildMs);
        line("report --json (all time)", report);
        line("wall snapshot (one month)", wall);
    }
    return 0;
}
