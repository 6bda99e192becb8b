#pragma once
// One search box over every text the room holds (complaints, survey
// comments, call transcripts, fixes), results grouped by stage in journey
// order with the words found highlighted. The search runs on a worker with
// its own connection as the person types; a call's hit plays the call from
// where the words are spoken.

#include "Domain.h"
#include "common/Theme.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTimer;

namespace cr::ui {

class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(const QString& roomPath, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_box; }
    QTextBrowser* results() const { return m_results; }
    QLabel* summary() const { return m_summary; }
    bool isSearching() const { return m_pending > m_shown; }
    void search(const QString& text); // runs at once (the box waits for typing to pause)

signals:
    void playCallAt(qint64 callId, double seconds);
    // "Fix" on a hit: a new fix on its stage with it as evidence.
    void newFixRequested(const cr::Fix& fix);

private:
    void showResults(quint64 request, const struct SearchPage& page);

    QString m_roomPath;
    Theme m_theme;
    QLineEdit* m_box = nullptr;
    QLabel* m_summary = nullptr;
    QTextBrowser* m_results = nullptr;
    QTimer* m_typing = nullptr;
    quint64 m_pending = 0;
    quint64 m_shown = 0;
};

} // namespace cr::ui
