#include "cli/Cli.h"
#include "i18n/Translations.h"

#include <QFile>
#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // A GUI application (offscreen unless a display is asked for): artifact thumbnails
    // draw text, which needs fonts. Nothing is shown.
    // Without TZ, glibc re-reads /etc/localtime on every local-time
    // conversion: one stat per imported row. Naming the file once caches it.
    if (qEnvironmentVariableIsEmpty("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CustomerRoom"));
    QCoreApplication::setApplicationName(QStringLiteral("customer-room"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CR_VERSION));
    cr::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cr::cli::run(QCoreApplication::arguments(), out, err);
}
