#include "wall/FixesCell.h"

#include "common/Chip.h"
#include "common/ClickableFrame.h"
#include "common/Format.h"
#include "common/TextLabel.h"

#include <QHBoxLayout>
#include <QLocale>

#include <algorithm>

namespace cr::ui {

QString fixStatusWord(FixStatus status)
{
    switch (status) {
    case FixStatus::Proposed:
        return FixesCell::tr("proposed");
    case FixStatus::InProgress:
        return FixesCell::tr("in progress");
    case FixStatus::Done:
        return FixesCell::tr("done");
    case FixStatus::Verified:
        return FixesCell::tr("verified");
    }
    return {};
}

// The glyph and colour are the report's too (render/Palette).
QString fixStatusGlyph(FixStatus status)
{
    return render::fixStatusGlyph(status);
}

QColor fixStatusColor(const Theme& theme, FixStatus status)
{
    return render::fixStatusColor(theme, status);
}

QString fixBeforeAfter(const Fix& fix)
{
    if (!fix.baseline || !fix.result)
        return {};
    auto number = [](double v) { return formatNumber(v, qFuzzyCompare(v, qRound(v)) ? 0 : 1); };
    QString metric = fix.metric.toUpper();
    if (fix.kpiId)
        metric = FixesCell::tr("KPI");
    return QStringLiteral("%1 %2 → %3").arg(metric, number(*fix.baseline), number(*fix.result));
}

QString fixMetricName(const Fix& fix, const StageWall& stage)
{
    if (fix.kpiId) {
        for (const KpiReport& k : stage.report.kpis)
            if (k.kpi.id == *fix.kpiId)
                return k.kpi.name;
        return FixesCell::tr("KPI");
    }
    return fix.metric.toUpper();
}

QVector<Fix> fixesInWallOrder(const QVector<Fix>& fixes)
{
    auto rank = [](const Fix& f) {
        switch (f.status) {
        case FixStatus::InProgress:
        case FixStatus::Proposed:
            return 0;
        case FixStatus::Verified:
            return 1;
        case FixStatus::Done:
            return 2;
        }
        return 3;
    };
    QVector<Fix> sorted = fixes;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Fix& a, const Fix& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        const QDate da = a.due.value_or(QDate(9999, 12, 31));
        const QDate db = b.due.value_or(QDate(9999, 12, 31));
        return da < db;
    });
    return sorted;
}

FixesCell::FixesCell(const Theme& theme, const StageWall& stage, const WallSnapshot& wall, QWidget* parent)
    : LaneCell(theme, Lane::Fixes, stage.report.stage.name, parent)
{
    if (stage.fixes.isEmpty()) {
        addEmptyState(
            tr("No fixes for this stage yet: assign one in the review, with an owner and a due date."));
        addOpenFollowUps(theme, stage.report.openFollowUps);
        return;
    }
    body()->setSpacing(theme.px(2));
    const QVector<Fix> fixes = fixesInWallOrder(stage.fixes);
    const int shown = qMin(kMaxFixes, int(fixes.size()));
    for (int i = 0; i < shown; ++i) {
        const Fix& fix = fixes[i];
        const bool verified = fix.status == FixStatus::Verified;
        const bool overdue = fix.isOverdue(QDate::currentDate());
        auto* row = new ClickableFrame(theme);
        row->setObjectName(QStringLiteral("fix:%1").arg(fix.id));
        auto* layout = new QVBoxLayout(row);
        layout->setContentsMargins(theme.px(4), theme.px(3), theme.px(4), theme.px(3));
        layout->setSpacing(0);
        auto* titleRow = new QHBoxLayout;
        titleRow->setSpacing(theme.px(6));
        titleRow->addWidget(new Chip(theme, fixStatusColor(theme, fix.status), fixStatusGlyph(fix.status),
                                     QString(), theme.smallPx()),
                            0, Qt::AlignTop);
        titleRow->addWidget(
            new TextLabel(fix.title, theme.font(theme.bodyPx(), QFont::DemiBold), theme.text, 2), 1);
        layout->addLayout(titleRow);

        QStringList meta;
        const QString owner = wall.departmentName(fix.ownerDepartmentId);
        if (verified) {
            meta << tr("Verified");
            const QString change = fixBeforeAfter(fix);
            if (!change.isEmpty())
                meta << change;
        } else {
            meta << fixStatusWord(fix.status);
            if (!owner.isEmpty())
                meta << owner;
            // Non-breaking spaces keep "due 31 Aug" together when the line wraps.
            if (fix.status == FixStatus::Done && fix.doneOn)
                meta << tr("done %1")
                            .arg(QLocale().toString(*fix.doneOn, QStringLiteral("d MMM")))
                            .replace(QLatin1Char(' '), QChar::Nbsp);
            else if (fix.due)
                meta << (overdue ? tr("overdue since %1") : tr("due %1"))
                            .arg(QLocale().toString(*fix.due, QStringLiteral("d MMM")))
                            .replace(QLatin1Char(' '), QChar::Nbsp);
        }
        // Two lines, so owner and due date are read on the wall, not only in the tooltip.
        // An overdue fix stands out: the one line on the wall in red.
        auto* metaLabel = new TextLabel(meta.join(QStringLiteral(" · ")),
                                        theme.font(theme.smallPx(), verified || overdue ? QFont::Bold : QFont::Normal),
                                        overdue ? theme.red : verified ? theme.text : theme.mutedText, 2);
        metaLabel->setObjectName(overdue ? QStringLiteral("overdueFix") : QString());
        layout->addWidget(metaLabel);

        QString tip =
            QStringLiteral("<b>%1</b> — %2").arg(fix.title.toHtmlEscaped(), fixStatusWord(fix.status));
        if (!fix.description.isEmpty())
            tip += QStringLiteral("<br>") + fix.description.toHtmlEscaped();
        tip += QStringLiteral("<br>") +
               tr("Owner: %1").arg(owner.isEmpty() ? noDataDash() : owner.toHtmlEscaped());
        if (fix.due)
            tip += QStringLiteral("<br>") + tr("Due %1").arg(formatDate(*fix.due));
        if (!fix.metric.isEmpty()) {
            tip += QStringLiteral("<br>") +
                   tr("Metric to move: %1").arg(fixMetricName(fix, stage).toHtmlEscaped());
            if (fix.baseline)
                tip += QStringLiteral(", ") + tr("baseline %1").arg(formatNumber(*fix.baseline, 1));
            if (fix.goal)
                tip += QStringLiteral(", ") + tr("goal %1").arg(formatNumber(*fix.goal, 1));
            if (fix.result)
                tip += QStringLiteral(", ") + tr("result %1").arg(formatNumber(*fix.result, 1));
        }
        row->setToolTip(tip);
        connect(row, &ClickableFrame::clicked, this, &FixesCell::fixesClicked);
        body()->addWidget(row);
    }
    if (fixes.size() > shown) {
        auto* more = addMoreLink(tr("+%n more", nullptr, int(fixes.size()) - shown));
        more->setObjectName(QStringLiteral("moreFixes"));
        connect(more, &ClickableFrame::clicked, this, &FixesCell::fixesClicked);
    }
    addOpenFollowUps(theme, stage.report.openFollowUps);
}

void FixesCell::addOpenFollowUps(const Theme& theme, int open)
{
    if (open <= 0)
        return;
    auto* row = new ClickableFrame(theme);
    row->setObjectName(QStringLiteral("openFollowUps"));
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(theme.px(4), 0, theme.px(4), 0);
    // Spelled out: English has no plural catalogue, so "%n follow-ups" would say "1 follow-ups".
    const QString text = open == 1 ? tr("1 follow-up open") : tr("%1 follow-ups open").arg(open);
    layout->addWidget(new TextLabel(text, theme.font(theme.smallPx()), theme.mutedText, 1));
    row->setToolTip(tr("Follow-ups raised on this stage (a detractor's comment, a complaint spike, a KPI turning "
                       "red) that are not resolved yet. Click to work on them."));
    connect(row, &ClickableFrame::clicked, this, &FixesCell::followUpsClicked);
    // At the foot of the lane, so the counts line up across the stages, in
    // the cell's bottom padding, so the wall does not grow a scroll bar for it.
    body()->setAlignment(Qt::Alignment());
    body()->addStretch(1);
    body()->addWidget(row);
    const QMargins margins = body()->contentsMargins();
    body()->setContentsMargins(margins.left(), margins.top(), margins.right(), theme.px(4));
}

} // namespace cr::ui
