#include "wall/CallsCell.h"

#include "common/Chip.h"
#include "common/ClickableFrame.h"
#include "common/Format.h"
#include "common/TextLabel.h"

#include <QHBoxLayout>
#include <QLocale>

#include <algorithm>

namespace cr::ui {

CallsCell::CallsCell(const Theme& theme, const StageWall& stage, const WallContext& context, QWidget* parent)
    : LaneCell(theme, Lane::Calls, stage.report.stage.name, parent)
{
    if (stage.calls.isEmpty()) {
        addEmptyState(tr("No calls in %1: drop audio files here or add a feed.").arg(context.periodLabel));
        return;
    }
    body()->setSpacing(theme.px(2));
    const int shown = qMin(kMaxCalls, int(stage.calls.size()));
    for (int i = 0; i < shown; ++i) {
        const Call& call = stage.calls[i];
        auto* row = new ClickableFrame(theme);
        row->setObjectName(QStringLiteral("playCall:%1").arg(call.id));
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(theme.px(4), theme.px(3), theme.px(4), theme.px(3));
        layout->setSpacing(theme.px(8));
        // The play button is the row's first cue; the whole row plays the call.
        auto* play = new Chip(theme, theme.accent, QStringLiteral("▶"), QString(), theme.px(22));
        layout->addWidget(play, 0, Qt::AlignTop);
        auto* text = new QVBoxLayout;
        text->setSpacing(0);
        text->addWidget(
            new TextLabel(call.title, theme.font(theme.bodyPx(), QFont::DemiBold), theme.text, 2));
        QStringList meta{formatDuration(call.durationSeconds)};
        if (!call.agent.isEmpty())
            meta << call.agent;
        meta << QLocale().toString(call.startedAt.date(), QStringLiteral("d MMM"));
        text->addWidget(
            new TextLabel(meta.join(QStringLiteral(" · ")), theme.font(theme.smallPx()), theme.mutedText));
        layout->addLayout(text, 1);

        QString tip =
            QStringLiteral("<b>%1</b><br>").arg(call.title.toHtmlEscaped()) +
            tr("%1 call on %2, %3 long, agent %4.")
                .arg(call.customerChannel.isEmpty() ? tr("Customer") : call.customerChannel,
                     QLocale().toString(call.startedAt, QStringLiteral("d MMM yyyy, HH:mm")),
                     formatDuration(call.durationSeconds), call.agent.isEmpty() ? noDataDash() : call.agent);
        if (!call.summary.isEmpty())
            tip += QStringLiteral("<br>") + call.summary.toHtmlEscaped();
        tip += QStringLiteral("<br><i>%1</i>").arg(tr("Click or press Space to play it to the room."));
        row->setToolTip(tip);
        const RowId id = call.id;
        connect(row, &ClickableFrame::clicked, this, [this, id] { emit playClicked(id); });
        body()->addWidget(row);
    }
    const int total = std::max(int(stage.calls.size()), stage.report.calls.count);
    if (total > shown) {
        auto* more = addMoreLink(tr("+%n more", nullptr, total - shown));
        more->setToolTip(tr("List every call of this stage in %1").arg(context.periodLabel));
        more->setObjectName(QStringLiteral("moreCalls"));
        connect(more, &ClickableFrame::clicked, this, &CallsCell::moreClicked);
    }
}

} // namespace cr::ui
