#include "render/ReportStagePage.h"

#include "render/Format.h"
#include "render/ReportWords.h"
#include "render/Sparkline.h"
#include "render/Thumbnail.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace cr::render {

namespace {

constexpr int kTopCategories = 5; // the wall shows 3; paper has room for a few more
constexpr int kQuoteLines = 3;
constexpr int kArtifactColumns = 4;
constexpr int kMaxArtifacts = 8;

// Segments of one line drawn one after the other, each in its own colour.
struct Segment
{
    QString text;
    QColor color;
    QFont font;
};

void drawSegments(QPainter& p, QRectF rect, const QVector<Segment>& segments)
{
    for (const Segment& s : segments) {
        if (rect.width() <= 0)
            break;
        drawLine(p, rect, s.text, s.font, s.color);
        rect.setLeft(rect.left() + textWidth(s.font, s.text));
    }
}

QVector<std::optional<double>> npsTrendValues(const StageWall& stage)
{
    QVector<std::optional<double>> values;
    for (const auto& w : stage.npsTrend)
        values.append(w ? std::optional<double>(w->score) : std::nullopt);
    return values;
}

void addStageHeader(PageFlow& flow, const ReportStyle& style, const ReportData& data, int index)
{
    const StageWall& stage = data.wall.stages[index];
    const StageReport& r = stage.report;
    const Palette palette = style.palette();
    addPageTitle(flow, style,
                 QCoreApplication::translate("Report", "Stage %1 of %2 · %3")
                     .arg(index + 1)
                     .arg(data.wall.stages.size())
                     .arg(data.wall.comparison.label()),
                 r.stage.name);
    flow.skip(style.pt(3));

    const QFont small = style.small();
    const ChipStyle chip =
        style.chip(maturityColor(palette, r.stage.maturity), maturityGlyph(r.stage.maturity),
                   maturityWord(r.stage.maturity), style.body(QFont::Bold));
    QStringList owners;
    owners << (r.ownerDepartment.isEmpty()
                   ? QCoreApplication::translate("Report", "No owner department")
                   : QCoreApplication::translate("Report", "Owner: %1").arg(r.ownerDepartment));
    if (!r.contributingDepartments.isEmpty())
        owners << QCoreApplication::translate("Report", "Also shaped by: %1")
                      .arg(r.contributingDepartments.join(QStringLiteral(", ")));
    const QString ownerLine = owners.join(QStringLiteral(" · "));
    addBand(flow, lineHeight(chip.font), [chip, ownerLine, small, palette](QPainter& p, const QRectF& band) {
        const QSize size = chipSize(chip);
        drawChip(p, QRect(band.topLeft().toPoint(), QSize(size.width(), int(band.height()))), chip);
        const double x = band.left() + size.width() + band.height();
        drawLine(p, QRectF(x, band.top(), band.right() - x, band.height()), ownerLine, small,
                 palette.mutedText);
    });
    flow.skip(style.pt(3));
    const QString target =
        r.stage.targetExperience.isEmpty()
            ? QCoreApplication::translate(
                  "Report", "No target experience yet: write one sentence in the customer's voice.")
            : QStringLiteral("“%1”").arg(r.stage.targetExperience);
    addParagraph(flow, target, style.quote(),
                 r.stage.targetExperience.isEmpty() ? palette.mutedText : palette.text, 0, 3);
}

// NPS as the big number with n, margin, change and trend; CSAT, CES,
// complaints, calls and follow-ups beside it.
void addScores(PageFlow& flow, const ReportStyle& style, const ReportData& data, const StageWall& stage)
{
    const StageReport& r = stage.report;
    const Palette palette = style.palette();
    const QFont small = style.small();
    const QFont smallBold = style.small(QFont::Bold);
    const QFont body = style.body();
    const QFont bodyBold = style.body(QFont::Bold);
    const QFont headline = style.headline();
    const QFont value = style.value();
    const bool comparable = data.wall.comparison.comparable();
    const QString versus = data.wall.comparison.previousLabel();

    // Right column: label, value, change.
    struct Line
    {
        QString label;
        QVector<Segment> value;
    };
    QVector<Line> lines;
    auto lowSample = [&](bool low) {
        return low ? Segment{QCoreApplication::translate("Report", " · low sample"),
                             palette.amber.darker(140), small}
                   : Segment{};
    };
    const auto* change = comparable && r.change ? &*r.change : nullptr;
    if (r.csat) {
        Line l{
            QCoreApplication::translate("Report", "CSAT"),
            {{QCoreApplication::translate("Report", "%1 % · n %2").arg(qRound(r.csat->score)).arg(r.csat->n),
              palette.text, body}}};
        if (change && change->csat && change->csat->enoughSample) {
            const ChangeCue cue = changeCue(*change->csat, false, 0, palette);
            l.value.append({QStringLiteral(" · ") + cue.text, cue.color, body});
        }
        l.value.append(lowSample(r.csat->lowSample()));
        lines.append(l);
    } else {
        lines.append({QCoreApplication::translate("Report", "CSAT"),
                      {{noDataDash() + QLatin1Char(' ') + noDataText(), palette.mutedText, body}}});
    }
    if (r.ces) {
        Line l{QCoreApplication::translate("Report", "CES"),
               {{QCoreApplication::translate("Report", "%1 of 7 · n %2")
                     .arg(formatNumber(r.ces->mean, 1))
                     .arg(r.ces->n),
                 palette.text, body}}};
        if (change && change->ces && change->ces->enoughSample) {
            const ChangeCue cue = changeCue(*change->ces, true, 1, palette);
            l.value.append({QStringLiteral(" · ") + cue.text, cue.color, body});
        }
        l.value.append(lowSample(r.ces->lowSample()));
        lines.append(l);
    } else {
        lines.append({QCoreApplication::translate("Report", "CES"),
                      {{noDataDash() + QLatin1Char(' ') + noDataText(), palette.mutedText, body}}});
    }
    Line complaints{QCoreApplication::translate("Report", "Complaints"),
                    {{QString::number(r.complaints.total), palette.text, bodyBold}}};
    if (change && stage.previousComplaintTotal) {
        const ChangeCue cue = changeCue(change->complaints, true, 0, palette);
        complaints.value.append({QStringLiteral(" · ") + cue.text, cue.color, body});
        complaints.value.append(
            {QCoreApplication::translate("Report", " (%1 before)").arg(*stage.previousComplaintTotal),
             palette.mutedText, small});
    }
    lines.append(complaints);
    lines.append({QCoreApplication::translate("Report", "Calls"),
                  {{r.calls.count == 0 ? QCoreApplication::translate("Report", "none recorded")
                                       : QCoreApplication::translate("Report", "%1 · %2 recorded")
                                             .arg(r.calls.count)
                                             .arg(formatDuration(r.calls.seconds)),
                    r.calls.count == 0 ? palette.mutedText : palette.text, body}}});
    lines.append(
        {QCoreApplication::translate("Report", "Follow-ups"),
         {{QCoreApplication::translate("Report", "%1 open").arg(r.openFollowUps), palette.text, body}}});

    const double lh = lineHeight(body);
    const double sl = lineHeight(small);
    const double leftHeight = lineHeight(smallBold) + lineHeight(headline) + sl * 3;
    const double height = std::max(leftHeight, lh * lines.size());
    const QVector<std::optional<double>> trend = npsTrendValues(stage);
    const Period::Kind kind = data.wall.period.kind;
    const QString trendCaption =
        kind == Period::Kind::Quarter
            ? QCoreApplication::translate("Report", "last %1 quarters").arg(trend.size())
        : kind == Period::Kind::Custom
            ? QCoreApplication::translate("Report", "last %1 periods").arg(trend.size())
            : QCoreApplication::translate("Report", "last %1 months").arg(trend.size());
    const double gap = style.pt(14);
    QStringList npsLines;
    if (r.nps) {
        if (comparable && stage.npsChange)
            npsLines << (stage.npsChange->significant
                             ? QCoreApplication::translate("Report", "%1 · significant").arg(versus)
                         : stage.npsChange->enoughSample
                             ? QCoreApplication::translate("Report", "%1 · not significant").arg(versus)
                             : QCoreApplication::translate("Report", "%1 · samples too small to tell")
                                   .arg(versus));
        else if (comparable)
            npsLines << QCoreApplication::translate("Report", "no earlier NPS to compare");
        npsLines << QCoreApplication::translate("Report", "n %1 · ±%2 (95 % margin of error)")
                        .arg(r.nps->n)
                        .arg(formatNumber(r.nps->margin95, 1));
        npsLines << QCoreApplication::translate("Report", "%1 promoters, %2 passives, %3 detractors")
                        .arg(r.nps->promoters)
                        .arg(r.nps->passives)
                        .arg(r.nps->detractors);
    } else {
        npsLines << noDataText();
    }

    addHeading(flow, style, QCoreApplication::translate("Report", "Scores"), height);
    addBand(flow, height, [=](QPainter& p, const QRectF& band) {
        const double leftWidth = band.width() * 0.52;
        const QRectF left(band.left(), band.top(), leftWidth, band.height());
        // NPS label, and "low sample" beside it so n and ±margin are never cut.
        const double lhs = lineHeight(smallBold);
        const QString label = QCoreApplication::translate("Report", "NPS");
        drawLine(p, QRectF(left.left(), left.top(), left.width(), lhs), label, smallBold, palette.mutedText);
        if (r.nps && r.nps->lowSample()) {
            const ChipStyle chip = style.chip(palette.amber, QStringLiteral("!"),
                                              QCoreApplication::translate("Report", "low sample"), small);
            const QSize size = chipSize(chip);
            drawChip(p,
                     QRect(QPoint(int(left.left() + textWidth(smallBold, label) + lhs), int(left.top())),
                           QSize(size.width(), int(lhs))),
                     chip);
        }
        const double hy = left.top() + lhs;
        const double hh = lineHeight(headline);
        const QString number = r.nps ? formatNps(r.nps->score) : noDataDash();
        drawLine(p, QRectF(left.left(), hy, left.width(), hh), number, headline,
                 r.nps ? palette.text : palette.mutedText);
        const double x = left.left() + textWidth(headline, number) + style.pt(10);
        const double sparkWidth = style.pt(80);
        if (r.nps && comparable && stage.npsChange) {
            const ChangeCue cue = changeCue(*stage.npsChange, false, 0, palette);
            drawLine(p, QRectF(x, hy, left.right() - sparkWidth - x, hh), cue.text, value, cue.color);
        }
        const QRectF spark(left.right() - sparkWidth, hy + hh * 0.15, sparkWidth, hh * 0.55);
        drawSparkline(p, spark, trend, std::nullopt, palette.accent, palette.mutedText);
        if (sparklinePointCount(trend) > 0)
            drawLine(p, QRectF(spark.left(), spark.bottom(), sparkWidth, hh * 0.3), trendCaption, small,
                     palette.mutedText, Qt::AlignRight);
        for (int i = 0; i < npsLines.size(); ++i)
            drawLine(p, QRectF(left.left(), hy + hh + i * sl, left.width(), sl), npsLines[i], small,
                     palette.mutedText);

        const double rx = left.right() + gap;
        const double labelWidth = style.pt(64);
        for (int i = 0; i < lines.size(); ++i) {
            const double y = band.top() + i * lh;
            drawLine(p, QRectF(rx, y, labelWidth, lh), lines[i].label, bodyBold, palette.mutedText);
            drawSegments(p, QRectF(rx + labelWidth, y, band.right() - rx - labelWidth, lh), lines[i].value);
        }
    });
}

void addKpis(PageFlow& flow, const ReportStyle& style, const StageWall& stage)
{
    const Palette palette = style.palette();
    const QFont body = style.body();
    const QFont bodyBold = style.body(QFont::Bold);
    const QFont small = style.small();
    const double rowHeight = lineHeight(body) + lineHeight(small) + style.pt(5);
    const auto& kpis = stage.report.kpis;
    addHeading(flow, style, QCoreApplication::translate("Report", "KPIs of the key moments"), rowHeight);
    if (kpis.isEmpty()) {
        addParagraph(flow,
                     QCoreApplication::translate(
                         "Report", "No KPIs for this stage yet: add one for each key moment of truth."),
                     body, palette.mutedText);
        return;
    }
    const QString stageName = stage.report.stage.name;
    flow.setContinuation([&style, stageName](PageFlow& f) {
        addPageTitle(f, style, QCoreApplication::translate("Report", "continued"), stageName);
        addHeading(f, style, QCoreApplication::translate("Report", "KPIs of the key moments (continued)"), 0);
    });
    for (const KpiReport& k : kpis) {
        const ChipStyle chip = k.status ? style.chip(palette.statusColor(*k.status), kpiStatusIcon(*k.status),
                                                     kpiStatusWord(*k.status), small)
                                        : ChipStyle{};
        addBand(flow, rowHeight, [=](QPainter& p, const QRectF& band) {
            const double lh = lineHeight(body);
            const double w = band.width();
            drawLine(p, QRectF(band.left(), band.top(), w * 0.46, lh), k.kpi.name, body, palette.text);
            drawLine(p, QRectF(band.left(), band.top() + lh, w * 0.46, lineHeight(small)),
                     formatKpiTarget(k.kpi) + QStringLiteral(" · ") +
                         (k.months > 1 ? QCoreApplication::translate("Report", "%1 months").arg(k.months)
                                       : QCoreApplication::translate("Report", "monthly value")),
                     small, palette.mutedText);
            const QString valueText = k.value ? formatKpiValue(*k.value, k.kpi.unit) : noDataDash();
            drawLine(p, QRectF(band.left() + w * 0.46, band.top(), w * 0.16, lh), valueText, bodyBold,
                     k.value ? palette.text : palette.mutedText, Qt::AlignRight);
            const double cx = band.left() + w * 0.66;
            if (k.status) {
                const QSize size = chipSize(chip);
                drawChip(p, QRect(QPoint(int(cx), int(band.top())), QSize(size.width(), int(lh))), chip);
            } else {
                drawLine(p, QRectF(cx, band.top(), w * 0.16, lh), noDataText(), small, palette.mutedText);
            }
            drawSparkline(p, QRectF(band.left() + w * 0.84, band.top(), w * 0.16, lh * 1.3), k.trend,
                          k.kpi.target, palette.accent, palette.mutedText);
        });
    }
    flow.setContinuation(nullptr);
}

void addComplaints(PageFlow& flow, const ReportStyle& style, const ReportData& data, const StageWall& stage)
{
    const Palette palette = style.palette();
    const QFont body = style.body();
    const QFont bodyBold = style.body(QFont::Bold);
    const QFont small = style.small();
    const double lh = lineHeight(body);
    addHeading(flow, style, QCoreApplication::translate("Report", "Top complaint categories"), lh * 2);
    const QString periodLabel = data.wall.comparison.label();
    if (stage.report.complaints.total == 0) {
        addParagraph(flow, QCoreApplication::translate("Report", "No complaints in %1.").arg(periodLabel),
                     body, palette.mutedText);
        return;
    }
    const QString stageName = stage.report.stage.name;
    flow.setContinuation([&style, stageName](PageFlow& f) {
        addPageTitle(f, style, QCoreApplication::translate("Report", "continued"), stageName);
        addHeading(f, style, QCoreApplication::translate("Report", "Top complaint categories (continued)"),
                   0);
    });
    const bool comparable = data.wall.comparison.comparable();
    int shown = 0;
    for (const CategoryTrend& c : stage.categories) {
        if (shown == kTopCategories || c.count == 0)
            break;
        ++shown;
        const QString changeText =
            comparable ? (c.direction() == CategoryTrend::Direction::Up
                              ? QCoreApplication::translate("Report", "▲ up from %1").arg(c.previousCount)
                          : c.direction() == CategoryTrend::Direction::Down
                              ? QCoreApplication::translate("Report", "▼ down from %1").arg(c.previousCount)
                              : QCoreApplication::translate("Report", "≈ %1 before").arg(c.previousCount))
                       : QString();
        const QColor changeColor = c.direction() == CategoryTrend::Direction::Up     ? palette.red
                                   : c.direction() == CategoryTrend::Direction::Down ? palette.green
                                                                                     : palette.neutral;
        QVector<std::optional<double>> trend;
        for (int n : c.trend)
            trend.append(double(n));
        QStringList quoteLines;
        QString source;
        if (c.quote && !c.quote->text.trimmed().isEmpty()) {
            quoteLines = wrapText(QStringLiteral("“%1”").arg(c.quote->text.simplified()), style.quote(),
                                  flow.width() * 0.9, kQuoteLines);
            source = QStringLiteral("— %1, %2").arg(c.quote->channel, formatDate(c.quote->receivedAt.date()));
        }
        const double quoteHeight =
            quoteLines.isEmpty() ? 0 : lineHeight(style.quote()) * quoteLines.size() + lineHeight(small);
        const QFont quoteFont = style.quote();
        addBand(flow, lh + quoteHeight + style.pt(6), [=](QPainter& p, const QRectF& band) {
            const double w = band.width();
            drawLine(p, QRectF(band.left(), band.top(), w * 0.5, lh), c.category, bodyBold, palette.text);
            drawLine(p, QRectF(band.left() + w * 0.5, band.top(), w * 0.1, lh), QString::number(c.count),
                     bodyBold, palette.text, Qt::AlignRight);
            drawLine(p, QRectF(band.left() + w * 0.63, band.top(), w * 0.2, lh), changeText, small,
                     changeColor);
            drawSparkline(p, QRectF(band.left() + w * 0.84, band.top(), w * 0.16, lh), trend, std::nullopt,
                          palette.mutedText, palette.hairline);
            if (!quoteLines.isEmpty()) {
                const double indent = w * 0.04;
                drawLines(p, quoteLines, quoteFont, palette.text,
                          QPointF(band.left() + indent, band.top() + lh), w - indent);
                drawLine(p,
                         QRectF(band.left() + indent,
                                band.top() + lh + lineHeight(quoteFont) * quoteLines.size(), w - indent,
                                lineHeight(small)),
                         source, small, palette.mutedText);
            }
        });
    }
    const int more = int(std::count_if(stage.categories.cbegin(), stage.categories.cend(),
                                       [](const CategoryTrend& c) { return c.count > 0; })) -
                     shown;
    if (more > 0)
        addParagraph(flow, QCoreApplication::translate("Report", "+%1 more categories").arg(more), small,
                     palette.mutedText);
    flow.setContinuation(nullptr);
}

void addArtifacts(PageFlow& flow, const ReportStyle& style, const ReportData& data, const StageWall& stage)
{
    const Palette palette = style.palette();
    const QFont small = style.small();
    const double gap = style.pt(8);
    const double cellWidth = (flow.width() - gap * (kArtifactColumns - 1)) / kArtifactColumns;
    const double thumbHeight = cellWidth * 0.72;
    const double rowHeight = thumbHeight + lineHeight(small) * 2 + style.pt(6);
    addHeading(flow, style, QCoreApplication::translate("Report", "Artifacts customers receive"), rowHeight);
    if (stage.artifacts.isEmpty()) {
        addParagraph(flow, QCoreApplication::translate("Report", "No artifacts for this stage yet."),
                     style.body(), palette.mutedText);
        return;
    }
    const int shown = std::min(kMaxArtifacts, int(stage.artifacts.size()));
    const ThumbnailStyle thumbStyle{palette.hairline, palette.background, palette.mutedText, small,
                                    style.pt(0.6),    int(style.pt(3)),   int(style.pt(4))};
    for (int row = 0; row * kArtifactColumns < shown; ++row) {
        QVector<Artifact> cells;
        for (int i = row * kArtifactColumns; i < std::min(shown, (row + 1) * kArtifactColumns); ++i)
            cells.append(stage.artifacts[i]);
        QVector<QImage> images;
        for (const Artifact& a : cells)
            images.append(data.thumbnails.value(a.thumbnailSha256));
        addBand(flow, rowHeight, [=](QPainter& p, const QRectF& band) {
            for (int i = 0; i < cells.size(); ++i) {
                const double x = band.left() + i * (cellWidth + gap);
                const QRect box(QPoint(int(x), int(band.top())), QSize(int(cellWidth), int(thumbHeight)));
                drawThumbnail(p, box, images[i], artifactKindWord(cells[i].kind), thumbStyle);
                const QStringList title = wrapText(cells[i].title, small, cellWidth, 2);
                drawLines(p, title, small, palette.text, QPointF(x, band.top() + thumbHeight + style.pt(2)),
                          cellWidth, Qt::AlignHCenter);
            }
        });
    }
    if (stage.artifacts.size() > shown)
        addParagraph(flow,
                     QCoreApplication::translate("Report", "+%1 more artifacts in the room")
                         .arg(stage.artifacts.size() - shown),
                     small, palette.mutedText);
}

void addOpenFixes(PageFlow& flow, const ReportStyle& style, const ReportData& data, const StageWall& stage)
{
    const Palette palette = style.palette();
    const QFont body = style.body(QFont::DemiBold);
    const QFont small = style.small();
    QVector<FixEntry> open;
    for (const FixEntry& e : data.fixes)
        if (e.fix.stageId == stage.report.stage.id && e.fix.isOpen())
            open.append(e);
    // Overdue first, then by due date; fixes with no due date last.
    std::stable_sort(open.begin(), open.end(), [&](const FixEntry& a, const FixEntry& b) {
        const bool ao = a.fix.isOverdue(data.today), bo = b.fix.isOverdue(data.today);
        if (ao != bo)
            return ao;
        return a.fix.due.value_or(QDate(9999, 12, 31)) < b.fix.due.value_or(QDate(9999, 12, 31));
    });
    const FixCounts& counts = stage.report.fixes;
    const double lh = lineHeight(body);
    addHeading(flow, style, QCoreApplication::translate("Report", "Open fixes"), lh * 2);
    addParagraph(
        flow,
        QCoreApplication::translate(
            "Report",
            "%1 open (%2 overdue) · %3 done · %4 verified. Every fix, with what it moved, is on the Fixes "
            "page.")
            .arg(counts.open)
            .arg(counts.overdue)
            .arg(counts.done)
            .arg(counts.verified),
        small, palette.mutedText);
    flow.skip(style.pt(3));
    if (open.isEmpty()) {
        addParagraph(flow, QCoreApplication::translate("Report", "No open fixes for this stage."),
                     style.body(), palette.mutedText);
        return;
    }
    const QString stageName = stage.report.stage.name;
    flow.setContinuation([&style, stageName](PageFlow& f) {
        addPageTitle(f, style, QCoreApplication::translate("Report", "continued"), stageName);
        addHeading(f, style, QCoreApplication::translate("Report", "Open fixes (continued)"), 0);
    });
    for (const FixEntry& e : open) {
        const Fix& fix = e.fix;
        const double titleWidth = flow.width() * 0.68;
        const QStringList title = wrapText(fix.title, body, titleWidth - lh * 1.4, 2);
        QStringList meta{fixStatusWord(fix.status)};
        if (!e.ownerName.isEmpty())
            meta << QCoreApplication::translate("Report", "Owner: %1").arg(e.ownerName);
        if (!e.metricName.isEmpty())
            meta << (fix.baseline ? QCoreApplication::translate("Report", "moves %1 (baseline %2)")
                                        .arg(e.metricName, formatNumber(*fix.baseline, 1))
                                  : QCoreApplication::translate("Report", "moves %1").arg(e.metricName));
        const QStringList description = fix.description.isEmpty()
                                            ? QStringList()
                                            : wrapText(fix.description, small, flow.width() - lh * 1.4, 2);
        const bool overdue = fix.isOverdue(data.today);
        const QString due =
            !fix.due ? QCoreApplication::translate("Report", "no due date")
            : overdue ? QCoreApplication::translate("Report", "✕ overdue · due %1").arg(formatDate(*fix.due))
                      : QCoreApplication::translate("Report", "due %1").arg(formatDate(*fix.due));
        const ChipStyle chip =
            style.chip(fixStatusColor(palette, fix.status), fixStatusGlyph(fix.status), QString(), body);
        const double height = lh * title.size() + lineHeight(small) * (1 + description.size()) + style.pt(6);
        addBand(flow, height, [=](QPainter& p, const QRectF& band) {
            const QSize size = chipSize(chip);
            drawChip(p, QRect(band.topLeft().toPoint(), QSize(size.width(), int(lh))), chip);
            const double x = band.left() + lh * 1.4;
            drawLines(p, title, body, palette.text, QPointF(x, band.top()), titleWidth - lh * 1.4);
            drawLine(p, QRectF(band.left() + titleWidth, band.top(), band.width() - titleWidth, lh), due,
                     overdue ? style.small(QFont::Bold) : small,
                     overdue ? palette.red.darker(120) : palette.mutedText, Qt::AlignRight);
            const double my = band.top() + lh * title.size();
            drawLine(p, QRectF(x, my, band.right() - x, lineHeight(small)), meta.join(QStringLiteral(" · ")),
                     small, palette.mutedText);
            drawLines(p, description, small, palette.mutedText, QPointF(x, my + lineHeight(small)),
                      band.right() - x);
        });
    }
    flow.setContinuation(nullptr);
}

} // namespace

QString stageSectionKey(const StageWall& stage)
{
    return QStringLiteral("stage:%1").arg(stage.report.stage.id);
}

void addStagePages(PageFlow& flow, const ReportStyle& style, const ReportData& data, int stageIndex)
{
    const StageWall& stage = data.wall.stages[stageIndex];
    flow.startSection(stageSectionKey(stage), stage.report.stage.name);
    addStageHeader(flow, style, data, stageIndex);
    addScores(flow, style, data, stage);
    addKpis(flow, style, stage);
    addComplaints(flow, style, data, stage);
    addArtifacts(flow, style, data, stage);
    addOpenFixes(flow, style, data, stage);
}

} // namespace cr::render
