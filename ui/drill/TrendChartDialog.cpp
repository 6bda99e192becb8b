#include "drill/TrendChartDialog.h"

#include "common/Format.h"

#include <limits>

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCategoryAxis>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cr::ui {

namespace {
// Points sit at the index of their period and every period gets its own
// tick and label right under its point (a date axis spaced ticks evenly in
// time, so months of 28-31 days drifted and labels fell one month off).
QCategoryAxis* periodAxis(const Theme& theme, const QVector<QDate>& starts, Period::Kind kind)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < starts.size(); ++i) {
        const Period p = kind == Period::Kind::Quarter ? Period::quarter(starts[i]) : Period::month(starts[i]);
        axis->append(trendWindowLabel(p, p.range()), i);
    }
    axis->setRange(-0.4, qMax(0.4, starts.size() - 0.6));
    axis->setLabelsFont(theme.font(theme.smallPx()));
    axis->setGridLineVisible(false);
    return axis;
}

// Quarters when consecutive starts are three months apart.
Period::Kind kindOf(const QVector<QDate>& starts)
{
    if (starts.size() >= 2 && starts[0].addMonths(3) == starts[1])
        return Period::Kind::Quarter;
    return Period::Kind::Month;
}

// QChartView releases, but does not delete, the chart it showed before.
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

QChart* newChart(const Theme& theme)
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(theme.font(theme.smallPx()));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// The monthly values as a line with a dot per month, in the accent colour,
// plotted over `x` (months) and `y`; the dots carry no legend entry.
void addTrendSeries(const Theme& theme, QChart* chart, QLineSeries* line, QScatterSeries* points)
{
    line->setPen(QPen(theme.accent, theme.px(3)));
    points->setMarkerSize(theme.px(9));
    points->setColor(theme.accent);
    points->setBorderColor(theme.accent);
    chart->addSeries(line);
    chart->addSeries(points);
    chart->legend()->markers(points).value(0)->setVisible(false);
}

void attachAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto series = chart->series();
    for (auto* s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}
} // namespace

TrendChartDialog::TrendChartDialog(const Theme& theme, const QString& title, QWidget* parent)
    : DrillDialog(theme, title, parent), m_view(new QChartView), m_caption(new QLabel)
{
    setObjectName(QStringLiteral("trendChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setBackgroundBrush(theme.panel);
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
}

TrendChartDialog* TrendChartDialog::showNps(const StageWall& stage, const Period& period, const Theme& theme,
                                            QWidget* parent)
{
    auto* d = new TrendChartDialog(theme, tr("%1 — NPS trend").arg(stage.report.stage.name), parent);
    d->plotNps(stage, period);
    d->showSized();
    return d;
}

TrendChartDialog* TrendChartDialog::showKpi(const StageWall& stage, int kpiIndex, const Theme& theme,
                                            QWidget* parent)
{
    auto* d = new TrendChartDialog(theme, tr("%1 — KPIs").arg(stage.report.stage.name), parent);
    const auto kpis = stage.report.kpis;
    if (kpis.isEmpty()) {
        d->m_caption->setText(tr("No KPIs for this stage yet."));
    } else {
        d->m_kpiChoice = new QComboBox;
        d->m_kpiChoice->setObjectName(QStringLiteral("kpiChoice"));
        for (const KpiReport& k : kpis)
            d->m_kpiChoice->addItem(k.kpi.name);
        static_cast<QVBoxLayout*>(d->layout())->insertWidget(0, d->m_kpiChoice);
        connect(d->m_kpiChoice, &QComboBox::currentIndexChanged, d, [d, kpis](int i) {
            if (i >= 0 && i < kpis.size())
                d->plotKpi(kpis[i]);
        });
        const int index = qBound(0, kpiIndex, int(kpis.size()) - 1);
        d->m_kpiChoice->setCurrentIndex(index);
        d->plotKpi(kpis[index]);
        auto* newFix = new QPushButton(tr("New &fix for this KPI…"));
        newFix->setObjectName(QStringLiteral("newFixForKpi"));
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(newFix);
        static_cast<QVBoxLayout*>(d->layout())->addLayout(row);
        const std::optional<RowId> stageId = stage.report.stage.id;
        connect(newFix, &QPushButton::clicked, d, [d, kpis, stageId] {
            const int i = d->m_kpiChoice->currentIndex();
            if (i < 0 || i >= kpis.size())
                return;
            Fix fix;
            fix.title = tr("Bring “%1” back on target").arg(kpis[i].kpi.name);
            fix.stageId = stageId;
            fix.metric = QStringLiteral("kpi");
            fix.kpiId = kpis[i].kpi.id;
            fix.ownerDepartmentId = kpis[i].kpi.ownerDepartmentId.value_or(0);
            fix.evidence.append({EvidenceKind::Kpi, kpis[i].kpi.id});
            emit d->newFixRequested(fix);
        });
    }
    d->showSized();
    return d;
}

void TrendChartDialog::plotNps(const StageWall& stage, const Period& period)
{
    const Theme& t = theme();
    QChart* chart = newChart(t);
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    line->setName(tr("NPS"));
    int withData = 0;
    for (int i = 0; i < stage.npsTrend.size() && i < stage.trendPeriods.size(); ++i) {
        const auto& s = stage.npsTrend[i];
        if (!s)
            continue;
        const qreal x = i;
        line->append(x, s->score);
        points->append(x, s->score);
        upper->append(x, qMin(100.0, s->score + s->margin95));
        lower->append(x, qMax(-100.0, s->score - s->margin95));
        ++withData;
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(tr("95 % margin of error"));
    QColor bandColor = t.accent;
    bandColor.setAlpha(46);
    band->setBrush(bandColor);
    band->setPen(Qt::NoPen);
    chart->addSeries(band);
    addTrendSeries(t, chart, line, points);

    auto* x = periodAxis(t, stage.trendPeriods, kindOf(stage.trendPeriods));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsFont(t.font(t.smallPx()));
    double lo = 0, hi = 0;
    for (const QPointF& p : lower->points())
        lo = qMin(lo, p.y());
    for (const QPointF& p : upper->points())
        hi = qMax(hi, p.y());
    y->setRange(qMax(-100.0, std::floor((lo - 5) / 10) * 10), qMin(100.0, std::ceil((hi + 5) / 10) * 10));
    y->applyNiceNumbers();
    y->setTitleText(tr("NPS"));
    attachAxes(chart, x, y);
    replaceChart(m_view, chart);
    QString caption = kindOf(stage.trendPeriods) == Period::Kind::Quarter
                          ? tr("NPS = % promoters (9–10) − % detractors (0–6) per quarter, "
                               "with its 95 % margin of error as the band. Wide bands mean few answers.")
                          : tr("NPS = % promoters (9–10) − % detractors (0–6) per month, "
                               "with its 95 % margin of error as the band. Wide bands mean few answers.");
    if (stage.report.nps)
        caption += QStringLiteral(" ") + tr("%1: %2, n = %3, ±%4.")
                                             .arg(period.label(), formatNps(stage.report.nps->score))
                                             .arg(stage.report.nps->n)
                                             .arg(formatNumber(stage.report.nps->margin95, 1));
    if (withData == 0)
        caption = tr("No NPS answers for this stage in the last %1 months.").arg(stage.trendPeriods.size());
    m_caption->setText(caption);
}

void TrendChartDialog::plotKpi(const KpiReport& k)
{
    const Theme& t = theme();
    QChart* chart = newChart(t);
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    line->setName(k.kpi.name);
    double lo = k.kpi.target.value_or(std::numeric_limits<double>::max());
    double hi = k.kpi.target.value_or(std::numeric_limits<double>::lowest());
    for (int i = 0; i < k.trend.size() && i < k.trendPeriods.size(); ++i) {
        if (!k.trend[i])
            continue;
        const qreal x = i;
        line->append(x, *k.trend[i]);
        points->append(x, *k.trend[i]);
        lo = qMin(lo, *k.trend[i]);
        hi = qMax(hi, *k.trend[i]);
    }
    if (lo > hi) // no target and no values
        lo = hi = 0;
    if (k.kpi.target) {
        auto* target = new QLineSeries;
        target->setName(formatKpiTarget(k.kpi));
        if (!k.trendPeriods.isEmpty()) {
            target->append(-0.4, *k.kpi.target);
            target->append(k.trendPeriods.size() - 0.6, *k.kpi.target);
        }
        target->setPen(QPen(t.mutedText, t.px(2), Qt::DashLine));
        chart->addSeries(target);
    }
    addTrendSeries(t, chart, line, points);
    auto* x = periodAxis(t, k.trendPeriods, kindOf(k.trendPeriods));
    auto* y = new QValueAxis;
    const double pad = qMax(1.0, (hi - lo) * 0.15);
    y->setRange(lo - pad, hi + pad);
    y->applyNiceNumbers();
    y->setLabelsFont(t.font(t.smallPx()));
    y->setTitleText(k.kpi.unit);
    attachAxes(chart, x, y);
    replaceChart(m_view, chart);
    QString caption = k.kpi.description.isEmpty() ? k.kpi.name : k.kpi.description;
    caption +=
        QStringLiteral(" — ") + tr("%1. Green when the target is met, amber within %2 of it, red beyond.")
                                    .arg(formatKpiTarget(k.kpi), formatKpiValue(k.kpi.amberBand, k.kpi.unit));
    caption += QStringLiteral(" ") + kpiPeriodDefinition(k);
    m_caption->setText(caption);
}

} // namespace cr::ui
