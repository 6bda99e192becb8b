#include "tray/RulesDialog.h"

#include "tray/RulesModel.h"
#include "tray/TrayCommon.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cr::ui {

RulesDialog::RulesDialog(const QString& roomPath, QWidget* parent)
    : QDialog(parent), m_roomPath(roomPath), m_theme(trayTheme(parent)), m_model(new RulesModel(this)),
      m_pages(new QStackedWidget), m_table(new QTableView), m_emptyHint(new QLabel),
      m_remove(new QPushButton(tr("&Remove"))), m_moveUp(new QPushButton(tr("Move &up"))),
      m_moveDown(new QPushButton(tr("Move &down"))), m_apply(new QPushButton(tr("A&pply to Unassigned now"))),
      m_kind(new QComboBox), m_field(new QComboBox), m_keyword(new QRadioButton(tr("&Keyword"))),
      m_regex(new QRadioButton(tr("Regular e&xpression"))), m_pattern(new QLineEdit), m_stage(new QComboBox),
      m_categoryLabel(new QLabel(tr("Ca&tegory:"))), m_category(new QLineEdit), m_validation(new QLabel),
      m_add(new QPushButton(tr("&Add rule"))), m_message(new QLabel), m_close(new QPushButton(tr("Close")))
{
    setObjectName(QStringLiteral("rulesDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Mapping rules"));
    applyTrayLook(this, m_theme);

    auto* title = new QLabel(tr("Mapping rules"));
    title->setFont(m_theme.font(m_theme.stageNamePx(), QFont::DemiBold));
    auto* intro =
        new QLabel(tr("Rules run top to bottom on every import: the first rule that matches a record "
                      "puts it on its stage (and sets a complaint's category). Records that no rule "
                      "claims wait in Unassigned."));
    intro->setWordWrap(true);
    setNote(intro, m_theme, intro->text());

    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_theme.px(28));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RulesModel::Pattern, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    const int pad = m_theme.px(24);
    header->resizeSection(RulesModel::Order, fm.horizontalAdvance(QStringLiteral("999")) + pad);
    header->resizeSection(RulesModel::Kind, fm.horizontalAdvance(tr("Survey answers")) + pad);
    header->resizeSection(RulesModel::Field, fm.horizontalAdvance(tr("transcript")) + pad);
    header->resizeSection(RulesModel::MatchType, fm.horizontalAdvance(tr("regular expression")) + pad);
    header->resizeSection(RulesModel::StageColumn, m_theme.px(200));
    header->resizeSection(RulesModel::Category, m_theme.px(160));

    auto* empty = new QWidget;
    auto* emptyTitle = new QLabel(tr("No rules yet."));
    emptyTitle->setFont(m_theme.font(m_theme.valuePx(), QFont::DemiBold));
    emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyHint->setText(tr("Add one below: pick the kind of record and a field, type a keyword (say "
                            "“refund”), choose the stage it belongs to. The next import sorts such records "
                            "by itself; “Apply to Unassigned now” sorts those already waiting."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setFixedWidth(m_theme.px(620)); // a wrapped label in a centred box needs a width
    setNote(m_emptyHint, m_theme, m_emptyHint->text());
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addSpacing(m_theme.px(6));
    auto* hintRow = new QHBoxLayout;
    hintRow->addStretch(1);
    hintRow->addWidget(m_emptyHint);
    hintRow->addStretch(1);
    emptyLayout->addLayout(hintRow);
    emptyLayout->addStretch(1);
    m_pages->addWidget(m_table);
    m_pages->addWidget(empty);

    m_remove->setToolTip(tr("Removes the selected rule (Delete)."));
    m_moveUp->setToolTip(tr("Runs the selected rule before the one above it (Alt+Up)."));
    m_moveDown->setToolTip(tr("Runs the selected rule after the one below it (Alt+Down)."));
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_message->setWordWrap(true);

    // --- Add a rule ---------------------------------------------------------
    // The kinds imports sort by rules (KPIs are placed in the room's set-up).
    for (ImportKind kind : trayKinds())
        m_kind->addItem(kindPluralWord(kind), int(kind));
    auto* matchGroup = new QButtonGroup(this);
    matchGroup->addButton(m_keyword);
    matchGroup->addButton(m_regex);
    m_keyword->setChecked(true);
    m_keyword->setToolTip(tr("Matches the word or phrase as a whole, in any case: “refund” finds "
                             "“Refund please” but not “refunded”."));
    m_regex->setToolTip(tr("A regular expression, in any case: “refund(ed|s)?” or “^late”."));
    m_pattern->setObjectName(QStringLiteral("rulePattern"));
    m_pattern->setPlaceholderText(tr("a word or phrase, e.g. refund"));
    m_category->setPlaceholderText(tr("leave the category alone"));
    m_add->setObjectName(QStringLiteral("ruleAdd"));
    makePrimary(m_add, m_theme);
    m_validation->setObjectName(QStringLiteral("ruleValidation"));
    m_validation->setWordWrap(true);

    auto* kindLabel = new QLabel(tr("K&ind:"));
    kindLabel->setBuddy(m_kind);
    auto* fieldLabel = new QLabel(tr("&Field:"));
    fieldLabel->setBuddy(m_field);
    auto* patternLabel = new QLabel(tr("&Matches:"));
    patternLabel->setBuddy(m_pattern);
    auto* stageLabel = new QLabel(tr("&Stage:"));
    stageLabel->setBuddy(m_stage);
    m_categoryLabel->setBuddy(m_category);

    auto* form = new QGroupBox(tr("Add a rule"));
    auto* grid = new QGridLayout(form);
    grid->setHorizontalSpacing(m_theme.px(10));
    grid->setVerticalSpacing(m_theme.px(8));
    auto* matchRow = new QHBoxLayout;
    matchRow->addWidget(m_keyword);
    matchRow->addWidget(m_regex);
    matchRow->addStretch(1);
    grid->addWidget(kindLabel, 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(fieldLabel, 0, 2);
    grid->addWidget(m_field, 0, 3);
    grid->addLayout(matchRow, 0, 4);
    grid->addWidget(patternLabel, 1, 0);
    grid->addWidget(m_pattern, 1, 1, 1, 4);
    grid->addWidget(stageLabel, 2, 0);
    grid->addWidget(m_stage, 2, 1);
    grid->addWidget(m_categoryLabel, 2, 2);
    grid->addWidget(m_category, 2, 3);
    grid->addWidget(m_add, 2, 4, Qt::AlignRight);
    grid->addWidget(m_validation, 3, 1, 1, 4);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(4, 1);
    m_kind->setMinimumWidth(m_theme.px(180));
    m_stage->setMinimumWidth(m_theme.px(180));

    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_moveUp);
    listRow->addWidget(m_moveDown);
    listRow->addWidget(m_remove);
    listRow->addStretch(1);
    listRow->addWidget(m_apply);

    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(m_theme.px(20), m_theme.px(16), m_theme.px(20), m_theme.px(16));
    layout->setSpacing(m_theme.px(10));
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_pages, 1);
    layout->addLayout(listRow);
    layout->addWidget(m_message);
    layout->addSpacing(m_theme.px(6));
    layout->addWidget(form);
    layout->addLayout(bottom);

    setTabOrder(m_table, m_moveUp);
    setTabOrder(m_moveUp, m_moveDown);
    setTabOrder(m_moveDown, m_remove);
    setTabOrder(m_remove, m_apply);
    setTabOrder(m_apply, m_kind);
    setTabOrder(m_kind, m_field);
    setTabOrder(m_field, m_keyword);
    setTabOrder(m_keyword, m_regex);
    setTabOrder(m_regex, m_pattern);
    setTabOrder(m_pattern, m_stage);
    setTabOrder(m_stage, m_category);
    setTabOrder(m_category, m_add);
    setTabOrder(m_add, m_close);

    auto* del = new QShortcut(QKeySequence::Delete, m_table);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &RulesDialog::removeSelected);
    for (const auto& [key, places] : {std::pair{Qt::ALT | Qt::Key_Up, -1}, std::pair{Qt::ALT | Qt::Key_Down, 1}}) {
        auto* move = new QShortcut(QKeySequence(key), m_table);
        move->setContext(Qt::WidgetShortcut);
        connect(move, &QShortcut::activated, this, [this, places = places] { moveSelected(places); });
    }
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_remove, &QPushButton::clicked, this, &RulesDialog::removeSelected);
    connect(m_apply, &QPushButton::clicked, this, &RulesDialog::applyNow);
    connect(m_add, &QPushButton::clicked, this, &RulesDialog::addFromForm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillFields();
        validateDraft();
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, &RulesDialog::validateDraft);
    connect(m_regex, &QRadioButton::toggled, this, [this](bool regex) {
        m_pattern->setPlaceholderText(regex ? tr("a regular expression, e.g. refund(ed|s)?")
                                            : tr("a word or phrase, e.g. refund"));
        validateDraft();
    });
    connect(m_pattern, &QLineEdit::textChanged, this, &RulesDialog::validateDraft);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &RulesDialog::validateDraft);
    connect(m_category, &QLineEdit::textChanged, this, &RulesDialog::validateDraft);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RulesDialog::updateButtons);

    m_add->setDefault(true); // only once it sits in the dialog, or the dialog forgets it
    m_stage->addItem(tr("Loading stages…"), QVariant());
    fillFields();
    validateDraft();

    QSize size(m_theme.px(1100), m_theme.px(760));
    if (const QScreen* s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.92);
    resize(size);
    load();
}

void RulesDialog::setDraftKind(ImportKind kind)
{
    const int at = m_kind->findData(int(kind));
    if (at >= 0)
        m_kind->setCurrentIndex(at);
}

void RulesDialog::setDraftPattern(const QString& keyword)
{
    m_keyword->setChecked(true);
    m_pattern->setText(keyword.trimmed());
}

void RulesDialog::setDraftStage(RowId stageId)
{
    m_draftStage = stageId;
    if (const int at = m_stage->findData(stageId); at > 0)
        m_stage->setCurrentIndex(at);
}

void RulesDialog::reload()
{
    load();
}

void RulesDialog::load(RowId selectRule)
{
    const quint64 generation = ++m_generation;
    const QString path = m_roomPath;
    runInWorker(
        this, [path] { return loadRules(path); },
        [this, generation, selectRule](const RulesSnapshot& snapshot) {
            if (generation != m_generation)
                return; // a newer read is on its way
            applySnapshot(snapshot, selectRule);
        });
}

void RulesDialog::applySnapshot(const RulesSnapshot& snapshot, RowId selectRule)
{
    if (!snapshot.error.isEmpty()) {
        showMessage(snapshot.error, true);
        return;
    }
    m_loaded = true;
    m_counts = snapshot.counts;
    m_model->setRules(snapshot.rules, snapshot.stages);
    m_pages->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    if (const int row = m_model->rowOf(selectRule); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }

    const QVariant chosen = m_stage->currentData();
    {
        const QSignalBlocker block(m_stage);
        m_stage->clear();
        m_stage->addItem(tr("No stage (category only)"), QVariant());
        for (const Stage& s : snapshot.stages)
            m_stage->addItem(s.name, s.id);
        // No stage is picked for the person: a rule that sends records to the
        // wrong stage by default would be worse than one that asks.
        const QVariant wanted =
            chosen.isValid() ? chosen : (m_draftStage ? QVariant(*m_draftStage) : QVariant());
        const int at = wanted.isValid() ? m_stage->findData(wanted) : -1;
        m_stage->setCurrentIndex(qMax(0, at));
        m_draftStage.reset();
    }
    validateDraft();
    updateButtons();
}

void RulesDialog::fillFields()
{
    const auto kind = static_cast<ImportKind>(m_kind->currentData().toInt());
    const QString chosen = m_field->currentData().toString();
    {
        const QSignalBlocker block(m_field);
        m_field->clear();
        m_field->addItem(ruleFieldWord(QStringLiteral("any")), QStringLiteral("any"));
        for (const QString& f : ruleFields(kind))
            m_field->addItem(f, f);
        // A field chosen by hand stays when the new kind has it too.
        const int at = chosen == QLatin1String("any") ? -1 : m_field->findData(chosen);
        // Complaints are mostly sorted by what the customer wrote.
        const int fallback = kind == ImportKind::Complaints ? m_field->findData(QStringLiteral("text")) : 0;
        m_field->setCurrentIndex(at >= 0 ? at : qMax(0, fallback));
    }
    // Only complaints carry a category a rule can set.
    const bool complaints = kind == ImportKind::Complaints;
    m_category->setEnabled(complaints);
    m_categoryLabel->setEnabled(complaints);
    m_category->setToolTip(complaints ? tr("The category the complaints this rule matches get.")
                                      : tr("Only complaints carry a category."));
}

MappingRule RulesDialog::draft() const
{
    MappingRule rule;
    rule.kind = static_cast<ImportKind>(m_kind->currentData().toInt());
    rule.field = m_field->currentData().toString();
    rule.pattern = m_regex->isChecked() ? m_pattern->text() : m_pattern->text().trimmed();
    rule.isRegex = m_regex->isChecked();
    if (const QVariant stage = m_stage->currentData(); stage.isValid())
        rule.stageId = stage.toLongLong();
    if (m_category->isEnabled())
        rule.category = m_category->text().trimmed();
    return rule;
}

void RulesDialog::validateDraft()
{
    const MappingRule rule = draft();
    // The pattern being typed is checked first; a missing stage is a hint, not an error, until then.
    MappingRule probe = rule;
    const bool noTarget = !rule.stageId && rule.category.isEmpty();
    if (noTarget)
        probe.stageId = 0;
    QString problem = StageRules::validate(probe);
    if (problem.isEmpty()) {
        // The first matching rule wins, so a second rule with the same match never runs.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const MappingRule& other = m_model->ruleAt(row);
            if (other.kind == rule.kind && other.field == rule.field && other.isRegex == rule.isRegex &&
                other.pattern.compare(rule.pattern, Qt::CaseInsensitive) == 0) {
                problem = tr("Rule %1 already matches these records first, so this one would never run. "
                             "Remove rule %1 to change where they go.")
                              .arg(row + 1);
                break;
            }
        }
    }
    m_draftValid = problem.isEmpty() && !noTarget && m_loaded;
    if (rule.pattern.trimmed().isEmpty()) {
        setNote(m_validation, m_theme,
                rule.isRegex ? tr("Type the regular expression that records must match.")
                             : tr("Type the keyword or phrase that records must hold."));
    } else if (!problem.isEmpty()) {
        setNote(m_validation, m_theme, problem, true);
    } else if (noTarget) {
        setNote(m_validation, m_theme,
                rule.kind == ImportKind::Complaints
                    ? tr("Choose the stage these records go to, or a category to give them.")
                    : tr("Choose the stage these records go to."));
    } else {
        const QString where = rule.field == QLatin1String("any") ? tr("any field") : rule.field;
        setNote(m_validation, m_theme,
                rule.isRegex ? tr("✓ Finds %1 whose %2 matches this expression, in any case.")
                                   .arg(kindLowerPlural(rule.kind), where)
                             : tr("✓ Finds %1 whose %2 holds “%3” as a whole word or phrase, in any case.")
                                   .arg(kindLowerPlural(rule.kind), where, rule.pattern));
    }
    updateButtons();
}

void RulesDialog::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_remove->setEnabled(!m_busy && selected);
    const int row = selected ? m_table->selectionModel()->selectedRows().value(0).row() : -1;
    m_moveUp->setEnabled(!m_busy && row > 0);
    m_moveDown->setEnabled(!m_busy && row >= 0 && row + 1 < m_model->rowCount());
    m_add->setEnabled(!m_busy && m_draftValid);
    const int waiting = m_counts.total();
    m_apply->setEnabled(!m_busy && m_loaded && m_model->rowCount() > 0 && waiting > 0);
    m_apply->setToolTip(
        !m_loaded                  ? QString()
        : m_model->rowCount() == 0 ? tr("Add a rule first.")
        : waiting == 0             ? tr("Nothing waits in Unassigned.")
                       : tr("Runs these rules over the %1 waiting in Unassigned.").arg(recordsText(waiting)));
}

void RulesDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void RulesDialog::showMessage(const QString& text, bool error)
{
    setNote(m_message, m_theme, text, error);
}

void RulesDialog::addFromForm()
{
    if (m_busy)
        return;
    const MappingRule rule = draft();
    if (const QString problem = StageRules::validate(rule); !problem.isEmpty() || !m_loaded) {
        validateDraft();
        m_pattern->setFocus();
        return;
    }
    setBusy(true);
    const QString path = m_roomPath;
    runInWorker(
        this, [path, rule] { return cr::ui::addRule(path, rule); },
        [this, rule](const WriteOutcome& out) {
            setBusy(false);
            if (!out.error.isEmpty()) {
                showMessage(tr("The rule was not added: %1").arg(out.error), true);
                return;
            }
            showMessage(
                m_counts.total() > 0
                    ? tr("Added: rule %1 runs last. Records already waiting stay in Unassigned until "
                         "you apply the rules to them.")
                          .arg(m_model->rowCount() + 1)
                    : tr("Added: rule %1 runs last, on the next import.").arg(m_model->rowCount() + 1));
            m_pattern->clear();
            m_pattern->setFocus();
            load(out.ruleId);
            emit changed();
        });
}

void RulesDialog::removeSelected()
{
    if (m_busy)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const MappingRule rule = m_model->ruleAt(rows.first().row());
    const int row = rows.first().row();
    setBusy(true);
    const QString path = m_roomPath;
    runInWorker(
        this, [path, id = rule.id] { return cr::ui::removeRule(path, id); },
        [this, rule, row](const WriteOutcome& out) {
            setBusy(false);
            if (!out.error.isEmpty()) {
                showMessage(tr("The rule was not removed: %1").arg(out.error), true);
                return;
            }
            showMessage(
                tr("Removed rule %1 (%2 “%3”).").arg(row + 1).arg(ruleFieldWord(rule.field), rule.pattern));
            // Keep the keyboard where it was: the rule that moved up into this row.
            const RowId next = row + 1 < m_model->rowCount() ? m_model->ruleAt(row + 1).id
                               : row > 0                     ? m_model->ruleAt(row - 1).id
                                                             : 0;
            load(next);
            emit changed();
        });
}

void RulesDialog::moveSelected(int places)
{
    if (m_busy)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const int to = row + places;
    if (to < 0 || to >= m_model->rowCount())
        return;
    const MappingRule rule = m_model->ruleAt(row);
    setBusy(true);
    const QString path = m_roomPath;
    runInWorker(
        this, [path, id = rule.id, places] { return cr::ui::moveRule(path, id, places); },
        [this, rule, to](const WriteOutcome& out) {
            setBusy(false);
            if (!out.error.isEmpty()) {
                showMessage(tr("The rule was not moved: %1").arg(out.error), true);
                return;
            }
            showMessage(tr("“%1” is now rule %2.").arg(rule.pattern).arg(to + 1));
            load(rule.id); // the moved rule stays selected, so the key can be pressed again
            emit changed();
        });
}

void RulesDialog::applyNow()
{
    if (m_busy)
        return;
    setBusy(true);
    showMessage(tr("Applying the rules to %1 waiting in Unassigned…").arg(recordsText(m_counts.total())));
    const QString path = m_roomPath;
    runInWorker(
        this, [path] { return applyRules(path); },
        [this](const WriteOutcome& out) {
            setBusy(false);
            if (!out.error.isEmpty() && out.count == 0) {
                showMessage(tr("The rules could not run: %1").arg(out.error), true);
                return;
            }
            m_lastApplied = out.count;
            m_counts = out.countsAfter;
            updateButtons();
            const QString left = out.countsAfter.total() == 0
                                     ? tr("Unassigned is empty now.")
                                     : tr("%1 left in Unassigned.").arg(recordsText(out.countsAfter.total()));
            showMessage(out.count == 0 ? tr("No rule matched the records waiting in Unassigned. %1").arg(left)
                                       : tr("%1 found a stage. %2").arg(recordsText(out.count), left));
            if (out.count > 0)
                emit changed();
        });
}

} // namespace cr::ui
