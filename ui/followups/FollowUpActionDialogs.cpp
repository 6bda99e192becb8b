#include "followups/FollowUpActionDialogs.h"

#include "feeds/DialogLook.h"
#include "tray/TrayCommon.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

QLabel* titleLabel(const FollowUp& f, const Theme& theme)
{
    auto* label = new QLabel(f.title);
    label->setWordWrap(true);
    label->setFont(theme.font(theme.bodyPx(), QFont::DemiBold));
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ResolveDialog::ResolveDialog(const FollowUp& followUp, const Theme& theme, QWidget* parent)
    : QDialog(parent), m_note(new QPlainTextEdit), m_resolve(new QPushButton(tr("Resolve")))
{
    setObjectName(QStringLiteral("resolveDialog"));
    setWindowTitle(tr("Resolve follow-up"));
    setAttribute(Qt::WA_DeleteOnClose);
    applyTrayLook(this, theme);
    auto* hint =
        new QLabel(tr("Say how it was resolved: the note stays with the follow-up for the next review."));
    hint->setWordWrap(true);
    muteLabel(hint, theme);
    m_note->setObjectName(QStringLiteral("resolutionNote"));
    m_note->setPlaceholderText(tr("e.g. Called the customer back, apologised and rebooked the engineer."));
    m_note->setTabChangesFocus(true);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    makePrimary(m_resolve, theme);
    m_resolve->setEnabled(false);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_resolve, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        m_resolve->setEnabled(!note().isEmpty());
        m_resolve->setToolTip(note().isEmpty() ? tr("Write a note first.") : QString());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!note().isEmpty()) // Enter on the button while it is greyed out
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    const int gap = theme.px(12);
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2);
    layout->setSpacing(gap);
    layout->addWidget(titleLabel(followUp, theme));
    layout->addWidget(hint);
    layout->addWidget(m_note, 1);
    layout->addWidget(buttons);
    resize(theme.px(560), theme.px(300));
    m_note->setFocus();
}

QString ResolveDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

EscalateDialog::EscalateDialog(const FollowUp& followUp, const QVector<Department>& departments,
                               std::optional<RowId> stageOwnerId, const Theme& theme, QWidget* parent)
    : QDialog(parent), m_department(new QComboBox), m_reason(new QLineEdit),
      m_escalate(new QPushButton(tr("Escalate")))
{
    setObjectName(QStringLiteral("escalateDialog"));
    setWindowTitle(tr("Escalate follow-up"));
    setAttribute(Qt::WA_DeleteOnClose);
    applyTrayLook(this, theme);
    m_department->setObjectName(QStringLiteral("escalateDepartment"));
    for (const Department& d : departments) {
        const bool owner = stageOwnerId && d.id == *stageOwnerId;
        m_department->addItem(owner ? tr("%1 (owns the stage)").arg(d.name) : d.name, d.id);
    }
    const int owner = stageOwnerId ? m_department->findData(*stageOwnerId) : -1;
    m_department->setCurrentIndex(qMax(0, owner));
    m_reason->setObjectName(QStringLiteral("escalateReason"));
    m_reason->setPlaceholderText(tr("Why it needs their attention"));
    m_reason->setMinimumWidth(theme.px(360));
    m_escalate->setObjectName(QStringLiteral("escalateButton"));
    makePrimary(m_escalate, theme);
    m_escalate->setEnabled(false);
    auto* hint = new QLabel(tr("The follow-up also shows in that department's inbox, marked escalated, "
                               "until it is resolved."));
    hint->setWordWrap(true);
    muteLabel(hint, theme);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_escalate, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_escalate->setEnabled(!reason().isEmpty() && m_department->count() > 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_escalate->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->setSpacing(theme.px(10));
    form->addRow(tr("Escalate &to:"), m_department);
    form->addRow(tr("&Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    const int gap = theme.px(12);
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2);
    layout->setSpacing(gap);
    layout->addWidget(titleLabel(followUp, theme));
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(theme.px(600), sizeHint().height());
    m_reason->setFocus();
}

std::optional<RowId> EscalateDialog::departmentId() const
{
    const QVariant id = m_department->currentData();
    return id.isValid() ? std::optional<RowId>(id.toLongLong()) : std::nullopt;
}

QString EscalateDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace cr::ui
