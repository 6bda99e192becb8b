#include "drill/StageInfoDialog.h"

#include "wall/StageHeaderCell.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cr::ui {

StageInfoDialog* StageInfoDialog::showFor(const WallSnapshot& wall, const StageWall& stage,
                                          const Theme& theme, QWidget* parent)
{
    const StageReport& r = stage.report;
    auto* d = new StageInfoDialog(theme, r.stage.name, parent);
    d->setObjectName(QStringLiteral("stageInfoDialog"));
    QString html = QStringLiteral("<h2>%1</h2><p>%2 %3</p>")
                       .arg(r.stage.name.toHtmlEscaped(), maturityGlyph(r.stage.maturity),
                            maturityWord(r.stage.maturity));
    if (!r.stage.targetExperience.isEmpty())
        html += QStringLiteral("<p><i>“%1”</i></p>").arg(r.stage.targetExperience.toHtmlEscaped());
    if (!r.stage.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(r.stage.description.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("Owner: %1").arg(r.ownerDepartment.toHtmlEscaped()),
                     tr("Also shaped by: %1")
                         .arg(r.contributingDepartments.join(QStringLiteral(", ")).toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("In %1: %2 complaints, %3 calls, %4 open fixes, %5 verified.")
                         .arg(wall.period.label())
                         .arg(r.complaints.total)
                         .arg(r.calls.count)
                         .arg(r.fixes.open)
                         .arg(r.fixes.verified));
    auto* label = new QLabel(html);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(d);
    layout->addWidget(label);
    layout->addStretch(1);
    d->showSized(0.4, 0.45);
    return d;
}

} // namespace cr::ui
