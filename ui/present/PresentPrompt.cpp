#include "present/PresentPrompt.h"

#include "present/PresentKit.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cr::ui {

std::optional<QString> askOnScreen(QWidget* parent, const Theme& theme, const QString& title,
                                   const QString& question, const QString& text, bool multiLine)
{
    const PresentType type(theme);
    QFont body(fontFamily());
    body.setPixelSize(type.body);
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("presentPrompt"));
    dialog.setWindowTitle(title);
    dialog.setFont(body);
    auto* layout = new QVBoxLayout(&dialog);
    layout->setContentsMargins(type.gap, type.gap, type.gap, type.gap);
    layout->setSpacing(type.gap / 2);
    auto* label = new QLabel(question);
    label->setFont(body);
    label->setWordWrap(true);
    layout->addWidget(label);
    QLineEdit* line = nullptr;
    QPlainTextEdit* lines = nullptr;
    if (multiLine) {
        lines = new QPlainTextEdit(text);
        lines->setObjectName(QStringLiteral("promptText"));
        lines->setFont(body);
        lines->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        layout->addWidget(lines, 1);
    } else {
        line = new QLineEdit(text);
        line->setObjectName(QStringLiteral("promptText"));
        line->setFont(body);
        layout->addWidget(line);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    for (QAbstractButton* b : buttons->buttons())
        b->setFont(body);
    if (multiLine)
        buttons->button(QDialogButtonBox::Ok)->setToolTip(QCoreApplication::translate("PresentPrompt", "Ctrl+Enter"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (multiLine) {
        // Enter starts a new line in notes; Ctrl+Enter keeps them.
        for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
            QObject::connect(new QShortcut(keys, &dialog), &QShortcut::activated, &dialog, &QDialog::accept);
    }
    // Wide enough to read across the table: most of the screen's width.
    const QSize area = parent ? parent->window()->size() : QSize(1920, 1080);
    dialog.resize(int(area.width() * 0.6), multiLine ? int(area.height() * 0.55) : dialog.sizeHint().height());
    if (line)
        line->setFocus();
    else
        lines->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return line ? line->text() : lines->toPlainText();
}

} // namespace cr::ui
