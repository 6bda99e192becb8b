#include "wall/PeriodBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace cr::ui {

PeriodBar::PeriodBar(QWidget* parent)
    : QWidget(parent), m_room(new QLabel), m_kind(new QComboBox), m_prev(new QToolButton),
      m_periodLabel(new QLabel), m_next(new QToolButton), m_compare(new QCheckBox(tr("Compare to previous"))),
      m_status(new QLabel), m_stages(new QLabel), m_open(new QToolButton), m_present(new QToolButton)
{
    setObjectName(QStringLiteral("periodBar"));
    m_room->setObjectName(QStringLiteral("roomName"));
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_stages->setObjectName(QStringLiteral("stageCount"));
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_compare->setObjectName(QStringLiteral("compareToPrevious"));
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kind->setToolTip(tr("Review by month or by quarter"));
    m_prev->setText(QStringLiteral("◀"));
    m_prev->setObjectName(QStringLiteral("previousPeriod"));
    m_prev->setToolTip(tr("Previous period"));
    m_next->setText(QStringLiteral("▶"));
    m_next->setObjectName(QStringLiteral("nextPeriod"));
    m_next->setToolTip(tr("Next period"));
    m_compare->setChecked(true);
    m_compare->setToolTip(tr("Show each score's change against the period before, with its significance"));
    m_open->setText(tr("Open room…"));
    m_present->setText(tr("Present"));
    m_present->setToolTip(tr("Full screen, high contrast, no controls (F11; Esc leaves)"));
    m_periodLabel->setAlignment(Qt::AlignCenter);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_room);
    layout->addSpacing(24);
    layout->addStretch(1);
    layout->addWidget(m_kind);
    layout->addWidget(m_prev);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_next);
    layout->addSpacing(12);
    layout->addWidget(m_compare);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_stages);
    layout->addSpacing(12);
    layout->addWidget(m_open);
    layout->addWidget(m_present);

    connect(m_prev, &QToolButton::clicked, this, [this] { emit periodChangeRequested(m_period.previous()); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit periodChangeRequested(m_period.next()); });
    connect(m_kind, &QComboBox::activated, this, [this] { emitKindChange(); });
    connect(m_compare, &QCheckBox::toggled, this, &PeriodBar::compareToggled);
    connect(m_open, &QToolButton::clicked, this, &PeriodBar::openRoomRequested);
    connect(m_present, &QToolButton::clicked, this, &PeriodBar::presentationRequested);
}

void PeriodBar::setRoomMenu(QWidget* menu)
{
    m_roomMenu = menu;
    m_open->hide();
    static_cast<QHBoxLayout*>(layout())->insertWidget(0, menu);
    static_cast<QHBoxLayout*>(layout())->insertSpacing(1, 8);
}

void PeriodBar::setPresentation(bool on)
{
    if (m_roomMenu)
        m_roomMenu->setVisible(!on);
    for (QWidget* control :
         {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_prev), static_cast<QWidget*>(m_next),
          static_cast<QWidget*>(m_compare), static_cast<QWidget*>(m_stages), static_cast<QWidget*>(m_open),
          static_cast<QWidget*>(m_present)})
        control->setVisible(!on);
    if (m_roomMenu)
        m_open->hide(); // the Room menu opens rooms
}

void PeriodBar::emitKindChange()
{
    const auto kind = static_cast<Period::Kind>(m_kind->currentData().toInt());
    if (kind == m_period.kind)
        return;
    const QDate anchor = m_period.to.isValid() ? m_period.to : QDate::currentDate();
    emit periodChangeRequested(kind == Period::Kind::Quarter ? Period::quarter(anchor)
                                                             : Period::month(anchor));
}

void PeriodBar::setTheme(const Theme& theme)
{
    const QFont body = theme.font(theme.bodyPx());
    for (QWidget* w :
         {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_prev), static_cast<QWidget*>(m_next),
          static_cast<QWidget*>(m_compare), static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_stages),
          static_cast<QWidget*>(m_open), static_cast<QWidget*>(m_present)})
        w->setFont(body);
    m_room->setFont(theme.font(theme.stageNamePx(), QFont::Bold));
    m_periodLabel->setFont(theme.font(theme.valuePx(), QFont::Bold));
    m_periodLabel->setMinimumWidth(theme.px(190));
    QPalette pal = m_stages->palette();
    pal.setColor(QPalette::WindowText, theme.mutedText);
    m_stages->setPalette(pal);
    m_status->setPalette(pal);
    layout()->setContentsMargins(theme.px(16), theme.px(8), theme.px(16), theme.px(4));
    layout()->setSpacing(theme.px(6));
}

void PeriodBar::setRoomName(const QString& name)
{
    m_room->setText(name);
}

void PeriodBar::setStageCount(int count)
{
    m_stages->setText(tr("Stages: %1").arg(count));
}

void PeriodBar::setPeriod(const Period& period, const Period& previous)
{
    m_period = period;
    m_periodLabel->setText(period.label());
    m_kind->setCurrentIndex(period.kind == Period::Kind::Quarter ? 1 : 0);
    m_compare->setText(tr("Compare to %1").arg(previous.label()));
}

void PeriodBar::setStatus(const QString& text)
{
    m_status->setText(text);
}

bool PeriodBar::compareToPrevious() const
{
    return m_compare->isChecked();
}

} // namespace cr::ui
