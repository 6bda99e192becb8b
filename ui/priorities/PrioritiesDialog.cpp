#include "priorities/PrioritiesDialog.h"

#include "feeds/DialogLook.h"
#include "priorities/HurtModel.h"
#include "tray/TrayCommon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace cr::ui {

PrioritiesDialog::PrioritiesDialog(const WallSnapshot& wall, QWidget* parent)
    : QDialog(parent), m_theme(trayTheme(parent)), m_wall(wall), m_kinds(new QTabBar(this)), m_period(new QLabel(this)),
      m_formula(new QLabel(HurtRanking::formula(), this)), m_model(new HurtModel(this)), m_table(new QTableView(this)),
      m_newFix(new QPushButton(tr("New &fix from this row…"), this))
{
    setObjectName(QStringLiteral("prioritiesDialog"));
    setWindowTitle(tr("Where customers hurt most"));
    applyDialogLook(this, m_theme);
    m_kinds->addTab(tr("Stages"));
    m_kinds->addTab(tr("Moments of truth"));
    m_kinds->addTab(tr("Complaint categories"));
    m_period->setFont(m_theme.font(m_theme.stageNamePx(), QFont::DemiBold));
    m_formula->setObjectName(QStringLiteral("hurtFormula"));
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    muteLabel(m_formula, m_theme);
    m_table->setObjectName(QStringLiteral("hurtTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAlternatingRowColors(true);
    m_newFix->setObjectName(QStringLiteral("newFixFromRanking"));
    m_newFix->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_newFix);
    auto* layout = new QVBoxLayout(this);
    const int gap = m_theme.px(12);
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap);
    layout->addWidget(m_period);
    layout->addWidget(m_kinds);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_formula);
    layout->addLayout(buttons);

    connect(m_kinds, &QTabBar::currentChanged, this, [this](int i) { showKind(HurtRow::Kind(i)); });
    connect(m_newFix, &QPushButton::clicked, this, [this] { emit newFixRequested(fixForSelectedRow()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { emit newFixRequested(fixForSelectedRow()); });
    sizeToScreen(this, 0.7, 0.7, QSize(m_theme.px(900), m_theme.px(520)));
    fill();
}

void PrioritiesDialog::setWall(const WallSnapshot& wall)
{
    m_wall = wall;
    fill();
}

void PrioritiesDialog::showKind(HurtRow::Kind kind)
{
    m_kind = kind;
    if (m_kinds->currentIndex() != int(kind))
        m_kinds->setCurrentIndex(int(kind));
    fill();
}

void PrioritiesDialog::fill()
{
    m_period->setText(tr("%1, against %2").arg(m_wall.period.label(), m_wall.previousPeriod.label()));
    const QDate today = QDate::currentDate();
    switch (m_kind) {
    case HurtRow::Kind::Stage:
        m_model->setRows(HurtRanking::stages(m_wall, today), m_kind);
        break;
    case HurtRow::Kind::Moment:
        m_model->setRows(HurtRanking::moments(m_wall, today), m_kind);
        break;
    case HurtRow::Kind::Category:
        m_model->setRows(HurtRanking::categories(m_wall, today), m_kind);
        break;
    }
    m_table->setColumnHidden(HurtModel::Name, m_kind == HurtRow::Kind::Stage);
    m_table->resizeColumnsToContents();
    // The names take the spare width; the numbers keep to their size.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(m_kind == HurtRow::Kind::Stage ? HurtModel::Stage : HurtModel::Name,
                                                      QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_newFix,
            [this](const QModelIndex& current) { m_newFix->setEnabled(current.isValid()); }, Qt::UniqueConnection);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_newFix->setEnabled(m_model->rowCount() > 0);
}

Fix PrioritiesDialog::fixForSelectedRow() const
{
    Fix fix;
    const HurtRow* r = m_model->row(m_table->currentIndex().row());
    if (!r)
        return fix;
    fix.stageId = r->stageId;
    fix.metric = QStringLiteral("nps");
    switch (r->kind) {
    case HurtRow::Kind::Category:
        fix.title = r->name;
        // The category's quote is its evidence; the stage's NPS is the metric
        // (which KPI a category moves is the person's call, not a guess).
        for (const StageWall& s : m_wall.stages)
            if (s.report.stage.id == r->stageId)
                for (const CategoryTrend& c : s.categories)
                    if (c.category == r->name && c.quote)
                        fix.evidence.append({EvidenceKind::Complaint, c.quote->id});
        return fix;
    case HurtRow::Kind::Moment:
        fix.title = r->name;
        if (r->momentId)
            fix.momentIds = {*r->momentId};
        break;
    case HurtRow::Kind::Stage:
        fix.title = QString();
        break;
    }
    // A red KPI of the row is the metric to move, when there is one.
    for (const StageWall& s : m_wall.stages) {
        if (s.report.stage.id != r->stageId)
            continue;
        for (const KpiReport& k : s.report.kpis) {
            if (k.status != metrics::KpiStatus::Red || (r->momentId && k.kpi.momentId != r->momentId))
                continue;
            fix.metric = QStringLiteral("kpi");
            fix.kpiId = k.kpi.id;
            fix.evidence.append({EvidenceKind::Kpi, k.kpi.id});
            break;
        }
    }
    return fix;
}

} // namespace cr::ui
