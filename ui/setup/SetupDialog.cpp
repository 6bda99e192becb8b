#include "setup/SetupDialog.h"

#include "feeds/DialogLook.h"
#include "fixes/RoomWriteQueue.h"
#include "jobs/Background.h"
#include "setup/DepartmentsPage.h"
#include "setup/JourneyPage.h"
#include "setup/KpisPage.h"
#include "tray/TrayCommon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cr::ui {

SetupDialog::SetupDialog(const SetupContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_theme(trayTheme(parent)), m_tabs(new QTabWidget(this)),
      m_journey(new JourneyPage(context, m_theme, this)), m_departments(new DepartmentsPage(context, m_theme, this)),
      m_kpis(new KpisPage(context, m_theme, this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("Set up the room"));
    applyDialogLook(this, m_theme);
    m_tabs->addTab(m_journey, tr("&Journey"));
    m_tabs->addTab(m_departments, tr("&Departments"));
    m_tabs->addTab(m_kpis, tr("&KPIs"));
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    QPalette red = m_message->palette();
    red.setColor(QPalette::WindowText, m_theme.red);
    m_message->setPalette(red);
    m_message->hide();

    auto* undo = new QPushButton(this);
    undo->setObjectName(QStringLiteral("setupUndo"));
    auto* redo = new QPushButton(this);
    redo->setObjectName(QStringLiteral("setupRedo"));
    auto* close = new QPushButton(tr("Close"), this);
    const auto label = [](QPushButton* b, const QString& verb, const QString& what) {
        QString shown = what;
        shown.replace(QLatin1Char('&'), QStringLiteral("&&")); // a name's "&" is not an accelerator
        b->setText(shown.isEmpty() ? verb : QStringLiteral("%1: %2").arg(verb, shown));
    };
    QUndoStack* stack = m_context.undo;
    const auto refreshButtons = [=] {
        label(undo, tr("Undo"), stack->undoText());
        label(redo, tr("Redo"), stack->redoText());
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
    };
    refreshButtons();
    connect(stack, &QUndoStack::indexChanged, this, refreshButtons);
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    QAction* undoAction = stack->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = stack->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    addAction(undoAction);
    addAction(redoAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    const int gap = m_theme.px(12);
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_journey, &JourneyPage::problem, this, &SetupDialog::showProblem);
    connect(m_departments, &DepartmentsPage::problem, this, &SetupDialog::showProblem);
    connect(m_kpis, &KpisPage::problem, this, &SetupDialog::showProblem);
    connect(m_context.writes, &RoomWriteQueue::failed, this, &SetupDialog::showProblem);
    connect(m_context.writes, &RoomWriteQueue::settled, this, &SetupDialog::reload);
    connect(stack, &QUndoStack::indexChanged, m_message, &QWidget::hide);
    sizeToScreen(this, 0.7, 0.8, QSize(m_theme.px(900), m_theme.px(600)));
    reload();
}

void SetupDialog::showProblem(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

void SetupDialog::reload()
{
    const quint64 request = ++m_request;
    m_loading = true;
    const QString room = m_context.roomPath;
    runInBackground(
        this, [room] { return loadSetup(room); },
        [this, request](const SetupData& data) {
            if (request != m_request)
                return;
            m_loading = false;
            if (!data.error.isEmpty()) {
                showProblem(data.error);
                return;
            }
            m_data = data;
            m_journey->setData(data);
            m_departments->setData(data);
            m_kpis->setData(data);
        });
}

} // namespace cr::ui
