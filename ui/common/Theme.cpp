#include "common/Theme.h"

#include <QCoreApplication>
#include <QtMath>

namespace cr::ui {

namespace {
} // namespace

QString fontFamily()
{
    // DejaVu Sans has tabular digits, so figures line up in columns.
    return QStringLiteral("DejaVu Sans");
}

Theme Theme::forDistantReading(int windowHeight)
{
    // bodyPx() is 13 design pixels; 27 is the presentation's smallest text.
    return forWindowHeight(int(windowHeight * 27.0 / 13.0), true);
}

Theme Theme::forPresentationScreen(int screenHeight)
{
    Theme t = forWindowHeight(screenHeight, true);
    t.m_scale = qMax(0.5, double(screenHeight) / kDesignHeight); // no 0.85 floor: the page must fit
    t.m_layoutScale = t.m_scale;
    return t;
}

Theme Theme::forWindowHeight(int height, bool presentation)
{
    Theme t;
    // Below ~720 px the wall would get unreadable; it scrolls instead.
    t.m_scale = qMax(0.85, double(height) / kDesignHeight);
    t.m_layoutScale = t.m_scale;
    // Presentation gains its room by dropping the chrome, not by larger type,
    // so the whole matrix still fits the screen (a stage-by-stage tour with
    // type for 4 m comes with the big-display work).
    t.m_highContrast = presentation;
    if (presentation) {
        t.background = QColor(0xFF, 0xFF, 0xFF);
        t.panel = QColor(0xFF, 0xFF, 0xFF);
        t.text = QColor(0x00, 0x00, 0x00);
        t.mutedText = QColor(0x33, 0x33, 0x33); // 12.6:1 on white
        t.hairline = QColor(0x70, 0x70, 0x70);
        t.hover = QColor(0xE3, 0xEE, 0xF8);
        t.accent = QColor(0x00, 0x5A, 0x8C);
        t.focus = QColor(0x00, 0x00, 0x00);
    } else {
        t.background = QColor(0xF5, 0xF6, 0xF8);
        t.panel = QColor(0xFF, 0xFF, 0xFF);
        t.text = QColor(0x1B, 0x1F, 0x24);
        t.mutedText = QColor(0x55, 0x5E, 0x6B); // 6.4:1 on white, 6.0:1 on the background
        t.hairline = QColor(0xDD, 0xE1, 0xE6);
        t.hover = QColor(0xEB, 0xF3, 0xFA);
        t.accent = QColor(0x00, 0x72, 0xB2);
        t.focus = QColor(0x00, 0x72, 0xB2);
    }
    t.green = QColor(0x00, 0x9E, 0x73);
    t.amber = QColor(0xE6, 0x9F, 0x00);
    t.red = QColor(0xD5, 0x5E, 0x00);
    t.neutral = t.mutedText;
    return t;
}

int Theme::px(double designPx) const
{
    return qMax(1, qRound(designPx * m_scale));
}

int Theme::layoutPx(double designPx) const
{
    return qMax(1, qRound(designPx * m_layoutScale));
}

QFont Theme::font(int pixelSize, QFont::Weight weight, bool italic) const
{
    QFont f(fontFamily());
    f.setPixelSize(qMax(1, pixelSize));
    f.setWeight(weight);
    f.setItalic(italic);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QColor Theme::statusColor(metrics::KpiStatus status) const
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

QString Theme::statusWord(metrics::KpiStatus status)
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

QString Theme::statusIcon(metrics::KpiStatus status)
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

QString Theme::styleSheet() const
{
    return QStringLiteral(
               "QWidget#wallWindow, QWidget#wallView, QWidget#wallContent, QWidget#laneLabels,"
               " QScrollArea#wallScroll, QScrollArea#wallScroll > QWidget { background: %1; color: %2; }"
               "QCheckBox::indicator { width: %10px; height: %10px; }"
               "QToolButton, QPushButton, QComboBox { padding: %4px %5px; border: 1px solid %3;"
               " border-radius: %6px; background: %7; color: %2; }"
               "QToolButton:hover, QPushButton:hover, QComboBox:hover { background: %8; }"
               "QToolButton:focus, QPushButton:focus, QComboBox:focus, QCheckBox:focus { border: 2px solid "
               "%9; }"
               "QToolButton:checked { background: %8; border: 2px solid %9; }"
               "QCheckBox { color: %2; }")
        .arg(background.name(), text.name(), hairline.name())
        .arg(px(4))
        .arg(px(10))
        .arg(px(6))
        .arg(panel.name(), hover.name(), focus.name())
        .arg(px(15));
}

} // namespace cr::ui
