#include "setup/DepartmentsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cr::ui {

namespace {
enum Column { Name, Leader, Ambassador };
}

DepartmentsPage::DepartmentsPage(const SetupContext& context, const Theme& theme, QWidget* parent)
    : QWidget(parent), m_context(context), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("setupDepartments"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Department"), tr("Leader"), tr("CX ambassador")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing on a cell does not overwrite it: F2, Enter or a double-click edits.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    auto* hint = new QLabel(tr("Each stage names the departments that shape it; the leader hears of escalated "
                               "follow-ups, the ambassador keeps the room current. Double-click to edit."),
                            this);
    hint->setWordWrap(true);
    auto* add = new QPushButton(tr("Add department"), this);
    add->setObjectName(QStringLiteral("addDepartmentButton"));
    auto* remove = new QPushButton(tr("Remove department"), this);
    remove->setObjectName(QStringLiteral("removeDepartmentButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    Q_UNUSED(theme);
    connect(add, &QPushButton::clicked, this, &DepartmentsPage::addDepartment);
    connect(remove, &QPushButton::clicked, this, &DepartmentsPage::removeDepartment);
    connect(m_table, &QTableWidget::itemChanged, this, &DepartmentsPage::onEdited);
}

void DepartmentsPage::setData(const SetupData& data)
{
    const int row = m_table->currentRow();
    m_data = data;
    m_filling = true;
    m_table->setRowCount(int(data.departments.size()));
    for (int r = 0; r < data.departments.size(); ++r) {
        const Department& d = data.departments[r];
        const QString values[] = {d.name, d.leader, d.ambassador};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(values[c]);
            item->setData(Qt::UserRole, d.id);
            m_table->setItem(r, c, item);
        }
    }
    m_filling = false;
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::clamp(row, 0, m_table->rowCount() - 1), 0);
}

void DepartmentsPage::onEdited(QTableWidgetItem* item)
{
    if (m_filling || !item)
        return;
    const RowId id = item->data(Qt::UserRole).toLongLong();
    for (const Department& found : m_data.departments) {
        if (found.id != id)
            continue;
        const Department before = found; // a copy: m_data takes the edit below
        Department after = before;
        const QString text = item->text().trimmed();
        if (item->column() == Name)
            after.name = text;
        else if (item->column() == Leader)
            after.leader = text;
        else
            after.ambassador = text;
        const auto revert = [&] {
            m_filling = true;
            item->setText(item->column() == Name ? before.name : item->column() == Leader ? before.leader : before.ambassador);
            m_filling = false;
        };
        if (after.name.isEmpty()) {
            emit problem(tr("A department needs a name."));
            revert();
            return;
        }
        for (const Department& d : m_data.departments)
            if (d.id != id && d.name.compare(after.name, Qt::CaseInsensitive) == 0) {
                emit problem(tr("There is already a department called “%1”.").arg(after.name));
                revert();
                return;
            }
        if (after.name == before.name && after.leader == before.leader && after.ambassador == before.ambassador)
            return;
        for (Department& d : m_data.departments)
            if (d.id == id)
                d = after;
        const QString what = item->column() == Name     ? tr("Rename department “%1”").arg(after.name)
                             : item->column() == Leader ? tr("Change the leader of “%1”").arg(after.name)
                                                        : tr("Change the CX ambassador of “%1”").arg(after.name);
        m_context.push(what,
                       [after](SetupStore& s) { return s.updateDepartment(after); },
                       [before](SetupStore& s) { return s.updateDepartment(before); });
        return;
    }
}

void DepartmentsPage::addDepartment()
{
    QString name = tr("New department");
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(m_data.departments.begin(), m_data.departments.end(),
                                       [&](const Department& d) { return d.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (!taken)
            break;
        name = tr("New department %1").arg(n);
    }
    Department d;
    d.name = name;
    m_context.pushAdd(
        tr("Add department “%1”").arg(name), [d](SetupStore& s) { return s.addDepartment(d); },
        [](SetupStore& s, RowId id) { return s.removeDepartment(id); });
}

void DepartmentsPage::removeDepartment()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_data.departments.size())
        return;
    const Department d = m_data.departments[row];
    if (const int owned = m_data.fixesOwned.value(d.id); owned > 0) {
        emit problem(owned == 1 ? tr("“%1” owns a fix; give it another owner on the fixes board first.").arg(d.name)
                                : tr("“%1” owns %2 fixes; give them another owner on the fixes board first.")
                                      .arg(d.name)
                                      .arg(owned));
        return;
    }
    m_context.pushRemove(tr("Remove department “%1”").arg(d.name),
                         [id = d.id](SetupStore& s) { return s.removeDepartment(id); });
}

} // namespace cr::ui
