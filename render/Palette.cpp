#include "render/Palette.h"

#include <QCoreApplication>

namespace cr::render {

namespace {
void setStatusColours(Palette& p)
{
    p.green = QColor(0x00, 0x9E, 0x73);
    p.amber = QColor(0xE6, 0x9F, 0x00);
    p.red = QColor(0xD5, 0x5E, 0x00);
    p.neutral = p.mutedText;
}
} // namespace

Palette Palette::wall()
{
    Palette p;
    p.background = QColor(0xF5, 0xF6, 0xF8);
    p.panel = QColor(0xFF, 0xFF, 0xFF);
    p.text = QColor(0x1B, 0x1F, 0x24);
    p.mutedText = QColor(0x55, 0x5E, 0x6B); // 6.4:1 on white, 6.0:1 on the background
    p.hairline = QColor(0xDD, 0xE1, 0xE6);
    p.hover = QColor(0xEB, 0xF3, 0xFA);
    p.accent = QColor(0x00, 0x72, 0xB2);
    p.focus = QColor(0x00, 0x72, 0xB2);
    setStatusColours(p);
    return p;
}

Palette Palette::highContrast()
{
    Palette p;
    p.background = QColor(0xFF, 0xFF, 0xFF);
    p.panel = QColor(0xFF, 0xFF, 0xFF);
    p.text = QColor(0x00, 0x00, 0x00);
    p.mutedText = QColor(0x33, 0x33, 0x33); // 12.6:1 on white
    p.hairline = QColor(0x70, 0x70, 0x70);
    p.hover = QColor(0xE3, 0xEE, 0xF8);
    p.accent = QColor(0x00, 0x5A, 0x8C);
    p.focus = QColor(0x00, 0x00, 0x00);
    setStatusColours(p);
    return p;
}

QColor Palette::statusColor(metrics::KpiStatus status) const
{
    switch (status) {
    case metrics::KpiStatus::Green:
        return green;
    case metrics::KpiStatus::Amber:
        return amber;
    case metrics::KpiStatus::Red:
        return red;
    }
    return neutral;
}

// The context stays "Theme", where these words were first translated.
QString kpiStatusWord(metrics::KpiStatus status)
{
    switch (status) {
    case metrics::KpiStatus::Green:
        return QCoreApplication::translate("Theme", "on target");
    case metrics::KpiStatus::Amber:
        return QCoreApplication::translate("Theme", "near target");
    case metrics::KpiStatus::Red:
        return QCoreApplication::translate("Theme", "off target");
    }
    return {};
}

QString kpiStatusIcon(metrics::KpiStatus status)
{
    switch (status) {
    case metrics::KpiStatus::Green:
        return QStringLiteral("✓"); // check mark
    case metrics::KpiStatus::Amber:
        return QStringLiteral("!");
    case metrics::KpiStatus::Red:
        return QStringLiteral("✕"); // multiplication x
    }
    return {};
}

QString maturityGlyph(Maturity maturity)
{
    switch (maturity) {
    case Maturity::Broken:
        return QStringLiteral("✕");
    case Maturity::Reliable:
        return QStringLiteral("●");
    case Maturity::Differentiating:
        return QStringLiteral("★");
    }
    return {};
}

QColor maturityColor(const Palette& palette, Maturity maturity)
{
    switch (maturity) {
    case Maturity::Broken:
        return palette.red;
    case Maturity::Reliable:
        return palette.accent;
    case Maturity::Differentiating:
        return palette.green;
    }
    return palette.neutral;
}

QString fixStatusGlyph(FixStatus status)
{
    switch (status) {
    case FixStatus::Proposed:
        return QStringLiteral("○");
    case FixStatus::InProgress:
        return QStringLiteral("◑");
    case FixStatus::Done:
        return QStringLiteral("●");
    case FixStatus::Verified:
        return QStringLiteral("✓");
    }
    return {};
}

QColor fixStatusColor(const Palette& palette, FixStatus status)
{
    switch (status) {
    case FixStatus::Proposed:
        return palette.hairline;
    case FixStatus::InProgress:
        return palette.accent;
    case FixStatus::Done:
        return palette.mutedText;
    case FixStatus::Verified:
        return palette.green;
    }
    return palette.neutral;
}

QString fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

} // namespace cr::render
