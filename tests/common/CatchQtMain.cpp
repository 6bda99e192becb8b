// Catch2 runner with a QCoreApplication, which QtSql and QStandardPaths need.
// Shared by every Catch2 test executable; CR_TEST_APP_NAME keeps their
// app-data folders apart.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#ifdef CR_TEST_GUI_APP
#include <QGuiApplication>
#endif
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
#ifdef CR_TEST_GUI_APP
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("CustomerRoomTests"));
    QCoreApplication::setApplicationName(QStringLiteral(CR_TEST_APP_NAME));
    QStandardPaths::setTestModeEnabled(true); // never touch the user's real app-data folder
    return Catch::Session().run(argc, argv);
}
