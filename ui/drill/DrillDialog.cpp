#include "drill/DrillDialog.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QScreen>

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

DrillDialog* DrillDialog::findOpen(QWidget* parent, const QString& key)
{
    if (!parent || key.isEmpty())
        return nullptr;
    const auto dialogs = parent->findChildren<DrillDialog*>(QString(), Qt::FindDirectChildrenOnly);
    for (DrillDialog* d : dialogs)
        if (d->key() == key && d->isVisible())
            return d;
    return nullptr;
}

void DrillDialog::bringForward()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void DrillDialog::applyBodyType()
{
    // Under the wall window's style sheet a font set on the dialog does not
    // reach its controls by itself: give the body type to every control that
    // has not chosen its own (titles and figures keep theirs).
    const QFont body = m_theme.font(m_theme.bodyPx());
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children) {
        if (!child->testAttribute(Qt::WA_SetFont))
            child->setFont(body);
        if (auto* view = qobject_cast<QAbstractItemView*>(child)) {
            // Rows as tall as the type, headers too.
            if (auto* table = view->findChild<QHeaderView*>())
                table->setFont(body);
        }
    }
}

void DrillDialog::showEvent(QShowEvent* event)
{
    applyBodyType();
    QDialog::showEvent(event);
}

void DrillDialog::showSized(double widthShare, double heightShare)
{
    QSize size;
    if (QWidget* p = parentWidget())
        size = QSize(int(p->width() * widthShare), int(p->height() * heightShare));
    // Never larger than the screen it opens on.
    if (QScreen* s = parentWidget() ? parentWidget()->screen() : screen())
        size = size.boundedTo(s->availableSize());
    if (!size.isEmpty())
        resize(size);
    bringForward();
}

} // namespace cr::ui
