#include "wall/ScoreCell.h"

#include "common/Chip.h"
#include "common/ClickableFrame.h"
#include "common/Format.h"
#include "common/TextLabel.h"
#include "wall/Sparkline.h"

#include <QHBoxLayout>
#include <QLocale>

namespace cr::ui {

QString npsTooltip(const StageWall& stage, const WallContext& context)
{
    QString tip = ScoreCell::tr("<b>Net Promoter Score</b>, %1<br>"
                                "NPS = % promoters (9–10) − % detractors (0–6), range −100..100")
                      .arg(context.periodLabel.toHtmlEscaped());
    const auto& nps = stage.report.nps;
    if (!nps) {
        tip += QStringLiteral("<br>") +
               ScoreCell::tr("No NPS answers for this stage in %1.").arg(context.periodLabel);
        return tip;
    }
    tip += QStringLiteral("<br>") + ScoreCell::tr("n = %1 answers: %2 promoters, %3 passives, %4 detractors")
                                        .arg(nps->n)
                                        .arg(nps->promoters)
                                        .arg(nps->passives)
                                        .arg(nps->detractors);
    tip += QStringLiteral("<br>") +
           ScoreCell::tr("95 % margin of error: ±%1 points").arg(formatNumber(nps->margin95, 1));
    if (nps->lowSample())
        tip += QStringLiteral("<br>") + ScoreCell::tr("Low sample: fewer than %1 answers, read with care.")
                                            .arg(metrics::kLowSampleThreshold);
    if (context.compare && stage.npsChange && stage.previousNps) {
        const auto& c = *stage.npsChange;
        tip += QStringLiteral("<br>") +
               ScoreCell::tr("Change vs %1 (NPS %2, n = %3): %4 points; significant only when |Δ| > %5 — %6")
                   .arg(context.previousPeriodLabel, formatNps(stage.previousNps->score))
                   .arg(stage.previousNps->n)
                   .arg(formatSigned(c.delta, 1), formatNumber(c.threshold, 1),
                        c.significant ? ScoreCell::tr("significant") : ScoreCell::tr("not significant"));
        if (!c.enoughSample)
            tip += QStringLiteral("<br>") +
                   ScoreCell::tr("Both periods need at least %1 answers before a change can count.")
                       .arg(metrics::kLowSampleThreshold);
    } else if (context.compare) {
        tip += QStringLiteral("<br>") +
               ScoreCell::tr("No NPS in %1 to compare with.").arg(context.previousPeriodLabel);
    }
    return tip;
}

ScoreCell::ScoreCell(const Theme& theme, const StageWall& stage, const WallContext& context, QWidget* parent)
    : LaneCell(theme, Lane::Scores, stage.report.stage.name, parent)
{
    const StageReport& r = stage.report;
    auto* frame = new ClickableFrame(theme);
    frame->setObjectName(QStringLiteral("nps:%1").arg(r.stage.name));
    frame->setToolTip(npsTooltip(stage, context));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(theme.px(4), theme.px(2), theme.px(4), theme.px(4));
    layout->setSpacing(theme.px(2));

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(theme.px(8));
    addText(titleRow, tr("NPS"), theme.smallPx(), theme.mutedText, 1, QFont::Bold);
    if (r.nps && r.nps->lowSample()) {
        // On the title line, where it has room, so n and ±margin are never cut.
        auto* chip = new Chip(theme, theme.amber, QStringLiteral("!"), tr("low sample"), theme.smallPx());
        chip->setObjectName(QStringLiteral("lowSample"));
        titleRow->addWidget(chip, 0, Qt::AlignRight);
    }
    layout->addLayout(titleRow);

    auto* row = new QHBoxLayout;
    row->setSpacing(theme.px(10));
    m_npsText = r.nps ? formatNps(r.nps->score) : noDataDash();
    auto* headline = new TextLabel(m_npsText, theme.font(theme.headlinePx(), QFont::Bold),
                                   r.nps ? theme.text : theme.mutedText);
    headline->setObjectName(QStringLiteral("npsValue"));
    headline->fitToText();
    row->addWidget(headline, 0, Qt::AlignVCenter);

    auto* side = new QVBoxLayout;
    side->setSpacing(0);
    if (r.nps) {
        // Change vs previous: coloured arrow + delta when significant, grey "≈" when not.
        if (context.compare && stage.npsChange) {
            const auto& c = *stage.npsChange;
            QString arrow;
            QColor arrowColor = theme.neutral;
            if (!c.significant) {
                arrow = QStringLiteral("≈");
            } else if (c.delta > 0) {
                arrow = QStringLiteral("▲");
                arrowColor = theme.green;
            } else {
                arrow = QStringLiteral("▼");
                arrowColor = theme.red;
            }
            auto* changeRow = new QHBoxLayout;
            changeRow->setSpacing(theme.px(4));
            auto* arrowLabel = new TextLabel(arrow, theme.font(theme.valuePx(), QFont::Bold), arrowColor);
            arrowLabel->setObjectName(QStringLiteral("npsChangeArrow"));
            arrowLabel->fitToText();
            changeRow->addWidget(arrowLabel);
            addText(changeRow, formatSigned(c.delta), theme.valuePx(),
                    c.significant ? theme.text : theme.neutral, 1, QFont::Bold);
            side->addLayout(changeRow);
            addText(side, tr("vs %1").arg(context.previousPeriodShort), theme.smallPx(), theme.mutedText);
        } else if (context.compare) {
            addText(side, tr("no earlier data"), theme.smallPx(), theme.mutedText);
        }
    } else {
        addText(side, noDataText(), theme.smallPx(), theme.mutedText, 2)
            ->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    row->addLayout(side, 1);
    layout->addLayout(row);

    if (r.nps) {
        auto* nRow = new QHBoxLayout;
        nRow->setSpacing(theme.px(8));
        auto* n = addText(nRow, tr("n\u00A0%1 · ±%2").arg(r.nps->n).arg(qRound(r.nps->margin95)),
                          theme.smallPx(), theme.mutedText);
        n->setObjectName(QStringLiteral("npsSample"));
        // The 13-month shape beside the number, so a fix that worked shows on the wall itself.
        QVector<std::optional<double>> trend;
        for (const auto& month : stage.npsTrend)
            trend.append(month ? std::optional<double>(month->score) : std::nullopt);
        auto* spark = new Sparkline(trend, std::nullopt, theme.accent, theme.mutedText);
        spark->setObjectName(QStringLiteral("npsTrend"));
        spark->setFixedSize(theme.px(64), n->height());
        spark->setToolTip(
            context.trendLength == Period::Kind::Quarter
                ? tr("NPS by quarter, the last %1 quarters; click for the chart with its margin of error.")
                      .arg(stage.npsTrend.size())
                : tr("NPS by month, the last %1 months; click for the chart with its margin of error.")
                      .arg(stage.npsTrend.size()));
        nRow->addStretch(1);
        nRow->addWidget(spark);
        layout->addLayout(nRow);
    }

    // CSAT and CES: n, "low sample" under 30, and the change only when the
    // test says so (the same rules as NPS).
    const auto* change = context.compare && stage.report.change ? &*stage.report.change : nullptr;
    auto changeText = [](const std::optional<metrics::ScoreChange>& c, bool lowerIsBetter, int decimals) {
        if (!c || !c->enoughSample)
            return QString(); // "low sample" says why there is no verdict
        if (!c->significant)
            return QStringLiteral(" · ≈");
        const bool better = lowerIsBetter ? c->delta < 0 : c->delta > 0;
        return QStringLiteral(" · %1 %2").arg(better ? QStringLiteral("▲") : QStringLiteral("▼"),
                                                  formatSigned(c->delta, decimals));
    };
    QString csat = r.csat ? tr("CSAT %1 % · n %2").arg(qRound(r.csat->score)).arg(r.csat->n)
                          : tr("CSAT %1 %2").arg(noDataDash(), noDataText());
    if (r.csat && change)
        csat += changeText(change->csat, false, 0);
    if (r.csat && r.csat->lowSample())
        csat += tr(" · low sample");
    QString ces = r.ces ? tr("CES %1 of 7 · n %2").arg(formatNumber(r.ces->mean, 1)).arg(r.ces->n)
                        : tr("CES %1 %2").arg(noDataDash(), noDataText());
    if (r.ces && change)
        ces += changeText(change->ces, true, 1);
    if (r.ces && r.ces->lowSample())
        ces += tr(" · low sample");
    addText(layout, csat, theme.smallPx(), theme.text)->setObjectName(QStringLiteral("csat"));
    addText(layout, ces, theme.smallPx(), theme.text)->setObjectName(QStringLiteral("ces"));
    frame->setToolTip(frame->toolTip() + QStringLiteral("<hr>") +
                      tr("CSAT = % of answers 4–5 on a 1–5 scale (top-2-box); a change counts when the "
                         "two-proportion test says so and both periods have n ≥ %1. "
                         "CES = mean effort on 1–7 (lower is easier, ▲ = easier). "
                         "Below n = %1 a score is marked “low sample”.")
                          .arg(metrics::kLowSampleThreshold));
    connect(frame, &ClickableFrame::clicked, this, &ScoreCell::npsClicked);
    body()->addWidget(frame);
}

} // namespace cr::ui
