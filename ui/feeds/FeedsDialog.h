#pragma once
// The room's feeds: list, add, edit, remove, sync one or all (progress and
// Cancel here and in the wall's job bar), and the import log of each run
// with its rejected rows. Everything is read on workers; it holds the room's
// path, never a connection.

#include "common/Theme.h"
#include "feeds/FeedListModel.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cr::ui {

class FeedSyncer;
class JobRunner;
class RunLogModel;

class FeedsDialog : public QDialog
{
    Q_OBJECT
public:
    FeedsDialog(const QString& roomPath, JobRunner* jobs, FeedSyncer* syncer, const Theme& theme,
                QWidget* parent);

    FeedListModel* model() const { return m_model; }
    RunLogModel* logModel() const { return m_log; }
    QTableView* table() const { return m_table; }
    QString rejectsText() const;
    bool isLoaded() const { return m_loaded; }
    void reload();
    void selectFeed(const QString& name);
    void addFeed();
    void editFeed();
    void removeFeed();
    void syncSelected();
    void syncAll();

signals:
    void loaded();
    void feedsChanged(); // a feed was added, edited or removed

private:
    const FeedRow* selected() const;
    void loadLog();
    void loadRejects();
    void updateButtons();
    void trackJob(int jobId);

    QString m_roomPath;
    JobRunner* m_jobs;
    FeedSyncer* m_syncer;
    Theme m_theme;
    FeedListModel* m_model;
    RunLogModel* m_log;
    QStringList m_stages;
    quint64 m_generation = 0;
    quint64 m_logGeneration = 0;
    quint64 m_rejectGeneration = 0;
    bool m_loaded = false;
    QString m_wantedSelection;
    QList<int> m_syncJobs;

    QStackedWidget* m_listStack;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_syncOne;
    QPushButton* m_syncAll;
    QWidget* m_progressRow;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_logTitle;
    QCheckBox* m_allImports;
    QTableView* m_runs;
    QPlainTextEdit* m_rejects;
    QLabel* m_status;
};

} // namespace cr::ui
