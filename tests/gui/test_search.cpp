// The evidence search (issue 12, point 6) as a person uses it: Ctrl+F on the
// wall opens it, typing searches on a worker, hits come grouped by stage with
// the words highlighted, and a call's hit plays the call where they are spoken.
#include "OpenWall.h"

#include "search/SearchDialog.h"
#include "wall/WallWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cr;

class SearchTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_room = m_dir.filePath(QStringLiteral("demo.croom"));
        auto store = test::makeDemoRoomFile(m_room, QDate(2026, 10, 1));
        QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().toString()));
    }

    void ctrlFOpensTheSearchAndTypingFindsHitsByStage()
    {
        auto window = test::openWallWindow(m_room, Period::month(QDate(2026, 10, 1)), QSize(1600, 1000));
        QVERIFY(window->hasWall());
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* dialog = window->template findChild<ui::SearchDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->searchBox(), QStringLiteral("engineer never"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summary()->text().contains(QStringLiteral("matches")), 10000);
        const QString html = dialog->results()->toHtml();
        const QString text = dialog->results()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Get connected")));
        QVERIFY2(text.contains(QStringLiteral("engineer never came")), qPrintable(text.left(400)));
        QVERIFY(html.contains(QStringLiteral("font-weight:600")));     // the words are marked
        QVERIFY(!text.contains(QStringLiteral("Nothing in this room"))); // and something was found

        // A word nobody wrote says so; clearing the box clears the results.
        dialog->searchBox()->setText(QStringLiteral("zzqxj"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summary()->text().contains(QStringLiteral("Nothing")), 10000);
        dialog->searchBox()->clear();
        QTRY_VERIFY(dialog->results()->toPlainText().isEmpty());
    }

    void aCallHitPlaysFromWhereTheWordsAreSpoken()
    {
        ui::SearchDialog dialog(m_room);
        dialog.show();
        QSignalSpy play(&dialog, &ui::SearchDialog::playCallAt);
        dialog.search(QStringLiteral("router"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSearching(), 10000);
        const QString html = dialog.results()->toHtml();
        const int at = html.indexOf(QStringLiteral("cr://call?id="));
        QVERIFY2(at >= 0, "the demo's calls mention routers");
        const QString href = html.mid(at, html.indexOf(QLatin1Char('"'), at) - at).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        emit dialog.results()->anchorClicked(QUrl(href));
        QCOMPARE(play.count(), 1);
        QVERIFY(play.first().at(0).toLongLong() > 0);
        QVERIFY(play.first().at(1).toDouble() >= 0);
    }

    void lateAnswersToOlderQueriesAreDropped()
    {
        ui::SearchDialog dialog(m_room);
        dialog.search(QStringLiteral("bill"));
        dialog.search(QStringLiteral("zzqxj"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSearching(), 10000);
        QTest::qWait(200); // any answer still on its way for "bill"
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("zzqxj")));
    }

private:
    QTemporaryDir m_dir;
    QString m_room;
};

QTEST_MAIN(SearchTest)
#include "test_search.moc"
