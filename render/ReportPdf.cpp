#include "render/ReportPdf.h"

#include "render/ReportData.h"
#include "render/ReportPages.h"
#include "render/ReportStagePage.h"
#include "store/RoomStore.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cr::render {

namespace {

// Fine enough that integer font and chip sizes are exact to 0.06 pt.
constexpr int kDpi = 1200;

Error cancelled()
{
    return Error(QCoreApplication::translate("Report", "The PDF report was cancelled; no file was written."));
}

PageFlow layOut(const ReportStyle& style, const ReportData& data)
{
    PageFlow flow(style.geometry());
    addCoverPage(flow, style, data);
    for (int i = 0; i < data.wall.stages.size(); ++i)
        addStagePages(flow, style, data, i);
    addFixesPages(flow, style, data);
    addFollowUpPages(flow, style, data);
    addAppendix(flow, style);
    return flow;
}

} // namespace

Result<ReportPdfSummary> writeReportPdf(RoomStore& store, const ReportPdfOptions& options,
                                        JobControl::Span progress)
{
    // QPdfWriter draws text with the platform's fonts: without a GUI
    // application there are none, and Qt would abort.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error(QCoreApplication::translate("Report", "The PDF report needs fonts: run it from "
                                                           "customer-room or customer-room-cli."));
    auto data = gatherReportData(store, options.period, options.today, progress.part(0, 0.4));
    if (!data)
        return data.error();
    if (progress.isCancelled())
        return cancelled();

    progress.progress(0.4, QCoreApplication::translate("Report", "Laying out the pages"));
    const ReportStyle style(PageGeometry::forPaper(options.paper, kDpi));
    const PageFlow flow = layOut(style, *data);
    const DocumentInfo info = flow.info();

    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(
            QCoreApplication::translate("Report", "Cannot write the PDF report: %1.").arg(file.errorString()),
            options.outputPath);
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(options.paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const QString periodLabel = data->wall.comparison.label();
    writer.setTitle(QCoreApplication::translate("Report", "Customer Room report: %1, %2")
                        .arg(data->wall.roomName, periodLabel));
    writer.setCreator(QStringLiteral("Customer Room %1").arg(QStringLiteral(CR_VERSION)));

    QPainter painter;
    if (!painter.begin(&writer))
        return Error(QCoreApplication::translate("Report", "Cannot start the PDF report."),
                     options.outputPath);
    const QString footer = QCoreApplication::translate("Report", "Customer Room report · %1 · %2")
                               .arg(data->wall.roomName, periodLabel);
    ReportPdfSummary summary;
    summary.path = options.outputPath;
    const auto& pages = flow.pages();
    for (int i = 0; i < pages.size(); ++i) {
        if (progress.isCancelled()) {
            painter.end();
            return cancelled(); // QSaveFile drops the half-written file
        }
        progress.progress(
            0.45 + 0.55 * i / pages.size(),
            QCoreApplication::translate("Report", "Page %1 of %2").arg(i + 1).arg(pages.size()));
        if (i > 0)
            writer.newPage();
        for (const Draw& draw : pages[i].draws)
            draw(painter, info);
        drawFooter(painter, style, footer, i + 1, int(pages.size()));
        summary.pageTitles.append(pages[i].title);
    }
    painter.end();
    if (!file.commit())
        return Error(
            QCoreApplication::translate("Report", "Cannot write the PDF report: %1.").arg(file.errorString()),
            options.outputPath);
    progress.progress(1, QCoreApplication::translate("Report", "Done"));
    return summary;
}

Result<ReportPdfSummary> writeReportPdf(const QString& roomPath, const ReportPdfOptions& options,
                                        JobControl::Span progress)
{
    auto store = RoomStore::open(roomPath, RoomStore::OpenMode::ReadOnly);
    if (!store)
        return store.error();
    return writeReportPdf(**store, options, progress);
}

} // namespace cr::render
