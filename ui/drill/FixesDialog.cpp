#include "drill/FixesDialog.h"

#include "common/Format.h"
#include "wall/FixesCell.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cr::ui {

FixesDialog::FixesDialog(const Theme& theme, const QString& title, QWidget* parent)
    : DrillDialog(theme, title, parent), m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("fixesDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

FixesDialog* FixesDialog::showFor(const WallSnapshot& wall, const StageWall& stage, const Theme& theme,
                                  QWidget* parent)
{
    auto* d = new FixesDialog(theme, tr("%1 — fixes").arg(stage.report.stage.name), parent);
    const QVector<Fix> fixes = fixesInWallOrder(stage.fixes);
    QTableWidget* t = d->m_table;
    t->setColumnCount(7);
    t->setHorizontalHeaderLabels({tr("Status"), tr("Fix"), tr("Owner"), tr("Contributing"), tr("Due"),
                                  tr("Metric"), tr("Before → after")});
    t->setRowCount(int(fixes.size()));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    for (int row = 0; row < fixes.size(); ++row) {
        const Fix& f = fixes[row];
        QStringList contributors;
        for (RowId id : f.contributingDepartmentIds)
            contributors << wall.departmentName(id);
        QString metric = fixMetricName(f, stage);
        if (f.goal)
            metric += QStringLiteral(" (") + tr("goal %1").arg(formatNumber(*f.goal, 1)) + QLatin1Char(')');
        const QStringList cells{fixStatusGlyph(f.status) + QLatin1Char(' ') + fixStatusWord(f.status),
                                f.title,
                                wall.departmentName(f.ownerDepartmentId),
                                contributors.join(QStringLiteral(", ")),
                                f.due ? formatDate(*f.due) : noDataDash(),
                                metric,
                                fixBeforeAfter(f)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 1 && !f.description.isEmpty())
                item->setToolTip(f.description);
            t->setItem(row, c, item);
        }
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setStretchLastSection(true);
    if (fixes.isEmpty()) {
        auto* none = new QLabel(
            tr("No fixes for this stage yet: assign one in the review, with an owner and a due date."));
        static_cast<QVBoxLayout*>(d->layout())->insertWidget(0, none);
    }
    d->showSized(0.75, 0.5);
    return d;
}

} // namespace cr::ui
