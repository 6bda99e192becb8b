// How long from a click on a call's ▶ on the wall until the room hears it
// (target: under 300 ms). Builds the demo room in a temporary folder, opens
// the wall, clicks each stage's first call and times, from the click:
//   loaded   the player has the call and its audio file (read on a worker)
//   playing  QMediaPlayer reports PlayingState
//   sound    QMediaPlayer's position first moves past 0 (audio is flowing;
//            polled every few ms, the backend's own reports come every 100 ms)
// "cold" runs empty the media cache first (the blob is written out again),
// "warm" runs find it there. It also times the GUI thread inside the click
// (it must not wait on SQL or files) and, as the floor any player sits on,
// how long a bare QAudioSink takes to start on the default output.
//
// Not a ctest: run bench/play-latency.sh. Without an audio output the
// numbers are the decode pipeline running against no sound card, and the
// bench says so.

#include "common/ClickableFrame.h"
#include "demo/DemoRoom.h"
#include "player/CallPlayer.h"
#include "player/CallPlayerDialog.h"
#include "wall/WallWindow.h"

#include <QApplication>
#include <QAudioDevice>
#include <QAudioSink>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

using namespace cr;
using namespace cr::ui;

namespace {

constexpr double kTargetMs = 300;

struct Run
{
    QString call;
    bool cold = false;
    double clickMs = -1; // the GUI thread inside the click handler
    double loadedMs = -1;
    double playingMs = -1;
    double soundMs = -1;
};

// Spins the event loop until `done` or `timeoutMs`.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

QString ms(double v)
{
    return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', 1);
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// A bare QAudioSink on the default output: time to ActiveState and to the
// first processed audio. The floor under any player on this machine.
std::optional<std::pair<double, double>> audioSinkStart()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        return std::nullopt;
    QAudioFormat format;
    format.setSampleRate(44100);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QByteArray tone(44100 * 2, '\0');
    auto* samples = reinterpret_cast<qint16*>(tone.data());
    for (int i = 0; i < 44100; ++i)
        samples[i] = qint16(3000 * std::sin(2 * M_PI * 440.0 * i / 44100));
    QBuffer buffer(&tone);
    buffer.open(QIODevice::ReadOnly);
    QAudioSink sink(device, format);
    QElapsedTimer t;
    t.start();
    double active = -1;
    QObject::connect(&sink, &QAudioSink::stateChanged, [&](QAudio::State s) {
        if (s == QAudio::ActiveState && active < 0)
            active = t.nsecsElapsed() / 1e6;
    });
    sink.start(&buffer);
    double processed = -1;
    waitFor(
        [&] {
            if (processed < 0 && sink.processedUSecs() > 0)
                processed = t.nsecsElapsed() / 1e6;
            return processed >= 0;
        },
        3000);
    sink.stop();
    return std::make_pair(active, processed);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // its own cache and app data
    QTextStream out(stdout);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 2;

    const auto outputs = QMediaDevices::audioOutputs();
    out << "platform: " << QGuiApplication::platformName() << ", media backend: "
        << (qEnvironmentVariableIsSet("QT_MEDIA_BACKEND") ? qEnvironmentVariable("QT_MEDIA_BACKEND")
                                                          : QStringLiteral("default (gstreamer)"))
        << '\n';
    if (outputs.isEmpty()) {
        out << "audio outputs: NONE. This machine has no audio output device: QMediaPlayer runs its\n"
               "  pipeline against no sound card, so 'sound' below is when playback starts moving,\n"
               "  not when a speaker makes a sound. Run with a sound card (or a PulseAudio null sink:\n"
               "  bench/play-latency.sh --null-sink) for the device path.\n";
    } else {
        QStringList names;
        for (const QAudioDevice& d : outputs)
            names << d.description();
        out << "audio outputs: " << names.join(QStringLiteral(", "))
            << " (default: " << QMediaDevices::defaultAudioOutput().description() << ")\n";
    }
    out.flush();

    QTemporaryDir dir;
    const QString roomPath = dir.filePath(QStringLiteral("demo.croom"));
    {
        auto store = RoomStore::open(roomPath, RoomStore::OpenMode::CreateNew);
        if (!store) {
            out << store.error().toString() << '\n';
            return 2;
        }
        DemoOptions options;
        options.lastMonth = QDate(2026, 10, 1);
        if (auto made = createDemoRoom(**store, options); !made) {
            out << made.error().toString() << '\n';
            return 2;
        }
    }

    WallWindow window;
    window.resize(1920, 1080);
    window.show();
    QSignalSpy ready(&window, &WallWindow::wallReady);
    window.openRoom(roomPath); // on a worker; wallReady (or roomFailed) follows
    window.setPeriod(Period::month(QDate(2026, 10, 1)));
    if (!ready.wait(20000)) {
        out << "the wall did not load\n";
        return 2;
    }
    QVector<Call> calls;
    for (const StageWall& s : window.snapshot()->stages)
        if (!s.calls.isEmpty() && !s.calls.first().audioSha256.isEmpty())
            calls << s.calls.first();

    const QString cache =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/media");
    std::vector<Run> runs;
    for (int round = 0; round < rounds; ++round)
        for (bool cold : {true, false})
            for (const Call& call : std::as_const(calls)) {
                if (cold)
                    QDir(cache).removeRecursively();
                auto* button = window.findChild<ClickableFrame*>(QStringLiteral("playCall:%1").arg(call.id));
                if (!button) {
                    out << "no ▶ for " << call.title << '\n';
                    continue;
                }
                Run run;
                run.call = call.title;
                run.cold = cold;
                QElapsedTimer t;
                t.start();
                QTest::mouseClick(button, Qt::LeftButton);
                run.clickMs = t.nsecsElapsed() / 1e6;
                CallPlayerDialog* dialog = window.player();
                if (!dialog)
                    continue;
                CallPlayer* player = dialog->player();
                QObject::connect(dialog, &CallPlayerDialog::callLoaded, dialog, [&] {
                    if (run.loadedMs < 0)
                        run.loadedMs = t.nsecsElapsed() / 1e6;
                });
                // The dialog's player is created with the click: watch its QMediaPlayer from here on.
                QMediaPlayer* media = player->mediaPlayer();
                QObject::connect(media, &QMediaPlayer::playbackStateChanged, dialog,
                                 [&](QMediaPlayer::PlaybackState s) {
                                     if (s == QMediaPlayer::PlayingState && run.playingMs < 0)
                                         run.playingMs = t.nsecsElapsed() / 1e6;
                                 });
                QObject::connect(media, &QMediaPlayer::positionChanged, dialog, [&](qint64 p) {
                    if (p > 0 && run.soundMs < 0)
                        run.soundMs = t.nsecsElapsed() / 1e6;
                });
                // The backend reports positions on a 100 ms timer; asking every few
                // milliseconds finds the moment the audio clock starts moving.
                waitFor(
                    [&] {
                        if (run.soundMs < 0 && media->position() > 0)
                            run.soundMs = t.nsecsElapsed() / 1e6;
                        return run.soundMs >= 0 || !player->errorText().isEmpty();
                    },
                    5000);
                if (!player->errorText().isEmpty())
                    out << "error: " << player->errorText() << '\n';
                runs.push_back(run);
                dialog->close(); // deleted on close: the next click opens a new player
                waitFor([&] { return window.player() == nullptr; }, 2000);
                QTest::qWait(100);
            }

    out << "\nrun\tcache\tclick_ms\tloaded_ms\tplaying_ms\tsound_ms\tcall\n";
    int i = 0;
    for (const Run& r : runs)
        out << ++i << '\t' << (r.cold ? "cold" : "warm") << '\t' << ms(r.clickMs) << '\t' << ms(r.loadedMs)
            << '\t' << ms(r.playingMs) << '\t' << ms(r.soundMs) << '\t' << r.call << '\n';
    for (bool cold : {true, false}) {
        std::vector<double> sound;
        std::vector<double> click;
        for (const Run& r : runs)
            if (r.cold == cold) {
                sound.push_back(r.soundMs < 0 ? 1e9 : r.soundMs);
                click.push_back(r.clickMs);
            }
        if (sound.empty())
            continue;
        const double worst = *std::max_element(sound.begin(), sound.end());
        out << (cold ? "cold" : "warm") << " cache: sound after median " << ms(median(sound)) << " ms, worst "
            << (worst >= 1e9 ? QStringLiteral("never") : ms(worst)) << " ms (target < " << kTargetMs
            << " ms: " << (worst < kTargetMs ? "met" : "MISSED") << "); GUI thread in the click: median "
            << ms(median(click)) << " ms\n";
    }
    if (auto sink = audioSinkStart())
        out << "QAudioSink on the default output: active after " << ms(sink->first)
            << " ms, first audio processed after " << ms(sink->second) << " ms\n";
    else
        out << "QAudioSink: not measured (no audio output device)\n";
    return 0;
}
