#pragma once
// What the Unassigned tray and the rules dialog share: the wall's theme for a
// dialog, the words for record kinds, and a way to run room work off the GUI
// thread and hear back only while the dialog still exists.

#include "common/Theme.h"
#include "import/ImportTypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

class QLabel;
class QPushButton;
class QWidget;

namespace cr::ui {

// The wall's type scale for a dialog opened on `parent` (the wall window).
Theme trayTheme(const QWidget* parent);
// The dialog look of the drill-downs: panel background, body type, style sheet.
void applyTrayLook(QWidget* dialog, const Theme& theme);
// The one action a window is for stands out (and greys out when it cannot run).
void makePrimary(QPushButton* button, const Theme& theme);
// A one-line note under a table: muted, or red with "✕" when it is an error.
void setNote(QLabel* label, const Theme& theme, const QString& text, bool error = false);

QString kindWord(ImportKind kind);        // "Complaint"
QString kindPluralWord(ImportKind kind);  // "Complaints"
QString kindLowerPlural(ImportKind kind); // "complaints" inside a sentence
// "1 record", "1,234 records"; "1 match", "12 matches" (no "(s)" on screen).
QString recordsText(int n);
QString matchesText(int n);
QString numberText(int n);
// The kinds the tray holds, in tab order.
const QVector<ImportKind>& trayKinds();

// Runs `work` on the thread pool; `done(result)` runs on the GUI thread only
// if `context` still exists (the watcher is its child). Never waits.
template <typename Work, typename Done> void runInWorker(QObject* context, Work work, Done done)
{
    using R = decltype(work());
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace cr::ui
