#include "common/Theme.h"

#include <QCoreApplication>
#include <QtMath>

namespace cr::ui {

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
    static_cast<render::Palette&>(t) =
        presentation ? render::Palette::highContrast() : render::Palette::wall();
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
