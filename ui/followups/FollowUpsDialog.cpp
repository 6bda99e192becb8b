#include "followups/FollowUpsDialog.h"

#include "feeds/DialogLook.h"
#include "followups/DepartmentPage.h"
#include "followups/InboxDelegate.h"
#include "followups/InboxListModel.h"
#include "followups/InboxPage.h"
#include "jobs/Background.h"
#include "tray/TrayCommon.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cr::ui {

namespace {
constexpr int kSettingPauseMs = 700; // the spin box settles before the rules run
}

FollowUpsDialog::FollowUpsDialog(const QString& roomPath, QWidget* parent)
    : QDialog(parent), m_roomPath(roomPath), m_theme(trayTheme(parent)), m_inboxes(new InboxListModel(this)),
      m_list(new QListView), m_tabs(new QTabWidget), m_inbox(new InboxPage(roomPath, m_theme)),
      m_department(new DepartmentPage(roomPath, m_theme)), m_escalateAfter(new QSpinBox),
      m_escalateDelay(new QTimer(this)), m_settingNote(new QLabel)
{
    setObjectName(QStringLiteral("followUpsDialog"));
    setWindowTitle(tr("Follow-ups and departments"));
    applyTrayLook(this, m_theme);

    auto* title = new QLabel(tr("Follow-ups"));
    title->setFont(m_theme.font(m_theme.stageNamePx(), QFont::DemiBold));
    auto* intro = new QLabel(
        tr("A detractor's comment, a complaint spike or a KPI turning red raises a follow-up "
           "in the owning department's inbox; left unresolved, it escalates to the stage's owner."));
    intro->setWordWrap(true);
    muteLabel(intro, m_theme);

    auto* inboxesTitle = new QLabel(tr("INBOXES"));
    inboxesTitle->setFont(m_theme.font(m_theme.laneLabelPx(), QFont::DemiBold));
    muteLabel(inboxesTitle, m_theme);
    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setModel(m_inboxes);
    m_list->setItemDelegate(new InboxDelegate(m_theme, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true); // the hover state of the rows
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(
        QStringLiteral("QListView#inboxList { background: %1; }").arg(m_theme.background.name()));
    m_list->setFixedWidth(m_theme.px(270));

    m_tabs->setObjectName(QStringLiteral("followUpTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_inbox, tr("&Inbox"));
    m_tabs->addTab(m_department, tr("&Department"));

    m_escalateAfter->setObjectName(QStringLiteral("escalateAfterDays"));
    m_escalateAfter->setRange(1, 365);
    m_escalateAfter->setSuffix(tr(" days"));
    m_escalateAfter->setToolTip(
        tr("An open follow-up older than this is overdue and escalates to the owner of its "
           "stage. Changing it checks every open follow-up at once."));
    m_escalateAfter->setEnabled(false); // until the room's setting is read
    auto* escalateLabel = new QLabel(tr("Escalate unresolved follow-ups to the stage owner after"));
    escalateLabel->setBuddy(m_escalateAfter);
    m_settingNote->setObjectName(QStringLiteral("settingNote"));
    m_escalateDelay->setSingleShot(true);
    m_escalateDelay->setInterval(kSettingPauseMs);
    auto* close = new QPushButton(tr("Close"));
    close->setAutoDefault(false);

    auto* side = new QVBoxLayout;
    side->setSpacing(m_theme.px(6));
    side->addWidget(inboxesTitle);
    side->addWidget(m_list, 1);
    auto* body = new QHBoxLayout;
    body->setSpacing(m_theme.px(18));
    body->addLayout(side);
    body->addWidget(m_tabs, 1);
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(m_theme.px(8));
    bottom->addWidget(escalateLabel);
    bottom->addWidget(m_escalateAfter);
    bottom->addSpacing(m_theme.px(10));
    bottom->addWidget(m_settingNote, 1);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(m_theme.px(20), m_theme.px(14), m_theme.px(20), m_theme.px(14));
    layout->setSpacing(m_theme.px(8));
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    connect(m_inbox, &InboxPage::inboxesLoaded, this, &FollowUpsDialog::applyInboxes);
    connect(m_inbox, &InboxPage::newFixRequested, this, &FollowUpsDialog::newFixRequested);
    connect(m_inbox, &InboxPage::changed, this, [this] {
        m_departmentStale = true;
        syncDepartmentPage();
        emit changed();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FollowUpsDialog::onInboxChosen);
    connect(m_tabs, &QTabWidget::currentChanged, this, &FollowUpsDialog::syncDepartmentPage);
    connect(m_department, &DepartmentPage::openFollowUp, this, [this](RowId id) {
        showTab(InboxTab);
        m_inbox->setOpenOnly(true);
        m_inbox->selectFollowUp(id);
    });
    connect(m_escalateAfter, &QSpinBox::valueChanged, this, [this] {
        if (m_escalateAfter->isEnabled())
            m_escalateDelay->start();
    });
    connect(m_escalateDelay, &QTimer::timeout, this, &FollowUpsDialog::saveEscalateAfter);
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    sizeToScreen(this, 0.86, 0.86, QSize(m_theme.px(1100), m_theme.px(640)));
    m_inbox->reload();
}

InboxKey FollowUpsDialog::currentInbox() const
{
    const QModelIndex at = m_list->currentIndex();
    return at.isValid() ? m_inboxes->inboxAt(at.row()).key : m_wanted;
}

void FollowUpsDialog::reload()
{
    m_departmentStale = true;
    m_inbox->reload();
    syncDepartmentPage();
}

void FollowUpsDialog::showInbox(const InboxKey& inbox)
{
    m_wanted = inbox;
    const int row = m_inboxes->rowOf(inbox);
    if (row >= 0)
        m_list->setCurrentIndex(m_inboxes->index(row));
    else
        m_inbox->setInbox(inbox);
}

void FollowUpsDialog::showStage(RowId stageId)
{
    showTab(InboxTab);
    showInbox(InboxKey::all());
    m_inbox->setOpenOnly(true);
    m_inbox->setStageFilter(stageId);
}

void FollowUpsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void FollowUpsDialog::applyInboxes(const QVector<Inbox>& inboxes, int escalateAfterDays)
{
    const InboxKey current = currentInbox();
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_inboxes->setInboxes(inboxes, escalateAfterDays);
        const int row = qMax(0, m_inboxes->rowOf(current));
        if (m_inboxes->rowCount() > 0)
            m_list->selectionModel()->setCurrentIndex(m_inboxes->index(row),
                                                      QItemSelectionModel::ClearAndSelect);
    }
    m_list->viewport()->update();
    // The room's setting, unless a person is changing it right now.
    if (!m_escalateDelay->isActive() && m_settingGeneration == 0) {
        const QSignalBlocker block(m_escalateAfter);
        m_escalateAfter->setValue(escalateAfterDays);
        m_escalateAfter->setEnabled(true);
    }
    if (m_inboxes->rowOf(current) < 0 && m_inboxes->rowCount() > 0)
        onInboxChosen(); // the inbox asked for is gone: the first one is shown
    syncDepartmentPage();
}

void FollowUpsDialog::onInboxChosen()
{
    const QModelIndex at = m_list->currentIndex();
    if (!at.isValid())
        return;
    m_wanted = m_inboxes->inboxAt(at.row()).key;
    m_inbox->setInbox(m_wanted);
    syncDepartmentPage();
}

void FollowUpsDialog::syncDepartmentPage()
{
    // The page reads a month's report: only when it is looked at.
    if (m_tabs->currentWidget() != m_department)
        return;
    const InboxKey key = currentInbox();
    const std::optional<RowId> id =
        key.kind == InboxKey::Kind::Department ? std::optional<RowId>(key.departmentId) : std::nullopt;
    if (id != m_department->department()) {
        m_departmentStale = false;
        m_department->setDepartment(id);
    } else if (m_departmentStale) {
        m_departmentStale = false;
        m_department->setDepartment(id);
        m_department->reload();
    }
}

void FollowUpsDialog::saveEscalateAfter()
{
    const int days = m_escalateAfter->value();
    const quint64 generation = ++m_settingGeneration;
    setNote(m_settingNote, m_theme, tr("Saving…"));
    const QString path = m_roomPath;
    const QDateTime now = QDateTime::currentDateTime();
    runInBackground(
        this, [path, days, now] { return setEscalateAfter(path, days, now); },
        [this, generation](const EscalateSetting& out) {
            if (generation != m_settingGeneration)
                return; // a later value is being saved
            m_settingGeneration = 0;
            if (!out.error.isEmpty()) {
                setNote(m_settingNote, m_theme, out.error, true);
                return;
            }
            setNote(
                m_settingNote, m_theme,
                out.escalated == 0 ? tr("Saved: after %1 days.").arg(out.days)
                : out.escalated == 1
                    ? tr("Saved: after %1 days. 1 follow-up waited longer and was escalated.").arg(out.days)
                    : tr("Saved: after %1 days. %2 follow-ups waited longer and were escalated.")
                          .arg(out.days)
                          .arg(out.escalated));
            reload();
            emit changed();
        });
}

} // namespace cr::ui
