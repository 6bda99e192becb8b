#include "room/ReportExport.h"

#include "jobs/JobRunner.h"
#include "render/ReportPdf.h"
#include "wall/WallWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace cr::ui {

namespace {
const char* const kReportDirKey = "reports/lastDir";

// Letter where the locale measures in inches (US, Canada...), A4 elsewhere.
render::Paper localPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? render::Paper::Letter
                                                                      : render::Paper::A4;
}
} // namespace

void exportPdfReport(WallWindow* window)
{
    if (window->roomPath().isEmpty())
        return;
    QSettings settings;
    QString dir = settings.value(QLatin1String(kReportDirKey)).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1 %2.pdf")
                             .arg(QFileInfo(window->roomPath()).completeBaseName(), window->period().label())
                             .replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = QFileDialog::getSaveFileName(
        window, QCoreApplication::translate("ReportExport", "Export PDF report"), QDir(dir).filePath(name),
        QCoreApplication::translate("ReportExport", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    settings.setValue(QLatin1String(kReportDirKey), QFileInfo(path).absolutePath());
    exportPdfReportTo(window, path);
}

void exportPdfReportTo(WallWindow* window, const QString& path)
{
    const QString room = window->roomPath();
    if (room.isEmpty())
        return;
    render::ReportPdfOptions options;
    options.outputPath = path;
    options.period = window->period();
    options.paper = localPaper();
    const QString file = QFileInfo(path).fileName();
    window->jobs()->runWithResult(
        QCoreApplication::translate("ReportExport", "Writing the PDF report %1").arg(file),
        [room, options](JobControl& job) {
            return render::writeReportPdf(room, options, {&job, 0, 1});
        },
        window,
        [window](const Result<render::ReportPdfSummary>& written, bool cancelled) {
            if (cancelled)
                window->jobs()->note(QCoreApplication::translate(
                    "ReportExport", "PDF report cancelled: nothing was written."));
            else if (!written)
                window->jobs()->note(written.error().toString());
            else
                window->jobs()->note(
                    QCoreApplication::translate("ReportExport", "Wrote the PDF report %1 (%2 pages).")
                        .arg(written->path)
                        .arg(written->pageCount()));
        });
}

} // namespace cr::ui
