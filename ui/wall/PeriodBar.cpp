#include "wall/PeriodBar.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

namespace cr::ui {

PeriodBar::PeriodBar(QWidget* parent)
    : QWidget(parent), m_room(new QLabel), m_kind(new QComboBox), m_prev(new QToolButton),
      m_periodLabel(new QLabel), m_next(new QToolButton), m_compare(new QCheckBox(tr("Compare to previous"))),
      m_status(new QLabel), m_stages(new QLabel), m_open(new QToolButton), m_present(new QToolButton),
      m_tour(new QToolButton), m_agenda(new QToolButton)
{
    setObjectName(QStringLiteral("periodBar"));
    m_room->setObjectName(QStringLiteral("roomName"));
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_stages->setObjectName(QStringLiteral("stageCount"));
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_compare->setObjectName(QStringLiteral("compareToPrevious"));
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kind->addItem(tr("Custom range…"), int(Period::Kind::Custom));
    m_kind->setToolTip(tr("Review by month, by quarter or over any range of days"));
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
    m_present->setToolTip(tr("Full screen, high contrast, type for the big display (F5; Esc leaves)"));
    m_tour->setText(tr("Tour"));
    m_tour->setObjectName(QStringLiteral("startTour"));
    m_tour->setToolTip(tr("One stage at a time, moving on by itself (T in presentation)"));
    m_agenda->setText(tr("Review"));
    m_agenda->setObjectName(QStringLiteral("startAgenda"));
    m_agenda->setToolTip(tr("The monthly review's agenda: what changed, stage by stage, and what was fixed (A)"));
    m_periodLabel->setAlignment(Qt::AlignCenter);

    // Three columns: the room at the left, the period in the middle, status
    // and actions at the right. The middle one stays where it is whatever the
    // sides say ("Loading…" comes and goes), so ◀ and ▶ stay under the mouse.
    m_left = new QHBoxLayout;
    m_left->addWidget(m_room);
    m_left->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_kind);
    middle->addWidget(m_prev);
    middle->addWidget(m_periodLabel);
    middle->addWidget(m_next);
    middle->addSpacing(12);
    middle->addWidget(m_compare);
    auto* right = new QHBoxLayout;
    right->addStretch(1);
    right->addWidget(m_status);
    right->addWidget(m_stages);
    right->addSpacing(12);
    right->addWidget(m_open);
    right->addWidget(m_tour);
    right->addWidget(m_agenda);
    right->addWidget(m_present);
    auto* layout = new QGridLayout(this);
    layout->addLayout(m_left, 0, 0);
    layout->addLayout(middle, 0, 1);
    layout->addLayout(right, 0, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long status never pushes the middle
    // On a 1366 px laptop the bar must not make the window wider than the
    // screen: the room's name and the stage count give way first.
    m_stages->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_room->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    connect(m_prev, &QToolButton::clicked, this, [this] { emit periodChangeRequested(m_period.previous()); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit periodChangeRequested(m_period.next()); });
    connect(m_kind, &QComboBox::activated, this, [this] { emitKindChange(); });
    connect(m_compare, &QCheckBox::toggled, this, &PeriodBar::compareToggled);
    connect(m_open, &QToolButton::clicked, this, &PeriodBar::openRoomRequested);
    connect(m_present, &QToolButton::clicked, this, &PeriodBar::presentationRequested);
    connect(m_tour, &QToolButton::clicked, this, &PeriodBar::tourRequested);
    connect(m_agenda, &QToolButton::clicked, this, &PeriodBar::agendaRequested);
}

void PeriodBar::setRoomMenu(QWidget* menu)
{
    m_roomMenu = menu;
    m_open->hide();
    m_left->insertWidget(0, menu); // the Room menu leads the left column
    m_left->insertSpacing(1, 8);
}

void PeriodBar::setPresentation(bool on)
{
    if (m_roomMenu)
        m_roomMenu->setVisible(!on);
    for (QWidget* control :
         {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_prev), static_cast<QWidget*>(m_next),
          static_cast<QWidget*>(m_compare), static_cast<QWidget*>(m_stages), static_cast<QWidget*>(m_open),
          static_cast<QWidget*>(m_present), static_cast<QWidget*>(m_tour), static_cast<QWidget*>(m_agenda)})
        control->setVisible(!on);
    if (m_roomMenu)
        m_open->hide(); // the Room menu opens rooms
}

void PeriodBar::emitKindChange()
{
    const auto kind = static_cast<Period::Kind>(m_kind->currentData().toInt());
    if (kind == Period::Kind::Custom) {
        chooseCustomRange();
        return;
    }
    if (kind == m_period.kind)
        return;
    // The latest complete month inside the period shown (Q4 in December
    // becomes November, not the month that has only begun), else its last day so far.
    const QDate today = QDate::currentDate();
    QDate anchor = m_period.to.isValid() ? m_period.to : today;
    const QDate lastComplete = QDate(today.year(), today.month(), 1).addDays(-1);
    if (anchor > lastComplete && (!m_period.from.isValid() || lastComplete >= m_period.from))
        anchor = lastComplete;
    anchor = std::min(anchor, today);
    emit periodChangeRequested(kind == Period::Kind::Quarter ? Period::quarter(anchor)
                                                             : Period::month(anchor));
}

void PeriodBar::chooseCustomRange()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("customRangeDialog"));
    dialog.setWindowTitle(tr("Custom range"));
    auto* form = new QFormLayout(&dialog);
    const QDate today = QDate::currentDate();
    auto* from = new QDateEdit(m_period.from.isValid() ? m_period.from : today.addMonths(-1));
    auto* to = new QDateEdit(m_period.to.isValid() ? std::min(m_period.to, today) : today);
    for (QDateEdit* edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today); // never into the future
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    from->setObjectName(QStringLiteral("customFrom"));
    to->setObjectName(QStringLiteral("customTo"));
    form->addRow(tr("From"), from);
    form->addRow(tr("To (inclusive)"), to);
    form->addRow(new QLabel(tr("Compared with the same number of days just before.")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        emit periodChangeRequested(Period::custom(from->date(), to->date()));
    else
        m_kind->setCurrentIndex(m_kind->findData(int(m_period.kind)));
}

void PeriodBar::setTheme(const Theme& theme)
{
    const QFont body = theme.font(theme.bodyPx());
    for (QWidget* w :
         {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_prev), static_cast<QWidget*>(m_next),
          static_cast<QWidget*>(m_compare), static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_stages),
          static_cast<QWidget*>(m_open), static_cast<QWidget*>(m_present), static_cast<QWidget*>(m_tour),
          static_cast<QWidget*>(m_agenda)})
        w->setFont(body);
    m_room->setFont(theme.font(theme.stageNamePx(), QFont::Bold));
    m_room->setMinimumWidth(theme.px(110));
    m_stages->setMinimumWidth(QFontMetrics(body).horizontalAdvance(m_stages->text()) / 2);
    m_periodLabel->setFont(theme.font(theme.valuePx(), QFont::Bold));
    // One width for every period (a month, "Q4 2026 · partial", a custom
    // range): the ◀ and ▶ beside it stay under the mouse while paging.
    const QFontMetrics metrics(m_periodLabel->font());
    int labelWidth = theme.px(190);
    for (const QString& longest : {QStringLiteral("28 Sep 2026 – 27 Oct 2026"), QCoreApplication::translate("Period", "%1 · partial: %2")
                                                    .arg(QStringLiteral("Q4 2026"), QStringLiteral("30 Sep – 30 Nov 2026"))})
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(longest) + theme.px(16));
    m_periodLabel->setFixedWidth(labelWidth);
    // The same for "Compare to …", whose period name changes as the period does.
    const QFontMetrics small(body);
    m_compare->setFixedWidth(small.horizontalAdvance(tr("Compare %1").arg(tr("to the same days: %1").arg(
                                 QStringLiteral("30 Sep – 29 Oct 2026")))) + theme.px(15) + theme.px(16));
    QPalette pal = m_stages->palette();
    pal.setColor(QPalette::WindowText, theme.mutedText);
    m_stages->setPalette(pal);
    m_status->setPalette(pal);
    layout()->setContentsMargins(theme.px(16), theme.px(8), theme.px(16), theme.px(4));
    layout()->setSpacing(theme.px(6));
    QMetaObject::invokeMethod(this, [this] { elideRoomName(); }, Qt::QueuedConnection); // the new type's width
}

void PeriodBar::setRoomName(const QString& name)
{
    m_roomName = name;
    m_room->setToolTip(name);
    elideRoomName();
}

void PeriodBar::elideRoomName()
{
    m_room->setText(QFontMetrics(m_room->font()).elidedText(m_roomName, Qt::ElideRight, std::max(0, m_room->width())));
}

void PeriodBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // After the layout has given the name its width.
    QMetaObject::invokeMethod(this, [this] { elideRoomName(); }, Qt::QueuedConnection);
}

void PeriodBar::setStageCount(int count)
{
    m_stages->setText(tr("Stages: %1").arg(count));
}

void PeriodBar::setPeriod(const Period& period, const QString& label, const QString& comparedWith)
{
    m_period = period;
    m_periodLabel->setText(label);
    const int index = m_kind->findData(int(period.kind));
    m_kind->setCurrentIndex(index >= 0 ? index : 0);
    m_compare->setText(tr("Compare %1").arg(comparedWith));
    // The room never looks into the future.
    m_next->setEnabled(!period.next().startsAfter(QDate::currentDate()));
    m_next->setToolTip(m_next->isEnabled() ? tr("Next period") : tr("This is the latest period"));
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
