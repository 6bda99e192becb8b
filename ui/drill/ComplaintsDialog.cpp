#include "drill/ComplaintsDialog.h"

#include "drill/ComplaintTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
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
      m_category(new QComboBox), m_table(new QTableView), m_count(new QLabel)
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
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &ComplaintsDialog::applyFilters);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ComplaintsDialog::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ComplaintsDialog::applyFilters);
}

ComplaintsDialog* ComplaintsDialog::showFor(const RoomStore& store, const StageWall& stage,
                                            const Period& period, const Theme& theme, QWidget* parent)
{
    auto* d = new ComplaintsDialog(
        theme, tr("%1 — complaints, %2").arg(stage.report.stage.name, period.label()), parent);
    auto complaints = store.complaints(stage.report.stage.id, period.range(), kMaxRows);
    if (!complaints) {
        d->m_count->setText(complaints.error().toString());
    } else {
        std::set<QString> channels, categories;
        for (const Complaint& c : *complaints) {
            channels.insert(c.channel);
            categories.insert(c.category);
        }
        d->m_channel->addItem(tr("All channels"), QString());
        for (const QString& c : channels)
            d->m_channel->addItem(c, c);
        d->m_category->addItem(tr("All categories"), QString());
        for (const QString& c : categories)
            d->m_category->addItem(c, c);
        d->m_model->setComplaints(*complaints);
        d->m_table->resizeColumnsToContents();
        d->applyFilters();
    }
    d->showSized(0.75, 0.75);
    return d;
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
