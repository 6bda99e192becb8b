// customer-room-cli generate: a large, believable room for scale tests and
// benchmarks. Built beside the target under a temporary name and renamed
// over it only when complete, so Ctrl-C (or a crash) never leaves half a
// room where a room is expected.
#include "cli/CliSupport.h"

#include "demo/RoomGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace cr::cli {

namespace {

std::atomic<JobControl*> s_interruptible{nullptr};

// The first Ctrl-C cancels (the room is rolled back and removed); a second
// one, with the default handler back, ends the program at once.
extern "C" void onInterrupt(int)
{
    if (JobControl* job = s_interruptible.load())
        job->cancel();
    std::signal(SIGINT, SIG_DFL);
}

class InterruptCancels
{
public:
    explicit InterruptCancels(JobControl& job)
    {
        s_interruptible.store(&job);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptCancels()
    {
        std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
        s_interruptible.store(nullptr);
    }
    InterruptCancels(const InterruptCancels&) = delete;
    InterruptCancels& operator=(const InterruptCancels&) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

bool readCount(const QCommandLineParser& parser, const QCommandLineOption& option, qint64 max, qint64* value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toLongLong(&ok);
    return ok && *value >= 0 && *value <= max;
}

QString summary(const GeneratedRoom& made, const QString& path, double seconds)
{
    const QLocale l;
    auto n = [&](qint64 v) { return l.toString(v); };
    QStringList lines;
    lines << QCoreApplication::translate("Cli", "Created %1 (%2) in %3 s.").arg(path, made.name, l.toString(seconds, 'f', 1));
    lines << QCoreApplication::translate("Cli", "  %1 stages with %2 moments, %3 departments, %4 KPIs with %5 monthly values (%6 to %7)")
                 .arg(n(made.stages), n(made.moments), n(made.departments), n(made.kpis), n(made.kpiValues),
                      made.firstMonth.toString(QStringLiteral("yyyy-MM")),
                      made.lastMonth.toString(QStringLiteral("yyyy-MM")));
    lines << QCoreApplication::translate("Cli", "  %1 survey responses: NPS %2, CSAT %3, CES %4 (%5 with a comment)")
                 .arg(n(made.responses()), n(made.npsResponses), n(made.csatResponses), n(made.cesResponses),
                      n(made.comments));
    lines << QCoreApplication::translate("Cli", "  %1 complaints, %2 calls (%3 distinct recordings, %4 featured clips), %5 artifacts")
                 .arg(n(made.complaints), n(made.calls), n(made.recordings), n(made.clips), n(made.artifacts));
    lines << QCoreApplication::translate("Cli", "  fixes: %1 proposed, %2 in progress, %3 done, %4 verified; reviews: %5")
                 .arg(n(made.fixes[int(FixStatus::Proposed)]), n(made.fixes[int(FixStatus::InProgress)]),
                      n(made.fixes[int(FixStatus::Done)]), n(made.fixes[int(FixStatus::Verified)]),
                      n(made.reviews));
    lines << QCoreApplication::translate("Cli", "  room file: %1 MB").arg(l.toString(QFileInfo(path).size() / 1048576.0, 'f', 1));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runGenerate(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("generate");
    QCommandLineParser parser;
    parser.addPositionalArgument(command, QCoreApplication::translate("Cli", "Generate a large room."), command);
    parser.addPositionalArgument(QStringLiteral("ROOM"),
                                 QCoreApplication::translate("Cli", "The room file to create."));
    const QCommandLineOption stages(QStringLiteral("stages"),
                                    QCoreApplication::translate("Cli", "Journey stages (default 20)."),
                                    QStringLiteral("N"));
    const QCommandLineOption responses(
        QStringLiteral("responses"),
        QCoreApplication::translate("Cli", "Survey responses, NPS, CSAT and CES together (default 1000000)."),
        QStringLiteral("N"));
    const QCommandLineOption complaints(QStringLiteral("complaints"),
                                        QCoreApplication::translate("Cli", "Complaints (default 500000)."),
                                        QStringLiteral("N"));
    const QCommandLineOption calls(QStringLiteral("calls"),
                                   QCoreApplication::translate("Cli", "Recorded calls (default 2000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("Cli", "Random seed (default 1)."),
                                  QStringLiteral("S"));
    const QCommandLineOption until(
        QStringLiteral("until"),
        QCoreApplication::translate("Cli", "Last month of data (default: the last complete month)."),
        QStringLiteral("YYYY-MM"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("Cli", "Replace an existing file."));
    parser.addOptions({stages, responses, complaints, calls, seed, until, force});
    int code = Ok;
    if (!parse(parser, args, command,
               QCoreApplication::translate(
                   "Cli", "Create a large, believable room for scale tests: Kestrel Fibre's journey over "
                          "three years, with survey answers, complaints, KPIs, calls, artifacts and fixes. "
                          "The same arguments always give the same room."),
               out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "generate takes exactly one ROOM file."),
                          command);
    const QString path = positional.at(1);

    GenerateOptions options;
    qint64 stageCount = options.stages;
    qint64 callCount = options.calls;
    if (!readCount(parser, stages, kMaxGeneratedStages, &stageCount) || stageCount < 1)
        return usageError(
            err, QCoreApplication::translate("Cli", "--stages needs a whole number from 1 to %1.").arg(kMaxGeneratedStages),
            command);
    if (!readCount(parser, responses, kMaxGeneratedRows, &options.responses) ||
        !readCount(parser, complaints, kMaxGeneratedRows, &options.complaints) ||
        !readCount(parser, calls, kMaxGeneratedRows, &callCount))
        return usageError(err,
                          QCoreApplication::translate("Cli", "--responses, --complaints and --calls need a whole "
                                                             "number from 0 to %1.")
                              .arg(kMaxGeneratedRows),
                          command);
    options.stages = int(stageCount);
    options.calls = int(callCount);
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return usageError(err, QCoreApplication::translate("Cli", "--seed needs a whole number."), command);
    }
    if (parser.isSet(until)) {
        options.until = QDate::fromString(parser.value(until) + QStringLiteral("-01"), Qt::ISODate);
        if (!options.until.isValid())
            return usageError(err, QCoreApplication::translate("Cli", "--until needs YYYY-MM, e.g. 2026-10."),
                              command);
    }
    if (QFileInfo::exists(path) && !parser.isSet(force))
        return failWith(err,
                        Error(QCoreApplication::translate(
                                  "Cli", "A file with this name already exists; use --force to replace it."),
                              path),
                        CannotOpen);

    // Always built under a temporary name: durability can wait until the
    // room is complete, and an interrupted run leaves nothing at ROOM.
    const QString building = path + QStringLiteral(".new");
    RoomStore::removeRoomFiles(building);
    auto store = RoomStore::open(building, RoomStore::OpenMode::CreateNew);
    if (!store)
        return failWith(err, store.error(), CannotOpen);
    options.privateFile = true;

    const bool terminal = isatty(fileno(stderr)) != 0;
    int shown = -1;
    JobControl job([&](double fraction, const QString& what) {
        const int percent = int(fraction * 100);
        if (percent == shown || (!terminal && percent % 10 != 0 && percent != 100))
            return;
        shown = percent;
        err << (terminal ? "\r\033[K" : "") << QStringLiteral("%1 % %2").arg(percent, 3).arg(what)
            << (terminal ? "" : "\n");
        err.flush();
    });
    QElapsedTimer timer;
    timer.start();
    Result<GeneratedRoom> made = [&] {
        InterruptCancels interrupt(job);
        return generateRoom(**store, options, {&job, 0, 1});
    }();
    if (terminal && shown >= 0)
        err << '\n';
    store->reset(); // closing checkpoints the WAL into the file
    if (!made) {
        RoomStore::removeRoomFiles(building);
        return failWith(err, made.error(), CannotOpen);
    }
    if (auto replaced = RoomStore::replaceRoomFile(building, path); !replaced) {
        RoomStore::removeRoomFiles(building);
        return failWith(err, replaced.error(), CannotOpen);
    }
    out << summary(*made, path, timer.nsecsElapsed() / 1e9) << '\n';
    return Ok;
}

} // namespace cr::cli
