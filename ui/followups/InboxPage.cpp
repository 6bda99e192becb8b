#include "followups/InboxPage.h"

#include "feeds/DialogLook.h"
#include "followups/FollowUpActionDialogs.h"
#include "followups/FollowUpDetail.h"
#include "followups/FollowUpTableModel.h"
#include "followups/FollowUpWords.h"
#include "jobs/Background.h"
#include "tray/TrayCommon.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

QString actionWord(FollowUpAction action)
{
    switch (action) {
    case FollowUpAction::Acknowledge:
        return InboxPage::tr("acknowledge");
    case FollowUpAction::Resolve:
        return InboxPage::tr("resolve");
    case FollowUpAction::Escalate:
        return InboxPage::tr("escalate");
    case FollowUpAction::Restore:
        break;
    }
    return {};
}

} // namespace

InboxPage::InboxPage(const QString& roomPath, const Theme& theme, QWidget* parent)
    : QWidget(parent), m_roomPath(roomPath), m_theme(theme), m_model(new FollowUpTableModel(theme, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_open(new QToolButton), m_all(new QToolButton),
      m_filter(new QButtonGroup(this)), m_stage(new QComboBox), m_summary(new QLabel),
      m_pages(new QStackedWidget), m_table(new QTableView), m_empty(new QLabel), m_detail(new QTextBrowser),
      m_acknowledge(new QPushButton(tr("&Acknowledge"))), m_resolve(new QPushButton(tr("&Resolve…"))),
      m_escalate(new QPushButton(tr("&Escalate…"))), m_undoButton(new QPushButton(tr("&Undo"))),
      m_newFix(new QPushButton(tr("New &fix from this…"))),
      m_message(new QLabel)
{
    setObjectName(QStringLiteral("inboxPage"));
    m_open->setText(tr("Open"));
    m_open->setObjectName(QStringLiteral("openFilter"));
    m_open->setToolTip(tr("Open and acknowledged follow-ups: what still needs doing"));
    m_all->setText(tr("All"));
    m_all->setObjectName(QStringLiteral("allFilter"));
    m_all->setToolTip(tr("Resolved ones too, the latest first after the open ones"));
    for (QToolButton* b : {m_open, m_all}) {
        b->setCheckable(true);
        b->setMinimumWidth(m_theme.px(64));
        m_filter->addButton(b);
    }
    m_open->setChecked(true);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setMinimumWidth(m_theme.px(200));
    m_stage->addItem(tr("Every stage"), QVariant());
    m_summary->setObjectName(QStringLiteral("inboxSummary"));
    muteLabel(m_summary, m_theme);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FollowUpTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("followUpTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_theme.px(30));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the store's order until a person sorts
    m_table->setSortingEnabled(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FollowUpTableModel::Title, QHeaderView::Stretch);
    const QFontMetrics fm(m_theme.font(m_theme.bodyPx(), QFont::DemiBold));
    const int pad = m_theme.px(24);
    header->resizeSection(FollowUpTableModel::Rule, fm.horizontalAdvance(tr("Complaint spike")) + pad);
    header->resizeSection(FollowUpTableModel::Stage,
                          fm.horizontalAdvance(QStringLiteral("Renew or leave")) + pad);
    header->resizeSection(FollowUpTableModel::Raised,
                          fm.horizontalAdvance(QStringLiteral("⚠ 30 days")) + pad);
    header->resizeSection(FollowUpTableModel::Status,
                          fm.horizontalAdvance(QStringLiteral("◑ acknowledged")) + pad);
    header->resizeSection(FollowUpTableModel::EscalatedTo,
                          fm.horizontalAdvance(QStringLiteral("▲ Network Operations")) + pad);

    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(m_theme.px(40));
    muteLabel(m_empty, m_theme);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    m_detail->setObjectName(QStringLiteral("followUpDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setFrameShape(QFrame::NoFrame);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setToolTip(tr("Say the department has seen it and is on it"));
    m_resolve->setObjectName(QStringLiteral("resolveFollowUpButton"));
    m_resolve->setToolTip(tr("Close it with a note of what was done"));
    m_escalate->setObjectName(QStringLiteral("escalateFollowUpButton"));
    m_escalate->setToolTip(tr("Hand it up, to the stage's owner or another department, with a reason"));
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    makePrimary(m_resolve, m_theme);
    m_message->setObjectName(QStringLiteral("inboxMessage"));
    m_message->setWordWrap(true);

    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(m_theme.px(6));
    filterRow->addWidget(m_open);
    filterRow->addWidget(m_all);
    filterRow->addSpacing(m_theme.px(14));
    auto* stageLabel = new QLabel(tr("&Stage:"));
    stageLabel->setBuddy(m_stage);
    filterRow->addWidget(stageLabel);
    filterRow->addWidget(m_stage);
    filterRow->addStretch(1);
    filterRow->addWidget(m_summary);

    auto* actionRow = new QHBoxLayout;
    actionRow->setSpacing(m_theme.px(8));
    actionRow->addWidget(m_acknowledge);
    actionRow->addWidget(m_resolve);
    actionRow->addWidget(m_escalate);
    actionRow->addWidget(m_newFix);
    actionRow->addStretch(1);
    actionRow->addWidget(m_undoButton);

    auto* detailPane = new QFrame;
    detailPane->setObjectName(QStringLiteral("detailPane"));
    detailPane->setStyleSheet(
        QStringLiteral("QFrame#detailPane { background: %1; border: 1px solid %2; border-radius: %3px; }")
            .arg(m_theme.panel.name(), m_theme.hairline.name())
            .arg(m_theme.px(6)));
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(m_theme.px(14), m_theme.px(10), m_theme.px(14), m_theme.px(6));
    detailLayout->setSpacing(m_theme.px(6));
    detailLayout->addLayout(actionRow);
    detailLayout->addWidget(m_detail, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_pages);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, m_theme.px(8), 0, 0);
    layout->setSpacing(m_theme.px(8));
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    connect(undoKey, &QShortcut::activated, this, &InboxPage::undo);
    connect(m_filter, &QButtonGroup::buttonClicked, this, [this] { setOpenOnly(m_open->isChecked()); });
    connect(m_stage, &QComboBox::activated, this, [this] {
        const QVariant id = m_stage->currentData();
        setStageFilter(id.isValid() ? std::optional<RowId>(id.toLongLong()) : std::nullopt);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InboxPage::onSelectionChanged);
    connect(m_acknowledge, &QPushButton::clicked, this, &InboxPage::acknowledgeSelected);
    connect(m_resolve, &QPushButton::clicked, this, &InboxPage::resolveSelected);
    connect(m_escalate, &QPushButton::clicked, this, &InboxPage::escalateSelected);
    m_newFix->setObjectName(QStringLiteral("newFixFromFollowUp"));
    m_newFix->setToolTip(tr("A fix on the board with this follow-up's evidence, for causes one call-back cannot solve"));
    connect(m_newFix, &QPushButton::clicked, this, [this] {
        if (const auto fix = fixFromCurrent())
            emit newFixRequested(*fix);
    });
    connect(m_undoButton, &QPushButton::clicked, this, &InboxPage::undo);
    updateActions();
}

void InboxPage::setInbox(const InboxKey& inbox)
{
    if (inbox == m_query.inbox && m_loadedOnce)
        return;
    m_query.inbox = inbox;
    m_detail->clear();
    m_current.reset();
    reload();
}

void InboxPage::setOpenOnly(bool openOnly)
{
    m_open->setChecked(openOnly);
    m_all->setChecked(!openOnly);
    if (m_query.openOnly == openOnly)
        return;
    m_query.openOnly = openOnly;
    reload();
}

void InboxPage::setStageFilter(std::optional<RowId> stageId)
{
    const int at = stageId ? m_stage->findData(*stageId) : 0;
    if (at >= 0)
        m_stage->setCurrentIndex(at);
    if (m_query.stageId == stageId)
        return;
    m_query.stageId = stageId;
    reload();
}

void InboxPage::reload()
{
    const quint64 generation = ++m_listGeneration;
    const QString path = m_roomPath;
    const InboxQuery query = m_query;
    const QDateTime now = QDateTime::currentDateTime();
    if (!m_loadedOnce)
        m_summary->setText(tr("Reading the follow-ups…"));
    runInBackground(
        this, [path, query, now] { return loadInbox(path, query, now); },
        [this, generation](const InboxSnapshot& snapshot) { applySnapshot(generation, snapshot); });
}

void InboxPage::applySnapshot(quint64 generation, const InboxSnapshot& snapshot)
{
    if (generation != m_listGeneration)
        return; // a newer read is on its way
    m_listShown = generation;
    if (!snapshot.error.isEmpty()) {
        showMessage(snapshot.error, true);
        return;
    }
    m_loadedOnce = true;
    // The same follow-up stays selected; when it left the list (resolved
    // under "Open"), the one that took its place is next in line.
    const int row = currentSourceRow();
    // An id of 0 means none (an optional here trips GCC's -Wmaybe-uninitialized at -O2).
    const RowId keepId = m_pendingSelect ? *m_pendingSelect : (row >= 0 ? m_model->followUpAt(row).id : 0);
    const std::optional<RowId> keep = keepId != 0 ? std::optional<RowId>(keepId) : std::nullopt;
    const int keepViewRow = m_table->selectionModel()->currentIndex().row();
    m_pendingSelect.reset();
    m_snapshot = snapshot;
    fillStages();
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setContext(snapshot.departments, snapshot.stages, snapshot.escalateAfterDays,
                            QDateTime::currentDateTime());
        m_model->setFollowUps(snapshot.followUps);
    }
    int select = keepId != 0 ? m_model->rowOf(keepId) : -1;
    if (select < 0 && keep && keepViewRow >= 0 && m_proxy->rowCount() > 0)
        select = m_proxy->mapToSource(m_proxy->index(qMin(keepViewRow, m_proxy->rowCount() - 1), 0)).row();
    if (select < 0 && m_model->rowCount() > 0)
        select = m_proxy->mapToSource(m_proxy->index(0, 0)).row();
    selectSourceRow(select);
    if (select < 0)
        onSelectionChanged();
    showEmptyState();
    updateSummary();
    emit inboxesLoaded(snapshot.inboxes, snapshot.escalateAfterDays);
}

void InboxPage::fillStages()
{
    // The stage asked for, even when it was asked before the stages were read.
    const QSignalBlocker block(m_stage);
    m_stage->clear();
    m_stage->addItem(tr("Every stage"), QVariant());
    for (const Stage& s : std::as_const(m_snapshot.stages))
        m_stage->addItem(s.name, s.id);
    m_stage->setCurrentIndex(m_query.stageId ? qMax(0, m_stage->findData(*m_query.stageId)) : 0);
}

void InboxPage::showEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_pages->setCurrentIndex(0);
        return;
    }
    QString text;
    if (m_query.stageId)
        text = m_query.openOnly ? tr("Nothing open here for %1.").arg(m_stage->currentText())
                                : tr("No follow-ups here for %1.").arg(m_stage->currentText());
    else if (m_query.openOnly)
        text = tr("Nothing waiting in this inbox: every follow-up here is resolved. "
                  "Choose All to see what was done.");
    else
        text = tr("No follow-ups here yet. The rules raise them after every import: a detractor who left a "
                  "comment, a spike in a complaint category, a KPI turning red.");
    m_empty->setText(text);
    m_pages->setCurrentIndex(1);
}

void InboxPage::updateSummary()
{
    int open = 0, escalated = 0, overdue = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const FollowUp& f = m_model->followUpAt(i);
        if (!f.isOpen())
            continue;
        ++open;
        escalated += f.escalatedAt ? 1 : 0;
        overdue += isFollowUpOverdue(f, m_model->escalateAfterDays(), m_model->now()) ? 1 : 0;
    }
    QStringList parts{open == 1 ? tr("1 open") : tr("%1 open").arg(numberText(open))};
    if (!m_query.openOnly)
        parts << tr("%1 resolved").arg(numberText(m_model->rowCount() - open));
    if (escalated > 0)
        parts << tr("%1 %2 escalated").arg(escalatedGlyph(), numberText(escalated));
    if (overdue > 0)
        parts << tr("%1 %2 overdue").arg(overdueGlyph(), numberText(overdue));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

int InboxPage::currentSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void InboxPage::selectSourceRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_table->scrollTo(at);
}

void InboxPage::selectFollowUp(RowId id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        selectSourceRow(row);
        return;
    }
    m_pendingSelect = id;
}

std::optional<FollowUp> InboxPage::currentFollowUp() const
{
    const int row = currentSourceRow();
    if (row < 0)
        return std::nullopt;
    return m_model->followUpAt(row);
}

void InboxPage::onSelectionChanged()
{
    updateActions();
    const std::optional<FollowUp> f = currentFollowUp();
    if (!f) {
        ++m_detailGeneration; // an answer on its way is for a row no longer chosen
        m_detailShown = m_detailGeneration;
        m_current.reset();
        m_detail->setHtml(
            QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(m_theme.mutedText.name(),
                     m_model->rowCount() > 0 ? tr("Choose a follow-up to see its evidence.") : QString()));
        return;
    }
    if (m_current && m_current->followUp.id == f->id)
        return; // the same one read again after an action: loadDetail was asked already
    loadDetail(f->id);
}

void InboxPage::loadDetail(RowId id)
{
    const quint64 generation = ++m_detailGeneration;
    const QString path = m_roomPath;
    runInBackground(
        this, [path, id] { return loadEvidence(path, id); },
        [this, generation](const FollowUpEvidence& evidence) {
            if (generation != m_detailGeneration)
                return;
            m_detailShown = generation;
            if (!evidence.error.isEmpty()) {
                m_current.reset();
                m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(evidence.error.toHtmlEscaped()));
                updateActions();
                return;
            }
            m_current = evidence;
            m_model->updateFollowUp(evidence.followUp);
            m_detail->setHtml(followUpDetailHtml(evidence, *m_model, m_theme));
            updateActions();
        });
}

std::optional<Fix> InboxPage::fixFromCurrent() const
{
    const std::optional<FollowUp> f = currentFollowUp();
    if (!f)
        return std::nullopt;
    Fix fix;
    // A spike's rule key is "spike:STAGE:CATEGORY:YYYY-MM": the category names the fix.
    fix.title = f->rule == FollowUpRule::ComplaintSpike ? f->ruleKey.section(QLatin1Char(':'), 2, -2) : QString();
    fix.stageId = f->stageId;
    fix.ownerDepartmentId = f->departmentId.value_or(0);
    fix.metric = f->stageId ? QStringLiteral("nps") : QString();
    constexpr int kEvidenceLinks = 10; // a spike's latest complaints, not all of them
    for (const auto& e : f->evidence) {
        if (fix.evidence.size() >= kEvidenceLinks)
            break;
        fix.evidence.append({e.kind, e.id});
        if (e.kind == EvidenceKind::Kpi) {
            fix.metric = QStringLiteral("kpi");
            fix.kpiId = e.id;
        }
    }
    return fix;
}

void InboxPage::updateActions()
{
    const std::optional<FollowUp> f = currentFollowUp();
    const bool open = f && f->isOpen();
    m_acknowledge->setEnabled(!m_busy && f && f->status == FollowUpStatus::Open);
    m_resolve->setEnabled(!m_busy && open);
    m_escalate->setEnabled(!m_busy && open && !m_snapshot.departments.isEmpty());
    m_newFix->setEnabled(f.has_value());
    m_acknowledge->setToolTip(f && f->status == FollowUpStatus::Acknowledged
                                  ? tr("Already acknowledged")
                                  : tr("Say the department has seen it and is on it"));
    m_undoButton->setEnabled(!m_busy && !m_undo.isEmpty());
    m_undoButton->setText(m_undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(m_undo.last().what));
    m_undoButton->setToolTip(m_undo.isEmpty() ? tr("Nothing to undo yet")
                                              : tr("Puts the follow-up back as it was (Ctrl+Z)"));
}

void InboxPage::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void InboxPage::showMessage(const QString& text, bool error)
{
    setNote(m_message, m_theme, text, error);
}

void InboxPage::acknowledgeSelected()
{
    const std::optional<FollowUp> f = currentFollowUp();
    if (!f || m_busy)
        return;
    ActionRequest request;
    request.action = FollowUpAction::Acknowledge;
    request.id = f->id;
    act(request);
}

ResolveDialog* InboxPage::resolveSelected()
{
    const std::optional<FollowUp> f = currentFollowUp();
    if (!f || m_busy || !f->isOpen())
        return nullptr;
    auto* dialog = new ResolveDialog(*f, m_theme, this);
    const RowId id = f->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        ActionRequest request;
        request.action = FollowUpAction::Resolve;
        request.id = id;
        request.note = dialog->note();
        act(request);
    });
    dialog->open();
    return dialog;
}

EscalateDialog* InboxPage::escalateSelected()
{
    const std::optional<FollowUp> f = currentFollowUp();
    if (!f || m_busy || !f->isOpen())
        return nullptr;
    std::optional<RowId> owner;
    for (const Stage& s : std::as_const(m_snapshot.stages))
        if (f->stageId && s.id == *f->stageId)
            owner = s.ownerDepartmentId;
    auto* dialog = new EscalateDialog(*f, m_snapshot.departments, owner, m_theme, this);
    const RowId id = f->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        ActionRequest request;
        request.action = FollowUpAction::Escalate;
        request.id = id;
        request.toDepartmentId = dialog->departmentId();
        request.reason = dialog->reason();
        act(request);
    });
    dialog->open();
    return dialog;
}

void InboxPage::act(const ActionRequest& given)
{
    if (m_busy)
        return;
    ActionRequest request = given;
    if (!request.now.isValid())
        request.now = QDateTime::currentDateTime();
    setBusy(true);
    const QString path = m_roomPath;
    runInBackground(
        this, [path, request] { return applyAction(path, request); },
        [this, request](const ActionOutcome& out) {
            setBusy(false);
            if (!out.error.isEmpty()) {
                showMessage(out.error, true);
                return;
            }
            QString done;
            const QString title = out.after.title.left(80);
            switch (request.action) {
            case FollowUpAction::Acknowledge:
                done = tr("Acknowledged: %1").arg(title);
                break;
            case FollowUpAction::Resolve:
                done = tr("Resolved: %1").arg(title);
                break;
            case FollowUpAction::Escalate:
                done = tr("Escalated to %1: %2")
                           .arg(m_model->departmentName(out.after.escalatedToDepartmentId), title);
                break;
            case FollowUpAction::Restore:
                done = tr("Put back as it was: %1").arg(title);
                break;
            }
            if (request.action == FollowUpAction::Restore) {
                m_pendingSelect = out.after.id; // the one put back is the one to look at
                m_undo.removeLast();
            } else {
                m_undo.append(UndoEntry{out.before, actionWord(request.action)});
                done += QLatin1Char(' ') + tr("Ctrl+Z undoes it.");
            }
            showMessage(done);
            m_current.reset();
            m_model->updateFollowUp(out.after);
            onSelectionChanged(); // the detail shows what just changed
            updateActions();
            reload();
            emit changed();
        });
}

void InboxPage::undo()
{
    if (m_busy || m_undo.isEmpty()) {
        if (m_undo.isEmpty())
            showMessage(tr("Nothing to undo."));
        return;
    }
    ActionRequest request;
    request.action = FollowUpAction::Restore;
    request.id = m_undo.last().before.id;
    request.restore = m_undo.last().before;
    act(request);
}

} // namespace cr::ui
