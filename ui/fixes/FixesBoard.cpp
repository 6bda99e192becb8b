#include "fixes/FixesBoard.h"

#include "feeds/DialogLook.h"
#include "fixes/FixCardDelegate.h"
#include "fixes/FixCardModel.h"
#include "fixes/FixUndo.h"
#include "fixes/RoomWriteQueue.h"
#include "jobs/Background.h"
#include "tray/TrayCommon.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace cr::ui {

namespace {

constexpr FixStatus kColumns[] = {FixStatus::Proposed, FixStatus::InProgress, FixStatus::Done, FixStatus::Verified};

int columnIndex(FixStatus status)
{
    return int(status);
}

} // namespace

QString fixColumnTitle(FixStatus status)
{
    switch (status) {
    case FixStatus::Proposed:
        return FixesBoard::tr("Proposed");
    case FixStatus::InProgress:
        return FixesBoard::tr("In progress");
    case FixStatus::Done:
        return FixesBoard::tr("Done");
    case FixStatus::Verified:
        return FixesBoard::tr("Verified");
    }
    return {};
}

FixesBoard::FixesBoard(const QString& roomPath, QUndoStack* undo, RoomWriteQueue* writes, QWidget* parent)
    : QDialog(parent), m_roomPath(roomPath), m_theme(trayTheme(parent)), m_undo(undo), m_writes(writes),
      m_stageFilter(new QComboBox(this)), m_departmentFilter(new QComboBox(this)), m_summary(new QLabel(this)),
      m_message(new QLabel(this)), m_delegate(new FixCardDelegate(m_theme, this))
{
    setObjectName(QStringLiteral("fixesBoard"));
    setWindowTitle(tr("Fixes board"));
    applyDialogLook(this, m_theme);
    const int gap = m_theme.px(12);

    auto* top = new QHBoxLayout;
    m_stageFilter->setObjectName(QStringLiteral("boardStageFilter"));
    m_departmentFilter->setObjectName(QStringLiteral("boardDepartmentFilter"));
    m_stageFilter->setAccessibleName(tr("Stage"));
    m_departmentFilter->setAccessibleName(tr("Department"));
    auto* add = new QPushButton(tr("&New fix…"), this);
    add->setObjectName(QStringLiteral("newFixButton"));
    add->setAutoDefault(false); // Enter edits the selected card, it does not make a new one
    connect(add, &QPushButton::clicked, this, &FixesBoard::newFix);
    top->addWidget(new QLabel(tr("Stage:"), this));
    top->addWidget(m_stageFilter, 1);
    top->addWidget(new QLabel(tr("Department:"), this));
    top->addWidget(m_departmentFilter, 1);
    top->addStretch(1);
    auto* undoButton = new QPushButton(tr("Undo"), this);
    auto* redoButton = new QPushButton(tr("Redo"), this);
    undoButton->setObjectName(QStringLiteral("boardUndo"));
    redoButton->setObjectName(QStringLiteral("boardRedo"));
    for (QPushButton* b : {undoButton, redoButton})
        b->setAutoDefault(false);
    const auto refresh = [this, undoButton, redoButton] {
        undoButton->setEnabled(m_undo->canUndo());
        redoButton->setEnabled(m_undo->canRedo());
        undoButton->setToolTip(m_undo->undoText());
        redoButton->setToolTip(m_undo->redoText());
    };
    refresh();
    connect(m_undo, &QUndoStack::indexChanged, this, refresh);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    top->addWidget(undoButton);
    top->addWidget(redoButton);
    top->addWidget(add);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(gap);
    for (FixStatus status : kColumns) {
        auto* model = new FixCardModel(status, this);
        auto* view = new QListView(this);
        view->setObjectName(QStringLiteral("boardColumn%1").arg(columnIndex(status)));
        view->setModel(model);
        view->setItemDelegate(m_delegate);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setDropIndicatorShown(true);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setResizeMode(QListView::Adjust);
        view->setWordWrap(true);
        view->setUniformItemSizes(false);
        view->setSpacing(0);
        view->setAccessibleName(fixColumnTitle(status));
        QPalette pal = view->palette();
        pal.setColor(QPalette::Base, m_theme.background);
        view->setPalette(pal);
        connect(model, &FixCardModel::moveRequested, this, &FixesBoard::moveFix);
        connect(view, &QListView::doubleClicked, this, [this] { editSelected(); });
        // One selection across the board: choosing a card clears the other columns.
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view](const QModelIndex& now) {
            if (!now.isValid())
                return;
            for (QListView* other : m_views)
                if (other != view)
                    other->clearSelection();
        });
        auto* header = new QLabel(this);
        header->setFont(m_theme.font(m_theme.stageNamePx(), QFont::DemiBold));
        auto* box = new QVBoxLayout;
        box->addWidget(header);
        box->addWidget(view, 1);
        columns->addLayout(box, 1);
        m_columns << model;
        m_views << view;
        m_headers << header;
    }

    m_summary->setObjectName(QStringLiteral("boardSummary"));
    muteLabel(m_summary, m_theme);
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    QPalette red = m_message->palette();
    red.setColor(QPalette::WindowText, m_theme.red);
    m_message->setPalette(red);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap);
    layout->setSpacing(gap);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);
    auto* keys = new QLabel(tr("Drag a card to move it, or Ctrl+←/→ and Ctrl+↑/↓. Enter edits, Delete removes, "
                               "Ctrl+N adds a fix, Ctrl+Z undoes."),
                            this);
    muteLabel(keys, m_theme);
    layout->addWidget(keys);

    // Undo and redo work with the board in front; the actions follow the room's stack.
    QAction* undoAction = m_undo->createUndoAction(this, tr("Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = m_undo->createRedoAction(this, tr("Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    addAction(undoAction);
    addAction(redoAction);
    addKeys();

    connect(m_stageFilter, qOverload<int>(&QComboBox::activated), this, [this] {
        m_filtersTouched = true;
        fillColumns();
    });
    connect(m_departmentFilter, qOverload<int>(&QComboBox::activated), this, [this] {
        m_filtersTouched = true;
        fillColumns();
    });
    connect(m_writes, &RoomWriteQueue::settled, this, [this] {
        reload();
        emit changed();
    });
    connect(m_writes, &RoomWriteQueue::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });
    sizeToScreen(this, 0.85, 0.8, QSize(m_theme.px(960), m_theme.px(600)));
    reload();
}

FixCardModel* FixesBoard::column(FixStatus status) const
{
    return m_columns.value(columnIndex(status));
}

QListView* FixesBoard::columnView(FixStatus status) const
{
    return m_views.value(columnIndex(status));
}

void FixesBoard::reload()
{
    const quint64 request = ++m_request;
    m_loading = true;
    const QString room = m_roomPath;
    runInBackground(
        this, [room] { return loadBoard(room, QDate::currentDate()); },
        [this, request](const BoardData& data) {
            if (request != m_request)
                return;
            m_loading = false;
            applyData(data);
        });
}

void FixesBoard::showStage(std::optional<RowId> stageId)
{
    m_pendingStage = stageId;
    const int index = m_stageFilter->findData(stageId ? QVariant(*stageId) : QVariant());
    if (index >= 0) {
        m_stageFilter->setCurrentIndex(index);
        fillColumns();
    }
}

void FixesBoard::applyData(const BoardData& data)
{
    if (!data.error.isEmpty()) {
        m_message->setText(data.error);
        m_message->show();
        return;
    }
    m_data = data;
    const QVariant stage = m_pendingStage ? QVariant(*m_pendingStage) : m_stageFilter->currentData();
    const QVariant department = m_departmentFilter->currentData();
    m_stageFilter->clear();
    m_stageFilter->addItem(tr("All stages"), QVariant());
    for (const Stage& s : data.stages)
        m_stageFilter->addItem(s.name, s.id);
    m_departmentFilter->clear();
    m_departmentFilter->addItem(tr("All departments"), QVariant());
    for (const Department& d : data.departments)
        m_departmentFilter->addItem(d.name, d.id);
    m_stageFilter->setCurrentIndex(std::max(0, m_stageFilter->findData(stage)));
    m_departmentFilter->setCurrentIndex(std::max(0, m_departmentFilter->findData(department)));
    m_pendingStage.reset();
    fillColumns();
    // Keys go to the cards, not the filters: the first card of the first column that has one.
    if (!m_filtersTouched)
        for (QListView* view : m_views)
            if (view->model()->rowCount() > 0) {
                if (!view->currentIndex().isValid())
                    view->setCurrentIndex(view->model()->index(0, 0));
                view->setFocus();
                break;
            }
}

void FixesBoard::fillColumns()
{
    const QVariant stage = m_stageFilter->currentData();
    const QVariant department = m_departmentFilter->currentData();
    QVector<QVector<FixCard>> cards(4);
    int overdue = 0, shown = 0;
    for (const FixCard& c : m_data.cards) {
        if (stage.isValid() && (!c.fix.stageId || *c.fix.stageId != stage.toLongLong()))
            continue;
        if (department.isValid() && c.fix.ownerDepartmentId != department.toLongLong() &&
            !c.fix.contributingDepartmentIds.contains(department.toLongLong()))
            continue;
        cards[columnIndex(c.fix.status)].append(c);
        overdue += c.overdue ? 1 : 0;
        ++shown;
    }
    // Keep the selected card selected across a reload.
    FixStatus selectedStatus = FixStatus::Proposed;
    const FixCard* selected = selectedCard(&selectedStatus);
    const RowId keep = selected ? selected->fix.id : 0;
    for (FixStatus status : kColumns) {
        const int i = columnIndex(status);
        m_columns[i]->setCards(cards[i]);
        m_headers[i]->setText(QStringLiteral("%1 · %2").arg(fixColumnTitle(status)).arg(cards[i].size()));
        const int row = keep ? m_columns[i]->rowOf(keep) : -1;
        if (row >= 0) {
            m_views[i]->setCurrentIndex(m_columns[i]->index(row));
            m_views[i]->setFocus();
        }
    }
    // English has no plural catalogue: the one-fix sentences are their own.
    const QString count = shown == 1 ? tr("1 fix shown") : tr("%1 fixes shown").arg(shown);
    m_summary->setText(overdue > 0 ? tr("%1, %2 overdue.").arg(count).arg(overdue) : tr("%1.").arg(count));
}

const FixCard* FixesBoard::selectedCard(FixStatus* status, int* row) const
{
    for (FixStatus s : kColumns) {
        QListView* view = m_views.value(columnIndex(s));
        if (!view)
            continue;
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        if (selected.isEmpty())
            continue;
        if (status)
            *status = s;
        if (row)
            *row = selected.first().row();
        return m_columns[columnIndex(s)]->card(selected.first().row());
    }
    return nullptr;
}

void FixesBoard::moveFix(RowId fixId, FixStatus status, int position)
{
    for (const FixCard& c : m_data.cards) {
        if (c.fix.id != fixId)
            continue;
        const int from = m_columns[columnIndex(c.fix.status)]->rowOf(fixId);
        if (c.fix.status == status && from == position)
            return;
        m_message->hide();
        m_undo->push(new MoveFixCommand(m_roomPath, m_writes, fixId, c.fix.title,
                                        {c.fix.status, std::max(0, from)}, {status, position}));
        return;
    }
}

void FixesBoard::moveSelectedBy(int columns, int rows)
{
    FixStatus status = FixStatus::Proposed;
    int row = 0;
    const FixCard* card = selectedCard(&status, &row);
    if (!card)
        return;
    const int target = std::clamp(columnIndex(status) + columns, 0, 3);
    if (columns != 0) {
        if (target == columnIndex(status))
            return;
        moveFix(card->fix.id, kColumns[target], m_columns[target]->rowCount());
        return;
    }
    const int to = row + rows;
    if (to < 0 || to >= m_columns[columnIndex(status)]->rowCount())
        return;
    moveFix(card->fix.id, status, to);
}

void FixesBoard::editSelected()
{
    if (const FixCard* card = selectedCard())
        emit editRequested(card->fix);
}

void FixesBoard::removeSelected()
{
    const FixCard* card = selectedCard();
    if (!card)
        return;
    m_message->hide();
    m_undo->push(new RemoveFixCommand(m_roomPath, m_writes, card->fix));
}

void FixesBoard::newFix()
{
    Fix fix;
    const QVariant stage = m_stageFilter->currentData();
    if (stage.isValid())
        fix.stageId = stage.toLongLong();
    const QVariant department = m_departmentFilter->currentData();
    if (department.isValid())
        fix.ownerDepartmentId = department.toLongLong();
    fix.metric = fix.stageId ? QStringLiteral("nps") : QString();
    emit editRequested(fix);
}

void FixesBoard::addKeys()
{
    // Actions, not key events: the columns' list views would take the arrows.
    auto key = [this](const QKeySequence& keys, std::function<void()> run) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [run = std::move(run)] { run(); });
        addAction(action);
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { moveSelectedBy(-1, 0); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { moveSelectedBy(1, 0); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelectedBy(0, -1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelectedBy(0, 1); });
    key(QKeySequence::Delete, [this] { removeSelected(); });
    key(QKeySequence(Qt::Key_Return), [this] { editSelected(); });
    key(QKeySequence(Qt::Key_Enter), [this] { editSelected(); });
    key(QKeySequence::New, [this] { newFix(); });
}

} // namespace cr::ui
