// CallPlayer, part 3: the keyboard. One filter on the player's controls (and
// the dialog's), so a key means the same whichever control has focus; text
// fields keep their typing.
#include "player/CallPlayer.h"

#include "player/ClipPanel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolButton>

namespace cr::ui {

namespace {

constexpr qint64 kStepMs = 5000;
constexpr qint64 kLongStepMs = 15000;

bool isTextField(QObject* target)
{
    return qobject_cast<QLineEdit*>(target) || qobject_cast<QTextEdit*>(target) ||
           qobject_cast<QPlainTextEdit*>(target) || qobject_cast<QAbstractSpinBox*>(target);
}

} // namespace

QString CallPlayer::keyHelp()
{
    return tr("Keys: Space play/pause · ←/→ 5 s · Shift+←/→ 15 s · Home start · "
              "+/− speed · "
              "I/O mark in/out · Enter save clip · 1–9 play clip · C play "
              "selected clip · Esc clear marks");
}

void CallPlayer::takeKeysFrom(QWidget* widget)
{
    widget->installEventFilter(this);
    const auto children = widget->findChildren<QWidget*>();
    for (QWidget* child : children)
        child->installEventFilter(this);
}

bool CallPlayer::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent*>(event), watched);
    return QWidget::eventFilter(watched, event);
}

bool CallPlayer::handleKey(QKeyEvent* event, QObject* target)
{
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (isTextField(target)) {
        // Typing a title: every key types, except Enter (save) and Esc (back to the
        // player).
        if (enter && m_clipPanel->isAncestorOf(static_cast<QWidget*>(target))) {
            saveMarkedClip();
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_playPause->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false;
    }
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            togglePlayPause();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const qint64 step = (mods & Qt::ShiftModifier) ? kLongStepMs : kStepMs;
        seek(position() + (key == Qt::Key_Left ? -step : step));
        return true;
    }
    case Qt::Key_Home:
        seek(m_activeClip ? qint64(m_activeClip->startSeconds * 1000) : 0);
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        faster();
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        slower();
        return true;
    case Qt::Key_I:
        if (!event->isAutoRepeat())
            markIn();
        return true;
    case Qt::Key_O:
        if (!event->isAutoRepeat())
            markOut();
        return true;
    case Qt::Key_C:
        if (!event->isAutoRepeat())
            playSelectedClip();
        return true;
    case Qt::Key_Escape:
        if (m_markIn || m_markOut) {
            clearMarks();
            return true;
        }
        return false; // the dialog closes
    default:
        break;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        if (!event->isAutoRepeat())
            playClipNumber(key - Qt::Key_0);
        return true;
    }
    if (enter) {
        if (event->isAutoRepeat())
            return true;
        if (auto* button = qobject_cast<QAbstractButton*>(target); button && button != m_playPause) {
            button->click(); // Enter presses the focused button (Space belongs to
                             // play/pause)
            return true;
        }
        if (m_markIn) {
            saveMarkedClip();
            return true;
        }
        if (target == m_transcript) {
            const int row = m_transcript->currentRow();
            if (row >= 0 && row < m_call.transcript.size())
                seek(qint64(m_call.transcript[row].start * 1000));
            return true;
        }
        if (target == m_clipPanel->list()) {
            playSelectedClip();
            return true;
        }
        if (target == m_playPause) {
            togglePlayPause();
            return true;
        }
        return true; // never let Enter close the player
    }
    return false;
}

} // namespace cr::ui
