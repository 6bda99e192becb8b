#pragma once
// Shared shape of the drill-down windows: non-modal, deleted on close, sized
// to the wall window, type from the wall's theme on every control (at 4K as
// on a laptop), and one window per thing: asking again brings it forward.

#include "common/Theme.h"

#include <QDialog>

namespace cr::ui {

class DrillDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDialog(const Theme& theme, const QString& title, QWidget* parent);

    // The open drill-down of `parent` that shows `key`, brought forward; or nullptr.
    template <typename T> static T* raiseExisting(QWidget* parent, const QString& key)
    {
        T* found = qobject_cast<T*>(findOpen(parent, key));
        if (found)
            found->bringForward();
        return found;
    }
    // What this window shows ("complaints:12"), for raiseExisting.
    void setKey(const QString& key) { m_key = key; }
    QString key() const { return m_key; }
    void bringForward();

protected:
    const Theme& theme() const { return m_theme; }
    void showSized(double widthShare = 0.6, double heightShare = 0.65);
    void showEvent(QShowEvent* event) override;

private:
    static DrillDialog* findOpen(QWidget* parent, const QString& key);
    void applyBodyType();

    Theme m_theme;
    QString m_key;
};

} // namespace cr::ui
