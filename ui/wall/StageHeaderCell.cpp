#include "wall/StageHeaderCell.h"

#include "common/Chip.h"
#include "common/ClickableFrame.h"
#include "common/TextLabel.h"

namespace cr::ui {

QString maturityWord(Maturity maturity)
{
    switch (maturity) {
    case Maturity::Broken:
        return StageHeaderCell::tr("Broken");
    case Maturity::Reliable:
        return StageHeaderCell::tr("Reliable");
    case Maturity::Differentiating:
        return StageHeaderCell::tr("Differentiating");
    }
    return {};
}

QString maturityGlyph(Maturity maturity)
{
    return render::maturityGlyph(maturity);
}

QColor maturityColor(const Theme& theme, Maturity maturity)
{
    return render::maturityColor(theme, maturity);
}

StageHeaderCell::StageHeaderCell(const Theme& theme, const StageWall& stage, QWidget* parent)
    : LaneCell(theme, Lane::Header, stage.report.stage.name, parent)
{
    const StageReport& r = stage.report;
    auto* frame = new ClickableFrame(theme);
    frame->setObjectName(QStringLiteral("stageHeader:%1").arg(r.stage.name));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(theme.px(4), theme.px(2), theme.px(4), theme.px(4));
    layout->setSpacing(theme.px(5));
    auto* name = addText(layout, r.stage.name, theme.stageNamePx(), theme.text, 1, QFont::Bold);
    name->setObjectName(QStringLiteral("stageName"));
    layout->addWidget(new Chip(theme, maturityColor(theme, r.stage.maturity), maturityGlyph(r.stage.maturity),
                               maturityWord(r.stage.maturity), theme.smallPx()));
    const QString target = r.stage.targetExperience.isEmpty()
                               ? tr("No target experience yet: write one sentence in the customer's voice.")
                               : QStringLiteral("“%1”").arg(r.stage.targetExperience);
    addText(layout, target, theme.bodyPx(), r.stage.targetExperience.isEmpty() ? theme.mutedText : theme.text,
            3, QFont::Normal, true)
        ->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const QString owner =
        r.ownerDepartment.isEmpty() ? tr("No owner department") : tr("Owner: %1").arg(r.ownerDepartment);
    addText(layout, owner, theme.smallPx(), theme.mutedText);

    QString tip =
        QStringLiteral("<b>%1</b> — %2").arg(r.stage.name.toHtmlEscaped(), maturityWord(r.stage.maturity));
    if (!r.stage.description.isEmpty())
        tip += QStringLiteral("<br>%1").arg(r.stage.description.toHtmlEscaped());
    if (!r.stage.targetExperience.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(target.toHtmlEscaped());
    tip += QStringLiteral("<br>%1").arg(owner.toHtmlEscaped());
    if (!r.contributingDepartments.isEmpty())
        tip += QStringLiteral("<br>%1").arg(tr("Also shaped by: %1")
                                                .arg(r.contributingDepartments.join(QStringLiteral(", ")))
                                                .toHtmlEscaped());
    frame->setToolTip(tip);
    connect(frame, &ClickableFrame::clicked, this, &StageHeaderCell::clicked);
    body()->addWidget(frame);
}

} // namespace cr::ui
