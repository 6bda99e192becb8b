#include "jobs/JobBar.h"

#include "jobs/JobRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace cr::ui {

namespace {
constexpr int kShowDelayMs = 250;
constexpr int kNoteMs = 15000;
} // namespace

JobBar::JobBar(JobRunner* runner, QWidget* parent)
    : QWidget(parent), m_runner(runner), m_title(new QLabel), m_what(new QLabel),
      m_progress(new QProgressBar), m_cancel(new QToolButton), m_queued(new QLabel), m_note(new QLabel),
      m_dismiss(new QToolButton)
{
    setObjectName(QStringLiteral("jobBar"));
    m_title->setObjectName(QStringLiteral("jobTitle"));
    m_what->setObjectName(QStringLiteral("jobStep"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_note->setObjectName(QStringLiteral("jobNote"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this job; what it started is rolled back"));
    m_dismiss->setText(QStringLiteral("✕"));
    m_dismiss->setToolTip(tr("Hide this note"));
    m_dismiss->setAutoRaise(true);
    m_what->setTextFormat(Qt::PlainText);
    m_note->setTextFormat(Qt::PlainText);
    m_what->setMinimumWidth(0);
    m_what->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_what, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_queued);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_dismiss);

    m_showDelay.setSingleShot(true);
    m_showDelay.setInterval(kShowDelayMs);
    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(kNoteMs);
    connect(&m_showDelay, &QTimer::timeout, this, [this] {
        m_jobVisible = m_runner->isBusy();
        updateVisibility();
    });
    connect(&m_noteTimer, &QTimer::timeout, this, [this] {
        m_note->clear();
        updateVisibility();
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_runner->isBusy())
            m_runner->cancel(m_runner->currentId());
    });
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_noteTimer.stop();
        m_note->clear();
        updateVisibility();
    });
    connect(runner, &JobRunner::started, this, &JobBar::onStarted);
    connect(runner, &JobRunner::progressed, this, &JobBar::onProgress);
    connect(runner, &JobRunner::queueChanged, this, &JobBar::onQueueChanged);
    connect(runner, &JobRunner::noted, this, &JobBar::showNote);
    setTheme(Theme::standard());
    updateVisibility();
}

void JobBar::setTheme(const Theme& theme)
{
    const QFont body = theme.font(theme.smallPx());
    for (QWidget* w :
         {static_cast<QWidget*>(m_what), static_cast<QWidget*>(m_cancel), static_cast<QWidget*>(m_queued),
          static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_dismiss)})
        w->setFont(body);
    m_title->setFont(theme.font(theme.smallPx(), QFont::Bold));
    m_progress->setFixedSize(theme.px(220), theme.px(10));
    setStyleSheet(
        theme.styleSheet() + // the wall's buttons and focus rings, then the bar's own rules
        QStringLiteral("QWidget#jobBar { background: %1; border-top: 1px solid %2; }"
                       "QLabel { color: %3; background: transparent; }"
                       "QLabel#jobStep, QLabel#jobNote { color: %4; }"
                       "QProgressBar { border: 1px solid %2; border-radius: %5px; background: %6; }"
                       "QProgressBar::chunk { background: %7; border-radius: %5px; }")
            .arg(theme.panel.name(), theme.hairline.name(), theme.text.name(), theme.mutedText.name())
            .arg(theme.px(4))
            .arg(theme.background.name(), theme.accent.name()));
    setAttribute(Qt::WA_StyledBackground);
    layout()->setContentsMargins(theme.px(16), theme.px(4), theme.px(16), theme.px(4));
    layout()->setSpacing(theme.px(10));
}

void JobBar::setSuppressed(bool suppressed)
{
    m_suppressed = suppressed;
    updateVisibility();
}

QString JobBar::text() const
{
    if (!m_runner->isBusy())
        return {};
    return m_what->text().isEmpty() ? m_title->text()
                                    : m_title->text() + QStringLiteral(" ") + m_what->text();
}

QString JobBar::noteText() const
{
    return m_note->text();
}

void JobBar::onStarted(int, const QString& title)
{
    m_title->setText(title);
    m_what->clear();
    m_progress->setValue(0);
    m_progress->setRange(0, 0); // busy until the first fraction arrives
    if (!m_jobVisible && !m_showDelay.isActive())
        m_showDelay.start();
}

void JobBar::onProgress(int id, double fraction, const QString& what)
{
    if (id != m_runner->currentId())
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(fraction * 1000));
    m_what->setText(what);
    m_what->setToolTip(what);
}

void JobBar::onQueueChanged()
{
    const QStringList waiting = m_runner->queuedTitles();
    m_queued->setText(waiting.isEmpty() ? QString() : tr("+%1 waiting").arg(waiting.size()));
    m_queued->setToolTip(waiting.join(QLatin1Char('\n')));
    if (!m_runner->isBusy()) {
        m_showDelay.stop();
        m_jobVisible = false;
    }
    updateVisibility();
}

void JobBar::showNote(const QString& text)
{
    if (text.isEmpty()) { // another room: its notes no longer apply
        m_noteTimer.stop();
        m_note->clear();
        updateVisibility();
        return;
    }
    // Two notes close together (a keychain warning, then the sync's result) both stay readable.
    const QString shown = m_note->text();
    const bool recent = m_noteTimer.isActive() && !shown.isEmpty() && shown != text;
    const QString joined = shown + QStringLiteral("  ·  ") + text;
    m_note->setText(recent && joined.size() < 400 ? joined : text);
    m_note->setToolTip(m_note->text());
    m_noteTimer.start();
    updateVisibility();
}

void JobBar::updateVisibility()
{
    const bool job = m_jobVisible && m_runner->isBusy();
    const bool note = !m_note->text().isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_what),
                       static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_cancel)})
        w->setVisible(job);
    m_queued->setVisible(job && !m_queued->text().isEmpty());
    // A note waits while a job shows, and comes back when the bar is free.
    m_note->setVisible(note && !job);
    m_dismiss->setVisible(note && !job);
    setVisible(!m_suppressed && (job || note));
}

} // namespace cr::ui
