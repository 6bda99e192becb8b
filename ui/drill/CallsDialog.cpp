#include "drill/CallsDialog.h"

#include "common/Format.h"
#include "jobs/Background.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QPointer>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cr::ui {

CallsDialog::CallsDialog(const Theme& theme, const QString& title, QWidget* parent)
    : DrillDialog(theme, title, parent), m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("callsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Double-click a call or press Enter to play it to the room."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    m_table->setObjectName(QStringLiteral("callsTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Call"), tr("Agent"), tr("Length"), tr("Channel")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_calls.size())
            emit playRequested(m_calls[row].id);
    });
    auto* newFix = new QPushButton(tr("New &fix from this call…"));
    newFix->setObjectName(QStringLiteral("newFixFromCall"));
    newFix->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(newFix);
    layout->addLayout(row);
    connect(m_table, &QTableWidget::currentCellChanged, newFix, [newFix](int current) { newFix->setEnabled(current >= 0); });
    connect(newFix, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0 || r >= m_calls.size())
            return;
        Fix fix;
        fix.title = m_calls[r].title;
        fix.stageId = m_calls[r].stageId;
        fix.metric = fix.stageId ? QStringLiteral("nps") : QString();
        fix.evidence.append({EvidenceKind::Call, m_calls[r].id});
        emit newFixRequested(fix);
    });
}

void CallsDialog::setCalls(const QVector<Call>& calls)
{
    m_calls = calls;
    m_table->setRowCount(int(calls.size()));
    const QLocale locale;
    for (int row = 0; row < calls.size(); ++row) {
        const Call& c = calls[row];
        const QStringList cells{locale.toString(c.startedAt, QStringLiteral("d MMM yyyy, HH:mm")), c.title,
                                c.agent.isEmpty() ? noDataDash() : c.agent, formatDuration(c.durationSeconds),
                                c.customerChannel};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 1 && !c.summary.isEmpty())
                item->setToolTip(c.summary);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (!calls.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

CallsDialog* CallsDialog::showFor(const QString& roomPath, const StageWall& stage, const Period& period,
                                  const Theme& theme, QWidget* parent)
{
    auto* d = new CallsDialog(
        theme, tr("%1 — calls in %2").arg(stage.report.stage.name, period.label()), parent);
    d->setCalls(stage.calls);
    if (stage.report.calls.count > stage.calls.size()) {
        const std::optional<RowId> stageId = stage.report.stage.id;
        const DateRange range = period.range();
        QPointer<CallsDialog> dialog(d);
        runInBackground(
            d,
            [roomPath, stageId, range] {
                QVector<Call> calls;
                if (auto store = RoomStore::open(roomPath, RoomStore::OpenMode::ReadOnly))
                    if (auto all = (*store)->calls(stageId, range, 5000))
                        calls = *all;
                return calls;
            },
            [dialog](const QVector<Call>& calls) {
                if (dialog && !calls.isEmpty())
                    dialog->setCalls(calls);
            });
    }
    d->showSized(0.6, 0.6);
    d->m_table->setFocus();
    return d;
}

} // namespace cr::ui
