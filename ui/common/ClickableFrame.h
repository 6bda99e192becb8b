#pragma once
// A panel area that is one click target: hover state, a visible keyboard
// focus ring, activation by mouse, Space or Enter, and a tooltip that
// explains the number it shows.

#include "common/Theme.h"

#include <QWidget>

namespace cr::ui {

class ClickableFrame : public QWidget
{
    Q_OBJECT
public:
    explicit ClickableFrame(const Theme& theme, QWidget* parent = nullptr);

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

    const Theme& theme() const { return m_theme; }

private:
    Theme m_theme;
    bool m_hovered = false;
    bool m_pressed = false;
};

} // namespace cr::ui
