#include "wall/RoomErrorPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cr::ui {

RoomErrorPage::RoomErrorPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(tr("This room cannot be opened"))), m_message(new QLabel),
      m_open(new QPushButton(tr("Open room…"))), m_demo(new QPushButton(tr("Open the demo room")))
{
    setObjectName(QStringLiteral("roomError"));
    m_message->setObjectName(QStringLiteral("roomErrorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAlignment(Qt::AlignCenter);
    m_message->setAlignment(Qt::AlignCenter);
    m_open->setObjectName(QStringLiteral("openRoomButton"));
    m_open->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addSpacing(24);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(m_open, &QPushButton::clicked, this, &RoomErrorPage::openRoomRequested);
    connect(m_demo, &QPushButton::clicked, this, &RoomErrorPage::openDemoRequested);
    setTheme(Theme::standard());
}

void RoomErrorPage::setMessage(const QString& message)
{
    m_message->setText(message + QStringLiteral("\n\n") +
                       tr("Choose another room file, or open the demo room to look around."));
}

QString RoomErrorPage::message() const
{
    return m_message->text();
}

void RoomErrorPage::setTheme(const Theme& theme)
{
    m_title->setFont(theme.font(theme.stageNamePx(), QFont::Bold));
    m_message->setFont(theme.font(theme.bodyPx()));
    m_message->setMaximumWidth(theme.px(900));
    m_message->setMinimumWidth(qMin(theme.px(600), 560));
    m_open->setFont(theme.font(theme.bodyPx(), QFont::Bold));
    m_demo->setFont(theme.font(theme.bodyPx()));
    auto* l = static_cast<QVBoxLayout*>(layout());
    l->setAlignment(m_message, Qt::AlignHCenter);
}

} // namespace cr::ui
