#pragma once
// A slim strip at the bottom of the wall window: the running job's title,
// what it is doing, a bar and Cancel; how many wait behind it; and, when
// nothing runs, a quiet note ("12 complaints arrived from Zendesk") that
// fades after a while. Never modal: the wall stays usable underneath.

#include "common/Theme.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace cr::ui {

class JobRunner;

class JobBar : public QWidget
{
    Q_OBJECT
public:
    explicit JobBar(JobRunner* runner, QWidget* parent = nullptr);

    void setTheme(const Theme& theme);
    // Presentation mode hides the bar; jobs go on.
    void setSuppressed(bool suppressed);

    QString text() const;     // title and step shown now (for tests)
    QString noteText() const; // the last quiet note, while shown

private:
    void onStarted(int id, const QString& title);
    void onProgress(int id, double fraction, const QString& what);
    void onQueueChanged();
    void showNote(const QString& text);
    void updateVisibility();

    JobRunner* m_runner;
    QLabel* m_title;
    QLabel* m_what;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_queued;
    QLabel* m_note;
    QToolButton* m_dismiss;
    QTimer m_showDelay; // a job of a few milliseconds does not flash the bar
    QTimer m_noteTimer;
    bool m_suppressed = false;
    bool m_jobVisible = false;
};

} // namespace cr::ui
