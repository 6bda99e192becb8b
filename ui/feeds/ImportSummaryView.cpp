#include "feeds/ImportSummaryView.h"

#include "feeds/ImportPreviewPane.h"
#include "import/Archive.h"

#include <QFileInfo>
#include <QLocale>

namespace cr::ui {

namespace {
constexpr int kRejectsShown = 200;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString num(int n)
{
    return QLocale().toString(n);
}
} // namespace

ImportSummaryView::ImportSummaryView(QWidget* parent) : QTextBrowser(parent), m_theme(Theme::standard())
{
    setObjectName(QStringLiteral("importSummary"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
}

void ImportSummaryView::setBatch(const ImportBatch& batch)
{
    setHtml(summaryHtml(batch, m_theme));
}

QString summaryHtml(const ImportBatch& batch, const Theme& theme)
{
    const QString red = theme.red.darker(140).name();
    const QString muted = theme.mutedText.name();
    QString html;
    if (!batch.openError.isEmpty())
        return QStringLiteral("<p style='color:%1'>%2</p>").arg(red, esc(batch.openError));

    QString headline = ImportSummaryView::tr("New records: %1").arg(num(batch.imported()));
    if (batch.updated())
        headline += ImportSummaryView::tr(" · changed: %1").arg(num(batch.updated()));
    if (batch.rejected())
        headline += ImportSummaryView::tr(" · rejected rows: %1").arg(num(batch.rejected()));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(headline));
    if (batch.cancelled)
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg(red,
                         esc(ImportSummaryView::tr("Cancelled. The file in progress was rolled back: nothing "
                                                   "of it is in the room. Files listed before it are "
                                                   "imported.")));
    if (batch.unassigned())
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(ImportSummaryView::tr("Records that matched no stage wait in the Unassigned tray: "
                                               "%1. Sort them there, or add mapping rules.")
                             .arg(num(batch.unassigned()))));

    for (const ImportSummary& s : batch.files) {
        const QString name = importedFileName(s.file);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(name));
        if (!s.formatReason.isEmpty())
            html += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(muted, esc(ImportSummaryView::tr("Read as %1.").arg(forPeople(s.formatReason))));
        if (s.refused) {
            html += QStringLiteral("<p style='color:%1'><b>%2</b> %3</p>")
                        .arg(red,
                             esc(s.cancelled ? ImportSummaryView::tr("Cancelled, nothing imported:")
                                             : ImportSummaryView::tr("Refused, nothing imported:")),
                             esc(forPeople(s.refusal)));
        } else {
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(esc(ImportSummaryView::tr("%1 imported · %2 updated · %3 unchanged · %4 rejected · "
                                                   "%5 skipped")
                                 .arg(num(s.imported), num(s.updated), num(s.unchanged), num(s.rejected),
                                      num(s.skipped))));
        }
        if (!s.rejects.isEmpty()) {
            QStringList lines;
            for (int i = 0; i < s.rejects.size() && i < kRejectsShown; ++i)
                lines << esc(s.rejects[i]);
            const int more = s.rejected - int(lines.size());
            if (more > 0)
                lines << esc(ImportSummaryView::tr("… and %1 more rejected rows.").arg(num(more)));
            html += QStringLiteral(
                        "<p>%1</p><p style='color:%2; white-space:pre-wrap; font-family:monospace'>%3</p>")
                        .arg(esc(ImportSummaryView::tr("Rejected rows (FILE:LINE: reason):")), red,
                             lines.join(QLatin1Char('\n')));
        }
        if (!s.createdKpis.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(
                            ImportSummaryView::tr("New KPIs without a target (their status stays empty until "
                                                  "a target is set): %1")
                                .arg(s.createdKpis.join(QStringLiteral(", ")))));
        if (!s.refused && s.unassigned > 0)
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        ImportSummaryView::tr("Waiting in the Unassigned tray: %1.").arg(num(s.unassigned))));
        for (const QString& note : s.notes)
            html += QStringLiteral("<p style='color:%1'>%2</p>").arg(muted, esc(forPeople(note)));
    }
    return html;
}

} // namespace cr::ui
