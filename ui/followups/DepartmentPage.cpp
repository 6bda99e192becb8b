#include "followups/DepartmentPage.h"

#include "feeds/DialogLook.h"
#include "followups/DepartmentFixModel.h"
#include "followups/DepartmentKpiModel.h"
#include "followups/FollowUpTableModel.h"
#include "followups/FollowUpWords.h"
#include "jobs/Background.h"
#include "tray/TrayCommon.h"

#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

void dressTable(QTableView* table, const Theme& theme)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(theme.px(30));
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

// Below this page width (design pixels) KPIs and fixes stack instead of sharing a row.
constexpr int kSideBySideWidth = 1150;
constexpr int kMostRowsShown = 10;

// The height that shows `rows` rows (at least one) without scrolling.
int heightForRows(const QTableView* table, int rows)
{
    const int shown = qBound(1, rows, kMostRowsShown);
    return table->horizontalHeader()->sizeHint().height() +
           shown * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() +
           table->horizontalScrollBar()->sizeHint().height() / 2;
}

QString stageList(const QVector<Stage>& stages)
{
    QStringList names;
    for (const Stage& s : stages)
        names << s.name.toHtmlEscaped();
    return names.join(QStringLiteral(" · "));
}

} // namespace

DepartmentPage::DepartmentPage(const QString& roomPath, const Theme& theme, QWidget* parent)
    : QWidget(parent), m_roomPath(roomPath), m_theme(theme), m_pages(new QStackedWidget),
      m_scroll(new QScrollArea), m_top(new QBoxLayout(QBoxLayout::LeftToRight)), m_name(new QLabel),
      m_people(new QLabel), m_stages(new QLabel), m_kpiTitle(new QLabel), m_fixTitle(new QLabel),
      m_followUpTitle(new QLabel), m_kpiEmpty(new QLabel), m_fixEmpty(new QLabel),
      m_followUpEmpty(new QLabel), m_kpiStack(new QStackedWidget), m_fixStack(new QStackedWidget),
      m_followUpStack(new QStackedWidget), m_kpiModel(new DepartmentKpiModel(theme, this)),
      m_fixModel(new DepartmentFixModel(theme, this)), m_followUpModel(new FollowUpTableModel(theme, this)),
      m_kpiTable(new QTableView), m_fixTable(new QTableView), m_followUpTable(new QTableView)
{
    setObjectName(QStringLiteral("departmentPage"));
    m_name->setObjectName(QStringLiteral("departmentName"));
    m_name->setFont(m_theme.font(m_theme.stageNamePx(), QFont::DemiBold));
    m_people->setObjectName(QStringLiteral("departmentPeople"));
    m_people->setTextFormat(Qt::RichText);
    m_stages->setObjectName(QStringLiteral("departmentStages"));
    m_stages->setTextFormat(Qt::RichText);
    m_stages->setWordWrap(true);

    m_kpiTable->setObjectName(QStringLiteral("departmentKpis"));
    m_kpiTable->setModel(m_kpiModel);
    m_fixTable->setObjectName(QStringLiteral("departmentFixes"));
    m_fixTable->setModel(m_fixModel);
    m_followUpTable->setObjectName(QStringLiteral("departmentFollowUps"));
    m_followUpTable->setModel(m_followUpModel);
    m_followUpTable->setToolTip(tr("Double-click a follow-up to work on it in the inbox"));
    for (QTableView* t : {m_kpiTable, m_fixTable, m_followUpTable})
        dressTable(t, m_theme);
    m_kpiTable->horizontalHeader()->setSectionResizeMode(DepartmentKpiModel::Name, QHeaderView::Stretch);
    m_fixTable->horizontalHeader()->setSectionResizeMode(DepartmentFixModel::Title, QHeaderView::Stretch);
    m_followUpTable->horizontalHeader()->setSectionResizeMode(FollowUpTableModel::Title,
                                                              QHeaderView::Stretch);

    m_kpiEmpty->setText(
        tr("No KPI names this department as its owner, and its stages have no KPIs without one."));
    m_fixEmpty->setText(tr("No open fixes: nothing assigned to this department, or all of it is done."));
    m_followUpEmpty->setText(tr("No open follow-ups: this department's inbox is clear."));

    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("departmentContent"));
    m_top->setSpacing(m_theme.px(16));
    // Fix titles are longer than KPI names: the fixes get the larger share.
    m_top->addWidget(section(m_kpiTitle, m_kpiTable, m_kpiEmpty, m_kpiStack), 3);
    m_top->addWidget(section(m_fixTitle, m_fixTable, m_fixEmpty, m_fixStack), 4);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, m_theme.px(10), 0, 0);
    layout->setSpacing(m_theme.px(6));
    layout->addWidget(m_name);
    layout->addWidget(m_people);
    layout->addWidget(m_stages);
    layout->addSpacing(m_theme.px(10));
    layout->addLayout(m_top, 2);
    layout->addSpacing(m_theme.px(8));
    layout->addWidget(section(m_followUpTitle, m_followUpTable, m_followUpEmpty, m_followUpStack), 3);

    auto* choose =
        new QLabel(tr("Choose a department on the left to see who leads it, the stages it owns and "
                      "shapes, its KPIs, its open fixes and its follow-ups."));
    choose->setObjectName(QStringLiteral("chooseDepartment"));
    choose->setAlignment(Qt::AlignCenter);
    choose->setWordWrap(true);
    choose->setMargin(m_theme.px(40));
    muteLabel(choose, m_theme);
    m_scroll->setObjectName(QStringLiteral("departmentScroll"));
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The dialog's panel colour, not the grey of a scroll area.
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea#departmentScroll, QWidget#qt_scrollarea_viewport,"
                                           " QWidget#departmentContent { background: %1; }")
                                .arg(m_theme.panel.name()));
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->addWidget(m_scroll);
    m_pages->addWidget(choose);
    m_pages->setCurrentIndex(1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_followUpTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit openFollowUp(m_followUpModel->followUpAt(index.row()).id);
    });
}

QWidget* DepartmentPage::section(QLabel* title, QTableView* table, QLabel* empty, QStackedWidget* stack)
{
    title->setFont(m_theme.font(m_theme.bodyPx(), QFont::DemiBold));
    title->setTextFormat(Qt::RichText);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    empty->setMargin(m_theme.px(10));
    muteLabel(empty, m_theme);
    stack->addWidget(table);
    stack->addWidget(empty);
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(m_theme.px(4));
    layout->addWidget(title);
    layout->addWidget(stack, 1);
    return box;
}

void DepartmentPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitLayout();
}

void DepartmentPage::fitLayout()
{
    const bool narrow = width() < m_theme.px(kSideBySideWidth);
    if (narrow != m_narrow) {
        m_narrow = narrow;
        m_top->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    }
    // Wide, the tables share the window and scroll inside; narrow, the page scrolls.
    m_kpiTable->setMinimumHeight(heightForRows(m_kpiTable, narrow ? m_kpiModel->rowCount() : 3));
    m_fixTable->setMinimumHeight(heightForRows(m_fixTable, narrow ? m_fixModel->rowCount() : 3));
    m_followUpTable->setMinimumHeight(
        heightForRows(m_followUpTable, narrow ? m_followUpModel->rowCount() : 3));
}

void DepartmentPage::setDepartment(std::optional<RowId> departmentId)
{
    if (departmentId == m_departmentId && (m_shown > 0 || isLoading()))
        return;
    m_departmentId = departmentId;
    if (!departmentId) {
        ++m_generation; // an answer still coming is for another department
        m_shown = m_generation;
        m_pages->setCurrentIndex(1);
        return;
    }
    reload();
}

void DepartmentPage::reload()
{
    if (!m_departmentId)
        return;
    const quint64 generation = ++m_generation;
    const QString path = m_roomPath;
    const RowId id = *m_departmentId;
    const QDate today = QDate::currentDate();
    runInBackground(
        this, [path, id, today] { return loadDepartmentPage(path, id, today); },
        [this, generation](const DepartmentPageData& data) { apply(generation, data); });
}

void DepartmentPage::apply(quint64 generation, const DepartmentPageData& data)
{
    if (generation != m_generation)
        return;
    m_shown = generation;
    m_data = data;
    m_pages->setCurrentIndex(0);
    if (!data.error.isEmpty()) {
        m_name->setText(tr("This department cannot be shown"));
        setNote(m_people, m_theme, data.error, true);
        m_stages->clear();
        return;
    }
    const Department& d = data.department;
    const QString muted = m_theme.mutedText.name();
    auto person = [&](const QString& role, const QString& name) {
        return QStringLiteral("<span style='color:%1'>%2</span> %3")
            .arg(muted, role.toHtmlEscaped(),
                 name.isEmpty() ? tr("not named yet").toHtmlEscaped()
                                : QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()));
    };
    m_name->setText(d.name);
    m_people->setText(person(tr("Leader"), d.leader) + QStringLiteral(" &nbsp;&nbsp;·&nbsp;&nbsp; ") +
                      person(tr("CX ambassador"), d.ambassador));
    QStringList stageLines;
    stageLines << QStringLiteral("<span style='color:%1'>%2</span> %3")
                      .arg(muted, tr("Owns").toHtmlEscaped(),
                           data.ownedStages.isEmpty()
                               ? tr("no stage").toHtmlEscaped()
                               : QStringLiteral("<b>%1</b>").arg(stageList(data.ownedStages)));
    stageLines << QStringLiteral("<span style='color:%1'>%2</span> %3")
                      .arg(muted, tr("Contributes to").toHtmlEscaped(),
                           data.contributedStages.isEmpty() ? tr("no other stage").toHtmlEscaped()
                                                            : stageList(data.contributedStages));
    m_stages->setText(stageLines.join(QStringLiteral(" &nbsp;&nbsp;·&nbsp;&nbsp; ")));

    // KPIs
    m_kpiModel->setKpis(data.kpis);
    int off = 0;
    for (const DepartmentKpi& k : data.kpis)
        off += k.report.status == metrics::KpiStatus::Red ? 1 : 0;
    QString kpiTitle = data.month ? tr("KPIs · %1").arg(data.month->label()) : tr("KPIs");
    QString kpiNote = data.kpis.isEmpty() ? QString()
                      : off > 0           ? tr("%1 off target").arg(off)
                                          : tr("none off target");
    m_kpiTitle->setText(
        QStringLiteral("%1 <span style='color:%2; font-weight:400'>%3</span>")
            .arg(kpiTitle.toHtmlEscaped(), off > 0 ? m_theme.red.darker(130).name() : muted,
                 kpiNote.isEmpty() ? QString() : QStringLiteral("· ") + kpiNote.toHtmlEscaped()));
    m_kpiStack->setCurrentIndex(data.kpis.isEmpty() ? 1 : 0);

    // Fixes
    m_fixModel->setFixes(data.openFixes, d.id, data.departments, data.stages, QDate::currentDate());
    const int overdue = m_fixModel->overdueCount();
    m_fixTitle->setText(
        QStringLiteral("%1 <span style='color:%2; font-weight:400'>%3</span>")
            .arg(tr("Open fixes").toHtmlEscaped(), overdue > 0 ? m_theme.red.darker(130).name() : muted,
                 (QStringLiteral("· ") + numberText(int(data.openFixes.size())) +
                  (overdue > 0
                       ? QStringLiteral(" · ") + tr("%1 %2 overdue").arg(overdueGlyph(), numberText(overdue))
                       : QString()))
                     .toHtmlEscaped()));
    m_fixStack->setCurrentIndex(data.openFixes.isEmpty() ? 1 : 0);

    // Follow-ups
    const QDateTime now = QDateTime::currentDateTime();
    m_followUpModel->setContext(data.departments, data.stages, data.escalateAfterDays, now);
    m_followUpModel->setFollowUps(data.openFollowUps);
    int escalated = 0, late = 0;
    for (const FollowUp& f : data.openFollowUps) {
        escalated += f.escalatedAt ? 1 : 0;
        late += isFollowUpOverdue(f, data.escalateAfterDays, now) ? 1 : 0;
    }
    QStringList counts{numberText(int(data.openFollowUps.size()))};
    if (escalated > 0)
        counts << tr("%1 %2 escalated").arg(escalatedGlyph(), numberText(escalated));
    if (late > 0)
        counts << tr("%1 %2 overdue").arg(overdueGlyph(), numberText(late));
    m_followUpTitle->setText(QStringLiteral("%1 <span style='color:%2; font-weight:400'>· %3</span> "
                                            "<span style='color:%4; font-weight:400'>&nbsp; %5</span>")
                                 .arg(tr("Open follow-ups").toHtmlEscaped(),
                                      escalated + late > 0 ? m_theme.red.darker(130).name() : muted,
                                      counts.join(QStringLiteral(" · ")).toHtmlEscaped(), muted,
                                      tr("double-click one to work on it").toHtmlEscaped()));
    m_followUpStack->setCurrentIndex(data.openFollowUps.isEmpty() ? 1 : 0);
    fitLayout();
}

} // namespace cr::ui
