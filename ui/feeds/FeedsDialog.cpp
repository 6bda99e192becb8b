#include "feeds/FeedsDialog.h"

#include "feeds/DialogLook.h"
#include "feeds/FeedEditDialog.h"
#include "feeds/FeedKeychain.h"
#include "feeds/FeedSyncer.h"
#include "feeds/RunLogModel.h"
#include "jobs/Background.h"
#include "jobs/JobRunner.h"
#include "store/FeedStore.h"
#include "store/RoomStore.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

constexpr int kLogRuns = 200;
constexpr int kRejectsShown = 500;

struct FeedsData
{
    QVector<FeedRow> rows;
    QStringList stages;
    QString error;
};

FeedsData readFeedsData(const QString& room)
{
    FeedsData data;
    auto store = RoomStore::open(room, RoomStore::OpenMode::ReadOnly);
    if (!store) {
        data.error = store.error().toString();
        return data;
    }
    QHash<RowId, QString> stageNames;
    if (auto stages = (*store)->stages())
        for (const Stage& s : *stages) {
            data.stages << s.name;
            stageNames.insert(s.id, s.name);
        }
    auto feeds = FeedStore(**store).feeds();
    if (!feeds) {
        data.error = feeds.error().toString();
        return data;
    }
    ImportLog log(**store);
    for (const Feed& f : std::as_const(*feeds)) {
        FeedRow row;
        row.feed = f;
        row.stageName = f.stageId ? stageNames.value(*f.stageId) : QString();
        if (auto runs = log.runs(f.id, 1); runs && !runs->isEmpty())
            row.lastRun = runs->first();
        data.rows << row;
    }
    return data;
}

struct RejectList
{
    QStringList lines;
    int total = 0;
};

} // namespace

FeedsDialog::FeedsDialog(const QString& roomPath, JobRunner* jobs, FeedSyncer* syncer, const Theme& theme,
                         QWidget* parent)
    : QDialog(parent), m_roomPath(roomPath), m_jobs(jobs), m_syncer(syncer), m_theme(theme),
      m_model(new FeedListModel(this)), m_log(new RunLogModel(this)), m_listStack(new QStackedWidget),
      m_table(new QTableView), m_add(new QPushButton(tr("&Add…"))), m_edit(new QPushButton(tr("&Edit…"))),
      m_remove(new QPushButton(tr("&Remove…"))), m_syncOne(new QPushButton(tr("&Sync now"))),
      m_syncAll(new QPushButton(tr("Sync &all"))), m_progressRow(new QWidget), m_progressText(new QLabel),
      m_progress(new QProgressBar), m_cancel(new QPushButton(tr("&Cancel"))), m_logTitle(new QLabel),
      m_allImports(new QCheckBox(tr("All &imports (files and feeds)"))), m_runs(new QTableView),
      m_rejects(new QPlainTextEdit), m_status(new QLabel)
{
    setObjectName(QStringLiteral("feedsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Feeds — %1").arg(QFileInfo(roomPath).completeBaseName()));
    applyDialogLook(this, theme);

    m_table->setObjectName(QStringLiteral("feedTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Feeds"));
    auto* empty =
        new QLabel(tr("<p><b>No feeds yet.</b></p><p>A feed is an export your systems already write — "
                      "a folder the help desk drops CSVs into, a survey export file, or an http(s) URL. "
                      "Add one and the room takes in what is new or changed on every sync, when the "
                      "room opens and when the folder changes.</p>"));
    empty->setObjectName(QStringLiteral("noFeeds"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(theme.px(24));
    m_listStack->addWidget(empty);
    m_listStack->addWidget(m_table);

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove})
        side->addWidget(b);
    side->addSpacing(theme.px(12));
    side->addWidget(m_syncOne);
    side->addWidget(m_syncAll);
    side->addStretch(1);
    m_syncOne->setToolTip(tr("Take in what is new or changed in the selected feed"));
    m_syncAll->setToolTip(tr("Sync every feed of the room (F9 on the wall)"));
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_listStack, 1);
    listRow->addLayout(side);

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressText, 1);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(listRow, 1);
    topLayout->addWidget(m_progressRow);

    m_runs->setObjectName(QStringLiteral("runLog"));
    m_runs->setModel(m_log);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setSectionResizeMode(RunLogModel::File, QHeaderView::Stretch);
    m_runs->setWordWrap(false);
    m_runs->setAccessibleName(tr("Import log"));
    m_rejects->setObjectName(QStringLiteral("runRejects"));
    m_rejects->setReadOnly(true);
    m_rejects->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_rejects->setPlaceholderText(tr("Choose a run above to see its rejected rows (FILE:LINE: reason)."));
    QFont mono = theme.font(theme.smallPx());
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_rejects->setFont(mono);

    auto* logHead = new QHBoxLayout;
    m_logTitle->setTextFormat(Qt::RichText);
    logHead->addWidget(m_logTitle, 1);
    logHead->addWidget(m_allImports);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(logHead);
    auto* logSplit = new QSplitter(Qt::Vertical);
    logSplit->addWidget(m_runs);
    logSplit->addWidget(m_rejects);
    logSplit->setChildrenCollapsible(false);
    bottomLayout->addWidget(logSplit, 1);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto* close = new QPushButton(tr("Close"));
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &FeedsDialog::addFeed);
    connect(m_edit, &QPushButton::clicked, this, &FeedsDialog::editFeed);
    connect(m_remove, &QPushButton::clicked, this, &FeedsDialog::removeFeed);
    connect(m_syncOne, &QPushButton::clicked, this, &FeedsDialog::syncSelected);
    connect(m_syncAll, &QPushButton::clicked, this, &FeedsDialog::syncAll);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_table, &QTableView::doubleClicked, this, &FeedsDialog::editFeed);
    // The views keep their selection models for good (the models only reset).
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        loadLog();
    });
    connect(m_runs->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeedsDialog::loadRejects);
    connect(m_allImports, &QCheckBox::toggled, this, &FeedsDialog::loadLog);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (int id : std::as_const(m_syncJobs))
            m_jobs->cancel(id);
    });
    connect(m_syncer, &FeedSyncer::syncQueued, this, &FeedsDialog::trackJob);
    connect(m_syncer, &FeedSyncer::syncFinished, this, [this](const QString& room) {
        if (room == m_roomPath)
            reload();
    });
    connect(m_jobs, &JobRunner::progressed, this, [this](int id, double fraction, const QString& what) {
        if (!m_syncJobs.contains(id))
            return;
        m_progress->setValue(int(fraction * 1000));
        m_progressText->setText(what);
    });
    connect(m_jobs, &JobRunner::started, this, [this](int id, const QString& title) {
        if (m_syncJobs.contains(id))
            m_progressText->setText(title);
    });
    connect(m_jobs, &JobRunner::finished, this, [this](int id) {
        m_syncJobs.removeAll(id);
        m_progressRow->setVisible(!m_syncJobs.isEmpty());
        updateButtons();
    });
    sizeToScreen(this, 0.65, 0.8, {900, 620});
    split->setSizes({height() * 45 / 100, height() * 55 / 100});
    logSplit->setSizes({height() * 35 / 100, height() * 20 / 100});
    updateButtons();
    reload();
}

const FeedRow* FeedsDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

void FeedsDialog::reload()
{
    const quint64 generation = ++m_generation;
    if (const FeedRow* row = selected(); row && m_wantedSelection.isEmpty())
        m_wantedSelection = row->feed.name;
    m_status->setText(m_loaded ? QString() : tr("Reading the feeds…"));
    runInBackground(
        this, [room = m_roomPath] { return readFeedsData(room); },
        [this, generation](FeedsData data) {
            if (generation != m_generation)
                return;
            for (FeedRow& r : data.rows)
                r.problem =
                    m_syncer->roomPath() == m_roomPath ? m_syncer->lastProblem(r.feed.name) : QString();
            m_stages = data.stages;
            m_model->setRows(data.rows);
            m_listStack->setCurrentIndex(data.rows.isEmpty() ? 0 : 1);
            m_table->resizeColumnsToContents();
            m_table->setColumnWidth(FeedListModel::Location,
                                    qMin(m_table->columnWidth(FeedListModel::Location), m_theme.px(360)));
            m_status->setText(data.error);
            const int row = m_model->rowOf(m_wantedSelection);
            m_wantedSelection.clear();
            if (m_model->rowCount() > 0)
                m_table->selectRow(qMax(0, row));
            m_loaded = true;
            updateButtons();
            loadLog();
            emit loaded();
        });
}

void FeedsDialog::selectFeed(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
}

void FeedsDialog::updateButtons()
{
    const bool one = selected() != nullptr;
    m_edit->setEnabled(one);
    m_remove->setEnabled(one);
    m_syncOne->setEnabled(one);
    m_syncAll->setEnabled(m_model->rowCount() > 0);
    m_add->setDefault(m_model->rowCount() == 0);
    m_syncOne->setDefault(m_model->rowCount() > 0);
}

void FeedsDialog::loadLog()
{
    const FeedRow* row = selected();
    const bool all = m_allImports->isChecked() || !row;
    const std::optional<RowId> feedId = all ? std::nullopt : std::optional<RowId>(row->feed.id);
    m_logTitle->setText(all ? tr("<b>Import log</b> — every file taken in")
                            : tr("<b>Import log</b> — “%1”").arg(row->feed.name.toHtmlEscaped()));
    const quint64 generation = ++m_logGeneration;
    runInBackground(
        this,
        [room = m_roomPath, feedId] {
            QVector<ImportRun> runs;
            if (auto store = RoomStore::open(room, RoomStore::OpenMode::ReadOnly))
                if (auto r = ImportLog(**store).runs(feedId, kLogRuns))
                    runs = *r;
            return runs;
        },
        [this, generation](const QVector<ImportRun>& runs) {
            if (generation != m_logGeneration)
                return;
            m_log->setRuns(runs);
            m_runs->resizeColumnsToContents();
            m_runs->horizontalHeader()->setSectionResizeMode(RunLogModel::File, QHeaderView::Stretch);
            if (m_log->rowCount() > 0)
                m_runs->selectRow(0);
            else
                loadRejects();
        });
}

void FeedsDialog::loadRejects()
{
    const QModelIndexList rows = m_runs->selectionModel()->selectedRows();
    const ImportRun* run = rows.isEmpty() ? nullptr : m_log->runAt(rows.first().row());
    const quint64 generation = ++m_rejectGeneration;
    if (!run) {
        m_rejects->setPlainText(m_log->rowCount() == 0 ? tr("Nothing imported yet.") : QString());
        return;
    }
    if (run->rejected == 0 && run->status != QLatin1String("refused")) {
        m_rejects->setPlainText(tr("%1: no rejected rows.").arg(run->file));
        return;
    }
    const ImportRun copy = *run;
    runInBackground(
        this,
        [room = m_roomPath, copy] {
            RejectList list;
            if (!copy.message.isEmpty() && copy.status == QLatin1String("refused"))
                list.lines << QStringLiteral("%1: %2").arg(copy.file, copy.message);
            if (auto store = RoomStore::open(room, RoomStore::OpenMode::ReadOnly))
                if (auto r = ImportLog(**store).rejects(copy.id, kRejectsShown))
                    for (const ImportReject& j : *r)
                        list.lines << QStringLiteral("%1:%2: %3").arg(j.file).arg(j.line).arg(j.reason);
            list.total = copy.rejected;
            return list;
        },
        [this, generation](const RejectList& list) {
            if (generation != m_rejectGeneration)
                return;
            QStringList lines = list.lines;
            if (list.total > kRejectsShown)
                lines << tr("… and %1 more rejected rows.").arg(list.total - kRejectsShown);
            m_rejects->setPlainText(lines.join(QLatin1Char('\n')));
        });
}

QString FeedsDialog::rejectsText() const
{
    return m_rejects->toPlainText();
}

void FeedsDialog::trackJob(int jobId)
{
    m_syncJobs << jobId;
    m_progress->setValue(0);
    m_progressText->setText(tr("Waiting for the job before it…"));
    m_progressRow->show();
}

void FeedsDialog::addFeed()
{
    QStringList taken;
    for (int i = 0; i < m_model->rowCount(); ++i)
        taken << m_model->rowAt(i)->feed.name;
    auto* dialog = new FeedEditDialog(m_roomPath, m_jobs, Feed{}, QString(), m_stages, taken, m_theme, this);
    connect(dialog, &FeedEditDialog::saved, this, [this](const QString& name) {
        m_wantedSelection = name;
        reload();
        emit feedsChanged();
        // A new feed is taken in at once: that is what adding it was for.
        m_syncer->syncFeeds({name}, false);
    });
    dialog->show();
}

void FeedsDialog::editFeed()
{
    const FeedRow* row = selected();
    if (!row)
        return;
    QStringList taken;
    for (int i = 0; i < m_model->rowCount(); ++i)
        taken << m_model->rowAt(i)->feed.name;
    auto* dialog =
        new FeedEditDialog(m_roomPath, m_jobs, row->feed, row->stageName, m_stages, taken, m_theme, this);
    connect(dialog, &FeedEditDialog::saved, this, [this](const QString& name) {
        m_wantedSelection = name;
        reload();
        emit feedsChanged();
    });
    dialog->show();
}

void FeedsDialog::removeFeed()
{
    const FeedRow* row = selected();
    if (!row)
        return;
    const Feed feed = row->feed;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove feed"),
                                tr("Remove the feed “%1”?").arg(feed.name), QMessageBox::NoButton, this);
    box->setInformativeText(
        tr("Everything it brought stays in the room; only the feed and its sync state go. "
           "Its credentials are removed from the keychain."));
    box->addButton(tr("Remove feed"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, feed](QAbstractButton* button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        m_jobs->runWithResult(
            tr("Removing feed “%1”").arg(feed.name),
            [room = m_roomPath, id = feed.id](JobControl&) -> QString {
                auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
                if (!store)
                    return store.error().toString();
                const Status removed = FeedStore(**store).remove(id);
                return removed ? QString() : removed.error().toString();
            },
            this,
            [this, feed](const QString& error, bool cancelled) {
                if (!error.isEmpty() || cancelled) {
                    m_status->setText(error.isEmpty() ? tr("Removing was cancelled; the feed stays.")
                                                      : error);
                    return;
                }
                if (isUrlLocation(feed.location))
                    keychain::remove(m_roomPath, feed.name, m_jobs, [](const QString&) {});
                m_jobs->note(
                    tr("Removed feed “%1”; the evidence it brought stays in the room.").arg(feed.name));
                reload();
                emit feedsChanged();
            });
    });
    box->open();
}

void FeedsDialog::syncSelected()
{
    if (const FeedRow* row = selected())
        m_syncer->syncFeeds({row->feed.name}, false);
}

void FeedsDialog::syncAll()
{
    m_syncer->syncAll(false);
}

} // namespace cr::ui
