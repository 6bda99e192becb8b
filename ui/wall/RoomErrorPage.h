#pragma once
// What the window shows when a room cannot be opened (not a room, made by a
// newer program, missing, damaged): the reason and a way forward. Never a
// crash and never a modal box in the way.

#include "common/Theme.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace cr::ui {

class RoomErrorPage : public QWidget
{
    Q_OBJECT
public:
    explicit RoomErrorPage(QWidget* parent = nullptr);
    void setMessage(const QString& message);
    QString message() const;
    void setTheme(const Theme& theme);

signals:
    void openRoomRequested();
    void openDemoRequested();

private:
    QLabel* m_title;
    QLabel* m_message;
    QPushButton* m_open;
    QPushButton* m_demo;
};

} // namespace cr::ui
