// The German catalogue reaches the real CLI: `--help` follows LANG/LC_ALL.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <catch2/catch.hpp>

namespace {

QString helpIn(const QString& lang, const QString& language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    if (language.isEmpty())
        env.remove(QStringLiteral("LANGUAGE"));
    else
        env.insert(QStringLiteral("LANGUAGE"), language);

    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CR_CLI_BINARY), {QStringLiteral("--help")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("cli --help is German under a German locale", "[cli][i18n]")
{
    const QString out = helpIn(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de"));
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("die Customer Journey als Wand voller Belege.")));
    CHECK(out.contains(QStringLiteral("Exit-Codes: 0 OK, 1 falscher Aufruf")));
    CHECK_FALSE(out.contains(QStringLiteral("the customer journey as a wall of evidence.")));
}

TEST_CASE("cli --help stays English under the C locale", "[cli][i18n]")
{
    const QString out = helpIn(QStringLiteral("C"), QString());
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("the customer journey as a wall of evidence.")));
    CHECK(out.contains(QStringLiteral("Exit codes: 0 ok, 1 bad usage")));
    CHECK_FALSE(out.contains(QStringLiteral("Wand voller Belege")));
}
