// Catch2 runner with a QCoreApplication, which QtSql and QStandardPaths need.
// Shared by every Catch2 test executable; CR_TEST_APP_NAME keeps their
// app-data folders apart.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CustomerRoomTests"));
    QCoreApplication::setApplicationName(QStringLiteral(CR_TEST_APP_NAME));
    QStandardPaths::setTestModeEnabled(true); // never touch the user's real app-data folder
    return Catch::Session().run(argc, argv);
}
