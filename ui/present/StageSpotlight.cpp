#include "present/StageSpotlight.h"

#include "common/ClickableFrame.h"
#include "common/Format.h"
#include "common/TextLabel.h"
#include "present/PresentKit.h"
#include "wall/FixesCell.h"
#include "wall/Sparkline.h"
#include "wall/StageHeaderCell.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cr::ui {

namespace {

QWidget* column(QVBoxLayout** layout, int spacing)
{
    auto* w = new QWidget;
    *layout = new QVBoxLayout(w);
    (*layout)->setContentsMargins(0, 0, 0, 0);
    (*layout)->setSpacing(spacing);
    return w;
}

QFrame* rule(const Theme& theme)
{
    auto* line = new QFrame;
    line->setFixedHeight(qMax(2, theme.px(2)));
    line->setStyleSheet(QStringLiteral("background: %1;").arg(theme.hairline.name()));
    return line;
}

QString clipSpan(const CallClip& clip)
{
    return QStringLiteral("%1–%2").arg(formatDuration(clip.startSeconds), formatDuration(clip.endSeconds));
}

} // namespace

StageSpotlight::StageSpotlight(const Theme& theme, const WallSnapshot& wall, const StageWall& stage,
                               const AgendaStage& page, const SpotlightContext& context, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stageSpotlight:%1").arg(stage.report.stage.name));
    const PresentType type(theme);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(theme.px(48), theme.px(28), theme.px(48), theme.px(16));
    outer->setSpacing(type.gap / 2);

    // Title row: "3 / 7  Get connected" and the maturity badge.
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(type.gap);
    auto* counter = addLine(titleRow, QStringLiteral("%1 / %2").arg(context.position).arg(context.stageCount),
                            type.value, theme.mutedText, 1, QFont::Bold);
    counter->fitToText();
    auto* name = addLine(titleRow, stage.report.stage.name, type.title, theme.text, 1, QFont::Bold);
    name->setObjectName(QStringLiteral("spotlightStageName"));
    titleRow->setStretch(1, 1);
    const Maturity m = stage.report.stage.maturity;
    titleRow->addWidget(statusLine(theme, maturityColor(theme, m), maturityGlyph(m), maturityWord(m), type.value),
                        0, Qt::AlignVCenter);
    outer->addLayout(titleRow);
    if (!stage.report.stage.targetExperience.isEmpty())
        addLine(outer, QStringLiteral("“%1”").arg(stage.report.stage.targetExperience), type.body, theme.text, 2)
            ->setObjectName(QStringLiteral("spotlightTarget"));
    QStringList owners;
    if (!stage.report.ownerDepartment.isEmpty())
        owners << tr("Owner: %1").arg(stage.report.ownerDepartment);
    if (!stage.report.contributingDepartments.isEmpty())
        owners << tr("with %1").arg(stage.report.contributingDepartments.join(QStringLiteral(", ")));
    owners << context.periodLabel;
    addLine(outer, owners.join(QStringLiteral(" · ")), type.body, theme.mutedText, 1);
    outer->addWidget(rule(theme));

    auto* columns = new QHBoxLayout;
    columns->setSpacing(theme.px(56));
    columns->addWidget(scoresColumn(theme, stage, page, context), 10);
    columns->addWidget(complaintsColumn(theme, stage, page, context), 11);
    columns->addWidget(actionColumn(theme, wall, stage, page, context), 11);
    outer->addLayout(columns, 1);
}

QWidget* StageSpotlight::scoresColumn(const Theme& theme, const StageWall& stage, const AgendaStage& page,
                                      const SpotlightContext& context)
{
    const PresentType type(theme);
    QVBoxLayout* layout = nullptr;
    QWidget* w = column(&layout, theme.px(6));
    const StageReport& r = stage.report;
    addHeading(layout, theme, tr("NPS"));
    auto* headline = addLine(layout, r.nps ? formatNps(r.nps->score) : noDataDash(), type.headline,
                             r.nps ? theme.text : theme.mutedText, 1, QFont::Bold);
    headline->setObjectName(QStringLiteral("spotlightNps"));
    if (r.nps) {
        addLine(layout, tr("±%1 · n %2%3")
                            .arg(qRound(r.nps->margin95))
                            .arg(r.nps->n)
                            .arg(r.nps->lowSample() ? tr(" · low sample") : QString()),
                type.body, theme.text);
        addLine(layout, npsChangeText(stage, context.previousShort), type.body, theme.text, 2);
    } else {
        addLine(layout, tr("No NPS answers in this period."), type.body, theme.mutedText, 2);
    }
    QStringList small;
    if (r.csat)
        small << tr("CSAT %1 % · n %2%3")
                     .arg(qRound(r.csat->score))
                     .arg(r.csat->n)
                     .arg(r.csat->lowSample() ? tr(" · low sample") : QString());
    if (r.ces)
        small << tr("CES %1 of 7 · n %2%3")
                     .arg(formatNumber(r.ces->mean, 1))
                     .arg(r.ces->n)
                     .arg(r.ces->lowSample() ? tr(" · low sample") : QString());
    for (const QString& line : small)
        addLine(layout, line, type.body, theme.text);
    layout->addSpacing(type.gap);

    if (context.agenda) {
        addHeading(layout, theme, tr("What changed"));
        if (page.changes.isEmpty())
            addLine(layout, tr("Nothing changed beyond chance."), type.body, theme.mutedText, 2);
        for (int i = 0; i < page.changes.size() && i < 3; ++i) {
            const AgendaChange& c = page.changes[i];
            layout->addWidget(statusLine(theme, c.better ? theme.green : theme.red,
                                         c.better ? QStringLiteral("▲") : QStringLiteral("▼"), c.text, type.body, 2));
        }
        layout->addSpacing(type.gap / 2);
    }
    {
        addHeading(layout, theme, tr("KPIs against target"));
        if (r.kpis.isEmpty())
            addLine(layout, tr("No KPIs for this stage yet."), type.body, theme.mutedText, 2);
        // The worst first: off target, then near, then on target; what does
        // not fit is counted, never silently dropped.
        QVector<KpiReport> kpis = r.kpis;
        auto rank = [](const KpiReport& k) {
            if (!k.status)
                return 3;
            return *k.status == metrics::KpiStatus::Red ? 0 : *k.status == metrics::KpiStatus::Amber ? 1 : 2;
        };
        // Within a status, the furthest from its target first (relative to the target).
        auto gap = [](const KpiReport& k) {
            if (!k.value || !k.kpi.target || qFuzzyIsNull(*k.kpi.target))
                return 0.0;
            return std::abs(*k.value - *k.kpi.target) / std::abs(*k.kpi.target);
        };
        std::stable_sort(kpis.begin(), kpis.end(), [&](const KpiReport& a, const KpiReport& b) {
            return rank(a) != rank(b) ? rank(a) < rank(b) : gap(a) > gap(b);
        });
        const int maxKpis = context.agenda ? 2 : 4;
        for (int i = 0; i < kpis.size() && i < maxKpis; ++i) {
            const KpiReport& k = kpis[i];
            if (i > 0)
                layout->addSpacing(type.gap / 2); // one KPI, then the next
            addLine(layout, k.kpi.name, type.body, theme.text, 1);
            const QString value = k.value ? formatKpiValue(*k.value, k.kpi.unit) : noDataDash();
            const QString target = formatKpiTarget(k.kpi);
            if (k.status)
                layout->addWidget(statusLine(theme, theme.statusColor(*k.status), Theme::statusIcon(*k.status),
                                             QStringLiteral("%1 · %2 · %3").arg(value, Theme::statusWord(*k.status), target),
                                             type.body, 2));
            else
                addLine(layout, QStringLiteral("%1 · %2").arg(value, target), type.body, theme.mutedText);
        }
        if (kpis.size() > maxKpis) {
            int hiddenOff = 0;
            for (int i = maxKpis; i < kpis.size(); ++i)
                hiddenOff += rank(kpis[i]) == 0 ? 1 : 0;
            const int hidden = int(kpis.size()) - maxKpis;
            QString more;
            if (hidden == 1)
                more = hiddenOff > 0 ? tr("+1 more KPI, off target") : tr("+1 more KPI");
            else
                more = hiddenOff > 0 ? tr("+%1 more KPIs, %2 of them off target").arg(hidden).arg(hiddenOff)
                                     : tr("+%1 more KPIs").arg(hidden);
            addLine(layout, more, type.body, theme.accent, 2);
        }
    }
    layout->addStretch(1);
    return w;
}

QWidget* StageSpotlight::complaintsColumn(const Theme& theme, const StageWall& stage, const AgendaStage& page,
                                          const SpotlightContext& context)
{
    const PresentType type(theme);
    QVBoxLayout* layout = nullptr;
    QWidget* w = column(&layout, theme.px(6));
    const int total = stage.report.complaints.total;
    QString heading = tr("Top complaints · %1").arg(total);
    if (stage.previousComplaintTotal)
        heading += tr(" (%1 in %2)").arg(*stage.previousComplaintTotal).arg(context.previousShort);
    addHeading(layout, theme, heading);
    if (page.topCategories.isEmpty())
        addLine(layout, tr("No complaints in this period."), type.body, theme.mutedText, 2);
    for (const CategoryTrend& c : page.topCategories) {
        auto* row = new QHBoxLayout;
        row->setSpacing(theme.px(12));
        addLine(row, c.category, type.body, theme.text, 1, QFont::Bold);
        row->setStretch(0, 1);
        auto* count = addLine(row, QLocale().toString(c.count), type.body, theme.text, 1, QFont::Bold);
        count->fitToText();
        QString arrow = QStringLiteral("≈");
        QColor color = theme.mutedText;
        if (c.direction() == CategoryTrend::Direction::Up) {
            arrow = QStringLiteral("↑");
            color = theme.red;
        } else if (c.direction() == CategoryTrend::Direction::Down) {
            arrow = QStringLiteral("↓");
            color = theme.green;
        }
        auto* glyph = addLine(row, arrow, type.body, color, 1, QFont::Bold);
        glyph->fitToText();
        if (!c.trend.isEmpty()) {
            QVector<std::optional<double>> values;
            for (int n : c.trend)
                values.append(double(n));
            auto* spark = new Sparkline(values, std::nullopt, theme.accent, theme.mutedText);
            spark->setFixedSize(theme.px(110), type.body);
            spark->setToolTip(tr("Complaints per period, the last %1 periods").arg(c.trend.size()));
            row->addWidget(spark);
        }
        layout->addLayout(row);
        if (c.quote && !c.quote->text.trimmed().isEmpty()) {
            auto* quote = addLine(layout, QStringLiteral("“%1”").arg(shareable(c.quote->text.simplified(), context.mask)),
                                  type.body, theme.mutedText, 3);
            quote->setObjectName(QStringLiteral("spotlightQuote"));
        }
        layout->addSpacing(theme.px(10));
    }
    layout->addStretch(1);
    return w;
}

QWidget* StageSpotlight::actionColumn(const Theme& theme, const WallSnapshot& wall, const StageWall& stage,
                                      const AgendaStage& page, const SpotlightContext& context)
{
    const PresentType type(theme);
    QVBoxLayout* layout = nullptr;
    QWidget* w = column(&layout, theme.px(6));
    addHeading(layout, theme, page.featuredClip ? tr("Featured clip") : tr("A call from this period"));
    if (page.featuredCall) {
        auto* frame = new ClickableFrame(theme);
        frame->setObjectName(QStringLiteral("playFeatured"));
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(theme.px(8), theme.px(6), theme.px(8), theme.px(6));
        box->setSpacing(theme.px(4));
        const Call& call = *page.featuredCall;
        const QString title = page.featuredClip && !page.featuredClip->title.isEmpty() ? page.featuredClip->title
                                                                                        : call.title;
        addLine(box, QStringLiteral("▶ %1").arg(shareable(title, context.mask)), type.value, theme.accent, 2,
                QFont::Bold);
        QStringList meta;
        if (page.featuredClip)
            meta << tr("%1 of “%2”").arg(clipSpan(*page.featuredClip), shareable(call.title, context.mask));
        else
            meta << formatDuration(call.durationSeconds);
        meta << QLocale().toString(call.startedAt.date(), QStringLiteral("d MMM"));
        addLine(box, meta.join(QStringLiteral(" · ")), type.body, theme.mutedText, 2);
        addLine(box, tr("Press P to play it to the room"), type.body, theme.text, 1);
        connect(frame, &ClickableFrame::clicked, this, &StageSpotlight::playFeaturedRequested);
        layout->addWidget(frame);
    } else {
        addLine(layout, tr("No calls in this period."), type.body, theme.mutedText, 2);
    }
    layout->addSpacing(type.gap / 2);

    const QVector<Fix>& fixes = page.openFixes;
    addHeading(layout, theme,
               page.overdueFixes.isEmpty() ? tr("Fixes not yet verified: %1").arg(fixes.size())
                                           : tr("Fixes not yet verified: %1, overdue: %2").arg(fixes.size()).arg(page.overdueFixes.size()));
    if (fixes.isEmpty())
        addLine(layout, tr("No open fixes: decide one in the review."), type.body, theme.mutedText, 2);
    const int maxFixes = context.agenda ? 3 : 4;
    for (int i = 0; i < fixes.size() && i < maxFixes; ++i) {
        const Fix& f = fixes[i];
        if (i > 0)
            layout->addSpacing(type.gap / 2);
        const bool overdue = isOverdue(f, QDate::currentDate());
        QString line = QStringLiteral("%1 %2").arg(fixStatusGlyph(f.status), f.title);
        addLine(layout, line, type.body, theme.text, 2, QFont::DemiBold);
        QStringList meta{fixStatusWord(f.status), wall.departmentName(f.ownerDepartmentId)};
        if (f.due)
            meta << tr("due %1").arg(formatDate(*f.due));
        if (overdue)
            layout->addWidget(statusLine(theme, theme.red, QStringLiteral("!"),
                                         tr("OVERDUE · %1").arg(meta.join(QStringLiteral(" · "))), type.body, 2));
        else
            addLine(layout, meta.join(QStringLiteral(" · ")), type.body, theme.mutedText, 2);
    }
    if (fixes.size() > maxFixes)
        addLine(layout, tr("+%n more", nullptr, int(fixes.size()) - maxFixes), type.body, theme.accent, 1);

    if (context.agenda) {
        layout->addSpacing(type.gap / 2);
        addHeading(layout, theme, tr("Decisions to follow up"));
        if (page.decisions.isEmpty() && context.decidedToday.isEmpty())
            addLine(layout, tr("None open. Press D to record one."), type.body, theme.mutedText, 2);
        for (const ReviewDecision& d : page.decisions)
            addLine(layout, QStringLiteral("○ %1").arg(d.text), type.body, theme.text, 2);
        for (const QString& d : context.decidedToday)
            addLine(layout, tr("● today: %1").arg(d), type.body, theme.text, 2, QFont::DemiBold);
    }
    layout->addStretch(1);
    Q_UNUSED(stage)
    return w;
}

} // namespace cr::ui
