#pragma once
// Import files into the open room: files chosen or dropped, each with its
// kind (detected, changeable) and how to read it; a live preview of what it
// becomes; the import itself on the job runner; then what arrived, what was
// rejected and why. Non-modal; closing it does not stop an import.

#include "common/Theme.h"
#include "feeds/ImportJob.h"
#include "import/ImportPreview.h"

#include <QDialog>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeWidget;

namespace cr::ui {

class ImportOptionsForm;
class ImportPreviewPane;
class ImportSummaryView;
class JobRunner;
struct PreviewOutcome;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString& roomPath, JobRunner* jobs, const Theme& theme, QWidget* parent);
    ~ImportDialog() override;

    // Adds files; `stage` puts them all on one stage (a drop on a panel).
    void addFiles(const QStringList& paths, const QString& stage = {});
    // Shows what an import run elsewhere brought (a drop straight onto a stage).
    void showSummary(const ImportBatch& batch);
    // Called with every finished import, even after this dialog closed.
    void setImportedHandler(std::function<void(const ImportBatch&)> handler)
    {
        m_onImported = std::move(handler);
    }
    void setTrayAvailable(bool available);
    void showSized();

    ImportOptionsForm* form() const { return m_form; }
    ImportPreviewPane* previewPane() const { return m_preview; }
    QTreeWidget* fileList() const { return m_files; }
    QPushButton* importButton() const { return m_import; }
    ImportSummaryView* summaryView() const { return m_summary; }
    int fileCount() const { return int(m_entries.size()); }
    bool isImporting() const { return m_jobId != 0; }

signals:
    void trayRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Entry
    {
        QString path;
        ImportOptions options;
        KindGuess guess;
        bool guessed = false;
        bool confirmed = false; // a person chose how to read it
        QString status;
        QStringList header;     // as last previewed, for the mapping dropdowns
        QString detectedFormat; // the importer auto chose
    };

    QWidget* buildSetupPage();
    QWidget* buildRunningPage();
    QWidget* buildSummaryPage();
    void chooseFiles();
    void removeSelected();
    void selectEntry(int index);
    void onOptionsChanged();
    void onPreviewed(const PreviewOutcome& outcome);
    void previewInBackground(int index); // fills the file list's status column
    void setStatus(Entry& e, const ImportPreview& preview);
    void onGuessed(const KindGuess& guess);
    void refreshRow(int index);
    void updateButtons();
    void startImport();
    void finishImport(const ImportBatch& batch);
    int indexOf(const QString& path) const;

    QString m_roomPath;
    JobRunner* m_jobs;
    Theme m_theme;
    QVector<Entry> m_entries;
    int m_current = -1;
    int m_jobId = 0;
    QStringList m_stages;
    std::function<void(const ImportBatch&)> m_onImported;

    QStackedWidget* m_pages;
    QStackedWidget* m_fileStack;
    QStackedWidget* m_formStack;
    QSplitter* m_split = nullptr;
    QTreeWidget* m_files;
    ImportOptionsForm* m_form;
    ImportPreviewPane* m_preview;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_import;
    QLabel* m_runningText;
    QLabel* m_runningStep;
    QProgressBar* m_runningBar;
    QPushButton* m_cancelRun;
    ImportSummaryView* m_summary;
    QPushButton* m_openTray;
    int m_unassigned = 0;
    bool m_trayAvailable = false;
};

// Local files among dropped URLs (folders included; the caller decides).
QStringList localFiles(const QList<QUrl>& urls);

} // namespace cr::ui
