// The wall on a large room (bench/large-room.sh; not a ctest): 20 stages,
// 1,000,000 survey answers, 500,000 complaints, 2,000 calls. Measures, in
// one run and against targets:
//   a. open + paint of the wall (WallWindow offscreen at 1920x1080, from
//      openRoom() to a grab() after wallReady) against raw SQL for the same
//      numbers (per stage, for the month: NPS histogram, CSAT, CES,
//      complaints by category, KPI values and their 13-month trend, calls;
//      the same scores and complaints for the previous month; the 13-month
//      NPS trend and complaint categories month by month). Target <= 1.5x.
//   b. the longest stall of the GUI thread (a 5 ms timer that records the
//      largest gap between its ticks) while the window opens the room,
//      changes period, opens a drill-down and starts a call. Target <= 100 ms.
//   c. peak RSS. Target < 400 MB.
// Then where the wall's time goes: its steps timed one by one.
//
//   bench_large_room ROOM --month YYYY-MM [--runs N]

#include "report/RoomReport.h"
#include "report/WallSnapshot.h"
#include "review/Agenda.h"
#include "wall/SnapshotLoader.h"
#include "wall/WallView.h"
#include "wall/WallWindow.h"

#include <QApplication>
#include <QAudioDevice>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMediaDevices>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include "player/CallPlayer.h"
#include "player/CallPlayerDialog.h"

#include <sys/resource.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace cr;
using namespace cr::ui;

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Median of `runs` timings of `work`, in milliseconds.
double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(ms(t));
    }
    return median(times);
}

// Runs the event loop until `done` holds or `timeoutMs` passes; false on timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Waits for the window's next wallReady (or roomFailed).
bool waitForWall(WallWindow& w, const std::function<void()>& start, int timeoutMs = 120000)
{
    bool ready = false;
    bool failed = false;
    const auto a = QObject::connect(&w, &WallWindow::wallReady, [&] { ready = true; });
    const auto b = QObject::connect(&w, &WallWindow::roomFailed, [&](const QString& message) {
        out << "room failed: " << message << '\n';
        failed = true;
    });
    start();
    const bool ok = waitUntil([&] { return ready || failed; }, timeoutMs) && ready;
    QObject::disconnect(a);
    QObject::disconnect(b);
    return ok;
}

// --- a. raw SQL for the numbers the wall shows --------------------------------

struct RawNumbers
{
    qint64 npsAnswers = 0; // this month, all stages
    qint64 csatAnswers = 0;
    qint64 cesAnswers = 0;
    qint64 previousNpsAnswers = 0;
    qint64 trendNpsAnswers = 0; // 13 months
    qint64 trendComplaints = 0; // 13 months, by category
    qint64 complaints = 0;
    qint64 previousComplaints = 0;
    qint64 calls = 0;
    qint64 kpiValues = 0;
};

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

RawNumbers rawWallQueries(const QString& path, const QDate& month)
{
    RawNumbers n;
    const QString connection = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        const QString from = iso(month), to = iso(month.addMonths(1));
        const QString previousFrom = iso(month.addMonths(-1));
        const QString trendFrom = iso(month.addMonths(-12));
        QVector<qint64> stages;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM stage ORDER BY position"));
        while (q.next())
            stages.append(q.value(0).toLongLong());

        QSqlQuery histogram(db), categories(db), callTotals(db), callList(db), kpis(db), trend(db);
        histogram.prepare(QStringLiteral("SELECT score, count(*) FROM survey_response WHERE stage_id = ? AND "
                                         "metric = ? AND responded_at >= ? AND responded_at < ? GROUP BY score"));
        categories.prepare(QStringLiteral("SELECT category, count(*) FROM complaint WHERE stage_id = ? AND "
                                          "received_at >= ? AND received_at < ? GROUP BY category"));
        callTotals.prepare(QStringLiteral("SELECT count(*), sum(duration_seconds) FROM call WHERE stage_id = ? "
                                          "AND started_at >= ? AND started_at < ?"));
        callList.prepare(QStringLiteral("SELECT id, title, started_at, duration_seconds FROM call WHERE "
                                        "stage_id = ? AND started_at >= ? AND started_at < ? "
                                        "ORDER BY started_at DESC LIMIT 20"));
        kpis.prepare(QStringLiteral("SELECT k.id, k.target, v.period, v.value FROM kpi k LEFT JOIN kpi_value v "
                                    "ON v.kpi_id = k.id AND v.period >= ? AND v.period < ? "
                                    "WHERE k.stage_id = ? ORDER BY k.id, v.period"));
        trend.prepare(QStringLiteral("SELECT substr(responded_at, 1, 7), score, count(*) FROM survey_response "
                                     "WHERE stage_id = ? AND metric = 'nps' AND responded_at >= ? AND "
                                     "responded_at < ? GROUP BY 1, 2"));
        auto sumCounts = [](QSqlQuery& query, int column) {
            qint64 total = 0;
            if (!query.exec())
                qFatal("raw query failed");
            while (query.next())
                total += query.value(column).toLongLong();
            return total;
        };
        for (qint64 stage : stages) {
            for (const char* metric : {"nps", "csat", "ces"}) {
                histogram.bindValue(0, stage);
                histogram.bindValue(1, QString::fromLatin1(metric));
                histogram.bindValue(2, from);
                histogram.bindValue(3, to);
                const qint64 count = sumCounts(histogram, 1);
                (metric[1] == 'p' ? n.npsAnswers : metric[1] == 's' ? n.csatAnswers : n.cesAnswers) += count;
            }
            for (const char* metric : {"nps", "csat", "ces"}) {
                histogram.bindValue(0, stage);
                histogram.bindValue(1, QString::fromLatin1(metric));
                histogram.bindValue(2, previousFrom);
                histogram.bindValue(3, from);
                const qint64 count = sumCounts(histogram, 1);
                if (metric[1] == 'p')
                    n.previousNpsAnswers += count;
            }
            for (const auto& [start, end, total] :
                 {std::tuple{from, to, &n.complaints}, std::tuple{previousFrom, from, &n.previousComplaints}}) {
                categories.bindValue(0, stage);
                categories.bindValue(1, start);
                categories.bindValue(2, end);
                *total += sumCounts(categories, 1);
            }
            callTotals.bindValue(0, stage);
            callTotals.bindValue(1, from);
            callTotals.bindValue(2, to);
            n.calls += sumCounts(callTotals, 0);
            callList.bindValue(0, stage);
            callList.bindValue(1, from);
            callList.bindValue(2, to);
            sumCounts(callList, 0);
            kpis.bindValue(0, trendFrom);
            kpis.bindValue(1, to);
            kpis.bindValue(2, stage);
            if (!kpis.exec())
                qFatal("raw KPI query failed");
            while (kpis.next())
                n.kpiValues += kpis.value(2).isNull() ? 0 : 1;
            trend.bindValue(0, stage);
            trend.bindValue(1, trendFrom);
            trend.bindValue(2, to);
            n.trendNpsAnswers += sumCounts(trend, 2);
            // Complaint categories month by month (the trend line of the top categories).
            for (int m = 12; m >= 0; --m) {
                categories.bindValue(0, stage);
                categories.bindValue(1, iso(month.addMonths(-m)));
                categories.bindValue(2, iso(month.addMonths(1 - m)));
                n.trendComplaints += sumCounts(categories, 1);
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return n;
}

// The same totals from the wall's snapshot: both sides must count the same rows.
RawNumbers wallNumbers(const WallSnapshot& wall)
{
    RawNumbers n;
    for (const StageWall& s : wall.stages) {
        n.npsAnswers += s.report.nps ? s.report.nps->n : 0;
        n.csatAnswers += s.report.csat ? s.report.csat->n : 0;
        n.cesAnswers += s.report.ces ? s.report.ces->n : 0;
        n.previousNpsAnswers += s.previousNps ? s.previousNps->n : 0;
        for (const auto& t : s.npsTrend)
            n.trendNpsAnswers += t ? t->n : 0;
        n.complaints += s.report.complaints.total;
        n.previousComplaints += s.previousComplaintTotal.value_or(0);
        n.calls += s.report.calls.count;
    }
    return n;
}

// --- b. the longest gap between ticks of a 5 ms timer on the GUI thread ------

class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        QCoreApplication::processEvents();
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    // Includes a stall still going on when the phase ends.
    double longestMs() const { return std::max(m_longest, m_clock.nsecsElapsed() - m_last) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Lets the window paint and settle for `ms` milliseconds of event loop.
void settle(int msToRun)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < msToRun)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

struct Row
{
    QString measure;
    double value;
    QString unit;
    double target; // 0: no target
    bool lowerIsBetter = true;
};

void printRows(const QVector<Row>& rows)
{
    out << QStringLiteral("%1 %2 %3 %4  %5\n")
               .arg(QStringLiteral("measure"), -52)
               .arg(QStringLiteral("value"), 12)
               .arg(QStringLiteral("target"), 12)
               .arg(QStringLiteral("ratio"), 8)
               .arg(QStringLiteral("verdict"));
    for (const Row& r : rows) {
        const bool hasTarget = r.target > 0;
        const double ratio = hasTarget ? r.value / r.target : 0;
        out << QStringLiteral("%1 %2 %3 %4  %5\n")
                   .arg(r.measure, -52)
                   .arg(QStringLiteral("%1 %2").arg(r.value, 0, 'f', r.unit == QLatin1String("x") ? 2 : 1).arg(r.unit),
                        12)
                   .arg(hasTarget ? QStringLiteral("%1 %2").arg(r.target, 0, 'f', 1).arg(r.unit) : QString(), 12)
                   .arg(hasTarget ? QStringLiteral("%1x").arg(ratio, 0, 'f', 2) : QString(), 8)
                   .arg(!hasTarget ? QString() : ratio <= 1 ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    }
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CustomerRoomBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench-large-room"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ROOM"), QStringLiteral("A room made by 'customer-room-cli generate'."));
    const QCommandLineOption monthOption(QStringLiteral("month"), QStringLiteral("The month the wall opens on."),
                                         QStringLiteral("YYYY-MM"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (median); default 5."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({monthOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(monthOption))
        parser.showHelp(1);
    const QString path = parser.positionalArguments().first();
    const QDate month = QDate::fromString(parser.value(monthOption) + QStringLiteral("-01"), Qt::ISODate);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const Period period = Period::month(month);
    QVector<Row> rows;

    // a. Raw SQL, then the wall, alternating so both see the same caches.
    std::vector<double> rawTimes, wallTimes, openOnly, toReady, grabs;
    RawNumbers raw;
    std::optional<WallSnapshot> shown;
    for (int i = 0; i < runs + 1; ++i) { // the first round warms the OS page cache and fonts; not counted
        QElapsedTimer t;
        t.start();
        raw = rawWallQueries(path, month);
        const double rawMs = ms(t);

        WallWindow w;
        w.resize(1920, 1080);
        w.show();
        settle(50);
        QElapsedTimer open;
        bool ready = waitForWall(w, [&] {
            open.start();
            w.openRoom(path);
            openOnly.push_back(ms(open));
        });
        if (!ready || !w.hasWall()) {
            out << "the wall did not load\n";
            return 2;
        }
        const double readyMs = ms(open);
        const QPixmap picture = w.grab();
        const double wallMs = ms(open);
        if (picture.isNull()) {
            out << "grab() gave no picture\n";
            return 2;
        }
        if (!(w.snapshot()->period == period))
            out << "note: the wall opened on " << w.snapshot()->period.label() << ", not " << period.label() << '\n';
        shown = *w.snapshot();
        if (i == 0) {
            out << QStringLiteral("first (uncounted) round: raw SQL %1 ms, wall %2 ms\n")
                       .arg(rawMs, 0, 'f', 1)
                       .arg(wallMs, 0, 'f', 1);
            openOnly.clear();
            continue;
        }
        rawTimes.push_back(rawMs);
        wallTimes.push_back(wallMs);
        toReady.push_back(readyMs - openOnly.back());
        grabs.push_back(wallMs - readyMs);
    }
    const RawNumbers fromWall = wallNumbers(*shown);
    const bool agree = raw.npsAnswers == fromWall.npsAnswers && raw.csatAnswers == fromWall.csatAnswers &&
                       raw.cesAnswers == fromWall.cesAnswers && raw.complaints == fromWall.complaints &&
                       raw.previousNpsAnswers == fromWall.previousNpsAnswers &&
                       raw.previousComplaints == fromWall.previousComplaints &&
                       raw.trendNpsAnswers == fromWall.trendNpsAnswers && raw.calls == fromWall.calls;
    out << QStringLiteral("month %1: NPS n %2, CSAT n %3, CES n %4, complaints %5, calls %6, KPI values (13 months) %7; "
                          "previous month NPS n %8, complaints %9; 13 months: NPS n %10, complaints %11 — "
                          "wall and raw SQL %12\n")
               .arg(period.label())
               .arg(raw.npsAnswers)
               .arg(raw.csatAnswers)
               .arg(raw.cesAnswers)
               .arg(raw.complaints)
               .arg(raw.calls)
               .arg(raw.kpiValues)
               .arg(raw.previousNpsAnswers)
               .arg(raw.previousComplaints)
               .arg(raw.trendNpsAnswers)
               .arg(raw.trendComplaints)
               .arg(agree ? QStringLiteral("agree") : QStringLiteral("DISAGREE"));
    const double rawMs = median(rawTimes), wallMs = median(wallTimes);
    rows.append({QStringLiteral("a. raw SQL for the wall's numbers (median)"), rawMs, QStringLiteral("ms"), 0});
    rows.append({QStringLiteral("a. wall open + paint, openRoom() to grab() (median)"), wallMs, QStringLiteral("ms"), 0});
    rows.append({QStringLiteral("   of which openRoom() itself, on the GUI thread"), median(openOnly), QStringLiteral("ms"), 0});
    rows.append({QStringLiteral("   then until wallReady (worker load + laying out)"), median(toReady), QStringLiteral("ms"), 0});
    rows.append({QStringLiteral("   then grab() (paint 1920x1080)"), median(grabs), QStringLiteral("ms"), 0});
    rows.append({QStringLiteral("a. wall / raw SQL"), wallMs / rawMs, QStringLiteral("x"), 1.5});

    // b. Stalls of the GUI thread, phase by phase, on a fresh window.
    {
        StallWatch watch;
        WallWindow w;
        w.resize(1920, 1080);
        w.show();
        settle(100);
        auto phase = [&](const QString& name, const std::function<bool()>& work, int settleMs) {
            watch.reset();
            const bool ok = work();
            settle(settleMs);
            rows.append({QStringLiteral("b. longest GUI stall: %1%2").arg(name, ok ? QString() : QStringLiteral(" (timed out)")),
                         watch.longestMs(), QStringLiteral("ms"), 100});
        };
        phase(QStringLiteral("open the room"), [&] { return waitForWall(w, [&] { w.openRoom(path); }); }, 300);
        phase(QStringLiteral("previous month"),
              [&] { return waitForWall(w, [&] { w.setPeriod(period.previous()); }); }, 300);
        phase(QStringLiteral("quarter"),
              [&] { return waitForWall(w, [&] { w.setPeriod(Period::quarter(month)); }); }, 300);
        phase(QStringLiteral("drill-down: complaints"), [&] {
            emit w.wallView()->complaintsClicked(0, QString());
            return true;
        }, 500);
        phase(QStringLiteral("drill-down: NPS trend"), [&] {
            emit w.wallView()->npsClicked(0);
            return true;
        }, 500);
        RowId firstCall = 0;
        int stageIndex = -1;
        for (int s = 0; s < w.snapshot()->stages.size() && firstCall == 0; ++s)
            if (!w.snapshot()->stages[s].calls.isEmpty()) {
                firstCall = w.snapshot()->stages[s].calls.first().id;
                stageIndex = s;
            }
        phase(QStringLiteral("play the first call"), [&] {
            w.playCall(firstCall, stageIndex);
            return waitUntil(
                [&] {
                    return w.player() && w.player()->player()->mediaPlayer()->playbackState() ==
                                             QMediaPlayer::PlayingState;
                },
                5000);
        }, 1000);
        if (QMediaDevices::audioOutputs().isEmpty())
            out << "note: no audio output on this machine; the player plays silently\n";
    }

    // c. Peak RSS of this process (the raw queries, six walls, the player).
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    rows.append({QStringLiteral("c. peak RSS (ru_maxrss)"), usage.ru_maxrss / 1024.0, QStringLiteral("MB"), 400});

    // Where the wall's time goes: its steps, one by one, on this thread.
    {
        auto step = [&](const QString& name, const std::function<void()>& work) {
            rows.append({QStringLiteral("   step: %1").arg(name), medianMs(runs, work), QStringLiteral("ms"), 0});
        };
        step(QStringLiteral("RoomStore::open (OpenExisting)"),
             [&] { (void)RoomStore::open(path, RoomStore::OpenMode::OpenExisting); });
        auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
        if (!store) {
            out << store.error().toString() << '\n';
            return 2;
        }
        step(QStringLiteral("monthsWithData() (on the worker that opens the room)"), [&] { (void)(*store)->monthsWithData(); });
        step(QStringLiteral("buildReport(month)"), [&] { (void)buildReport(**store, period.range()); });
        step(QStringLiteral("buildWallSnapshot(month)"), [&] { (void)buildWallSnapshot(**store, period); });
        step(QStringLiteral("loadWall(month): open + snapshot + thumbnails"), [&] { (void)loadWall(path, period); });
        const WallLoadOutcome loaded = loadWall(path, period);
        if (!loaded.data) {
            out << loaded.error << '\n';
            return 2;
        }
        WallContext context;
        context.periodLabel = period.label();
        step(QStringLiteral("WallView::setWall on a new view (lays out the panels)"), [&] {
            WallView view;
            view.resize(1920, 1000);
            view.show();
            view.setWall(loaded.data->snapshot, loaded.data->thumbnails, context, Theme::standard());
            QCoreApplication::processEvents();
        });
        // buildWallSnapshot's parts, as it runs them.
        const RoomStore& room = **store;
        step(QStringLiteral("  latestEvidenceDate()"), [&] { (void)room.latestEvidenceDate(); });
        const auto last = room.latestEvidenceDate();
        const Comparison compared = comparePeriods(period, QDate::currentDate(), last ? *last : std::nullopt);
        step(QStringLiteral("  buildComparedReport(month vs previous)"), [&] { (void)buildComparedReport(room, compared); });
        step(QStringLiteral("  NPS trend: stageNpsTrend x stages (one query each)"), [&] {
            for (const StageWall& s : shown->stages)
                (void)stageNpsTrend(room, s.report.stage.id, shown->trendWindows);
        });
        step(QStringLiteral("  category trends: complaintCategoryCounts x stages"), [&] {
            for (const StageWall& s : shown->stages)
                (void)room.complaintCategoryCounts(s.report.stage.id, shown->trendWindows);
        });
        step(QStringLiteral("  quotes: complaintQuote x 3 x stages"), [&] {
            for (const StageWall& s : shown->stages)
                for (int c = 0; c < s.categories.size() && c < kCategoryTrends; ++c)
                    (void)room.complaintQuote(s.report.stage.id, s.categories[c].category, compared.current);
        });
        step(QStringLiteral("  buildAgenda (review pages)"), [&] {
            (void)buildAgenda(**store, *shown, QDate::currentDate());
        });
        step(QStringLiteral("  moments, artifacts, calls, fixes x stages"), [&] {
            for (const StageWall& s : shown->stages) {
                const RowId id = s.report.stage.id;
                (void)room.moments(id);
                (void)room.artifacts(id);
                (void)room.calls(id, period.range(), kWallCalls);
                (void)room.fixes(id);
            }
        });
        step(QStringLiteral("complaints(stage 1, month, 20000) (drill-down)"), [&] {
            (void)(*store)->complaints(shown->stages.first().report.stage.id, period.range(), 20000);
        });
    }
    printRows(rows);
    return 0;
}
