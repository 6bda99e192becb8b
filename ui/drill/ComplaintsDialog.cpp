#include "drill/ComplaintsDialog.h"

#include "common/Format.h"
#include "drill/ComplaintTableModel.h"
#include "jobs/Background.h"
#include "store/RoomStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <set>

namespace cr::ui {

namespace {
constexpr int kMaxRows = 20000;

// Matches the search text anywhere in the row and the chosen channel and category exactly.
class ComplaintFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString channel;
    QString category;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        auto* m = sourceModel();
        if (!channel.isEmpty() &&
            m->index(row, ComplaintTableModel::Channel, parent).data().toString() != channel)
            return false;
        if (!category.isEmpty() &&
            m->index(row, ComplaintTableModel::Category, parent).data().toString() != category)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};
} // namespace

ComplaintsDialog::ComplaintsDialog(const Theme& theme, const QString& title, QWidget* parent)
    : DrillDialog(theme, title, parent), m_model(new ComplaintTableModel(this)),
      m_proxy(new ComplaintFilter(this)), m_search(new QLineEdit), m_channel(new QComboBox),
      m_category(new QComboBox), m_table(new QTableView), m_count(new QLabel), m_detail(new QTextBrowser),
      m_newFix(new QPushButton(tr("New &fix from this complaint…")))
{
    setObjectName(QStringLiteral("complaintsDialog"));
    m_search->setObjectName(QStringLiteral("complaintSearch"));
    m_search->setPlaceholderText(tr("Search complaints…"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ComplaintTableModel::Received, Qt::DescendingOrder);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_channel, 1);
    filters->addWidget(m_category, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    m_detail->setObjectName(QStringLiteral("complaintText"));
    m_detail->setOpenLinks(false);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_newFix);
    layout->addLayout(bottom);
    m_newFix->setObjectName(QStringLiteral("newFixFromComplaint"));
    m_newFix->setEnabled(false);
    connect(m_newFix, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
        if (!current.isValid())
            return;
        const Complaint& c = m_model->complaintAt(current.row());
        Fix fix;
        fix.title = c.category;
        fix.stageId = c.stageId;
        fix.metric = c.stageId ? QStringLiteral("nps") : QString();
        fix.evidence.append({EvidenceKind::Complaint, c.id});
        emit newFixRequested(fix);
    });

    connect(m_search, &QLineEdit::textChanged, this, &ComplaintsDialog::applyFilters);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ComplaintsDialog::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ComplaintsDialog::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplaintsDialog::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_newFix->setEnabled(current.isValid()); });
}

ComplaintsDialog* ComplaintsDialog::showFor(const QString& roomPath, const StageWall& stage, const Period& period,
                                            const QString& category, const Theme& theme, QWidget* parent)
{
    auto* d = new ComplaintsDialog(theme, QString(), parent);
    d->showSized(0.75, 0.8);
    d->load(roomPath, stage, period, category);
    return d;
}

void ComplaintsDialog::load(const QString& roomPath, const StageWall& stage, const Period& period,
                            const QString& category)
{
    setWindowTitle(tr("%1 — complaints, %2").arg(stage.report.stage.name, period.label()));
    m_loaded = false;
    m_count->setText(tr("Reading the complaints…"));
    const quint64 generation = ++m_generation;
    const RowId stageId = stage.report.stage.id;
    const DateRange range = period.range();
    runInBackground(
        this,
        [roomPath, stageId, range]() -> std::pair<QVector<Complaint>, QString> {
            auto store = RoomStore::open(roomPath, RoomStore::OpenMode::ReadOnly);
            if (!store)
                return {{}, store.error().toString()};
            auto complaints = (*store)->complaints(stageId, range, kMaxRows);
            if (!complaints)
                return {{}, complaints.error().toString()};
            return {*complaints, QString()};
        },
        [this, generation, category](const std::pair<QVector<Complaint>, QString>& result) {
            if (generation != m_generation)
                return;
            if (!result.second.isEmpty()) {
                m_count->setText(result.second);
                return;
            }
            fill(result.first, category);
        });
}

void ComplaintsDialog::fill(const QVector<Complaint>& complaints, const QString& category)
{
    std::set<QString> channels, categories;
    for (const Complaint& c : complaints) {
        channels.insert(c.channel);
        categories.insert(c.category);
    }
    const QSignalBlocker blockChannel(m_channel);
    const QSignalBlocker blockCategory(m_category);
    m_channel->clear();
    m_category->clear();
    m_channel->addItem(tr("All channels"), QString());
    for (const QString& c : channels)
        m_channel->addItem(c, c);
    m_category->addItem(tr("All categories"), QString());
    for (const QString& c : categories)
        m_category->addItem(c, c);
    const int chosen = m_category->findData(category);
    m_category->setCurrentIndex(chosen > 0 ? chosen : 0);
    m_model->setComplaints(complaints);
    // Filter first, then measure afresh for this stage: the last stage's
    // category filter or stretched column would squeeze the columns to nothing.
    applyFilters();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    // The text column takes the rest of the width; a row shows its start.
    m_table->horizontalHeader()->setSectionResizeMode(ComplaintTableModel::Text, QHeaderView::Stretch);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    m_loaded = true;
    emit loaded();
}

QString ComplaintsDialog::categoryFilter() const
{
    return m_category->currentData().toString();
}

QString ComplaintsDialog::shownText() const
{
    return m_detail->toPlainText();
}

void ComplaintsDialog::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const Complaint& c = m_model->complaintAt(m_proxy->mapToSource(current).row());
    QStringList meta{formatDate(c.receivedAt.date()), c.channel, c.category};
    if (!c.product.isEmpty())
        meta << c.product;
    if (!c.customerRef.isEmpty())
        meta << tr("customer %1").arg(c.customerRef);
    meta.removeAll(QString());
    m_detail->setHtml(QStringLiteral("<p style='color:%1'>%2</p><p>%3</p>")
                          .arg(theme().mutedText.name(), meta.join(QStringLiteral(" · ")).toHtmlEscaped(),
                               c.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

int ComplaintsDialog::visibleRows() const
{
    return m_proxy->rowCount();
}

void ComplaintsDialog::applyFilters()
{
    auto* filter = static_cast<ComplaintFilter*>(m_proxy);
    filter->channel = m_channel->currentData().toString();
    filter->category = m_category->currentData().toString();
    m_proxy->setFilterRegularExpression(QRegularExpression(QRegularExpression::escape(m_search->text()),
                                                           QRegularExpression::CaseInsensitiveOption));
    filter->refresh();
    m_count->setText(tr("Showing %1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace cr::ui
