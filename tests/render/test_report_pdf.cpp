// The PDF report (issue 12, point 7), read back with pdftotext and pdfinfo:
// the demo room's month (cover, a page per stage, fixes, follow-ups,
// appendix), long lists running on to continuation pages, personal data
// masked, the paper sizes, and a cancelled report leaving no file.
#include "PdfText.h"
#include "TestRoom.h"

#include "demo/DemoRoom.h"
#include "render/ReportPdf.h"
#include "store/FixStore.h"
#include "store/FollowUpStore.h"
#include "text/PersonalData.h"

#include <QFile>
#include <QFileInfo>

using namespace cr;
using namespace cr::test;

namespace {

const QDate kToday(2026, 12, 7);
const Period kNovember = Period::month(QDate(2026, 11, 1));

// One demo room per run: building it takes a second or two.
const QString& demoRoomPath()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.croom"));
        auto store = require(RoomStore::open(path, RoomStore::OpenMode::CreateNew));
        DemoOptions options;
        options.lastMonth = QDate(2026, 11, 15);
        const Status made = createDemoRoom(*store, options);
        INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
        REQUIRE(made.ok());
    }
    return path;
}

render::ReportPdfSummary writePdf(RoomStore& store, const QString& out, const Period& period = kNovember,
                                  render::Paper paper = render::Paper::A4)
{
    render::ReportPdfOptions options;
    options.outputPath = out;
    options.period = period;
    options.paper = paper;
    options.today = kToday;
    return require(render::writeReportPdf(store, options));
}

// The sections in the order the pages follow them; each run of equal titles is one section.
QStringList sectionsInOrder(const QStringList& pageTitles)
{
    QStringList order;
    for (const QString& t : pageTitles)
        if (order.isEmpty() || order.last() != t)
            order << t;
    return order;
}

// A room with one stage, two departments and a month of evidence.
struct HandRoom
{
    TempRoom room;
    RowId care = 0;
    RowId stage = 0;

    HandRoom()
    {
        care = require(room.store->addDepartment({0, QStringLiteral("Customer Care"), {}, {}}));
        Stage s;
        s.name = QStringLiteral("Get help");
        s.position = 1;
        s.ownerDepartmentId = care;
        stage = require(room.store->addStage(s));
        for (int i = 0; i < 40; ++i) {
            SurveyResponse r;
            r.stageId = stage;
            r.score = i % 11;
            r.respondedAt = QDateTime(QDate(2026, 11, 1 + i % 28), QTime(9, 0));
            require(room.store->addSurveyResponse(r));
        }
    }

    RowId complaint(const QString& category, const QString& text, const QDateTime& when)
    {
        Complaint c;
        c.stageId = stage;
        c.category = category;
        c.channel = QStringLiteral("email");
        c.text = text;
        c.receivedAt = when;
        return require(room.store->addComplaint(c));
    }

    RowId fix(const QString& title, const QString& description = {}, std::optional<QDate> due = {})
    {
        Fix f;
        f.title = title;
        f.description = description;
        f.stageId = stage;
        f.ownerDepartmentId = care;
        f.status = FixStatus::InProgress;
        f.due = due;
        f.createdOn = QDate(2026, 10, 1);
        return require(FixStore(*room.store).create(f));
    }

    void followUp(const QString& key, const QString& title, const QString& detail)
    {
        FollowUp f;
        f.rule = FollowUpRule::Detractor;
        f.ruleKey = key;
        f.departmentId = care;
        f.stageId = stage;
        f.title = title;
        f.detail = detail;
        f.raisedAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0));
        REQUIRE(require(FollowUpStore(*room.store).raise(f)));
    }
};

} // namespace

TEST_CASE("The demo room's month: a cover, a page per stage, the fixes, the follow-ups and the formulas",
          "[pdf]")
{
    auto store = require(RoomStore::open(demoRoomPath(), RoomStore::OpenMode::ReadOnly));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("november.pdf"));
    const render::ReportPdfSummary summary = writePdf(*store, pdf);

    const QVector<Stage> stages = require(store->stages());
    REQUIRE(stages.size() == 7);
    QStringList expected{store->roomName()};
    for (const Stage& s : stages)
        expected << s.name;
    expected << QStringLiteral("Fixes") << QStringLiteral("Follow-ups")
             << QStringLiteral("How the numbers are made");
    // Cover + 7 stages + fixes + follow-ups + appendix, each section on as
    // many pages as it runs to, never interleaved.
    CHECK(sectionsInOrder(summary.pageTitles) == expected);
    CHECK(summary.pageCount() >= expected.size());
    CHECK(summary.pageTitles.count(store->roomName()) == 1);
    CHECK(summary.pageTitles.count(QStringLiteral("How the numbers are made")) == 1);

    // What a reader's tools see agrees with the layout, page by page.
    CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QString::number(summary.pageCount()));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == summary.pageCount());
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1 << ": " << pages[i].left(300).toStdString());
        CHECK(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        CHECK(pages[i].contains(summary.pageTitles[i]));
    }
    CHECK(pages[0].contains(QStringLiteral("CUSTOMER ROOM REPORT")));
    CHECK(pages[0].contains(QStringLiteral("Kestrel Fibre")));
    CHECK(pages[0].contains(QStringLiteral("November 2026")));
    CHECK(pages[0].contains(QStringLiteral("Compared with October 2026.")));
    // Each stage's first page: its place in the journey, its scores with n and margin.
    for (int s = 0; s < stages.size(); ++s) {
        const int page = int(summary.pageTitles.indexOf(stages[s].name));
        INFO(stages[s].name.toStdString());
        REQUIRE(page > 0);
        CHECK(pages[page].contains(QStringLiteral("Stage %1 of 7 · November 2026").arg(s + 1)));
        CHECK(pages[page].contains(QStringLiteral("95 % margin of error")));
        CHECK(pages[page].contains(QStringLiteral("KPIS OF THE KEY MOMENTS")));
        CHECK(pages[page].contains(QStringLiteral("OPEN FIXES")));
    }

    const QString text = pages.join(QLatin1Char(' '));
    // Every fix is on the fixes pages (titles wrap, so whitespace is folded).
    const int fixesPage = int(summary.pageTitles.indexOf(QStringLiteral("Fixes")));
    const QString fixesText =
        pages.mid(fixesPage, summary.pageTitles.count(QStringLiteral("Fixes"))).join(QLatin1Char(' '));
    const QVector<Fix> fixes = require(FixStore(*store).fixes());
    REQUIRE_FALSE(fixes.isEmpty());
    for (const Fix& f : fixes) {
        INFO(f.title.toStdString());
        CHECK(fixesText.contains(maskPersonalData(f.title).simplified()));
    }
    CHECK(fixesText.contains(QStringLiteral("Two-hour appointment windows with live engineer tracking")));
    // Open follow-ups, longest waiting first.
    FollowUpFilter open;
    open.openOnly = true;
    const QVector<FollowUp> followUps = require(FollowUpStore(*store).followUps(open));
    REQUIRE_FALSE(followUps.isEmpty());
    CHECK(text.contains(QStringLiteral("OPEN FOLLOW-UPS · %1").arg(followUps.size())));
    // The appendix states the formulas as DESIGN.md does.
    const QString appendix = pages.last();
    CHECK(appendix.contains(QStringLiteral("NPS = %promoters(9-10) − %detractors(0-6) over n answers, range "
                                           "−100..100.")));
    CHECK(appendix.contains(QStringLiteral("1.96·100·√((p+ + p− − (p+ − p−)²)/n)")));
    CHECK(appendix.contains(QStringLiteral("CSAT = % of answers 4-5 on a 1-5 scale (top-2-box).")));
    CHECK(appendix.contains(QStringLiteral("CES = mean on 1-7")));
    // A demo customer wrote an e-mail address into a complaint the Get help page quotes: masked.
    CHECK(text.contains(QStringLiteral("Contact me at [e-mail]")));
    CHECK_FALSE(text.contains(QLatin1Char('@')));
}

TEST_CASE("Personal data in customers' words is masked in the PDF", "[pdf]")
{
    HandRoom r;
    r.complaint(
        QStringLiteral("Billing"),
        QStringLiteral("I was charged twice. Call me on 07700 900123 or write to jane.doe@example.com "
                       "before Friday please."),
        QDateTime(QDate(2026, 11, 12), QTime(10, 0)));
    r.fix(QStringLiteral("Refund double charges within a day"),
          QStringLiteral("Agreed with Mr Patel (patel.raj@example.org, +44 20 7946 0958) in the review."));
    r.followUp(QStringLiteral("detractor:1"),
               QStringLiteral("Detractor (2 of 10) on Get help: “ring 07700 900987”"),
               QStringLiteral("R123 answered: mail me at someone@example.net"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("masked.pdf"));
    writePdf(*r.room.store, pdf);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());

    // The quote, the fix and the follow-up are there, with their words masked.
    CHECK(text.contains(QStringLiteral("I was charged twice. Call me on [phone] or write to [e-mail]")));
    CHECK(text.contains(QStringLiteral("Refund double charges within a day")));
    CHECK(text.contains(QStringLiteral("Agreed with Mr Patel ([e-mail], [phone]) in the review.")));
    CHECK(text.contains(QStringLiteral("ring [phone]")));
    CHECK(text.contains(QStringLiteral("mail me at [e-mail]")));
    for (const char* personal : {"07700 900123", "900123", "jane.doe", "example.com", "patel.raj", "7946",
                                 "900987", "someone@", "@"})
        CHECK_FALSE(text.contains(QString::fromUtf8(personal)));
}

TEST_CASE("Long lists run on to continuation pages instead of being cut", "[pdf]")
{
    HandRoom r;
    QStringList fixTitles, followUpTitles;
    for (int i = 1; i <= 40; ++i) {
        fixTitles << QStringLiteral("Open fix number %1 of the long list").arg(i, 2, 10, QLatin1Char('0'));
        r.fix(fixTitles.last(), QStringLiteral("What fix %1 changes for the customer.").arg(i),
              QDate(2027, 1, i % 28 + 1));
    }
    for (int i = 1; i <= 60; ++i) {
        followUpTitles
            << QStringLiteral("Follow-up number %1 waiting for a call back").arg(i, 2, 10, QLatin1Char('0'));
        r.followUp(QStringLiteral("detractor:%1").arg(i), followUpTitles.last(),
                   QStringLiteral("Detail %1.").arg(i));
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    const render::ReportPdfSummary summary = writePdf(*r.room.store, pdf);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == summary.pageCount());

    // The stage's 40 open fixes take more than one page; so do the 60 follow-ups.
    const int stagePages = int(summary.pageTitles.count(QStringLiteral("Get help")));
    const int followUpPages = int(summary.pageTitles.count(QStringLiteral("Follow-ups")));
    CHECK(stagePages >= 2);
    CHECK(followUpPages >= 2);
    CHECK(summary.pageCount() ==
          1 + stagePages + int(summary.pageTitles.count(QStringLiteral("Fixes"))) + followUpPages + 1);
    const int firstStagePage = int(summary.pageTitles.indexOf(QStringLiteral("Get help")));
    const QString stageText = pages.mid(firstStagePage, stagePages).join(QLatin1Char(' '));
    CHECK(pages[firstStagePage + 1].contains(QStringLiteral("OPEN FIXES (CONTINUED)")));
    const int firstFollowUpPage = int(summary.pageTitles.indexOf(QStringLiteral("Follow-ups")));
    CHECK(pages[firstFollowUpPage + 1].contains(QStringLiteral("OPEN FOLLOW-UPS · 60 (CONTINUED)")));
    const QString followUpText = pages.mid(firstFollowUpPage, followUpPages).join(QLatin1Char(' '));
    // Nothing is lost at a page break: every title is printed whole, once per list.
    for (const QString& t : fixTitles) {
        INFO(t.toStdString());
        CHECK(stageText.count(t) == 1);
    }
    for (const QString& t : followUpTitles) {
        INFO(t.toStdString());
        CHECK(followUpText.count(t) == 1);
    }
}

TEST_CASE("The report prints on A4 and on US Letter", "[pdf]")
{
    auto store = require(RoomStore::open(demoRoomPath(), RoomStore::OpenMode::ReadOnly));
    QTemporaryDir dir;
    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    writePdf(*store, a4, kNovember, render::Paper::A4);
    writePdf(*store, letter, kNovember, render::Paper::Letter);
    CHECK(pdfInfo(a4, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
    CHECK(pdfInfo(letter, QStringLiteral("Page size")) == QStringLiteral("612 x 792 pts (letter)"));
    CHECK(pdfInfo(letter, QStringLiteral("Page rot")) == QStringLiteral("0"));
}

TEST_CASE("A cancelled report writes no file and leaves an earlier one whole", "[pdf]")
{
    auto store = require(RoomStore::open(demoRoomPath(), RoomStore::OpenMode::ReadOnly));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile earlier(pdf);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier report");
    }
    JobControl job;
    job.cancel();
    render::ReportPdfOptions options;
    options.outputPath = pdf;
    options.period = kNovember;
    options.today = kToday;
    const auto written = render::writeReportPdf(*store, options, {&job, 0, 1});
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("cancelled")));
    QFile kept(pdf);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("an earlier report"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.pdf")});
}

TEST_CASE("A report that cannot be written says where and why", "[pdf]")
{
    auto store = require(RoomStore::open(demoRoomPath(), RoomStore::OpenMode::ReadOnly));
    render::ReportPdfOptions options;
    options.outputPath = QStringLiteral("/nonexistent-folder/report.pdf");
    options.period = kNovember;
    const auto written = render::writeReportPdf(*store, options);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().file == options.outputPath);
    CHECK_FALSE(QFileInfo::exists(options.outputPath));
}
