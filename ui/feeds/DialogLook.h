#pragma once
// The look the import, feed and room windows share: the wall's body type,
// muted helper text, and disabled controls that look disabled (the wall's
// style sheet paints every button in full text colour), sized to the screen
// they open on so they fit a 13" laptop and use a 1080p display.

#include "common/Theme.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace cr::ui {

inline void applyDialogLook(QWidget* dialog, const Theme& theme)
{
    dialog->setFont(theme.font(theme.bodyPx()));
    dialog->setStyleSheet(QStringLiteral("QPushButton:disabled, QToolButton:disabled, QComboBox:disabled,"
                                         " QCheckBox:disabled, QRadioButton:disabled, QLineEdit:disabled"
                                         " { color: %1; }")
                              .arg(QColor::fromRgb(0x9a, 0x9a, 0x9a).name()));
}

inline void muteLabel(QWidget* label, const Theme& theme)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme.mutedText);
    label->setPalette(pal);
}

// A share of the screen, never below what the layout needs nor above the screen.
inline void sizeToScreen(QWidget* dialog, double widthShare, double heightShare, QSize least)
{
    const QScreen* screen =
        dialog->parentWidget() ? dialog->parentWidget()->screen() : QGuiApplication::primaryScreen();
    const QRect free = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const int w = qMin(free.width(), qMax(least.width(), int(free.width() * widthShare)));
    const int h = qMin(free.height(), qMax(least.height(), int(free.height() * heightShare)));
    dialog->resize(w, h);
}

} // namespace cr::ui
