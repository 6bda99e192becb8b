#include "present/HeadlineWall.h"

#include "common/Format.h"
#include "common/TextLabel.h"
#include "present/PresentKit.h"
#include "wall/Sparkline.h"
#include "wall/StageHeaderCell.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace cr::ui {

namespace {
// Rows every column shares, so the eye compares stages across (DESIGN.md,
// "A matrix, like the physical room").
enum Row {
    Name, Maturity, NpsLabel, Nps, Sample, Change, Trend, KpiGap, Kpis, WorstKpi, ComplaintGap, Complaints,
    Category1, Category2, Category3, Gap, Fixes, Clip, RowCount
};
} // namespace

HeadlineWall::HeadlineWall(const Theme& theme, const WallSnapshot& wall, const Agenda& agenda,
                           const QString& periodLabel, const QString& previousShort, QWidget* parent)
    : QWidget(parent), m_theme(theme), m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("headlineWall"));
    setCursor(Qt::PointingHandCursor);
    const PresentType type(theme);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(theme.px(24), theme.px(16), theme.px(24), theme.px(12));
    outer->setSpacing(theme.px(14));
    auto* title = new QHBoxLayout;
    addLine(title, wall.roomName, type.title, theme.text, 1, QFont::Bold);
    title->setStretch(0, 1);
    addLine(title, periodLabel, type.value, theme.text, 1, QFont::Bold)->fitToText();
    outer->addLayout(title);

    m_grid->setHorizontalSpacing(theme.px(28));
    m_grid->setVerticalSpacing(theme.px(6));
    m_grid->setContentsMargins(theme.px(14), theme.px(12), theme.px(14), theme.px(12));
    const QString previousMonth = previousShort.section(QLatin1Char(' '), 0, 0);
    for (int i = 0; i < wall.stages.size(); ++i) {
        const StageWall& s = wall.stages[i];
        const StageReport& r = s.report;
        m_grid->setColumnStretch(i, 1);
        auto put = [&](int row, QWidget* w) { m_grid->addWidget(w, row, i, Qt::AlignLeft | Qt::AlignTop); };
        auto line = [&](int row, const QString& text, int px, const QColor& color, int lines = 1,
                        QFont::Weight weight = QFont::Normal) {
            QFont font(fontFamily());
            font.setPixelSize(px);
            font.setWeight(weight);
            auto* label = new TextLabel(text, font, color, lines);
            m_grid->addWidget(label, row, i);
            return label;
        };
        line(Name, r.stage.name, type.value, theme.text, 2, QFont::Bold);
        put(Maturity, statusLine(theme, maturityColor(theme, r.stage.maturity), maturityGlyph(r.stage.maturity),
                                 maturityWord(r.stage.maturity), type.body));
        line(NpsLabel, tr("NPS"), type.body, theme.mutedText, 1, QFont::Bold);
        line(Nps, r.nps ? formatNps(r.nps->score) : noDataDash(), theme.px(80), r.nps ? theme.text : theme.mutedText, 1,
             QFont::Bold)
            ->setObjectName(QStringLiteral("headlineNps"));
        if (r.nps) {
            line(Sample, tr("n %1 · ±%2").arg(r.nps->n).arg(qRound(r.nps->margin95)), type.body,
                 r.nps->lowSample() ? theme.text : theme.mutedText, 1,
                 r.nps->lowSample() ? QFont::Bold : QFont::Normal);
            QString change;
            if (r.nps->lowSample())
                change = tr("low sample");
            else if (s.npsChange && s.npsChange->significant)
                change = tr("%1 %2 vs %3")
                             .arg(s.npsChange->delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
                                  formatSigned(s.npsChange->delta), previousMonth);
            else if (s.npsChange)
                change = tr("≈ %1 vs %2").arg(formatSigned(s.npsChange->delta), previousMonth);
            if (!change.isEmpty())
                line(Change, change, type.body, theme.text, 2, QFont::Bold); // "≈ −5 vs Q3 2026" wraps, never cut
            QVector<std::optional<double>> trend;
            for (const auto& p : s.npsTrend)
                trend.append(p ? std::optional<double>(p->score) : std::nullopt);
            auto* spark = new Sparkline(trend, std::nullopt, theme.accent, theme.mutedText);
            spark->setFixedHeight(type.body * 3 / 2);
            spark->setToolTip(tr("NPS over the last %1 periods").arg(trend.size()));
            m_grid->addWidget(spark, Trend, i);
        } else {
            line(Sample, tr("no answers"), type.body, theme.mutedText);
        }

        // Off target (red) and near target (amber) are told apart, as on the wall.
        int off = 0, near = 0;
        for (const KpiReport& k : r.kpis) {
            off += k.status && *k.status == metrics::KpiStatus::Red ? 1 : 0;
            near += k.status && *k.status == metrics::KpiStatus::Amber ? 1 : 0;
        }
        if (r.kpis.isEmpty())
            line(Kpis, tr("no KPIs"), type.body, theme.mutedText);
        else if (off > 0)
            put(Kpis, statusLine(theme, theme.red, Theme::statusIcon(metrics::KpiStatus::Red),
                                 tr("KPIs off: %1 of %2").arg(off).arg(r.kpis.size()), type.body));
        else if (near > 0)
            put(Kpis, statusLine(theme, theme.amber, Theme::statusIcon(metrics::KpiStatus::Amber),
                                 tr("KPIs near target: %1 of %2").arg(near).arg(r.kpis.size()), type.body, 2));
        else
            put(Kpis, statusLine(theme, theme.green, Theme::statusIcon(metrics::KpiStatus::Green), tr("KPIs on target"),
                                 type.body));
        for (const KpiReport& k : r.kpis) {
            if (k.status && *k.status == metrics::KpiStatus::Red) {
                line(WorstKpi, k.kpi.name, type.body, theme.text, 2);
                break;
            }
        }

        line(Complaints, tr("Complaints: %1").arg(QLocale().toString(r.complaints.total)), type.body, theme.text, 2,
             QFont::Bold);
        for (int c = 0; c < 3 && c < s.categories.size() && s.categories[c].count > 0; ++c)
            line(Category1 + c, QStringLiteral("%1 · %2").arg(s.categories[c].count).arg(s.categories[c].category),
                 type.body, theme.text, 2); // two lines: a category's name is its point
        const AgendaStage* page = i < agenda.stages.size() ? &agenda.stages[i] : nullptr;
        if (page) {
            const QString fixes = tr("Open fixes: %1").arg(page->openFixes.size());
            if (!page->overdueFixes.isEmpty())
                put(Fixes, statusLine(theme, theme.red, QStringLiteral("!"),
                                      tr("%1 · overdue %2").arg(fixes).arg(page->overdueFixes.size()), type.body));
            else
                line(Fixes, fixes, type.body, theme.text, 1);
            if (page->featuredClip)
                line(Clip, tr("▶ clip ready"), type.body, theme.accent, 1, QFont::Bold);
        }
    }
    m_grid->setRowStretch(Gap, 1);
    m_grid->setRowMinimumHeight(KpiGap, theme.px(8));
    m_grid->setRowMinimumHeight(ComplaintGap, theme.px(8));
    m_grid->setRowMinimumHeight(Clip, type.body + theme.px(6));
    outer->addLayout(m_grid, 1);
}

int HeadlineWall::columnAt(int x) const
{
    for (int c = 0; c < m_grid->columnCount(); ++c) {
        const QRect cell = m_grid->cellRect(0, c);
        const int gap = m_grid->horizontalSpacing() / 2;
        if (x >= cell.left() - gap && x <= cell.right() + gap)
            return c;
    }
    return -1;
}

void HeadlineWall::mouseReleaseEvent(QMouseEvent* event)
{
    const int column = columnAt(event->position().toPoint().x());
    if (column >= 0)
        emit stageChosen(column);
}

void HeadlineWall::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    // One panel per stage behind its column, like the cards on a room's wall.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(m_theme.hairline, qMax(1, m_theme.px(2))));
    p.setBrush(m_theme.panel);
    const int pad = qMax(m_theme.px(6), m_grid->horizontalSpacing() / 2 - m_theme.px(5));
    for (int c = 0; c < m_grid->columnCount(); ++c) {
        QRect column = m_grid->cellRect(0, c);
        column = column.united(m_grid->cellRect(RowCount - 1, c));
        if (!column.isValid())
            continue;
        p.drawRoundedRect(column.adjusted(-pad, -pad, pad, pad), m_theme.px(8), m_theme.px(8));
    }
}

} // namespace cr::ui
