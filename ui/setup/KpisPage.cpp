#include "setup/KpisPage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cr::ui {

KpisPage::KpisPage(const SetupContext& context, const Theme& theme, QWidget* parent)
    : QWidget(parent), m_context(context), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_unit(new QLineEdit(this)), m_direction(new QComboBox(this)), m_target(new QLineEdit(this)),
      m_amber(new QDoubleSpinBox(this)), m_aggregate(new QComboBox(this)), m_owner(new QComboBox(this)),
      m_stage(new QComboBox(this)), m_moment(new QComboBox(this)), m_description(new QLineEdit(this))
{
    m_list->setObjectName(QStringLiteral("setupKpis"));
    m_name->setObjectName(QStringLiteral("kpiName"));
    m_target->setObjectName(QStringLiteral("kpiTarget"));
    m_target->setPlaceholderText(tr("none yet: the KPI shows no status"));
    m_direction->setObjectName(QStringLiteral("kpiDirection"));
    m_direction->addItem(tr("Higher is better"), int(KpiDirection::HigherIsBetter));
    m_direction->addItem(tr("Lower is better"), int(KpiDirection::LowerIsBetter));
    m_amber->setRange(0, 1e9);
    m_amber->setDecimals(2);
    m_amber->setToolTip(tr("How far past the target (on the wrong side) is still amber, not red."));
    m_aggregate->addItem(tr("Mean of the months"), int(KpiAggregate::Mean));
    m_aggregate->addItem(tr("Sum of the months (counts)"), int(KpiAggregate::Sum));
    m_aggregate->addItem(tr("Last month's value"), int(KpiAggregate::Last));
    m_unit->setPlaceholderText(tr("%, s, days, count…"));
    m_owner->setObjectName(QStringLiteral("kpiOwner"));
    m_stage->setObjectName(QStringLiteral("kpiStage"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Direction"), m_direction);
    form->addRow(tr("Target"), m_target);
    form->addRow(tr("Amber band"), m_amber);
    form->addRow(tr("Over a quarter"), m_aggregate);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Stage"), m_stage);
    form->addRow(tr("Moment of truth"), m_moment);
    form->addRow(tr("Description"), m_description);
    auto* add = new QPushButton(tr("Add KPI"), this);
    add->setObjectName(QStringLiteral("addKpiButton"));
    auto* remove = new QPushButton(tr("Remove KPI"), this);
    remove->setObjectName(QStringLiteral("removeKpiButton"));
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    auto* hint = new QLabel(tr("Green when a month meets the target in the KPI's direction, amber within the band "
                               "past it, red beyond. Removing a KPI removes its monthly values (undo brings them back)."),
                            this);
    hint->setWordWrap(true);
    right->addWidget(hint);
    right->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addSpacing(theme.px(16));
    layout->addLayout(right, 3);

    connect(add, &QPushButton::clicked, this, &KpisPage::addKpi);
    connect(remove, &QPushButton::clicked, this, &KpisPage::removeKpi);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            showKpi();
    });
    for (QLineEdit* edit : {m_name, m_unit, m_target, m_description})
        connect(edit, &QLineEdit::editingFinished, this, &KpisPage::save);
    connect(m_amber, &QDoubleSpinBox::editingFinished, this, &KpisPage::save);
    for (QComboBox* box : {m_direction, m_aggregate, m_owner, m_moment})
        connect(box, qOverload<int>(&QComboBox::activated), this, &KpisPage::save);
    connect(m_stage, qOverload<int>(&QComboBox::activated), this, [this] {
        fillMoments(m_stage->currentData(), QVariant());
        save();
    });
}

void KpisPage::setData(const SetupData& data)
{
    const auto current = currentKpi();
    const QVector<Kpi> old = m_data.kpis;
    m_data = data;
    m_filling = true;
    m_list->clear();
    int select = data.kpis.isEmpty() ? -1 : 0;
    for (int i = 0; i < data.kpis.size(); ++i) {
        auto* item = new QListWidgetItem(data.kpis[i].name, m_list);
        item->setData(Qt::UserRole, data.kpis[i].id);
        const bool isNew = std::none_of(old.begin(), old.end(), [&](const Kpi& k) { return k.id == data.kpis[i].id; });
        if ((current && current->id == data.kpis[i].id && !m_selectNew) || (m_selectNew && isNew))
            select = i;
    }
    m_selectNew = false;
    m_owner->clear();
    m_owner->addItem(tr("No owner yet"), QVariant());
    for (const Department& d : data.departments)
        m_owner->addItem(d.name, d.id);
    m_stage->clear();
    m_stage->addItem(tr("No stage"), QVariant());
    for (const Stage& s : data.stages)
        m_stage->addItem(s.name, s.id);
    m_filling = false;
    m_list->setCurrentRow(select);
    showKpi();
}

std::optional<Kpi> KpisPage::currentKpi() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    for (const Kpi& k : m_data.kpis)
        if (k.id == item->data(Qt::UserRole).toLongLong())
            return k;
    return std::nullopt;
}

void KpisPage::fillMoments(const QVariant& stage, const QVariant& moment)
{
    m_moment->clear();
    m_moment->addItem(tr("None"), QVariant());
    if (stage.isValid())
        for (const Moment& m : m_data.moments.value(stage.toLongLong()))
            m_moment->addItem(m.name, m.id);
    m_moment->setCurrentIndex(std::max(0, m_moment->findData(moment)));
}

void KpisPage::showKpi()
{
    const auto kpi = currentKpi();
    m_filling = true;
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_unit, m_direction, m_target, m_amber, m_aggregate,
                                                      m_owner, m_stage, m_moment, m_description})
        w->setEnabled(kpi.has_value());
    m_name->setText(kpi ? kpi->name : QString());
    m_unit->setText(kpi ? kpi->unit : QString());
    m_direction->setCurrentIndex(m_direction->findData(int(kpi ? kpi->direction : KpiDirection::HigherIsBetter)));
    m_target->setText(kpi && kpi->target ? QLocale().toString(*kpi->target) : QString());
    m_amber->setValue(kpi ? kpi->amberBand : 0);
    m_aggregate->setCurrentIndex(m_aggregate->findData(int(kpi ? kpi->aggregate : KpiAggregate::Mean)));
    m_owner->setCurrentIndex(std::max(0, kpi && kpi->ownerDepartmentId ? m_owner->findData(*kpi->ownerDepartmentId) : 0));
    const QVariant stage = kpi && kpi->stageId ? QVariant(*kpi->stageId) : QVariant();
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stage)));
    fillMoments(stage, kpi && kpi->momentId ? QVariant(*kpi->momentId) : QVariant());
    m_description->setText(kpi ? kpi->description : QString());
    m_filling = false;
}

void KpisPage::save()
{
    if (m_filling)
        return;
    const auto before = currentKpi();
    if (!before)
        return;
    Kpi after = *before;
    after.name = m_name->text().trimmed();
    after.unit = m_unit->text().trimmed();
    after.direction = KpiDirection(m_direction->currentData().toInt());
    const QString target = m_target->text().trimmed();
    bool ok = true;
    after.target = target.isEmpty() ? std::nullopt : std::optional<double>(QLocale().toDouble(target, &ok));
    if (!ok) {
        emit problem(tr("The target is a number, e.g. 85 or 2.5; leave it empty for none."));
        return;
    }
    after.amberBand = m_amber->value();
    after.aggregate = KpiAggregate(m_aggregate->currentData().toInt());
    const auto id = [](const QVariant& v) { return v.isValid() ? std::optional<RowId>(v.toLongLong()) : std::nullopt; };
    after.ownerDepartmentId = id(m_owner->currentData());
    after.stageId = id(m_stage->currentData());
    after.momentId = id(m_moment->currentData());
    after.description = m_description->text().trimmed();
    if (after.name.isEmpty()) {
        emit problem(tr("A KPI needs a name."));
        m_name->setText(before->name);
        return;
    }
    for (const Kpi& k : m_data.kpis)
        if (k.id != after.id && k.name.compare(after.name, Qt::CaseInsensitive) == 0) {
            emit problem(tr("There is already a KPI called “%1”.").arg(after.name));
            m_name->setText(before->name);
            return;
        }
    const bool same = after.name == before->name && after.unit == before->unit && after.direction == before->direction &&
                      after.target == before->target && after.amberBand == before->amberBand &&
                      after.aggregate == before->aggregate && after.ownerDepartmentId == before->ownerDepartmentId &&
                      after.stageId == before->stageId && after.momentId == before->momentId &&
                      after.description == before->description;
    if (same)
        return;
    for (Kpi& k : m_data.kpis)
        if (k.id == after.id)
            k = after;
    if (QListWidgetItem* item = m_list->currentItem())
        item->setText(after.name);
    const Kpi was = *before;
    m_context.push(tr("Edit KPI “%1”").arg(after.name), [after](SetupStore& s) { return s.updateKpi(after); },
                   [was](SetupStore& s) { return s.updateKpi(was); });
}

void KpisPage::addKpi()
{
    QString name = tr("New KPI");
    for (int n = 2; std::any_of(m_data.kpis.begin(), m_data.kpis.end(),
                                [&](const Kpi& k) { return k.name.compare(name, Qt::CaseInsensitive) == 0; });
         ++n)
        name = tr("New KPI %1").arg(n);
    Kpi kpi;
    kpi.name = name;
    kpi.unit = QStringLiteral("%");
    const QVariant stage = m_stage->currentData();
    if (stage.isValid())
        kpi.stageId = stage.toLongLong();
    m_selectNew = true;
    m_context.pushAdd(
        tr("Add KPI “%1”").arg(name), [kpi](SetupStore& s) { return s.addKpi(kpi); },
        [](SetupStore& s, RowId id) { return s.removeKpi(id); });
}

void KpisPage::removeKpi()
{
    const auto kpi = currentKpi();
    if (!kpi)
        return;
    m_context.pushRemove(tr("Remove KPI “%1”").arg(kpi->name), [id = kpi->id](SetupStore& s) { return s.removeKpi(id); });
}

} // namespace cr::ui
