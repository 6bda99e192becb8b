#include "tray/UnassignedDialog.h"

#include "tray/RulesDialog.h"
#include "tray/TrayCommon.h"
#include "tray/UnassignedModel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

constexpr int kAllTab = -1;

// Fits the dialog to the screen it opens on: roomy at 1920x1080, still
// whole on a 13" laptop.
void sizeToScreen(QWidget* dialog, const Theme& theme, QSize design)
{
    QSize size(theme.px(design.width()), theme.px(design.height()));
    if (const QScreen* screen = dialog->screen()) {
        const QSize room = screen->availableGeometry().size() * 0.92;
        size = size.boundedTo(room);
    }
    dialog->resize(size);
}

} // namespace

UnassignedDialog::UnassignedDialog(const QString& roomPath, QWidget* parent)
    : QDialog(parent), m_roomPath(roomPath), m_theme(trayTheme(parent)), m_model(new UnassignedModel(this)),
      m_tabs(new QTabBar), m_search(new QLineEdit), m_searchDelay(new QTimer(this)),
      m_pages(new QStackedWidget), m_table(new QTableView), m_emptyTitle(new QLabel), m_emptyHint(new QLabel),
      m_status(new QLabel), m_message(new QLabel), m_selectAll(new QPushButton(tr("Select &all"))),
      m_stage(new QComboBox), m_categoryLabel(new QLabel(tr("&Category:"))), m_category(new QLineEdit),
      m_assign(new QPushButton(tr("Assign selected"))), m_runRules(new QPushButton(tr("&Run rules"))),
      m_rules(new QPushButton(tr("R&ules…"))), m_close(new QPushButton(tr("Close")))
{
    setObjectName(QStringLiteral("unassignedDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Unassigned records"));
    applyTrayLook(this, m_theme);
    m_model->setRoomPath(roomPath);

    auto* title = new QLabel(tr("Unassigned"));
    title->setFont(m_theme.font(m_theme.stageNamePx(), QFont::DemiBold));
    auto* intro =
        new QLabel(tr("Records whose stage no import could tell wait here. Select them, choose the "
                      "stage they belong to and assign them; rules sort the next imports by themselves."));
    intro->setWordWrap(true);
    setNote(intro, m_theme, intro->text());

    m_tabs->setObjectName(QStringLiteral("kindTabs"));
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->addTab(QString());
    m_tabs->setTabData(0, kAllTab);
    for (ImportKind kind : trayKinds()) {
        const int at = m_tabs->addTab(QString());
        m_tabs->setTabData(at, int(kind));
    }
    updateTabs();

    m_search->setObjectName(QStringLiteral("traySearch"));
    m_search->setPlaceholderText(tr("Search text, category, channel or file…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_theme.px(320));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_table->setObjectName(QStringLiteral("trayTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_theme.px(28));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(UnassignedModel::Text, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    header->resizeSection(UnassignedModel::Kind, fm.horizontalAdvance(tr("Survey answer")) + m_theme.px(24));
    header->resizeSection(UnassignedModel::When,
                          fm.horizontalAdvance(QStringLiteral("2026-10-31 23:59")) + m_theme.px(24));
    header->resizeSection(UnassignedModel::Category, m_theme.px(150));
    header->resizeSection(UnassignedModel::Channel, m_theme.px(90));
    header->resizeSection(UnassignedModel::Source, m_theme.px(190));

    auto* empty = new QWidget;
    m_emptyTitle->setObjectName(QStringLiteral("trayEmptyTitle"));
    m_emptyTitle->setFont(m_theme.font(m_theme.valuePx(), QFont::DemiBold));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setFixedWidth(m_theme.px(620)); // a wrapped label in a centred box needs a width
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addSpacing(m_theme.px(8));
    auto* hintRow = new QHBoxLayout;
    hintRow->addStretch(1);
    hintRow->addWidget(m_emptyHint);
    hintRow->addStretch(1);
    emptyLayout->addLayout(hintRow);
    emptyLayout->addStretch(3);
    m_pages->addWidget(m_table);
    m_pages->addWidget(empty);

    m_status->setObjectName(QStringLiteral("trayStatus"));
    m_message->setObjectName(QStringLiteral("trayMessage"));
    m_message->setWordWrap(true);
    m_selectAll->setObjectName(QStringLiteral("traySelectAll"));
    m_selectAll->setToolTip(tr("Selects every record in this list, loading the rest first "
                               "(Ctrl+A selects the rows loaded so far)."));

    m_stage->setObjectName(QStringLiteral("trayStage"));
    m_stage->setMinimumWidth(m_theme.px(240));
    auto* stageLabel = new QLabel(tr("Assign to &stage:"));
    stageLabel->setBuddy(m_stage);
    m_category->setObjectName(QStringLiteral("trayCategory"));
    m_category->setPlaceholderText(tr("keep their category"));
    m_category->setToolTip(
        tr("Sets this category on the selected complaints; empty keeps the one they have."));
    m_category->setMinimumWidth(m_theme.px(200));
    m_categoryLabel->setBuddy(m_category);
    m_assign->setObjectName(QStringLiteral("trayAssign"));
    makePrimary(m_assign, m_theme);
    m_runRules->setToolTip(tr("Runs the room's mapping rules over every record waiting here."));
    m_rules->setToolTip(tr("Shows, adds and removes the rules that sort records onto stages."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_tabs, 1, Qt::AlignBottom);
    top->addWidget(m_search);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_selectAll);

    auto* assignBar = new QFrame;
    assignBar->setObjectName(QStringLiteral("assignBar"));
    assignBar->setStyleSheet(QStringLiteral("QFrame#assignBar { background: %1; border: 1px solid %2;"
                                            " border-radius: %3px; }")
                                 .arg(m_theme.background.name(), m_theme.hairline.name())
                                 .arg(m_theme.px(6)));
    auto* assignRow = new QHBoxLayout(assignBar);
    assignRow->setContentsMargins(m_theme.px(12), m_theme.px(8), m_theme.px(12), m_theme.px(8));
    assignRow->setSpacing(m_theme.px(8));
    assignRow->addWidget(stageLabel);
    assignRow->addWidget(m_stage, 2);
    assignRow->addSpacing(m_theme.px(12));
    assignRow->addWidget(m_categoryLabel);
    assignRow->addWidget(m_category, 2);
    assignRow->addStretch(1);
    assignRow->addWidget(m_assign);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_runRules);
    bottom->addWidget(m_rules);
    bottom->addStretch(1);
    bottom->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(m_theme.px(20), m_theme.px(16), m_theme.px(20), m_theme.px(16));
    layout->setSpacing(m_theme.px(10));
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addLayout(statusRow);
    layout->addWidget(assignBar);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    setTabOrder(m_tabs, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_selectAll);
    setTabOrder(m_selectAll, m_stage);
    setTabOrder(m_stage, m_category);
    setTabOrder(m_category, m_assign);
    setTabOrder(m_assign, m_runRules);
    setTabOrder(m_runRules, m_rules);
    setTabOrder(m_rules, m_close);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_tabs, &QTabBar::currentChanged, this, &UnassignedDialog::applyQuery);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &UnassignedDialog::applyQuery);
    connect(m_model, &UnassignedModel::pageLoaded, this, [this] {
        if (m_selectAllPending && m_model->isExhausted()) {
            m_selectAllPending = false;
            m_table->selectAll();
        }
        showEmptyStateIfEmpty();
        updateAssignBar();
        updateStatus();
    });
    connect(m_model, &UnassignedModel::loadingChanged, this, &UnassignedDialog::updateStatus);
    connect(m_model, &UnassignedModel::loadFailed, this, [this](const QString& error) {
        showMessage(tr("The list could not be read: %1").arg(error), true);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateAssignBar();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnassignedDialog::updateAssignBar);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &UnassignedDialog::updateAssignBar);
    connect(m_selectAll, &QPushButton::clicked, this, &UnassignedDialog::selectAll);
    connect(m_assign, &QPushButton::clicked, this, &UnassignedDialog::assignSelected);
    connect(m_runRules, &QPushButton::clicked, this, &UnassignedDialog::runRules);
    connect(m_rules, &QPushButton::clicked, this, &UnassignedDialog::openRules);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    m_assign->setDefault(true); // only once it sits in the dialog, or the dialog forgets it
    sizeToScreen(this, m_theme, {1400, 820});
    updateAssignBar();
    reload();
}

void UnassignedDialog::reload()
{
    loadOverview();
    applyQuery();
}

void UnassignedDialog::loadOverview()
{
    const quint64 generation = ++m_overviewGeneration;
    const QString path = m_roomPath;
    runInWorker(
        this, [path] { return loadTrayOverview(path); },
        [this, generation](const TrayOverview& overview) {
            if (generation != m_overviewGeneration)
                return; // a newer read (or a write's own counts) is already shown
            applyOverview(overview);
        });
}

void UnassignedDialog::applyOverview(const TrayOverview& overview)
{
    if (!overview.error.isEmpty()) {
        showMessage(overview.error, true);
        return;
    }
    m_overviewLoaded = true;
    m_counts = overview.counts;
    m_ruleCount = overview.ruleCount;

    // Keep the stage a person chose across reloads.
    const QVariant chosen = m_stage->currentData();
    const QSignalBlocker block(m_stage);
    m_stage->clear();
    if (overview.stages.isEmpty()) {
        m_stage->addItem(tr("No stages yet"), QVariant());
    } else {
        m_stage->addItem(tr("Choose a stage…"), QVariant());
        for (const Stage& s : overview.stages)
            m_stage->addItem(s.name, s.id);
        const int at = chosen.isValid() ? m_stage->findData(chosen) : -1;
        m_stage->setCurrentIndex(at > 0 ? at : 0);
    }
    updateTabs();
    updateAssignBar();
    showEmptyStateIfEmpty();
    updateStatus();
}

std::optional<ImportKind> UnassignedDialog::currentKind() const
{
    const int data = m_tabs->tabData(m_tabs->currentIndex()).toInt();
    if (data == kAllTab)
        return std::nullopt;
    return static_cast<ImportKind>(data);
}

int UnassignedDialog::countFor(std::optional<ImportKind> kind) const
{
    if (!kind)
        return m_counts.total();
    switch (*kind) {
    case ImportKind::Complaints:
        return m_counts.complaints;
    case ImportKind::Surveys:
        return m_counts.surveyResponses;
    case ImportKind::Calls:
        return m_counts.calls;
    case ImportKind::Artifacts:
        return m_counts.artifacts;
    case ImportKind::Kpis:
        return 0;
    }
    return 0;
}

void UnassignedDialog::updateTabs()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const int data = m_tabs->tabData(i).toInt();
        const std::optional<ImportKind> kind =
            data == kAllTab ? std::nullopt : std::optional<ImportKind>(static_cast<ImportKind>(data));
        const QString name = kind ? kindPluralWord(*kind) : tr("All");
        m_tabs->setTabText(i, m_overviewLoaded ? tr("%1  %2").arg(name, numberText(countFor(kind))) : name);
    }
}

void UnassignedDialog::applyQuery()
{
    m_searchDelay->stop();
    m_selectAllPending = false;
    m_model->setQuery(UnassignedQuery{currentKind(), m_search->text().trimmed()});
    m_pages->setCurrentIndex(0);
    updateStatus();
}

void UnassignedDialog::selectAll()
{
    m_table->setFocus();
    if (m_model->isExhausted() && !m_model->isLoading()) {
        m_table->selectAll();
        return;
    }
    m_selectAllPending = true;
    m_model->fetchAll();
    updateStatus();
}

void UnassignedDialog::updateStatus()
{
    const int rows = m_model->rowCount();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const QString needle = m_model->query().needle;
    const std::optional<ImportKind> kind = m_model->query().kind;
    const QString what = kind ? kindLowerPlural(*kind) : tr("records");
    QString text;
    if (m_model->isLoading() && m_selectAllPending) {
        text = tr("Loading the rest of the list to select it all…");
    } else if (m_model->isLoading() && rows == 0) {
        text = tr("Loading…");
    } else if (!needle.isEmpty()) {
        text = m_model->isExhausted()
                   ? tr("%1 for “%2”").arg(matchesText(rows), needle)
                   : tr("%1 so far for “%2”; scroll down for more").arg(matchesText(rows), needle);
    } else if (rows == 0 && m_model->isExhausted()) {
        text.clear(); // the empty state in the middle says it
    } else if (m_overviewLoaded) {
        const int total = qMax(rows, countFor(kind));
        text = rows < total ? tr("Showing the first %1 of %2 %3, oldest first; scroll down for more")
                                  .arg(numberText(rows), numberText(total), what)
                            : tr("%1 %2, oldest first").arg(numberText(rows), what);
    } else {
        text = tr("%1 %2").arg(numberText(rows), what);
    }
    if (selected > 0)
        text += tr(" · %1 selected").arg(numberText(selected));
    setNote(m_status, m_theme, text);
}

void UnassignedDialog::updateAssignBar()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool complaints = false;
    for (const QModelIndex& row : rows)
        complaints = complaints || m_model->itemAt(row.row()).kind == ImportKind::Complaints;
    const bool haveStages = m_stage->count() > 1;
    m_stage->setEnabled(!m_busy && haveStages);
    m_category->setEnabled(!m_busy && (complaints || rows.isEmpty()));
    m_categoryLabel->setEnabled(m_category->isEnabled());
    m_assign->setText(rows.isEmpty() ? tr("Assign selected")
                                     : tr("Assign %1 selected").arg(numberText(int(rows.size()))));
    m_assign->setEnabled(!m_busy && haveStages && !rows.isEmpty());
    m_assign->setToolTip(!haveStages      ? tr("The room has no stages yet: add stages to the room first.")
                         : rows.isEmpty() ? tr("Select records in the list first (Ctrl or Shift for many).")
                                          : tr("Puts the selected records on the chosen stage (Enter)."));
    m_selectAll->setEnabled(!m_busy && (m_model->rowCount() > 0 || !m_model->isExhausted()));

    m_runRules->setEnabled(!m_busy && m_ruleCount > 0 && m_counts.total() > 0);
    m_runRules->setToolTip(m_ruleCount == 0 ? tr("The room has no rules yet: add one under Rules…")
                           : m_counts.total() == 0
                               ? tr("Nothing waits here.")
                               : tr("Runs the room's mapping rules (%1) over every record "
                                    "waiting here.")
                                     .arg(numberText(m_ruleCount)));
}

void UnassignedDialog::showEmptyStateIfEmpty()
{
    const bool empty = m_model->rowCount() == 0 && m_model->isExhausted() && !m_model->isLoading();
    if (!empty || !m_overviewLoaded) {
        m_pages->setCurrentIndex(0);
        return;
    }
    const std::optional<ImportKind> kind = m_model->query().kind;
    const QString needle = m_model->query().needle;
    if (!needle.isEmpty()) {
        m_emptyTitle->setText(tr("Nothing here matches “%1”.").arg(needle));
        m_emptyHint->setText(tr("Search looks in the text, category, channel and file name. "
                                "Clear the search to see every record."));
    } else if (m_counts.total() == 0) {
        m_emptyTitle->setText(tr("Nothing waits here: every record found its stage."));
        m_emptyHint->setText(
            m_ruleCount > 0
                ? tr("Records land here when an import cannot tell their stage. The room's rules (%1) sort "
                     "new imports; add more under Rules… when new kinds of records turn up.")
                      .arg(numberText(m_ruleCount))
                : tr("Records land here when an import cannot tell their stage. Add a rule under Rules… "
                     "(a keyword such as “refund” → Billing) and the next import sorts them by itself."));
    } else {
        m_emptyTitle->setText(tr("No %1 wait here.").arg(kind ? kindLowerPlural(*kind) : tr("records")));
        m_emptyHint->setText(
            tr("Other records wait here (%1): see the All tab.").arg(numberText(m_counts.total())));
    }
    setNote(m_emptyHint, m_theme, m_emptyHint->text());
    m_pages->setCurrentIndex(1);
}

void UnassignedDialog::setBusy(bool busy)
{
    // The controls about to be disabled would hand the focus on to Close,
    // where the next Enter would shut the window: keep it on the list.
    if (busy)
        m_table->setFocus();
    m_busy = busy;
    m_rules->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
    m_search->setEnabled(!busy);
    updateAssignBar();
}

void UnassignedDialog::showMessage(const QString& text, bool error)
{
    setNote(m_message, m_theme, text, error);
}

void UnassignedDialog::assignSelected()
{
    if (m_busy)
        return;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        showMessage(
            tr("Select the records to assign first (Ctrl or Shift selects many, Ctrl+A all loaded)."));
        m_table->setFocus();
        return;
    }
    const QVariant stage = m_stage->currentData();
    if (!stage.isValid()) {
        showMessage(tr("Choose the stage these records belong to, then assign again."));
        m_stage->setFocus();
        m_stage->showPopup();
        return;
    }
    const RowId stageId = stage.toLongLong();
    const QString stageName = m_stage->currentText();
    QHash<ImportKind, QVector<RowId>> ids;
    QVector<QPair<ImportKind, RowId>> keys;
    for (const QModelIndex& row : std::as_const(rows)) {
        const TrayRecord& item = m_model->itemAt(row.row());
        ids[item.kind].append(item.id);
        keys.append({item.kind, item.id});
    }
    const QString category = m_category->isEnabled() ? m_category->text().trimmed() : QString();
    setBusy(true);
    showMessage(tr("Assigning %1 to %2…").arg(recordsText(int(keys.size())), stageName));
    const QString path = m_roomPath;
    runInWorker(
        this, [path, ids, stageId, category] { return assignRecords(path, ids, stageId, category); },
        [this, keys, stageName](const WriteOutcome& out) {
            setBusy(false);
            if (!out.error.isEmpty() && out.count == 0) {
                showMessage(tr("Nothing was assigned: %1").arg(out.error), true);
                return;
            }
            ++m_overviewGeneration; // these counts are newer than any read still on its way
            m_counts = out.countsAfter;
            m_model->removeItems(keys);
            showMessage(tr("Assigned %1 to %2.").arg(recordsText(out.count), stageName));
            updateTabs();
            updateAssignBar();
            if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
                m_model->fetchMore({});
            showEmptyStateIfEmpty();
            updateStatus();
            emit changed();
        });
}

void UnassignedDialog::runRules()
{
    if (m_busy)
        return;
    setBusy(true);
    showMessage(tr("Running the rules over %1…").arg(recordsText(m_counts.total())));
    const QString path = m_roomPath;
    runInWorker(
        this, [path] { return applyRules(path); },
        [this](const WriteOutcome& out) {
            setBusy(false);
            if (!out.error.isEmpty() && out.count == 0) {
                showMessage(tr("The rules could not run: %1").arg(out.error), true);
                return;
            }
            if (out.count == 0) {
                showMessage(tr("No rule matched the records waiting here. Add or change rules under Rules…"));
                return;
            }
            showMessage(tr("Rules placed %1 on a stage; %2 left here.")
                            .arg(recordsText(out.count), recordsText(out.countsAfter.total())));
            reload();
            emit changed();
        });
}

void UnassignedDialog::openRules()
{
    auto* rules = new RulesDialog(m_roomPath, this);
    // Start the new rule from what the person is looking at.
    if (const std::optional<ImportKind> kind = currentKind())
        rules->setDraftKind(*kind);
    if (!m_model->query().needle.isEmpty())
        rules->setDraftPattern(m_model->query().needle);
    if (const QVariant stage = m_stage->currentData(); stage.isValid())
        rules->setDraftStage(stage.toLongLong());
    connect(rules, &RulesDialog::changed, this, [this] {
        reload();
        emit changed();
    });
    rules->open(); // window-modal, and it does not wait
}

void UnassignedDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_search->hasFocus()) {
        // Enter in the search box goes to the results, it does not assign.
        m_searchDelay->stop();
        if (m_model->query().needle != m_search->text().trimmed())
            applyQuery();
        m_table->setFocus();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace cr::ui
