#include "setup/JourneyPage.h"

#include "common/Format.h"
#include "feeds/DialogLook.h"
#include "wall/StageHeaderCell.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace cr::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString uniqueName(const QString& base, const QStringList& taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

struct Move
{
    RowId id;
    int from;
    int to;
};

// One item dragged to another place: the ends of the changed stretch tell
// which item moved and where.
std::optional<Move> findMove(const QVector<RowId>& before, const QVector<RowId>& after)
{
    if (before.size() != after.size())
        return std::nullopt;
    int first = 0, last = int(before.size()) - 1;
    while (first < before.size() && before[first] == after[first])
        ++first;
    while (last >= 0 && before[last] == after[last])
        --last;
    if (first >= last)
        return std::nullopt;
    if (after[first] == before[last])
        return Move{before[last], last, first}; // moved up
    return Move{before[first], first, last};    // moved down
}

QPushButton* button(const QString& text, QWidget* parent, const char* name)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

JourneyPage::JourneyPage(const SetupContext& context, const Theme& theme, QWidget* parent)
    : QWidget(parent), m_context(context), m_theme(theme), m_stages(new QListWidget(this)),
      m_name(new QLineEdit(this)), m_target(new QLineEdit(this)), m_description(new QLineEdit(this)),
      m_owner(new QComboBox(this)), m_contributors(new QListWidget(this)), m_maturity(new QComboBox(this)),
      m_maturityMonth(new QDateEdit(this)), m_history(new QLabel(this)), m_moments(new QListWidget(this))
{
    m_stages->setObjectName(QStringLiteral("setupStages"));
    m_stages->setDragDropMode(QAbstractItemView::InternalMove);
    m_stages->setAccessibleName(tr("Stages in journey order"));
    m_moments->setObjectName(QStringLiteral("setupMoments"));
    m_moments->setDragDropMode(QAbstractItemView::InternalMove);
    m_moments->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_moments->setAccessibleName(tr("Moments of truth"));
    m_name->setObjectName(QStringLiteral("stageName"));
    m_target->setObjectName(QStringLiteral("stageTarget"));
    m_target->setPlaceholderText(tr("One sentence in the customer's voice: “I know what I will pay…”"));
    m_description->setPlaceholderText(tr("What happens in this stage, for people new to the room"));
    m_owner->setObjectName(QStringLiteral("stageOwner"));
    m_contributors->setObjectName(QStringLiteral("stageContributors"));
    m_contributors->setMaximumHeight(m_theme.px(120));
    for (Maturity m : {Maturity::Broken, Maturity::Reliable, Maturity::Differentiating})
        m_maturity->addItem(maturityWord(m), int(m));
    m_maturity->setObjectName(QStringLiteral("stageMaturity"));
    m_maturityMonth->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_maturityMonth->setDate(QDate::currentDate());
    m_maturityMonth->setObjectName(QStringLiteral("maturityMonth"));
    m_history->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("maturityHistory"));
    muteLabel(m_history, m_theme);

    auto* left = new QVBoxLayout;
    auto* stagesTitle = new QLabel(tr("Stages, in the order customers meet them"), this);
    stagesTitle->setFont(m_theme.font(m_theme.bodyPx(), QFont::DemiBold));
    left->addWidget(stagesTitle);
    left->addWidget(m_stages, 1);
    auto* stageButtons = new QHBoxLayout;
    auto* addStageButton = button(tr("Add stage"), this, "addStageButton");
    auto* removeStageButton = button(tr("Remove stage"), this, "removeStageButton");
    stageButtons->addWidget(addStageButton);
    stageButtons->addWidget(removeStageButton);
    left->addLayout(stageButtons);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Target experience"), m_target);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Contributing"), m_contributors);
    auto* maturityRow = new QHBoxLayout;
    auto* setMaturity = button(tr("Set"), this, "setMaturityButton");
    maturityRow->addWidget(m_maturity, 1);
    maturityRow->addWidget(new QLabel(tr("from"), this));
    maturityRow->addWidget(m_maturityMonth, 1);
    maturityRow->addWidget(setMaturity);
    form->addRow(tr("Maturity"), maturityRow);
    form->addRow(QString(), m_history);
    auto* momentsTitle = new QLabel(tr("Moments of truth (check the key ones; each key moment carries a KPI)"), this);
    momentsTitle->setWordWrap(true);
    auto* momentButtons = new QHBoxLayout;
    auto* addMomentButton = button(tr("Add moment"), this, "addMomentButton");
    auto* removeMomentButton = button(tr("Remove moment"), this, "removeMomentButton");
    momentButtons->addStretch(1);
    momentButtons->addWidget(addMomentButton);
    momentButtons->addWidget(removeMomentButton);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(momentsTitle);
    right->addWidget(m_moments, 1);
    right->addLayout(momentButtons);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addSpacing(m_theme.px(16));
    layout->addLayout(right, 3);

    connect(addStageButton, &QPushButton::clicked, this, &JourneyPage::addStage);
    connect(removeStageButton, &QPushButton::clicked, this, &JourneyPage::removeStage);
    connect(addMomentButton, &QPushButton::clicked, this, &JourneyPage::addMoment);
    connect(removeMomentButton, &QPushButton::clicked, this, &JourneyPage::removeMoment);
    connect(setMaturity, &QPushButton::clicked, this, &JourneyPage::applyMaturity);
    connect(m_stages, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            showStage();
    });
    connect(m_stages->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_filling)
            onStagesMoved();
    });
    connect(m_moments->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_filling)
            onMomentsMoved();
    });
    connect(m_moments, &QListWidget::itemChanged, this, &JourneyPage::onMomentChanged);
    for (QLineEdit* edit : {m_name, m_target, m_description})
        connect(edit, &QLineEdit::editingFinished, this, &JourneyPage::saveStageFields);
    connect(m_owner, qOverload<int>(&QComboBox::activated), this, &JourneyPage::saveStageFields);
    connect(m_contributors, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            saveStageFields();
    });
}

void JourneyPage::setData(const SetupData& data)
{
    const auto current = currentStage();
    RowId added = 0;
    if (m_selectNewStage)
        for (const Stage& s : data.stages)
            if (std::none_of(m_data.stages.begin(), m_data.stages.end(), [&](const Stage& old) { return old.id == s.id; }))
                added = s.id;
    m_selectNewStage = false;
    m_data = data;
    m_filling = true;
    m_stages->clear();
    for (const Stage& s : data.stages) {
        auto* item = new QListWidgetItem(s.name, m_stages);
        item->setData(kIdRole, s.id);
    }
    m_owner->clear();
    m_owner->addItem(tr("No owner yet"), QVariant());
    m_contributors->clear();
    for (const Department& d : data.departments) {
        m_owner->addItem(d.name, d.id);
        auto* item = new QListWidgetItem(d.name, m_contributors);
        item->setData(kIdRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_filling = false;
    selectStage(added ? added : current ? current->id : (data.stages.isEmpty() ? 0 : data.stages.first().id));
    if (added)
        m_name->setFocus(); // ready to be named
}

void JourneyPage::selectStage(RowId id)
{
    for (int i = 0; i < m_stages->count(); ++i)
        if (m_stages->item(i)->data(kIdRole).toLongLong() == id) {
            m_stages->setCurrentRow(i);
            showStage();
            return;
        }
    if (m_stages->count() > 0)
        m_stages->setCurrentRow(0);
    showStage();
}

std::optional<Stage> JourneyPage::currentStage() const
{
    const QListWidgetItem* item = m_stages->currentItem();
    if (!item)
        return std::nullopt;
    const RowId id = item->data(kIdRole).toLongLong();
    for (const Stage& s : m_data.stages)
        if (s.id == id)
            return s;
    return std::nullopt;
}

void JourneyPage::showStage()
{
    const auto stage = currentStage();
    m_filling = true;
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_target, m_description, m_owner, m_contributors,
                                                      m_maturity, m_maturityMonth, m_moments})
        w->setEnabled(stage.has_value());
    m_name->setText(stage ? stage->name : QString());
    m_target->setText(stage ? stage->targetExperience : QString());
    m_description->setText(stage ? stage->description : QString());
    m_owner->setCurrentIndex(
        std::max(0, stage && stage->ownerDepartmentId ? m_owner->findData(*stage->ownerDepartmentId) : 0));
    for (int i = 0; i < m_contributors->count(); ++i) {
        const RowId d = m_contributors->item(i)->data(kIdRole).toLongLong();
        m_contributors->item(i)->setCheckState(stage && stage->contributingDepartmentIds.contains(d) ? Qt::Checked
                                                                                                    : Qt::Unchecked);
    }
    m_maturity->setCurrentIndex(m_maturity->findData(int(stage ? stage->maturity : Maturity::Reliable)));
    QStringList history;
    if (stage)
        for (const MaturityEntry& e : m_data.maturity.value(stage->id))
            history << tr("%1 from %2").arg(maturityWord(e.maturity), QLocale().toString(e.month, QStringLiteral("MMM yyyy")));
    m_history->setText(history.isEmpty() ? QString() : tr("History: %1").arg(history.join(QStringLiteral(" → "))));
    m_moments->clear();
    if (stage)
        for (const Moment& m : m_data.moments.value(stage->id)) {
            auto* item = new QListWidgetItem(m.name, m_moments);
            item->setData(kIdRole, m.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
            item->setCheckState(m.isKey ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(m.isKey ? tr("A key moment of truth") : QString());
        }
    m_filling = false;
}

void JourneyPage::saveStageFields()
{
    if (m_filling)
        return;
    const auto before = currentStage();
    if (!before)
        return;
    Stage after = *before;
    after.name = m_name->text().trimmed();
    after.targetExperience = m_target->text().trimmed();
    after.description = m_description->text().trimmed();
    const QVariant owner = m_owner->currentData();
    after.ownerDepartmentId = owner.isValid() ? std::optional<RowId>(owner.toLongLong()) : std::nullopt;
    after.contributingDepartmentIds.clear();
    for (int i = 0; i < m_contributors->count(); ++i)
        if (m_contributors->item(i)->checkState() == Qt::Checked)
            after.contributingDepartmentIds << m_contributors->item(i)->data(kIdRole).toLongLong();
    if (after.name.isEmpty()) {
        emit problem(tr("A stage needs a name."));
        m_name->setText(before->name);
        return;
    }
    for (const Stage& s : m_data.stages)
        if (s.id != after.id && s.name.compare(after.name, Qt::CaseInsensitive) == 0) {
            emit problem(tr("There is already a stage called “%1”.").arg(after.name));
            m_name->setText(before->name);
            return;
        }
    if (after.name == before->name && after.targetExperience == before->targetExperience &&
        after.description == before->description && after.ownerDepartmentId == before->ownerDepartmentId &&
        after.contributingDepartmentIds == before->contributingDepartmentIds)
        return;
    // The page shows the edit at once; the room follows on the worker.
    for (Stage& s : m_data.stages)
        if (s.id == after.id)
            s = after;
    if (QListWidgetItem* item = m_stages->currentItem())
        item->setText(after.name);
    const Stage was = *before;
    m_context.push(tr("Edit stage “%1”").arg(after.name), [after](SetupStore& s) { return s.updateStage(after); },
                   [was](SetupStore& s) { return s.updateStage(was); });
}

void JourneyPage::addStage()
{
    QStringList taken;
    for (const Stage& s : m_data.stages)
        taken << s.name;
    Stage stage;
    stage.name = uniqueName(tr("New stage"), taken);
    const int position = m_stages->currentRow() + 1;
    m_selectNewStage = true;
    m_context.pushAdd(
        tr("Add stage “%1”").arg(stage.name), [stage, position](SetupStore& s) { return s.addStage(stage, position); },
        [](SetupStore& s, RowId id) { return s.removeStage(id); });
}

void JourneyPage::removeStage()
{
    const auto stage = currentStage();
    if (!stage)
        return;
    const RowId id = stage->id;
    m_context.pushRemove(tr("Remove stage “%1”").arg(stage->name), [id](SetupStore& s) { return s.removeStage(id); });
}

void JourneyPage::onStagesMoved()
{
    QVector<RowId> before, after;
    for (const Stage& st : m_data.stages)
        before << st.id;
    for (int row = 0; row < m_stages->count(); ++row)
        after << m_stages->item(row)->data(kIdRole).toLongLong();
    const auto move = findMove(before, after);
    if (!move)
        return;
    const auto [id, from, to] = *move;
    m_context.push(tr("Move stage"), [id = id, to = to](SetupStore& s) { return s.moveStage(id, to); },
                   [id = id, from = from](SetupStore& s) { return s.moveStage(id, from); });
}

void JourneyPage::applyMaturity()
{
    const auto stage = currentStage();
    if (!stage)
        return;
    const Maturity maturity = Maturity(m_maturity->currentData().toInt());
    const QDate month = m_maturityMonth->date();
    const RowId id = stage->id;
    const Maturity wasCurrent = stage->maturity;
    const QVector<MaturityEntry> wasHistory = m_data.maturity.value(id);
    m_context.push(tr("Set maturity of “%1”").arg(stage->name),
                   [id, maturity, month](SetupStore& s) { return s.setMaturity(id, maturity, month); },
                   [id, wasCurrent, wasHistory](SetupStore& s) {
                       return s.replaceMaturityHistory(id, wasCurrent, wasHistory);
                   });
}

void JourneyPage::addMoment()
{
    const auto stage = currentStage();
    if (!stage)
        return;
    QStringList taken;
    for (const Moment& m : m_data.moments.value(stage->id))
        taken << m.name;
    Moment moment;
    moment.stageId = stage->id;
    moment.name = uniqueName(tr("New moment"), taken);
    const int position = m_moments->count();
    m_context.pushAdd(
        tr("Add moment “%1”").arg(moment.name),
        [moment, position](SetupStore& s) { return s.addMoment(moment, position); },
        [](SetupStore& s, RowId id) { return s.removeMoment(id); });
}

void JourneyPage::removeMoment()
{
    const QListWidgetItem* item = m_moments->currentItem();
    if (!item)
        return;
    const RowId id = item->data(kIdRole).toLongLong();
    m_context.pushRemove(tr("Remove moment “%1”").arg(item->text()), [id](SetupStore& s) { return s.removeMoment(id); });
}

void JourneyPage::onMomentChanged(QListWidgetItem* item)
{
    const auto stage = currentStage();
    if (m_filling || !stage)
        return;
    const RowId id = item->data(kIdRole).toLongLong();
    for (const Moment& before : m_data.moments.value(stage->id)) {
        if (before.id != id)
            continue;
        Moment after = before;
        after.name = item->text().trimmed();
        after.isKey = item->checkState() == Qt::Checked;
        if (after.name.isEmpty()) {
            emit problem(tr("A moment needs a name."));
            m_filling = true;
            item->setText(before.name);
            m_filling = false;
            return;
        }
        if (after.name == before.name && after.isKey == before.isKey)
            return;
        for (Moment& m : m_data.moments[stage->id])
            if (m.id == id)
                m = after;
        m_context.push(tr("Edit moment “%1”").arg(after.name), [after](SetupStore& s) { return s.updateMoment(after); },
                       [before](SetupStore& s) { return s.updateMoment(before); });
        return;
    }
}

void JourneyPage::onMomentsMoved()
{
    const auto stage = currentStage();
    if (!stage)
        return;
    QVector<RowId> before, after;
    for (const Moment& m : m_data.moments.value(stage->id))
        before << m.id;
    for (int row = 0; row < m_moments->count(); ++row)
        after << m_moments->item(row)->data(kIdRole).toLongLong();
    const auto move = findMove(before, after);
    if (!move)
        return;
    const auto [id, from, to] = *move;
    m_context.push(tr("Move moment"), [id = id, to = to](SetupStore& s) { return s.moveMoment(id, to); },
                   [id = id, from = from](SetupStore& s) { return s.moveMoment(id, from); });
}

} // namespace cr::ui
