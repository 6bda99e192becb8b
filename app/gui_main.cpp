// customer-room: the wall. Thin: arguments, translator, window, screenshot.
//   customer-room [ROOM] [--presentation] [--screenshot FILE.png [--size WxH]]

#include "demo/DemoRoom.h"
#include "i18n/Translations.h"
#include "wall/WallWindow.h"

#include <QApplication>
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
    parser.addOptions({presentation, screenshot, size});
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

    cr::ui::WallWindow window;
    const QStringList args = parser.positionalArguments();
    bool opened = args.isEmpty() ? window.openDefaultDemoRoom() : window.openRoom(args.first());

    if (screenshotMode) {
        if (!opened) {
            printError(window.roomError().section(QLatin1Char('\n'), 0, 0));
            return 2;
        }
        const QString file = parser.value(screenshot);
        window.resize(windowSize);
        if (parser.isSet(presentation))
            window.setPresentation(true, false);
        window.show();
        int exitCode = 0;
        auto grab = [&] {
            // Let the layout settle at the final size before painting.
            QTimer::singleShot(50, &app, [&] {
                if (!window.grab().save(file, "PNG")) {
                    printError(QApplication::translate("main", "Cannot write %1.").arg(file));
                    exitCode = 1;
                }
                app.quit();
            });
        };
        QObject::connect(&window, &cr::ui::WallWindow::wallReady, &app, grab);
        QObject::connect(&window, &cr::ui::WallWindow::roomFailed, &app, [&](const QString& message) {
            printError(message);
            exitCode = 2;
            app.quit();
        });
        const int rc = app.exec();
        return exitCode != 0 ? exitCode : rc;
    }

    if (parser.isSet(presentation))
        window.setPresentation(true);
    else
        window.showMaximized();
    return app.exec();
}
