#pragma once
// Shared shape of the drill-down windows: non-modal, deleted on close, sized
// to the wall window, type from the wall's theme.

#include "common/Theme.h"

#include <QDialog>

namespace cr::ui {

class DrillDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDialog(const Theme& theme, const QString& title, QWidget* parent);

protected:
    const Theme& theme() const { return m_theme; }
    void showSized(double widthShare = 0.6, double heightShare = 0.65);

private:
    Theme m_theme;
};

} // namespace cr::ui
