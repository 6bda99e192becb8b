#include "present/PresentKit.h"

#include "common/Chip.h"
#include "common/Format.h"
#include "common/TextLabel.h"
#include "text/PersonalData.h"

#include <QBoxLayout>
#include <QCoreApplication>

namespace cr::ui {

PresentType::PresentType(const Theme& theme)
    : body(theme.px(27)), value(theme.px(36)), title(theme.px(50)), headline(theme.px(110)), gap(theme.px(24))
{
}

TextLabel* addLine(QLayout* layout, const QString& text, int pixelSize, const QColor& color, int lines,
                   QFont::Weight weight)
{
    QFont font(fontFamily()); // DejaVu Sans: tabular digits, so figures line up
    font.setPixelSize(qMax(1, pixelSize));
    font.setWeight(weight);
    font.setStyleHint(QFont::SansSerif);
    auto* label = new TextLabel(text, font, color, lines);
    label->setHeightFollowsText(true); // pages read top to bottom: no empty reserved lines
    layout->addWidget(label);
    return label;
}

TextLabel* addHeading(QLayout* layout, const Theme& theme, const QString& text)
{
    return addLine(layout, text, PresentType(theme).body, theme.mutedText, 1, QFont::Bold);
}

QWidget* statusLine(const Theme& theme, const QColor& color, const QString& glyph, const QString& text,
                    int pixelSize, int lines)
{
    // The coloured glyph and the words: never colour alone, and the words
    // wrap instead of widening the window.
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme.px(8));
    auto* chip = new Chip(theme, color, glyph, QString(), pixelSize);
    layout->addWidget(chip, 0, Qt::AlignTop);
    addLine(layout, text, pixelSize, theme.text, lines);
    layout->setStretch(1, 1);
    return row;
}

QString shareable(const QString& text, bool mask)
{
    return mask ? maskPersonalData(text) : text;
}

QString npsChangeText(const StageWall& stage, const QString& previousShort)
{
    if (!stage.npsChange || !stage.previousNps)
        return QCoreApplication::translate("Present", "no earlier NPS to compare");
    const auto& c = *stage.npsChange;
    if (!c.enoughSample)
        return QCoreApplication::translate("Present", "≈ %1 vs %2 (too few answers to tell)")
            .arg(formatSigned(c.delta), previousShort);
    if (!c.significant)
        return QCoreApplication::translate("Present", "≈ %1 vs %2 (within the margin)")
            .arg(formatSigned(c.delta), previousShort);
    return QCoreApplication::translate("Present", "%1 %2 vs %3 (significant)")
        .arg(c.delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼"), formatSigned(c.delta), previousShort);
}

} // namespace cr::ui
