#pragma once
// The room's PDF report: a cover with room and period, one page per stage
// (more when its lists run on), every fix, the open follow-ups, and the
// metric formulas. Written with QPdfWriter, so its text is real text a
// reader can search and copy (and `pdftotext` reads); personal data in
// customers' words is always masked: a PDF travels further than a screen.
//
// Needs a QGuiApplication (fonts); the CLI runs one offscreen.

#include "Result.h"
#include "jobs/Job.h"
#include "render/PageFlow.h"
#include "report/Period.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace cr {
class RoomStore;
}

namespace cr::render {

struct ReportPdfOptions
{
    QString outputPath;
    Period period = Period::everything();
    Paper paper = Paper::A4;
    QDate today = QDate::currentDate(); // decides partial periods and overdue fixes
};

struct ReportPdfSummary
{
    QString path;
    QStringList pageTitles; // one per page: the room, each stage (again for its continuations), ...
    int pageCount() const { return int(pageTitles.size()); }
};

// Written to a temporary file and renamed: a cancelled or failed report
// leaves no file, and an earlier report of the same name stays whole.
Result<ReportPdfSummary> writeReportPdf(RoomStore& store, const ReportPdfOptions& options,
                                        JobControl::Span progress = {nullptr, 0, 1});
// Opens the room read-only on the calling thread (a worker opens its own).
Result<ReportPdfSummary> writeReportPdf(const QString& roomPath, const ReportPdfOptions& options,
                                        JobControl::Span progress = {nullptr, 0, 1});

} // namespace cr::render
