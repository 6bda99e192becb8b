// customer-room: the wall. Thin: arguments, translator, window, screenshot.
//   customer-room [ROOM] [--presentation] [--view wall|tour:STAGE|agenda:N|celebration|player:CALL_ID]
//                 [--period YYYY-MM|YYYY-Qn] [--screenshot FILE.png [--size WxH]]

#include "demo/DemoRoom.h"
#include "i18n/Translations.h"
#include "player/CallPlayerDialog.h"
#include "present/PresentationView.h"
#include "wall/WallWindow.h"

#include <QApplication>
#include <QScreen>
#include <QThreadPool>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "customer-room: %s\n", qPrintable(message));
}

// A screenshot, --help or --version needs no screen: without a display,
// run offscreen rather than fail to start (scripts and CI call them headless).
void preferOffscreenWhenNoScreenIsNeeded(int argc, char* argv[])
{
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--screenshot", "--help", "-h", "--help-all", "--version", "-v"})
            headless |= std::strcmp(argv[i], option) == 0;
        headless |= std::strncmp(argv[i], "--screenshot=", 13) == 0;
    }
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// --period: "2026-10" is a month, "2026-Q3" a quarter.
std::optional<cr::Period> parsePeriod(const QString& text)
{
    const auto m = QRegularExpression(QStringLiteral("^(\\d{4})-(\\d{2})$")).match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (d.isValid())
            return cr::Period::month(d);
    }
    const auto q = QRegularExpression(QStringLiteral("^(\\d{4})-[Qq]([1-4])$")).match(text);
    if (q.hasMatch())
        return cr::Period::quarter(QDate(q.captured(1).toInt(), (q.captured(2).toInt() - 1) * 3 + 1, 1));
    return std::nullopt;
}

struct View
{
    enum class Kind { Wall, Tour, Agenda, Celebration, Player } kind = Kind::Wall;
    QString argument; // stage name or number, page, call id
};

std::optional<View> parseView(const QString& text)
{
    const QString name = text.section(QLatin1Char(':'), 0, 0);
    const QString argument = text.section(QLatin1Char(':'), 1);
    if (name == QLatin1String("wall") && argument.isEmpty())
        return View{View::Kind::Wall, {}};
    if (name == QLatin1String("celebration") && argument.isEmpty())
        return View{View::Kind::Celebration, {}};
    if (name == QLatin1String("tour"))
        return View{View::Kind::Tour, argument};
    if (name == QLatin1String("agenda") && (argument.isEmpty() || argument.toInt() > 0))
        return View{View::Kind::Agenda, argument.isEmpty() ? QStringLiteral("1") : argument};
    if (name == QLatin1String("player") && argument.toLongLong() > 0)
        return View{View::Kind::Player, argument};
    return std::nullopt;
}

// Shows the asked-for screen once the wall is loaded; false with a message
// when the stage or page does not exist.
bool applyView(cr::ui::WallWindow& window, const View& view, bool autoAdvance, QString* error)
{
    const cr::WallSnapshot* wall = window.snapshot();
    switch (view.kind) {
    case View::Kind::Wall:
        return true;
    case View::Kind::Tour: {
        int index = view.argument.isEmpty() ? 0 : view.argument.toInt() - 1;
        if (!view.argument.isEmpty() && view.argument.toInt() == 0) {
            index = -1;
            for (int i = 0; wall && i < wall->stages.size(); ++i)
                if (wall->stages[i].report.stage.name.compare(view.argument, Qt::CaseInsensitive) == 0)
                    index = i;
        }
        if (!wall || index < 0 || index >= wall->stages.size()) {
            *error = QApplication::translate("main", "No stage \"%1\" in this room.").arg(view.argument);
            return false;
        }
        window.showTour(index, autoAdvance);
        return true;
    }
    case View::Kind::Agenda: {
        const int page = view.argument.toInt();
        const int pages = window.presentationView()->agendaPageCount();
        if (page < 1 || page > pages) {
            *error = QApplication::translate("main", "The agenda has pages 1 to %1.").arg(pages);
            return false;
        }
        window.showAgenda(page);
        return true;
    }
    case View::Kind::Celebration:
        window.showCelebration();
        return true;
    case View::Kind::Player:
        window.playCall(view.argument.toLongLong());
        return true;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    preferOffscreenWhenNoScreenIsNeeded(argc, argv);
    // Without TZ, glibc re-reads /etc/localtime on every local-time conversion
    // (one stat per imported row); naming the file once lets it cache.
    if (qEnvironmentVariableIsEmpty("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CustomerRoom"));
    QApplication::setApplicationName(QStringLiteral("customer-room"));
    QApplication::setApplicationDisplayName(QStringLiteral("Customer Room"));
    QApplication::setApplicationVersion(QStringLiteral(CR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/customer-room-256.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.customerroom.CustomerRoom"));
    cr::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "The customer journey as a wall of evidence. Without ROOM the demo room opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("ROOM"),
                                 QApplication::translate("main", "Room file (.croom) to open."),
                                 QStringLiteral("[ROOM]"));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QApplication::translate("main", "Full screen, high contrast, no controls."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the wall to FILE (PNG) and exit."), QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot (default 1920x1080)."),
        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate("main", "Open on one screen: wall, tour:STAGE (name or number), agenda:N "
                                        "(page), celebration or player:CALL_ID."),
        QStringLiteral("VIEW"));
    const QCommandLineOption periodOption(
        QStringLiteral("period"), QApplication::translate("main", "The period to show: YYYY-MM or YYYY-Qn."),
        QStringLiteral("PERIOD"));
    parser.addOptions({presentation, screenshot, size, view, periodOption});
    parser.process(app);

    const bool screenshotMode = parser.isSet(screenshot);
    QSize windowSize(1920, 1080);
    if (parser.isSet(size)) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        if (!m.hasMatch() || m.captured(1).toInt() < 320 || m.captured(2).toInt() < 240) {
            printError(QApplication::translate("main", "--size wants WIDTHxHEIGHT, e.g. 1920x1080."));
            return 1;
        }
        windowSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }

    std::optional<View> chosenView;
    if (parser.isSet(view)) {
        chosenView = parseView(parser.value(view));
        if (!chosenView) {
            printError(QApplication::translate(
                "main", "--view wants wall, tour:STAGE, agenda:N, celebration or player:CALL_ID."));
            return 1;
        }
    }
    std::optional<cr::Period> chosenPeriod;
    if (parser.isSet(periodOption)) {
        chosenPeriod = parsePeriod(parser.value(periodOption));
        if (!chosenPeriod) {
            printError(QApplication::translate("main", "--period wants YYYY-MM or YYYY-Qn, e.g. 2026-10 or 2026-Q3."));
            return 1;
        }
    }

    cr::ui::WallWindow window;
    // The screen is shown once the room's wall is loaded.
    bool viewApplied = !chosenView;
    QString viewError;
    auto settle = [&] {
        if (!viewApplied) {
            viewApplied = true;
            applyView(window, *chosenView, !screenshotMode, &viewError);
        }
    };
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        window.openDefaultDemoRoom();
    else
        window.openRoom(args.first());
    if (chosenPeriod)
        window.setPeriod(*chosenPeriod); // before the room is read: it opens on this period

    if (screenshotMode) {
        const QString file = parser.value(screenshot);
        window.resize(windowSize);
        if (parser.isSet(presentation))
            window.setPresentation(true, false);
        window.show();
        int exitCode = 0;
        bool grabbing = false;
        auto grabWidget = [&](QWidget* target) {
            if (grabbing)
                return;
            grabbing = true;
            // Let the layout settle at the final size before painting.
            QTimer::singleShot(80, &app, [&, target] {
                if (!target->grab().save(file, "PNG")) {
                    printError(QApplication::translate("main", "Cannot write %1.").arg(file));
                    exitCode = 1;
                }
                app.quit();
            });
        };
        auto grab = [&] {
            settle();
            if (!viewError.isEmpty()) {
                printError(viewError);
                exitCode = 1;
                app.quit();
                return;
            }
            if (chosenView && chosenView->kind == View::Kind::Player) {
                auto* player = window.player();
                if (!player) {
                    exitCode = 1;
                    app.quit();
                    return;
                }
                player->resize(windowSize);
                QObject::connect(player, &cr::ui::CallPlayerDialog::callLoaded, &app,
                                 [&, player](cr::RowId) { grabWidget(player); });
                return;
            }
            grabWidget(&window);
        };
        QObject::connect(&window, &cr::ui::WallWindow::wallReady, &app, grab);
        QObject::connect(&window, &cr::ui::WallWindow::roomFailed, &app, [&](const QString& message) {
            printError(message);
            exitCode = 2;
            app.quit();
        });
        const int rc = app.exec();
        QThreadPool::globalInstance()->waitForDone(); // reads still running end before the SQL driver goes
        return exitCode != 0 ? exitCode : rc;
    }

    QObject::connect(&window, &cr::ui::WallWindow::wallReady, &app, [&] {
        if (viewApplied)
            return;
        settle();
        if (!viewError.isEmpty())
            printError(viewError);
    });
    // A sensible first size on any desktop (a window manager may still
    // maximise it): most of the screen, centred; never the layout's minimum.
    if (QScreen* screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        window.resize(available.size() * 0.9);
        window.move(available.center() - window.rect().center());
    }
    if (parser.isSet(presentation))
        window.setPresentation(true);
    else
        window.showMaximized();
    const int rc = app.exec();
    // A load still running on a worker finishes before the program's statics
    // (the SQL driver among them) are torn down.
    QThreadPool::globalInstance()->waitForDone();
    return rc;
}
