#include "present/PresentationView.h"

#include "present/HeadlineWall.h"
#include "present/PresentKit.h"
#include "present/PresentPrompt.h"
#include "present/StageSpotlight.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QVBoxLayout>

namespace cr::ui {

PresentationView::PresentationView(QWidget* parent)
    : QWidget(parent), m_theme(Theme::forWindowHeight(1080, true)), m_layout(new QVBoxLayout(this)),
      m_footer(new QLabel), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("presentationView"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    // A page never grows the window: the screen is the size it is.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_footer->setObjectName(QStringLiteral("presentFooter"));
    m_layout->addWidget(m_footer);
    m_hint->setObjectName(QStringLiteral("keyHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_tourTimer.setSingleShot(true);
    connect(&m_tourTimer, &QTimer::timeout, this, [this] {
        if (!m_data || stageCount() == 0)
            return;
        m_stage = (m_stage + 1) % stageCount();
        rebuild();
        scheduleTour();
    });
    // The footer counts down to the next stage while the tour runs.
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (m_tourTimer.isActive())
            m_footer->setText(footerText());
        else
            m_countdown.stop();
    });
    m_hintTimer.setSingleShot(true);
    connect(&m_hintTimer, &QTimer::timeout, m_hint, &QLabel::hide);
}

int PresentationView::stageCount() const
{
    return m_data ? int(m_data->snapshot.stages.size()) : 0;
}

int PresentationView::agendaPageCount() const
{
    return m_data ? m_data->agenda.pageCount() : 0;
}

void PresentationView::setData(const WallData& data, const WallContext& context, const Theme& theme)
{
    m_data = data;
    m_context = context;
    m_theme = theme;
    m_stage = qBound(0, m_stage, qMax(0, stageCount() - 1));
    m_page = qBound(1, m_page, qMax(1, agendaPageCount()));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, m_theme.background);
    pal.setColor(QPalette::WindowText, m_theme.text);
    setPalette(pal);
    rebuild();
}

void PresentationView::showWall()
{
    pauseTour();
    m_tourWanted = false;
    m_screen = Screen::Wall;
    rebuild();
}

void PresentationView::showTour(int stageIndex, bool autoAdvance)
{
    m_screen = Screen::Tour;
    m_stage = qBound(0, stageIndex, qMax(0, stageCount() - 1));
    m_tourWanted = autoAdvance;
    rebuild();
    if (autoAdvance)
        scheduleTour();
    else
        pauseTour();
}

void PresentationView::showAgendaPage(int page)
{
    pauseTour();
    m_tourWanted = false;
    m_screen = Screen::Agenda;
    m_page = qBound(1, page, qMax(1, agendaPageCount()));
    rebuild();
}

void PresentationView::showCelebration()
{
    showAgendaPage(m_data ? m_data->agenda.celebrationPage() : 1);
}

void PresentationView::setMasking(bool on)
{
    if (m_mask == on)
        return;
    m_mask = on;
    rebuild();
    emit maskingChanged(on);
}

void PresentationView::markSessionSaved()
{
    m_session.saved = true;
    rebuild();
}

void PresentationView::pauseTour()
{
    m_tourTimer.stop();
}

void PresentationView::scheduleTour()
{
    if (!m_data || m_screen != Screen::Tour || !m_tourWanted)
        return;
    int seconds = kDefaultDwellSeconds;
    if (m_stage < m_data->agenda.stages.size())
        seconds = m_data->agenda.stages[m_stage].dwellSeconds;
    m_tourTimer.start(seconds * 1000);
    m_countdown.start();
    m_footer->setText(footerText());
}

QString PresentationView::footerText() const
{
    if (!m_data)
        return {};
    // Short enough for one line at 1080p: the pages say the room and the stage.
    QStringList parts{m_context.periodLabel};
    switch (m_screen) {
    case Screen::Wall:
        parts.prepend(m_data->snapshot.roomName);
        parts << tr("T tour · A agenda · H keys");
        break;
    case Screen::Tour:
        parts << tr("Tour %1 of %2").arg(m_stage + 1).arg(stageCount());
        if (m_stage < m_data->agenda.stages.size())
            parts << tr("%1 s on this stage (+/−)").arg(m_data->agenda.stages[m_stage].dwellSeconds);
        parts << (m_tourTimer.isActive()
                      ? tr("▶ next in %1 s (any key pauses)").arg((m_tourTimer.remainingTime() + 999) / 1000)
                      : tr("‖ paused · Space resumes"));
        break;
    case Screen::Agenda:
        parts << tr("Agenda %1 of %2").arg(m_page).arg(agendaPageCount());
        break;
    }
    parts << (m_mask ? tr("personal data masked (M)") : tr("personal data SHOWN (M masks)"));
    return parts.join(QStringLiteral(" · "));
}

void PresentationView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void PresentationView::rebuild()
{
    // Hidden behind the wall, the screens wait: a period change lays out
    // only what is seen.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_current) {
        m_layout->removeWidget(m_current);
        m_current->deleteLater();
        m_current = nullptr;
    }
    const PresentType type(m_theme);
    QFont footerFont(fontFamily());
    footerFont.setPixelSize(type.body);
    m_footer->setFont(footerFont);
    QPalette muted = m_footer->palette();
    muted.setColor(QPalette::WindowText, m_theme.mutedText);
    m_footer->setPalette(muted);
    m_footer->setContentsMargins(m_theme.px(48), 0, m_theme.px(48), m_theme.px(10));
    if (!m_data) {
        m_footer->clear();
        return;
    }
    const WallSnapshot& wall = m_data->snapshot;
    const Agenda& agenda = m_data->agenda;
    QWidget* page = nullptr;
    auto spotlight = [&](int stage, bool agendaPage) -> QWidget* {
        if (stage < 0 || stage >= wall.stages.size() || stage >= agenda.stages.size())
            return new QWidget;
        SpotlightContext c;
        c.roomName = wall.roomName;
        c.periodLabel = m_context.periodLabel;
        c.previousShort = m_context.previousPeriodShort;
        c.mask = m_mask;
        c.agenda = agendaPage;
        c.position = stage + 1;
        c.stageCount = int(wall.stages.size());
        for (const ReviewDecision& d : m_session.decisions)
            if (d.stageId && *d.stageId == wall.stages[stage].report.stage.id)
                c.decidedToday << d.text;
        auto* s = new StageSpotlight(m_theme, wall, wall.stages[stage], agenda.stages[stage], c);
        connect(s, &StageSpotlight::playFeaturedRequested, this, &PresentationView::playFeatured);
        return s;
    };
    switch (m_screen) {
    case Screen::Wall: {
        auto* headline = new HeadlineWall(m_theme, wall, agenda, m_context.periodLabel, m_context.previousPeriodShort);
        connect(headline, &HeadlineWall::stageChosen, this, [this](int stage) { showTour(stage, false); });
        page = headline;
        break;
    }
    case Screen::Tour:
        page = spotlight(m_stage, false);
        break;
    case Screen::Agenda: {
        const int stagePages = int(agenda.stages.size());
        if (m_page == 1) {
            page = new AgendaOpeningPage(m_theme, wall, agenda, m_context.periodLabel);
        } else if (m_page <= stagePages + 1) {
            page = spotlight(m_page - 2, true);
        } else if (m_page == agenda.celebrationPage()) {
            page = new CelebrationPage(m_theme, wall, agenda);
        } else {
            auto* record = new ReviewRecordPage(m_theme, wall, agenda, m_session);
            connect(record, &ReviewRecordPage::saveRequested, this, &PresentationView::saveReviewRequested);
            connect(record, &ReviewRecordPage::decisionRemoved, this, [this](int index) {
                if (index >= 0 && index < m_session.decisions.size())
                    m_session.decisions.removeAt(index);
                QTimer::singleShot(0, this, &PresentationView::rebuild); // not from inside the page's own click
            });
            page = record;
        }
        break;
    }
    }
    // Keys belong to the screens, except where a person types or ticks: those
    // controls and everything inside them (a text box's viewport) keep focus.
    auto typesOrTicks = [](const QWidget* w) {
        return w->inherits("QLineEdit") || w->inherits("QAbstractScrollArea") || w->inherits("QAbstractButton");
    };
    const auto children = page->findChildren<QWidget*>();
    for (QWidget* child : children) {
        bool keep = false;
        for (const QWidget* w = child; w && w != page && !keep; w = w->parentWidget())
            keep = typesOrTicks(w);
        if (!keep)
            child->setFocusPolicy(Qt::NoFocus);
    }
    m_current = page;
    m_layout->insertWidget(0, page, 1);
    m_footer->setText(footerText());
    m_hint->raise();
    if (!page->findChild<QLineEdit*>() && isVisible())
        setFocus();
    update();
}

void PresentationView::next()
{
    switch (m_screen) {
    case Screen::Wall:
        showTour(0, false);
        return;
    case Screen::Tour:
        if (stageCount() > 0)
            m_stage = (m_stage + 1) % stageCount();
        rebuild();
        return;
    case Screen::Agenda:
        if (m_page < agendaPageCount())
            showAgendaPage(m_page + 1);
        return;
    }
}

void PresentationView::previous()
{
    switch (m_screen) {
    case Screen::Wall:
        return;
    case Screen::Tour:
        if (stageCount() > 0)
            m_stage = (m_stage + stageCount() - 1) % stageCount();
        rebuild();
        return;
    case Screen::Agenda:
        if (m_page > 1)
            showAgendaPage(m_page - 1);
        return;
    }
}

int PresentationView::currentStage() const
{
    if (m_screen == Screen::Tour)
        return m_stage;
    if (m_screen == Screen::Agenda && m_page >= 2 && m_page - 2 < stageCount())
        return m_page - 2;
    return -1;
}

void PresentationView::playFeatured()
{
    const int stage = currentStage();
    if (!m_data || stage < 0 || stage >= m_data->agenda.stages.size())
        return;
    pauseTour();
    m_footer->setText(footerText());
    const AgendaStage& page = m_data->agenda.stages[stage];
    if (page.featuredCall)
        emit playRequested(page.featuredCall->id, page.featuredClip, stage);
}

void PresentationView::changeDwell(int deltaSeconds)
{
    if (!m_data || m_screen != Screen::Tour || m_stage >= m_data->agenda.stages.size())
        return;
    int& dwell = m_data->agenda.stages[m_stage].dwellSeconds;
    dwell = qBound(5, dwell + deltaSeconds, 600);
    emit dwellChanged(m_data->snapshot.stages[m_stage].report.stage.id, dwell);
    if (m_tourWanted)
        scheduleTour(); // the new time counts from now
    m_footer->setText(footerText());
}

void PresentationView::addDecision()
{
    const int stage = currentStage();
    if (!m_data || m_screen == Screen::Wall)
        return; // a decision belongs to a stage page of the tour or the agenda, or to the agenda's journey pages
    pauseTour();
    const QString where = stage >= 0 ? m_data->snapshot.stages[stage].report.stage.name : tr("the whole journey");
    const auto asked = askOnScreen(this, m_theme, tr("Decision"), tr("Decision for %1:").arg(where), QString(), false);
    if (!asked || asked->trimmed().isEmpty())
        return;
    const QString text = *asked;
    ReviewDecision d;
    d.text = text.trimmed();
    if (stage >= 0)
        d.stageId = m_data->snapshot.stages[stage].report.stage.id;
    m_session.decisions.append(d);
    rebuild();
}

void PresentationView::editNotes()
{
    if (const auto text = askOnScreen(this, m_theme, tr("Meeting notes"),
                                      tr("Notes, saved with the review (Ctrl+Enter keeps them):"), m_session.notes, true))
        m_session.notes = *text;
    rebuild();
}

bool PresentationView::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers)
    if (m_black) { // any key brings the picture back
        m_black = false;
        update();
        if (m_current)
            m_current->show();
        m_footer->show();
        return true;
    }
    // Any key pauses a running tour; arrows then move on by hand.
    const bool wasRunning = m_tourTimer.isActive();
    if (wasRunning && key != Qt::Key_F5 && key != Qt::Key_F11) {
        pauseTour();
        m_tourWanted = false;
        m_footer->setText(footerText());
        if (key == Qt::Key_Space)
            return true;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        previous();
        return true;
    case Qt::Key_Space:
        if (m_screen == Screen::Tour) {
            // Resumes where it is: the stage on screen gets its full dwell again.
            m_tourWanted = true;
            scheduleTour();
        } else {
            next();
        }
        return true;
    case Qt::Key_Home:
        if (m_screen == Screen::Agenda)
            showAgendaPage(1);
        else if (m_screen == Screen::Tour)
            showTour(0, false);
        return true;
    case Qt::Key_End:
        if (m_screen == Screen::Agenda)
            showAgendaPage(agendaPageCount());
        else if (m_screen == Screen::Tour)
            showTour(stageCount() - 1, false);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period: // presenter remotes send "." for black screen
        m_black = true;
        if (m_current)
            m_current->hide();
        m_footer->hide();
        m_hint->hide();
        update();
        return true;
    case Qt::Key_P:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        playFeatured();
        return true;
    case Qt::Key_T:
        showTour(currentStage() >= 0 ? currentStage() : 0, true);
        return true;
    case Qt::Key_A:
        showAgendaPage(1);
        return true;
    case Qt::Key_W:
        showWall();
        return true;
    case Qt::Key_C:
        showCelebration();
        return true;
    case Qt::Key_D:
        addDecision();
        return true;
    case Qt::Key_N:
        editNotes();
        return true;
    case Qt::Key_M:
        setMasking(!m_mask);
        showKeyHint(1500);
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        changeDwell(+5);
        return true;
    case Qt::Key_Minus:
        changeDwell(-5);
        return true;
    case Qt::Key_H:
    case Qt::Key_Question:
        showKeyHint(5000);
        return true;
    case Qt::Key_Escape:
        if (m_screen == Screen::Wall)
            emit leaveRequested();
        else
            showWall();
        return true;
    default:
        return wasRunning;
    }
}

void PresentationView::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event->key(), event->modifiers()))
        QWidget::keyPressEvent(event); // F5, F11 and the rest go to the window
}

bool PresentationView::isKeyHintVisible() const
{
    return m_hint->isVisible();
}

void PresentationView::showKeyHint(int milliseconds)
{
    const PresentType type(m_theme);
    QFont font(fontFamily());
    font.setPixelSize(type.body);
    m_hint->setFont(font);
    QString text = tr("← → next / back · Space pause or resume · B black · P play clip · T tour · A agenda · "
                      "C celebration · W wall · D decision · N notes · M masking · +/− tour time · H keys · Esc back");
    text += QStringLiteral("\n") + (m_mask ? tr("Personal data is masked") : tr("Personal data is shown"));
    m_hint->setText(text);
    m_hint->setStyleSheet(QStringLiteral("background: rgba(0,0,0,220); color: white; border-radius: %1px; padding: %2px;")
                              .arg(m_theme.px(10))
                              .arg(m_theme.px(16)));
    placeOverlays();
    m_hint->show();
    m_hint->raise();
    m_hintTimer.start(milliseconds);
}

void PresentationView::placeOverlays()
{
    const int w = qMin(width() - m_theme.px(80), m_theme.px(1500));
    m_hint->setFixedWidth(qMax(100, w));
    m_hint->adjustSize();
    m_hint->move((width() - m_hint->width()) / 2, height() - m_hint->height() - m_theme.px(80));
}

void PresentationView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeOverlays();
}

void PresentationView::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (m_black) {
        QPainter p(this);
        p.fillRect(rect(), Qt::black);
    }
}

} // namespace cr::ui
