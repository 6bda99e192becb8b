#include "drill/DrillDialog.h"

namespace cr::ui {

DrillDialog::DrillDialog(const Theme& theme, const QString& title, QWidget* parent)
    : QDialog(parent), m_theme(theme)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setFont(theme.font(theme.bodyPx()));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme.panel);
    pal.setColor(QPalette::WindowText, theme.text);
    setPalette(pal);
}

void DrillDialog::showSized(double widthShare, double heightShare)
{
    if (QWidget* p = parentWidget())
        resize(int(p->width() * widthShare), int(p->height() * heightShare));
    show();
    raise();
    activateWindow();
}

} // namespace cr::ui
