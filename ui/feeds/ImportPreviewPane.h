#pragma once
// What a file will become before anything is written: the importer that
// reads it and why, the first 50 rows as our fields (rejects in red with the
// reason), and, when the file would be refused whole, a banner that says so
// and what to do. The file is read on a worker; a newer request drops the
// answer of an older one.

#include "common/Theme.h"
#include "import/ImportPreview.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace cr::ui {

class PreviewModel;

struct PreviewOutcome
{
    QString path;
    ImportOptions options;
    ImportPreview preview;
    QStringList header; // their columns, for the mapping (generic layouts only)
};

// Core's messages name command-line options (--map, --format); the GUI has
// a dropdown for each, so they are named as the dialog names them.
QString forPeople(const QString& coreText);

// Reads the preview and, for a mappable layout, the header; call it on a worker.
PreviewOutcome readPreview(const QString& path, const ImportOptions& options, int maxRows = 50);

class ImportPreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPreviewPane(QWidget* parent = nullptr);

    void setTheme(const Theme& theme);
    // Reads the file again after a short pause (options change as a person types).
    void preview(const QString& path, const ImportOptions& options);
    // No file to show: say why ("Choose a file on the left").
    void showMessage(const QString& message);

    bool isLoading() const { return m_loading; }
    PreviewModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString bannerText() const;
    const PreviewOutcome* outcome() const { return m_hasOutcome ? &m_outcome : nullptr; }

signals:
    void previewed(const cr::ui::PreviewOutcome& outcome);

private:
    void start();
    void display(const PreviewOutcome& outcome);

    PreviewModel* m_model;
    QLabel* m_info;
    QLabel* m_banner;
    QLabel* m_notes;
    QStackedWidget* m_body;
    QLabel* m_empty;
    QTableView* m_table;
    QTimer m_debounce;
    QString m_path;
    ImportOptions m_options;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_hasOutcome = false;
    PreviewOutcome m_outcome;
    Theme m_theme;
};

} // namespace cr::ui
