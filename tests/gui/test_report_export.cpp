// Room > Export PDF report… (issue 12, point 7): the report of the period the
// wall shows, written on the job runner, with the outcome in the job bar.
#include "OpenWall.h"

#include "jobs/JobBar.h"
#include "room/ReportExport.h"
#include "room/RoomMenu.h"
#include "wall/WallWindow.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cr;

class ReportExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_room = m_dir.filePath(QStringLiteral("demo.croom"));
        auto store = test::makeDemoRoomFile(m_room, QDate(2026, 11, 15));
        QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().toString()));
    }

    void theRoomMenuWritesTheReportOfTheWallsPeriod()
    {
        // October, not the month the wall would open on: the report follows the wall.
        auto window = test::openWallWindow(m_room, Period::month(QDate(2026, 10, 1)), QSize(1600, 1000));
        QVERIFY(window->hasWall());
        auto* action = window->roomMenu()->menu()->findChild<QAction*>(QStringLiteral("exportPdfAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        const QString pdf = m_dir.filePath(QStringLiteral("october.pdf"));
        ui::exportPdfReportTo(window.get(), pdf);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->jobBar()->noteText().contains(QStringLiteral("Wrote the PDF report")), 60000);
        QVERIFY2(window->jobBar()->noteText().contains(QStringLiteral("pages")),
                 qPrintable(window->jobBar()->noteText()));
        QVERIFY(QFileInfo(pdf).size() > 0);

        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) must be installed");
        const QString cover = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(cover.contains(QStringLiteral("October 2026")), qPrintable(cover.left(300)));
        QVERIFY(cover.contains(QStringLiteral("Compared with September 2026.")));
    }

    void aReportThatCannotBeWrittenSaysWhy()
    {
        auto window = test::openWallWindow(m_room, Period::month(QDate(2026, 10, 1)), QSize(1600, 1000));
        ui::exportPdfReportTo(window.get(), m_dir.filePath(QStringLiteral("no/such/folder/report.pdf")));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->jobBar()->noteText().contains(QStringLiteral("Cannot write the PDF report")), 60000);
    }

private:
    QTemporaryDir m_dir;
    QString m_room;
};

QTEST_MAIN(ReportExportTest)
#include "test_report_export.moc"
