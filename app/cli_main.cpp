#include "cli/Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CustomerRoom"));
    QCoreApplication::setApplicationName(QStringLiteral("customer-room"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CR_VERSION));
    cr::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cr::cli::run(QCoreApplication::arguments(), out, err);
}
