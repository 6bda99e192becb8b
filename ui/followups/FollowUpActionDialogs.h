#pragma once
// The two small questions an inbox asks before it changes a follow-up:
// how it was resolved (a note is required), and to whom and why it is
// escalated (the stage's owner is offered first). Both are window-modal and
// do not wait: the inbox acts on accepted().

#include "common/Theme.h"

#include "Domain.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cr::ui {

class ResolveDialog : public QDialog
{
    Q_OBJECT
public:
    ResolveDialog(const FollowUp& followUp, const Theme& theme, QWidget* parent = nullptr);

    QString note() const;
    QPlainTextEdit* noteBox() const { return m_note; }
    QPushButton* resolveButton() const { return m_resolve; }

private:
    QPlainTextEdit* m_note;
    QPushButton* m_resolve;
};

class EscalateDialog : public QDialog
{
    Q_OBJECT
public:
    EscalateDialog(const FollowUp& followUp, const QVector<Department>& departments,
                   std::optional<RowId> stageOwnerId, const Theme& theme, QWidget* parent = nullptr);

    std::optional<RowId> departmentId() const;
    QString reason() const;
    QComboBox* departmentBox() const { return m_department; }
    QLineEdit* reasonBox() const { return m_reason; }
    QPushButton* escalateButton() const { return m_escalate; }

private:
    QComboBox* m_department;
    QLineEdit* m_reason;
    QPushButton* m_escalate;
};

} // namespace cr::ui
