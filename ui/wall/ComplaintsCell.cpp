#include "wall/ComplaintsCell.h"

#include "common/ClickableFrame.h"
#include "common/Format.h"
#include "common/TextLabel.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLocale>

#include <algorithm>

namespace cr::ui {

namespace {
// More complaints is worse: up is red, down is green; the arrow's direction
// is the cue that does not need colour.
void addTrend(QGridLayout* grid, int row, const Theme& theme, const CategoryTrend& c, bool compare)
{
    QString glyph;
    QColor color = theme.neutral;
    if (!compare) {
        glyph = QString();
    } else {
        // Up or down only beyond noise (computed in core); else a grey "≈".
        switch (c.direction()) {
        case CategoryTrend::Direction::Up:
            glyph = QStringLiteral("↑");
            color = theme.red;
            break;
        case CategoryTrend::Direction::Down:
            glyph = QStringLiteral("↓");
            color = theme.green;
            break;
        case CategoryTrend::Direction::Same:
        case CategoryTrend::Direction::Unclear:
            glyph = QStringLiteral("≈");
            break;
        }
    }
    auto* label = new TextLabel(glyph, theme.font(theme.bodyPx(), QFont::Bold), color);
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    label->setFixedWidth(theme.px(14));
    label->setAlignment(Qt::AlignCenter);
    grid->addWidget(label, row, 2);
}
} // namespace

ComplaintsCell::ComplaintsCell(const Theme& theme, const StageWall& stage, const WallContext& context,
                               QWidget* parent)
    : LaneCell(theme, Lane::Complaints, stage.report.stage.name, parent)
{
    const ComplaintSummary& summary = stage.report.complaints;
    auto* frame = new ClickableFrame(theme);
    frame->setObjectName(QStringLiteral("complaints:%1").arg(stage.report.stage.name));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(theme.px(4), theme.px(2), theme.px(4), theme.px(4));
    layout->setSpacing(theme.px(3));
    body()->addWidget(frame);
    connect(frame, &ClickableFrame::clicked, this, [this] { emit complaintsClicked(QString()); });

    QString tip =
        tr("<b>Complaints</b> received in %1 from every channel (phone, e-mail, web, store, social, "
           "returns), mapped to this stage.")
            .arg(context.periodLabel.toHtmlEscaped());
    if (summary.total == 0) {
        addText(layout, tr("No complaints in %1.").arg(context.periodLabel), theme.bodyPx(), theme.text, 2,
                QFont::Bold);
        addText(layout,
                tr("None mapped to this stage: connect a complaints feed or check the mapping rules."),
                theme.smallPx(), theme.mutedText, 3, QFont::Normal, true)
            ->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        frame->setToolTip(tip + QStringLiteral("<br>") + tr("Click to search all complaints of this stage."));
        return;
    }

    auto* totalRow = new QHBoxLayout;
    totalRow->setSpacing(theme.px(6));
    auto* total = new TextLabel(QLocale().toString(summary.total), theme.font(theme.valuePx(), QFont::Bold),
                                theme.text);
    total->setObjectName(QStringLiteral("complaintTotal"));
    total->fitToText();
    totalRow->addWidget(total);
    QString words = summary.total == 1 ? tr("complaint") : tr("complaints");
    if (context.compare && stage.previousComplaintTotal) {
        words = (summary.total == 1 ? tr("complaint · %1 in %2") : tr("complaints · %1 in %2"))
                    .arg(QLocale().toString(*stage.previousComplaintTotal), context.previousPeriodShort);
        tip += QStringLiteral("<br>") + tr("%1 in %2, %3 in %4.")
                                            .arg(summary.total)
                                            .arg(context.periodLabel.toHtmlEscaped())
                                            .arg(*stage.previousComplaintTotal)
                                            .arg(context.previousPeriodLabel.toHtmlEscaped());
    }
    auto* word = new TextLabel(words, theme.font(theme.smallPx()), theme.mutedText);
    word->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    word->setFixedHeight(total->height());
    totalRow->addWidget(word, 1);
    layout->addLayout(totalRow);

    // Each category is its own click target: it opens the drill-down on that category.
    const int present = int(std::count_if(stage.categories.cbegin(), stage.categories.cend(),
                                          [](const CategoryTrend& c) { return c.count > 0; }));
    const int shown = qMin(kMaxCategories, present);
    const QFont countFont = theme.font(theme.smallPx(), QFont::Bold);
    int countWidth = 0; // one width for every row's count, so the counts line up
    for (int i = 0; i < shown; ++i)
        countWidth = qMax(countWidth, QFontMetrics(countFont).horizontalAdvance(
                                          QLocale().toString(stage.categories[i].count)));
    for (int i = 0; i < shown; ++i) {
        const CategoryTrend& c = stage.categories[i];
        auto* rowFrame = new ClickableFrame(theme);
        rowFrame->setObjectName(QStringLiteral("complaintCategory:%1").arg(c.category));
        auto* grid = new QGridLayout(rowFrame);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(theme.px(6));
        grid->setColumnStretch(0, 1);
        grid->addWidget(new TextLabel(c.category, theme.font(theme.smallPx()), theme.text), 0, 0);
        auto* count = new TextLabel(QLocale().toString(c.count), countFont, theme.text);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setFixedWidth(countWidth + 2);
        grid->addWidget(count, 0, 1);
        addTrend(grid, 0, theme, c, context.compare);
        QString rowTip = QStringLiteral("<b>%1</b>: %2").arg(c.category.toHtmlEscaped()).arg(c.count);
        tip += QStringLiteral("<br>%1: %2").arg(c.category.toHtmlEscaped()).arg(c.count);
        if (context.compare) {
            const QString before =
                tr(" (%1 in %2)").arg(c.previousCount).arg(context.previousPeriodLabel.toHtmlEscaped());
            tip += before;
            rowTip += before;
        }
        rowFrame->setToolTip(rowTip + QStringLiteral("<br>") + tr("Click to read these complaints."));
        const QString category = c.category;
        connect(rowFrame, &ClickableFrame::clicked, this, [this, category] { emit complaintsClicked(category); });
        layout->addWidget(rowFrame);
    }
    if (present > shown) {
        addText(layout, tr("+%n more", nullptr, present - shown), theme.smallPx(), theme.accent, 1,
                QFont::Bold);
    }
    if (context.compare)
        tip += QStringLiteral("<br>") +
               tr("↑ or ↓ only when the change is larger than chance: |now − before| > 1.96·√(now + before), "
                  "with at least %1 complaints between them; otherwise ≈.")
                   .arg(metrics::kCountMinimum);
    frame->setToolTip(tip + QStringLiteral("<br>") + tr("Click to read and search them."));
}

} // namespace cr::ui
