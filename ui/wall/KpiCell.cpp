#include "wall/KpiCell.h"

#include "common/Chip.h"
#include "common/Format.h"
#include "common/TextLabel.h"
#include "wall/Sparkline.h"

#include <QHBoxLayout>
#include <QLocale>

namespace cr::ui {

namespace {
QString kpiTooltip(const KpiReport& k, const WallContext& context)
{
    QString tip = QStringLiteral("<b>%1</b>").arg(k.kpi.name.toHtmlEscaped());
    if (!k.kpi.description.isEmpty())
        tip += QStringLiteral("<br>") + k.kpi.description.toHtmlEscaped();
    if (k.value) {
        tip += QStringLiteral("<br>") +
               KpiTile::tr("%1 in %2")
                   .arg(formatKpiValue(*k.value, k.kpi.unit),
                        k.months <= 1 && k.valuePeriod
                            ? QLocale().toString(*k.valuePeriod, QStringLiteral("MMMM yyyy"))
                            : context.periodLabel);
    } else {
        tip += QStringLiteral("<br>") + KpiTile::tr("No value in %1.").arg(context.periodLabel);
    }
    tip += QStringLiteral("<br>") + formatKpiTarget(k.kpi).toHtmlEscaped();
    tip += QStringLiteral("<br>") +
           KpiTile::tr("Green when the target is met, amber within %1 of it, red beyond.")
               .arg(formatKpiValue(k.kpi.amberBand, k.kpi.unit));
    tip += QStringLiteral("<br>") + kpiPeriodDefinition(k).toHtmlEscaped();
    return tip;
}
} // namespace

KpiTile::KpiTile(const Theme& theme, const KpiReport& k, const WallContext& context, QWidget* parent)
    : ClickableFrame(theme, parent)
{
    setObjectName(QStringLiteral("kpi:%1").arg(k.kpi.name));
    setToolTip(kpiTooltip(k, context));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme.px(4), theme.px(3), theme.px(4), theme.px(3));
    layout->setSpacing(theme.px(1));
    auto* name = new TextLabel(k.kpi.name, theme.font(theme.smallPx()), theme.text);
    layout->addWidget(name);

    auto* valueRow = new QHBoxLayout;
    valueRow->setSpacing(theme.px(6));
    const QString value = k.value ? formatKpiValue(*k.value, k.kpi.unit) : noDataDash();
    auto* valueLabel = new TextLabel(value, theme.font(theme.valuePx(), QFont::Bold),
                                     k.value ? theme.text : theme.mutedText);
    valueLabel->setObjectName(QStringLiteral("kpiValue"));
    valueRow->addWidget(valueLabel, 1);
    const QColor line = k.status ? theme.statusColor(*k.status) : theme.neutral;
    auto* spark = new Sparkline(k.trend, k.kpi.target, theme.accent, theme.mutedText);
    spark->setFixedSize(theme.px(84), valueLabel->height());
    valueRow->addWidget(spark);
    layout->addLayout(valueRow);

    auto* statusRow = new QHBoxLayout;
    statusRow->setSpacing(theme.px(6));
    if (k.status) {
        statusRow->addWidget(new Chip(theme, line, Theme::statusIcon(*k.status), Theme::statusWord(*k.status),
                                      theme.smallPx()));
    } else {
        auto* none = new TextLabel(noDataText(), theme.font(theme.smallPx()), theme.mutedText);
        statusRow->addWidget(none, 1);
    }
    auto* target = new TextLabel(formatKpiTarget(k.kpi), theme.font(theme.smallPx()), theme.mutedText);
    target->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusRow->addWidget(target, 1);
    layout->addLayout(statusRow);
}

KpiCell::KpiCell(const Theme& theme, const StageWall& stage, const WallContext& context, QWidget* parent)
    : LaneCell(theme, Lane::Kpis, stage.report.stage.name, parent)
{
    const auto& kpis = stage.report.kpis;
    if (kpis.isEmpty()) {
        addEmptyState(tr("No KPIs for this stage yet: add one for each key moment of truth."));
        return;
    }
    body()->setSpacing(theme.px(2));
    const int shown = qMin(kMaxTiles, int(kpis.size()));
    for (int i = 0; i < shown; ++i) {
        auto* tile = new KpiTile(theme, kpis[i], context);
        connect(tile, &ClickableFrame::clicked, this, [this, i] { emit kpiClicked(i); });
        body()->addWidget(tile);
    }
    if (kpis.size() > shown) {
        auto* more = addMoreLink(tr("+%n more", nullptr, int(kpis.size()) - shown));
        more->setObjectName(QStringLiteral("moreKpis"));
        more->setToolTip(tr("Show every KPI of this stage"));
        connect(more, &ClickableFrame::clicked, this, [this, shown] { emit kpiClicked(shown); });
    }
}

} // namespace cr::ui
