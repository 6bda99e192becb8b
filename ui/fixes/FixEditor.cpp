#include "fixes/FixEditor.h"

#include "common/Format.h"
#include "feeds/DialogLook.h"
#include "fixes/FixUndo.h"
#include "jobs/Background.h"
#include "store/EvidenceSearch.h"
#include "store/RoomStore.h"
#include "tray/TrayCommon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

constexpr int kLinkRole = Qt::UserRole + 1;

QVariant linkData(const Fix::EvidenceLink& link)
{
    return QStringLiteral("%1:%2").arg(toString(link.kind)).arg(link.id);
}

std::optional<Fix::EvidenceLink> linkFrom(const QVariant& v)
{
    const QStringList parts = v.toString().split(QLatin1Char(':'));
    const auto kind = evidenceKindFromString(parts.value(0));
    if (parts.size() != 2 || !kind)
        return std::nullopt;
    return Fix::EvidenceLink{*kind, parts.value(1).toLongLong()};
}

std::optional<EvidenceKind> evidenceOf(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Complaint:
        return EvidenceKind::Complaint;
    case SearchKind::SurveyComment:
        return EvidenceKind::SurveyResponse;
    case SearchKind::Call:
        return EvidenceKind::Call;
    case SearchKind::Fix:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QString evidenceKindWord(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Complaint:
        return FixEditor::tr("Complaint");
    case EvidenceKind::SurveyResponse:
        return FixEditor::tr("Survey answer");
    case EvidenceKind::Call:
        return FixEditor::tr("Call");
    case EvidenceKind::Clip:
        return FixEditor::tr("Call clip");
    case EvidenceKind::Artifact:
        return FixEditor::tr("Artifact");
    case EvidenceKind::Kpi:
        return FixEditor::tr("KPI");
    }
    return {};
}

FixEditor::FixEditor(const QString& roomPath, const Fix& fix, QUndoStack* undo, RoomWriteQueue* writes,
                     QWidget* parent)
    : QDialog(parent), m_roomPath(roomPath), m_theme(trayTheme(parent)), m_original(fix), m_undo(undo),
      m_writes(writes), m_title(new QLineEdit(fix.title, this)), m_description(new QPlainTextEdit(fix.description, this)),
      m_stage(new QComboBox(this)), m_moments(new QListWidget(this)), m_owner(new QComboBox(this)),
      m_contributors(new QListWidget(this)), m_hasDue(new QCheckBox(tr("Due"), this)), m_due(new QDateEdit(this)),
      m_metric(new QComboBox(this)), m_goal(new QLineEdit(this)), m_baseline(new QLabel(this)),
      m_evidence(new QListWidget(this)), m_find(new QLineEdit(this)), m_hits(new QListWidget(this)),
      m_message(new QLabel(this)), m_save(new QPushButton(fix.id ? tr("&Save") : tr("&Create fix"), this))
{
    setObjectName(QStringLiteral("fixEditor"));
    setWindowTitle(fix.id ? tr("Edit fix") : tr("New fix"));
    applyDialogLook(this, m_theme);
    m_title->setObjectName(QStringLiteral("fixTitle"));
    m_title->setPlaceholderText(tr("What changes for the customer, e.g. “Call-back instead of queuing”"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_theme.px(80));
    m_stage->setObjectName(QStringLiteral("fixStage"));
    m_owner->setObjectName(QStringLiteral("fixOwner"));
    m_metric->setObjectName(QStringLiteral("fixMetric"));
    m_moments->setMaximumHeight(m_theme.px(90));
    m_contributors->setMaximumHeight(m_theme.px(110));
    m_due->setCalendarPopup(true);
    m_due->setDate(fix.due.value_or(QDate::currentDate().addMonths(2)));
    m_hasDue->setChecked(fix.due.has_value() || fix.id == 0);
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_goal->setPlaceholderText(tr("optional"));
    if (fix.goal)
        m_goal->setText(QLocale().toString(*fix.goal));
    m_baseline->setWordWrap(true);
    muteLabel(m_baseline, m_theme);
    m_evidence->setObjectName(QStringLiteral("fixEvidence"));
    m_evidence->setMaximumHeight(m_theme.px(110));
    m_find->setObjectName(QStringLiteral("fixEvidenceSearch"));
    m_find->setPlaceholderText(tr("Find evidence: words from a complaint, a survey comment or a call"));
    m_find->setClearButtonEnabled(true);
    m_hits->setObjectName(QStringLiteral("fixEvidenceHits"));
    m_message->setWordWrap(true);
    QPalette red = m_message->palette();
    red.setColor(QPalette::WindowText, m_theme.red);
    m_message->setPalette(red);
    m_message->hide();
    for (const auto& link : fix.evidence)
        addEvidenceItem(link, QStringLiteral("%1 %2").arg(evidenceKindWord(link.kind)).arg(link.id));

    auto* removeEvidence = new QPushButton(tr("Remove"), this);
    connect(removeEvidence, &QPushButton::clicked, this, [this] { qDeleteAll(m_evidence->selectedItems()); });
    auto* linkHits = new QPushButton(tr("&Link checked"), this);
    linkHits->setObjectName(QStringLiteral("linkEvidenceButton"));
    connect(linkHits, &QPushButton::clicked, this, &FixEditor::linkCheckedHits);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("&Stage"), m_stage);
    form->addRow(tr("Moments"), m_moments);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("Contributing"), m_contributors);
    auto* due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    form->addRow(tr("Due date"), due);
    auto* metric = new QHBoxLayout;
    metric->addWidget(m_metric, 2);
    metric->addWidget(new QLabel(tr("Goal"), this));
    metric->addWidget(m_goal, 1);
    form->addRow(tr("Metric to move"), metric);
    form->addRow(QString(), m_baseline);
    auto* evidenceButtons = new QHBoxLayout;
    evidenceButtons->addStretch(1);
    evidenceButtons->addWidget(removeEvidence);
    auto* evidence = new QVBoxLayout;
    evidence->addWidget(m_evidence);
    evidence->addLayout(evidenceButtons);
    form->addRow(tr("Evidence"), evidence);
    auto* find = new QVBoxLayout;
    find->addWidget(m_find);
    find->addWidget(m_hits);
    auto* findButtons = new QHBoxLayout;
    findButtons->addStretch(1);
    findButtons->addWidget(linkHits);
    find->addLayout(findButtons);
    form->addRow(tr("Find"), find);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setObjectName(QStringLiteral("saveFixButton"));
    m_save->setEnabled(false); // until the stages and departments are read
    connect(buttons, &QDialogButtonBox::accepted, this, &FixEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    const int gap = m_theme.px(12);
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_stage, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        fillMoments();
        fillMetrics();
        if (m_ownerChosen)
            return;
        const QVariant stage = m_stage->currentData();
        for (const Stage& s : m_choices.stages)
            if (stage.isValid() && s.id == stage.toLongLong() && s.ownerDepartmentId)
                m_owner->setCurrentIndex(std::max(0, m_owner->findData(*s.ownerDepartmentId)));
    });
    connect(m_owner, qOverload<int>(&QComboBox::activated), this, [this] { m_ownerChosen = true; });
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(200);
    connect(m_find, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { findEvidence(m_find->text()); });

    sizeToScreen(this, 0.4, 0.85, QSize(m_theme.px(620), m_theme.px(640)));
    const QString room = m_roomPath;
    const QVector<Fix::EvidenceLink> links = fix.evidence;
    runInBackground(
        this, [room, links] { return loadBoard(room, QDate::currentDate(), links); },
        [this](const BoardData& data) { applyChoices(data); });
    m_title->setFocus();
}

void FixEditor::applyChoices(const BoardData& data)
{
    if (!data.error.isEmpty()) {
        m_message->setText(data.error);
        m_message->show();
        return;
    }
    m_choices = data;
    m_stage->blockSignals(true);
    m_stage->addItem(tr("No stage (the whole journey)"), QVariant());
    for (const Stage& s : data.stages)
        m_stage->addItem(s.name, s.id);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(m_original.stageId ? QVariant(*m_original.stageId) : QVariant())));
    m_stage->blockSignals(false);
    m_ownerChosen = m_original.id != 0 || m_original.ownerDepartmentId != 0;
    RowId owner = m_original.ownerDepartmentId;
    if (owner == 0 && m_original.stageId) // a new fix goes to the stage's owner unless told otherwise
        for (const Stage& s : data.stages)
            if (s.id == *m_original.stageId && s.ownerDepartmentId)
                owner = *s.ownerDepartmentId;
    if (owner == 0) // nobody yet: the person chooses, no department is assumed
        m_owner->addItem(tr("Choose the owner…"), QVariant(RowId(0)));
    for (const Department& d : data.departments) {
        m_owner->addItem(d.name, d.id);
        auto* item = new QListWidgetItem(d.name, m_contributors);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_original.contributingDepartmentIds.contains(d.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    fillMoments();
    fillMetrics();
    // The evidence by what it says, not by its number.
    for (int i = 0; i < m_evidence->count(); ++i) {
        QListWidgetItem* item = m_evidence->item(i);
        const auto link = linkFrom(item->data(kLinkRole));
        if (link && data.evidenceLabels.contains(item->data(kLinkRole).toString()))
            item->setText(QStringLiteral("%1 · %2").arg(evidenceKindWord(link->kind),
                                                        data.evidenceLabels.value(item->data(kLinkRole).toString())));
    }
    for (const FixCard& c : data.cards) {
        if (c.fix.id != m_original.id || !c.fix.baseline)
            continue;
        const auto& before = c.outcome.before;
        m_baseline->setText(tr("Baseline captured %1: %2 (n %3, %4 – %5). %6")
                                .arg(formatDate(c.fix.createdOn), metricName(c.fix, c.kpiName) + QLatin1Char(' ') + metricValueText(c, c.fix.baseline))
                                .arg(before ? before->n : 0)
                                .arg(before && before->window.from ? formatDate(*before->window.from) : QString(),
                                     before && before->window.to ? formatDate(*before->window.to) : QString(),
                                     outcomeText(c)));
    }
    if (m_original.id == 0)
        m_baseline->setText(tr("The metric's value over the days before today is captured as the baseline when "
                               "the fix is created; its result is measured after it is done."));
    m_ready = true;
    m_save->setEnabled(true);
}

void FixEditor::fillMoments()
{
    const QVariant stage = m_stage->currentData();
    QVector<RowId> checked = m_original.momentIds;
    for (int i = 0; i < m_moments->count(); ++i)
        if (m_moments->item(i)->checkState() == Qt::Checked)
            checked << m_moments->item(i)->data(Qt::UserRole).toLongLong();
    m_moments->clear();
    if (!stage.isValid())
        return;
    for (const Moment& m : m_choices.moments.value(stage.toLongLong())) {
        auto* item = new QListWidgetItem(m.isKey ? m.name + QStringLiteral(" ★") : m.name, m_moments);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void FixEditor::fillMetrics()
{
    const QVariant previous = m_metric->count() ? m_metric->currentData()
                                                : QVariant(m_original.metric == QLatin1String("kpi") && m_original.kpiId
                                                               ? QStringLiteral("kpi:%1").arg(*m_original.kpiId)
                                                               : m_original.metric);
    const QVariant stage = m_stage->currentData();
    m_metric->clear();
    m_metric->addItem(tr("None"), QString());
    if (stage.isValid()) {
        m_metric->addItem(tr("NPS of the stage"), QStringLiteral("nps"));
        m_metric->addItem(tr("CSAT of the stage"), QStringLiteral("csat"));
        m_metric->addItem(tr("CES of the stage"), QStringLiteral("ces"));
    }
    // The stage's KPIs first, then the rest of the room's.
    for (bool ownStage : {true, false})
        for (const Kpi& k : m_choices.kpis) {
            const bool same = stage.isValid() && k.stageId && *k.stageId == stage.toLongLong();
            if (same == ownStage)
                m_metric->addItem(tr("KPI: %1").arg(k.name), QStringLiteral("kpi:%1").arg(k.id));
        }
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(previous)));
}

Fix FixEditor::editedFix() const
{
    Fix f = m_original;
    f.title = m_title->text().trimmed();
    f.description = m_description->toPlainText().trimmed();
    const QVariant stage = m_stage->currentData();
    f.stageId = stage.isValid() ? std::optional<RowId>(stage.toLongLong()) : std::nullopt;
    f.momentIds.clear();
    for (int i = 0; i < m_moments->count(); ++i)
        if (m_moments->item(i)->checkState() == Qt::Checked)
            f.momentIds << m_moments->item(i)->data(Qt::UserRole).toLongLong();
    f.ownerDepartmentId = m_owner->currentData().toLongLong();
    f.contributingDepartmentIds.clear();
    for (int i = 0; i < m_contributors->count(); ++i)
        if (m_contributors->item(i)->checkState() == Qt::Checked)
            f.contributingDepartmentIds << m_contributors->item(i)->data(Qt::UserRole).toLongLong();
    f.due = m_hasDue->isChecked() ? std::optional<QDate>(m_due->date()) : std::nullopt;
    const QString metric = m_metric->currentData().toString();
    if (metric.startsWith(QLatin1String("kpi:"))) {
        f.metric = QStringLiteral("kpi");
        f.kpiId = metric.mid(4).toLongLong();
    } else {
        f.metric = metric;
        f.kpiId.reset();
    }
    bool ok = false;
    const double goal = QLocale().toDouble(m_goal->text().trimmed(), &ok);
    f.goal = ok ? std::optional<double>(goal) : std::nullopt;
    f.evidence.clear();
    for (int i = 0; i < m_evidence->count(); ++i)
        if (const auto link = linkFrom(m_evidence->item(i)->data(kLinkRole)))
            f.evidence << *link;
    if (f.metric == QLatin1String("kpi") && f.kpiId) {
        const Fix::EvidenceLink kpi{EvidenceKind::Kpi, *f.kpiId};
        const bool linked = std::any_of(f.evidence.begin(), f.evidence.end(),
                                        [&](const Fix::EvidenceLink& e) { return e.kind == kpi.kind && e.id == kpi.id; });
        if (!linked)
            f.evidence << kpi;
    }
    return f;
}

void FixEditor::save()
{
    const Fix f = editedFix();
    QString problem;
    if (f.title.isEmpty())
        problem = tr("Give the fix a title.");
    else if (f.ownerDepartmentId == 0)
        problem = tr("Choose the department that owns the fix.");
    else if (!m_goal->text().trimmed().isEmpty() && !f.goal)
        problem = tr("The goal is a number, e.g. 45 or 12.5.");
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return;
    }
    if (f.id == 0)
        m_undo->push(new CreateFixCommand(m_roomPath, m_writes, f));
    else
        m_undo->push(new EditFixCommand(m_roomPath, m_writes, m_original, f));
    emit saved();
    accept();
}

void FixEditor::addEvidenceItem(const Fix::EvidenceLink& link, const QString& label)
{
    for (int i = 0; i < m_evidence->count(); ++i)
        if (m_evidence->item(i)->data(kLinkRole) == linkData(link))
            return;
    auto* item = new QListWidgetItem(label, m_evidence);
    item->setData(kLinkRole, linkData(link));
}

void FixEditor::findEvidence(const QString& text)
{
    const quint64 request = ++m_findRequest;
    if (text.trimmed().isEmpty()) {
        m_hits->clear();
        return;
    }
    const QString room = m_roomPath;
    runInBackground(
        this,
        [room, text]() -> SearchResults {
            auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
            if (!store)
                return {};
            auto results = EvidenceSearch(**store).search(text, 30);
            return results ? *results : SearchResults{};
        },
        [this, request](const SearchResults& results) {
            if (request != m_findRequest)
                return;
            m_hits->clear();
            for (const SearchHit& hit : results.hits) {
                const auto kind = evidenceOf(hit.kind);
                if (!kind)
                    continue;
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1 · %2 · %3").arg(evidenceKindWord(*kind), formatDate(hit.when.date()),
                                                       hit.snippet.simplified()),
                    m_hits);
                item->setData(kLinkRole, linkData({*kind, hit.id}));
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                item->setToolTip(hit.snippet);
            }
        });
}

void FixEditor::linkCheckedHits()
{
    for (int i = 0; i < m_hits->count(); ++i) {
        QListWidgetItem* hit = m_hits->item(i);
        if (hit->checkState() != Qt::Checked)
            continue;
        if (const auto link = linkFrom(hit->data(kLinkRole)))
            addEvidenceItem(*link, hit->text());
        hit->setCheckState(Qt::Unchecked);
    }
}

} // namespace cr::ui
