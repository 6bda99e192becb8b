#include "feeds/ImportDialog.h"

#include "feeds/DialogLook.h"
#include "feeds/ImportOptionsForm.h"
#include "feeds/ImportPreviewPane.h"
#include "feeds/ImportSummaryView.h"
#include "feeds/PreviewModel.h"
#include "jobs/Background.h"
#include "jobs/JobRunner.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cr::ui {

namespace {
enum Page { SetupPage, RunningPage, SummaryPage };
enum FileColumn { NameColumn, KindColumn, StatusColumn };

QString shortKind(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Complaints:
        return ImportDialog::tr("Complaints");
    case ImportKind::Surveys:
        return ImportDialog::tr("Surveys");
    case ImportKind::Kpis:
        return ImportDialog::tr("KPIs");
    case ImportKind::Calls:
        return ImportDialog::tr("Calls");
    case ImportKind::Artifacts:
        return ImportDialog::tr("Artifacts");
    }
    return {};
}

void mute(QWidget* w, const Theme& theme)
{
    muteLabel(w, theme);
}
const char* const kLastDirKey = "import/lastDir";
} // namespace

QStringList localFiles(const QList<QUrl>& urls)
{
    QStringList files;
    for (const QUrl& url : urls)
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            files << url.toLocalFile();
    return files;
}

ImportDialog::ImportDialog(const QString& roomPath, JobRunner* jobs, const Theme& theme, QWidget* parent)
    : QDialog(parent), m_roomPath(roomPath), m_jobs(jobs), m_theme(theme), m_pages(new QStackedWidget),
      m_fileStack(new QStackedWidget), m_formStack(new QStackedWidget), m_files(new QTreeWidget),
      m_form(new ImportOptionsForm), m_preview(new ImportPreviewPane),
      m_add(new QPushButton(tr("&Add files…"))), m_remove(new QPushButton(tr("&Remove"))),
      m_import(new QPushButton(tr("&Import"))), m_runningText(new QLabel), m_runningStep(new QLabel),
      m_runningBar(new QProgressBar), m_cancelRun(new QPushButton(tr("&Cancel import"))),
      m_summary(new ImportSummaryView), m_openTray(new QPushButton(tr("Open the &Unassigned tray")))
{
    setObjectName(QStringLiteral("importDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Import files — %1").arg(QFileInfo(roomPath).completeBaseName()));
    setAcceptDrops(true);
    applyDialogLook(this, theme);
    m_preview->setTheme(theme);
    m_summary->setTheme(theme);

    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildRunningPage());
    m_pages->addWidget(buildSummaryPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_form, &ImportOptionsForm::optionsChanged, this, &ImportDialog::onOptionsChanged);
    connect(m_preview, &ImportPreviewPane::previewed, this, &ImportDialog::onPreviewed);

    // The stage dropdown lists the room's stages, read off the GUI thread.
    runInBackground(
        this, [path = roomPath] { return readStageNames(path); },
        [this](const QStringList& stages) {
            m_stages = stages;
            m_form->setStages(stages);
            if (m_current >= 0) {
                const Entry& e = m_entries[m_current];
                m_form->setOptions(e.options, e.header, e.detectedFormat);
            }
        });
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

QWidget* ImportDialog::buildSetupPage()
{
    auto* page = new QWidget;
    m_files->setObjectName(QStringLiteral("importFiles"));
    m_files->setHeaderLabels({tr("File"), tr("Kind"), tr("Preview")});
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->header()->setStretchLastSection(true);
    m_files->setAccessibleName(tr("Files to import"));

    auto* empty = new QLabel(tr("Drop export files here, or choose them with “Add files…”.\n\n"
                                "Complaints, survey answers, KPI values, recorded calls and artifacts: "
                                "the kind of each file is recognised, and you can change it."));
    empty->setObjectName(QStringLiteral("importEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setFrameShape(QFrame::StyledPanel);
    empty->setMargin(m_theme.px(16));
    mute(empty, m_theme);
    m_fileStack->addWidget(empty);
    m_fileStack->addWidget(m_files);

    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch(1);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Files</b>")));
    leftLayout->addWidget(m_fileStack, 1);
    leftLayout->addLayout(fileButtons);

    auto* formScroll = new QScrollArea;
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    auto* noFile = new QLabel(tr("Add files, then choose here how each one is read: its kind, format, stage "
                                 "and, for a CSV of your own layout, which column holds what."));
    noFile->setWordWrap(true);
    noFile->setAlignment(Qt::AlignCenter);
    mute(noFile, m_theme);
    m_formStack->addWidget(noFile);
    m_formStack->addWidget(formScroll);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>How to read the selected file</b>")));
    rightLayout->addWidget(m_formStack, 1);

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    top->setChildrenCollapsible(false);

    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("<b>Preview</b> — nothing is written until you import")));
    bottomLayout->addWidget(m_preview, 1);

    m_split = new QSplitter(Qt::Vertical);
    auto* split = m_split;
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* close = new QPushButton(tr("Close"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_import);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_files, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { selectEntry(item ? m_files->indexOfTopLevelItem(item) : -1); });
    connect(m_files, &QTreeWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    setTabOrder(m_files, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_form);
    return page;
}

QWidget* ImportDialog::buildRunningPage()
{
    auto* page = new QWidget;
    m_runningText->setWordWrap(true);
    m_runningText->setFont(m_theme.font(m_theme.valuePx(), QFont::Bold));
    m_runningStep->setWordWrap(true);
    m_runningBar->setRange(0, 1000);
    auto* hint =
        new QLabel(tr("You can close this window: the import goes on, and the bar at the bottom of the "
                      "wall shows it. Cancelling rolls back the file in progress."));
    hint->setWordWrap(true);
    mute(hint, m_theme);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelRun);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_runningText);
    layout->addWidget(m_runningStep);
    layout->addWidget(m_runningBar);
    layout->addWidget(hint);
    layout->addStretch(2);
    layout->addLayout(buttons);
    connect(m_cancelRun, &QPushButton::clicked, this, [this] {
        if (m_jobId)
            m_jobs->cancel(m_jobId);
    });
    connect(m_jobs, &JobRunner::progressed, this, [this](int id, double fraction, const QString& what) {
        if (id != m_jobId)
            return;
        m_runningBar->setValue(int(fraction * 1000));
        m_runningStep->setText(what);
    });
    return page;
}

QWidget* ImportDialog::buildSummaryPage()
{
    auto* page = new QWidget;
    auto* more = new QPushButton(tr("Import &more files…"));
    auto* close = new QPushButton(tr("&Done"));
    close->setDefault(true);
    m_openTray->setObjectName(QStringLiteral("openTrayButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openTray);
    buttons->addStretch(1);
    buttons->addWidget(more);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(more, &QPushButton::clicked, this, [this] {
        m_entries.clear();
        m_files->clear();
        m_current = -1;
        m_preview->showMessage(tr("Choose a file to see what it will become."));
        m_pages->setCurrentIndex(SetupPage);
        updateButtons();
        chooseFiles();
    });
    connect(m_openTray, &QPushButton::clicked, this, &ImportDialog::trayRequested);
    return page;
}

void ImportDialog::showSized()
{
    sizeToScreen(this, 0.72, 0.85, {900, 640});
    // Half for how to read the files, half for what they become.
    const int h = m_split->height() > 0 ? m_split->height() : height();
    m_split->setSizes({h / 2, h - h / 2});
    show();
    raise();
    activateWindow();
}

void ImportDialog::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    m_openTray->setVisible(m_trayAvailable && m_unassigned > 0);
}

int ImportDialog::indexOf(const QString& path) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].path == path)
            return i;
    return -1;
}

void ImportDialog::addFiles(const QStringList& paths, const QString& stage)
{
    if (m_pages->currentIndex() == SummaryPage) {
        m_entries.clear();
        m_files->clear();
        m_current = -1;
        m_pages->setCurrentIndex(SetupPage);
    }
    int first = -1;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (indexOf(absolute) >= 0)
            continue;
        Entry entry;
        entry.path = absolute;
        entry.options.stage = stage;
        entry.status = tr("Recognising…");
        m_entries.append(entry);
        auto* item = new QTreeWidgetItem(m_files);
        item->setText(NameColumn, QFileInfo(absolute).fileName());
        item->setToolTip(NameColumn, absolute);
        refreshRow(int(m_entries.size()) - 1);
        if (first < 0)
            first = int(m_entries.size()) - 1;
        runInBackground(
            this, [absolute] { return guessKind(absolute); },
            [this](const KindGuess& guess) { onGuessed(guess); });
    }
    m_fileStack->setCurrentIndex(m_entries.isEmpty() ? 0 : 1);
    m_files->setColumnWidth(KindColumn, m_theme.px(110));
    if (first >= 0)
        m_files->setCurrentItem(m_files->topLevelItem(first));
    m_files->resizeColumnToContents(NameColumn);
    updateButtons();
}

void ImportDialog::onGuessed(const KindGuess& guess)
{
    const int index = indexOf(guess.path);
    if (index < 0)
        return; // removed meanwhile
    Entry& e = m_entries[index];
    e.guess = guess;
    e.guessed = true;
    if (guess.likelyKind)
        e.options.kind = *guess.likelyKind;
    e.status = guess.error.isEmpty() ? tr("Reading…") : tr("✕ %1").arg(guess.error);
    refreshRow(index);
    if (index == m_current)
        selectEntry(index);
    else if (guess.error.isEmpty())
        previewInBackground(index);
    updateButtons();
}

void ImportDialog::previewInBackground(int index)
{
    const QString path = m_entries[index].path;
    const ImportOptions options = m_entries[index].options;
    runInBackground(
        this, [path, options] { return readPreview(path, options); },
        [this](const PreviewOutcome& outcome) {
            const int i = indexOf(outcome.path);
            // The file shown on the right has the live preview; this is for the others.
            if (i < 0 || i == m_current)
                return;
            Entry& e = m_entries[i];
            e.header = outcome.header;
            e.detectedFormat = outcome.preview.format;
            setStatus(e, outcome.preview);
            refreshRow(i);
        });
}

void ImportDialog::setStatus(Entry& e, const ImportPreview& p)
{
    int rejected = 0;
    for (const PreviewRow& r : p.rows)
        rejected += r.rejected && !isSkippedRow(r) ? 1 : 0;
    const int rows = int(p.rows.size());
    if (!p.refusal.isEmpty())
        e.status = tr("✕ Would be refused: choose how to read it");
    else if (rejected > 0)
        e.status = tr("! %1 of the first %2 rows rejected").arg(rejected).arg(rows);
    else if (rows == 0)
        e.status = tr("No records");
    else
        e.status = tr("✓ Reads well (first %1 rows checked)").arg(rows);
}

void ImportDialog::refreshRow(int index)
{
    QTreeWidgetItem* item = m_files->topLevelItem(index);
    if (!item)
        return;
    const Entry& e = m_entries[index];
    QString kind = e.guessed ? shortKind(e.options.kind) : QString();
    if (e.guessed && !e.guess.kind && !e.confirmed && e.guess.error.isEmpty())
        kind = tr("%1 ?").arg(kind); // not sure: a person should look
    item->setText(KindColumn, kind);
    item->setText(StatusColumn, e.status);
    item->setToolTip(StatusColumn, e.status);
}

void ImportDialog::selectEntry(int index)
{
    m_current = index;
    if (index < 0 || index >= m_entries.size()) {
        m_preview->showMessage(m_entries.isEmpty() ? tr("Add files to see what they will become.")
                                                   : tr("Choose a file on the left."));
        m_formStack->setCurrentIndex(0);
        return;
    }
    m_formStack->setCurrentIndex(1);
    const Entry& e = m_entries[index];
    m_form->setEnabled(e.guessed && e.guess.error.isEmpty());
    m_form->setOptions(e.options, e.header, e.detectedFormat);
    if (!e.guessed) {
        m_form->setKindNote(QString());
        m_preview->showMessage(tr("Recognising %1…").arg(QFileInfo(e.path).fileName()));
        return;
    }
    if (!e.guess.error.isEmpty()) {
        m_form->setKindNote(QString());
        m_preview->showMessage(tr("This file cannot be read: %1").arg(e.guess.error));
        return;
    }
    m_form->setKindNote(e.guess.kind
                            ? tr("Recognised: %1").arg(forPeople(e.guess.reason))
                            : tr("Not sure which kind of evidence this is: check the kind, then pick "
                                 "the columns below."));
    m_preview->preview(e.path, e.options);
}

void ImportDialog::onOptionsChanged()
{
    if (m_current < 0)
        return;
    Entry& e = m_entries[m_current];
    e.options = m_form->options();
    e.confirmed = true;
    refreshRow(m_current);
    m_preview->preview(e.path, e.options);
}

void ImportDialog::onPreviewed(const PreviewOutcome& outcome)
{
    const int index = indexOf(outcome.path);
    if (index < 0)
        return;
    Entry& e = m_entries[index];
    const ImportPreview& p = outcome.preview;
    setStatus(e, p);
    e.header = outcome.header;
    e.detectedFormat = p.format;
    if (index == m_current) {
        m_form->setHeader(outcome.header);
        m_form->setDetectedFormat(p.format);
        e.options = m_form->options();
    }
    refreshRow(index);
}

void ImportDialog::updateButtons()
{
    bool ready = !m_entries.isEmpty();
    for (const Entry& e : std::as_const(m_entries))
        ready &= e.guessed;
    m_import->setEnabled(ready && m_jobId == 0);
    m_import->setText(m_entries.size() > 1 ? tr("&Import %1 files").arg(m_entries.size()) : tr("&Import"));
    m_remove->setEnabled(!m_files->selectedItems().isEmpty());
}

void ImportDialog::chooseFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import files"), settings.value(QLatin1String(kLastDirKey)).toString(),
        tr("Exports (*.csv *.tsv *.txt *.json *.jsonl *.zip *.gz);;Audio (*.wav *.flac *.ogg *.mp3 *.aif *.aiff);;"
           "Artifacts (*.png *.jpg *.jpeg *.svg *.pdf *.eml *.html *.htm);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QLatin1String(kLastDirKey), QFileInfo(files.first()).absolutePath());
    addFiles(files);
}

void ImportDialog::removeSelected()
{
    QList<int> rows;
    for (QTreeWidgetItem* item : m_files->selectedItems())
        rows << m_files->indexOfTopLevelItem(item);
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        delete m_files->takeTopLevelItem(row);
        m_entries.removeAt(row);
    }
    m_fileStack->setCurrentIndex(m_entries.isEmpty() ? 0 : 1);
    m_current = -1;
    selectEntry(m_files->currentItem() ? m_files->indexOfTopLevelItem(m_files->currentItem()) : -1);
    updateButtons();
}

void ImportDialog::startImport()
{
    if (m_entries.isEmpty() || m_jobId != 0)
        return;
    QVector<ImportRequest> requests;
    for (const Entry& e : std::as_const(m_entries)) {
        ImportRequest r;
        r.path = e.path;
        r.options = e.options;
        requests << r;
    }
    const int n = int(requests.size());
    m_runningText->setText(n == 1 ? tr("Importing %1…").arg(QFileInfo(requests.first().path).fileName())
                                  : tr("Importing %1 files…").arg(n));
    m_runningStep->clear();
    m_runningBar->setValue(0);
    m_pages->setCurrentIndex(RunningPage);
    m_cancelRun->setFocus();
    QPointer<ImportDialog> self(this);
    auto onImported = m_onImported;
    // The runner is the context: the handler (the wall's reload) runs even if this window closed.
    m_jobId = m_jobs->runWithResult(
        n == 1 ? tr("Importing %1").arg(QFileInfo(requests.first().path).fileName())
               : tr("Importing %1 files").arg(n),
        [room = m_roomPath, requests](JobControl& job) { return importFiles(room, requests, job); }, m_jobs,
        [self, onImported](ImportBatch batch, bool cancelled) {
            // A job dropped from the queue never ran: say it was cancelled.
            batch.cancelled |= cancelled && batch.files.isEmpty() && batch.openError.isEmpty();
            if (onImported)
                onImported(batch);
            if (self)
                self->finishImport(batch);
        });
}

void ImportDialog::finishImport(const ImportBatch& batch)
{
    m_jobId = 0;
    showSummary(batch);
}

void ImportDialog::showSummary(const ImportBatch& batch)
{
    m_summary->setBatch(batch);
    m_unassigned = batch.unassigned();
    m_openTray->setText(tr("Open the &Unassigned tray (%1)").arg(m_unassigned));
    m_openTray->setVisible(m_trayAvailable && m_unassigned > 0);
    setWindowTitle(tr("Import finished — %1").arg(QFileInfo(m_roomPath).completeBaseName()));
    m_pages->setCurrentIndex(SummaryPage);
    updateButtons();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_pages->currentIndex() != RunningPage && !localFiles(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData()->urls());
    if (files.isEmpty() || m_pages->currentIndex() == RunningPage)
        return;
    event->acceptProposedAction();
    addFiles(files);
}

} // namespace cr::ui
