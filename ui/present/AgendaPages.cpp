#include "present/AgendaPages.h"

#include "common/Format.h"
#include "common/TextLabel.h"
#include "present/PresentKit.h"
#include "wall/FixesCell.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

QVBoxLayout* pageLayout(QWidget* page, const Theme& theme)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(theme.px(64), theme.px(36), theme.px(64), theme.px(24));
    layout->setSpacing(theme.px(10));
    return layout;
}

QString stageName(const WallSnapshot& wall, std::optional<RowId> stageId)
{
    if (!stageId)
        return QCoreApplication::translate("Agenda", "Whole journey");
    for (const StageWall& s : wall.stages)
        if (s.report.stage.id == *stageId)
            return s.report.stage.name;
    return QCoreApplication::translate("Agenda", "A removed stage");
}

void addChanges(QVBoxLayout* layout, const Theme& theme, const QString& heading,
                const QVector<AgendaChange>& changes, bool better, int limit)
{
    const PresentType type(theme);
    addHeading(layout, theme, heading);
    if (changes.isEmpty()) {
        addLine(layout, better ? QCoreApplication::translate("Agenda", "No significant improvement.")
                               : QCoreApplication::translate("Agenda", "Nothing got significantly worse."),
                type.body, theme.mutedText, 1);
        return;
    }
    for (int i = 0; i < changes.size() && i < limit; ++i)
        layout->addWidget(statusLine(theme, better ? theme.green : theme.red,
                                     better ? QStringLiteral("▲") : QStringLiteral("▼"),
                                     QStringLiteral("%1 — %2").arg(changes[i].stage, changes[i].text), type.body, 2));
    if (changes.size() > limit)
        addLine(layout, QCoreApplication::translate("Agenda", "+%n more on the stage pages", nullptr,
                                                    int(changes.size()) - limit),
                type.body, theme.accent, 1);
}

} // namespace

AgendaOpeningPage::AgendaOpeningPage(const Theme& theme, const WallSnapshot& wall, const Agenda& agenda,
                                     const QString& periodLabel, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("agendaOpening"));
    const PresentType type(theme);
    auto* layout = pageLayout(this, theme);
    addLine(layout, tr("Monthly review · %1").arg(wall.roomName), type.value, theme.mutedText, 1, QFont::Bold);
    addLine(layout, periodLabel, type.title, theme.text, 1, QFont::Bold)->setObjectName(QStringLiteral("agendaPeriod"));
    QString since = agenda.lastReview
                        ? tr("Since the last review on %1 · %2")
                              .arg(formatDate(agenda.lastReview->heldOn), agenda.comparison.previousLabel())
                        : tr("First review in this room · %1").arg(agenda.comparison.previousLabel());
    addLine(layout, since, type.body, theme.mutedText, 2);
    layout->addSpacing(type.gap);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(theme.px(64));
    auto* left = new QVBoxLayout;
    left->setSpacing(theme.px(8));
    auto* right = new QVBoxLayout;
    right->setSpacing(theme.px(8));
    addChanges(left, theme, tr("What improved"), agenda.improved, true, 6);
    addChanges(right, theme, tr("What got worse"), agenda.worsened, false, 6);
    left->addStretch(1);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    int openDecisions = int(agenda.roomDecisions.size());
    for (const AgendaStage& s : agenda.stages)
        openDecisions += int(s.decisions.size());
    int overdue = 0;
    for (const AgendaStage& s : agenda.stages)
        overdue += int(s.overdueFixes.size());
    QStringList footer;
    footer << tr("Only changes larger than chance count (n ≥ 30 in both periods, 95 % test).");
    if (openDecisions > 0)
        footer << tr("decisions from earlier reviews to follow up: %1").arg(openDecisions);
    if (overdue > 0)
        footer << tr("fixes overdue: %1").arg(overdue);
    addLine(layout, footer.join(QStringLiteral(" · ")), type.body, theme.text, 2);
    for (const ReviewDecision& d : agenda.roomDecisions)
        addLine(layout, tr("○ %1").arg(d.text), type.body, theme.text, 1);
}

namespace {
// A before or after number as the wall shows that metric: NPS signed, a KPI in its unit.
QString metricValue(const WallSnapshot& wall, const CelebratedFix& c, double value)
{
    const QString metric = c.fix.metric.toLower();
    if (metric == QLatin1String("nps"))
        return formatNps(value);
    if (metric == QLatin1String("csat"))
        return formatKpiValue(value, QStringLiteral("%"));
    if (c.stageIndex >= 0 && c.stageIndex < wall.stages.size())
        for (const KpiReport& k : wall.stages[c.stageIndex].report.kpis)
            if (k.kpi.name == c.metricName)
                return formatKpiValue(value, k.kpi.unit);
    return formatNumber(value, 1);
}
} // namespace

CelebrationPage::CelebrationPage(const Theme& theme, const WallSnapshot& wall, const Agenda& agenda,
                                 QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("celebration"));
    const PresentType type(theme);
    auto* layout = pageLayout(this, theme);
    addLine(layout, tr("★ Verified since %1").arg(formatDate(agenda.celebratedSince)), type.title, theme.text, 1,
            QFont::Bold)
        ->setObjectName(QStringLiteral("celebrationTitle"));
    addLine(layout, tr("Fixes whose effect on customers was measured and confirmed."), type.body, theme.mutedText, 1);
    layout->addSpacing(type.gap);
    if (agenda.celebrated.isEmpty()) {
        addLine(layout, tr("No fix was verified since the last review."), type.value, theme.text, 2);
        int done = 0;
        for (const AgendaStage& s : agenda.stages)
            for (const Fix& f : s.openFixes)
                done += f.status == FixStatus::Done ? 1 : 0;
        if (done > 0)
            addLine(layout, tr("Fixes done and waiting to be measured: %1. Verify them next month.").arg(done),
                    type.body, theme.mutedText, 2);
        layout->addStretch(1);
        return;
    }
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(theme.px(48));
    grid->setVerticalSpacing(theme.px(28));
    const int columns = agenda.celebrated.size() > 3 ? 2 : 1;
    for (int i = 0; i < agenda.celebrated.size() && i < 6; ++i) {
        const CelebratedFix& c = agenda.celebrated[i];
        auto* card = new QVBoxLayout;
        card->setSpacing(theme.px(4));
        addLine(card, QStringLiteral("✓ %1").arg(c.fix.title), type.value, theme.text, 2, QFont::Bold);
        const QString stage = c.stageIndex >= 0 ? wall.stages[c.stageIndex].report.stage.name : QString();
        addLine(card, tr("%1 · %2 · verified %3")
                          .arg(stage, wall.departmentName(c.fix.ownerDepartmentId), formatDate(*c.fix.verifiedOn)),
                type.body, theme.mutedText, 1);
        if (c.fix.baseline && c.fix.result)
            addLine(card, tr("%1: %2 → %3").arg(c.metricName, metricValue(wall, c, *c.fix.baseline),
                                                metricValue(wall, c, *c.fix.result)),
                    type.value, theme.accent, 1, QFont::Bold)
                ->setObjectName(QStringLiteral("beforeAfter"));
        else
            addLine(card, tr("%1: before and after not measured").arg(c.metricName), type.body, theme.mutedText, 1);
        grid->addLayout(card, i / columns, i % columns);
    }
    layout->addLayout(grid);
    if (agenda.celebrated.size() > 6)
        addLine(layout, tr("+%n more", nullptr, int(agenda.celebrated.size()) - 6), type.body,
                theme.accent, 1);
    layout->addStretch(1);
}

namespace {
constexpr int kDoneRole = Qt::UserRole + 1;
constexpr int kTextRole = Qt::UserRole + 2;

void showDone(QListWidgetItem* item)
{
    item->setText((item->data(kDoneRole).toBool() ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) +
                  item->data(kTextRole).toString());
}
} // namespace

ReviewRecordPage::ReviewRecordPage(const Theme& theme, const WallSnapshot& wall, const Agenda& agenda,
                                   ReviewSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_attendees(new QLineEdit), m_notes(new QPlainTextEdit),
      m_open(new QListWidget)
{
    setObjectName(QStringLiteral("reviewRecord"));
    const PresentType type(theme);
    QFont body(fontFamily());
    body.setPixelSize(type.body);
    auto* layout = pageLayout(this, theme);
    addLine(layout, tr("Record the review"), type.title, theme.text, 1, QFont::Bold);
    addLine(layout, tr("Saved with the room; the next agenda starts from these decisions."), type.body,
            theme.mutedText, 1);

    auto* attendeesLabel = new QLabel(tr("Attendees (comma separated)"));
    attendeesLabel->setFont(body);
    layout->addWidget(attendeesLabel);
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->setFont(body);
    m_attendees->setText(session.attendees.join(QStringLiteral(", ")));
    layout->addWidget(m_attendees);

    auto* decidedLabel = new QLabel(session.decisions.isEmpty()
                                        ? tr("Decided today: none yet (press D on a stage page)")
                                        : tr("Decided today:"));
    decidedLabel->setFont(body);
    layout->addWidget(decidedLabel);
    for (int i = 0; i < session.decisions.size(); ++i) {
        const ReviewDecision& d = session.decisions[i];
        auto* row = new QHBoxLayout;
        auto* l = new QLabel(QStringLiteral("● %1 — %2").arg(stageName(wall, d.stageId), d.text));
        l->setFont(body);
        l->setWordWrap(true);
        row->addWidget(l, 1);
        if (!session.saved) {
            // A decision typed by mistake comes off before the review is saved.
            auto* remove = new QPushButton(tr("Remove"));
            remove->setObjectName(QStringLiteral("removeDecision"));
            remove->setFont(body);
            connect(remove, &QPushButton::clicked, this, [this, i] { emit decisionRemoved(i); });
            row->addWidget(remove, 0, Qt::AlignTop);
        }
        layout->addLayout(row);
    }

    QVector<ReviewDecision> open = agenda.roomDecisions;
    for (const AgendaStage& s : agenda.stages)
        open += s.decisions;
    if (!open.isEmpty()) {
        auto* openLabel = new QLabel(tr("Earlier decisions: tick the ones that are done"));
        openLabel->setFont(body);
        layout->addWidget(openLabel);
        m_open->setObjectName(QStringLiteral("openDecisions"));
        m_open->setFont(body);
        m_open->setToolTip(tr("Click a decision, or press Space on it, to mark it done"));
        // The tick is a glyph of the text's own size: a desktop tick box is
        // 13 px beside 54 px text at 4K (and a styled one overlaps the text).
        for (const ReviewDecision& d : open) {
            auto* item = new QListWidgetItem;
            item->setData(kDoneRole, session.closed.value(d.id, DecisionStatus::Open) == DecisionStatus::Done);
            item->setData(kTextRole, QStringLiteral("%1 — %2").arg(stageName(wall, d.stageId), d.text));
            showDone(item);
            m_open->addItem(item);
            m_openIds.append(d.id);
        }
        auto toggle = [this](QListWidgetItem* item) {
            if (!item)
                return;
            item->setData(kDoneRole, !item->data(kDoneRole).toBool());
            showDone(item);
            syncSession();
        };
        connect(m_open, &QListWidget::itemClicked, this, toggle);
        auto* space = new QShortcut(QKeySequence(Qt::Key_Space), m_open, nullptr, nullptr, Qt::WidgetShortcut);
        connect(space, &QShortcut::activated, this, [this, toggle] { toggle(m_open->currentItem()); });
        // Up to six decisions show without scrolling.
        m_open->setFixedHeight(m_open->sizeHintForRow(0) * qMin(6, int(open.size())) + 2 * m_open->frameWidth() +
                               theme.px(4));
        layout->addWidget(m_open);
    } else {
        m_open->hide();
    }

    auto* notesLabel = new QLabel(tr("Notes"));
    notesLabel->setFont(body);
    layout->addWidget(notesLabel);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setFont(body);
    m_notes->setPlainText(session.notes);
    layout->addWidget(m_notes, 1);

    auto* save = new QPushButton(session.saved ? tr("Saved ✓") : tr("Save the review"));
    save->setObjectName(QStringLiteral("saveReview"));
    save->setEnabled(!session.saved); // a meeting is recorded once
    save->setFont(body);
    layout->addWidget(save, 0, Qt::AlignLeft);
    connect(m_attendees, &QLineEdit::textChanged, this, &ReviewRecordPage::syncSession);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ReviewRecordPage::syncSession);
    connect(save, &QPushButton::clicked, this, [this] {
        syncSession();
        emit saveRequested();
    });
}

void ReviewRecordPage::syncSession()
{
    m_session.attendees.clear();
    for (const QString& name : m_attendees->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            m_session.attendees << name.trimmed();
    m_session.notes = m_notes->toPlainText();
    for (int i = 0; i < m_open->count() && i < m_openIds.size(); ++i) {
        if (m_open->item(i)->data(kDoneRole).toBool())
            m_session.closed.insert(m_openIds[i], DecisionStatus::Done);
        else
            m_session.closed.remove(m_openIds[i]);
    }
}

} // namespace cr::ui
