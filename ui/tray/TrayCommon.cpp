#include "tray/TrayCommon.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QWidget>

namespace cr::ui {

Theme trayTheme(const QWidget* parent)
{
    // The outermost window is the wall: a dialog opened from another dialog
    // takes the wall's type size, not the smaller dialog's.
    const QWidget* window = parent ? parent->window() : nullptr;
    while (window && window->parentWidget())
        window = window->parentWidget()->window();
    const int height = window && window->height() > 0 ? window->height() : int(Theme::kDesignHeight);
    return Theme::forWindowHeight(height, false);
}

void applyTrayLook(QWidget* dialog, const Theme& theme)
{
    dialog->setFont(theme.font(theme.bodyPx()));
    QPalette pal = dialog->palette();
    pal.setColor(QPalette::Window, theme.panel);
    pal.setColor(QPalette::WindowText, theme.text);
    dialog->setPalette(pal);
    // The wall's style sheet gives buttons one text colour; a button that
    // cannot run must look like it here, where most actions wait for a selection.
    dialog->setStyleSheet(
        theme.styleSheet() +
        QStringLiteral("QPushButton:disabled, QComboBox:disabled, QLineEdit:disabled"
                       " { color: %1; background: %2; border-color: %3; }")
            .arg(theme.neutral.lighter(150).name(), theme.background.name(), theme.hairline.name()));
}

void makePrimary(QPushButton* button, const Theme& theme)
{
    const QString name = button->objectName();
    button->setStyleSheet(
        QStringLiteral("QPushButton#%1 { background: %2; color: white; border: 1px solid %2;"
                       " font-weight: 600; padding: %4px %5px; }"
                       "QPushButton#%1:hover { background: %3; }"
                       "QPushButton#%1:focus { border: 2px solid %6; }"
                       "QPushButton#%1:disabled { background: %7; color: %8; border-color: %7; }")
            .arg(name, theme.accent.name(), theme.accent.darker(120).name())
            .arg(theme.px(5))
            .arg(theme.px(16))
            .arg(theme.text.name(), theme.hairline.name(), theme.mutedText.name()));
}

void setNote(QLabel* label, const Theme& theme, const QString& text, bool error)
{
    // Colour is never the only cue: an error also starts with a cross.
    label->setText(error ? QStringLiteral("✕ ") + text : text);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, error ? theme.red.darker(130) : theme.mutedText);
    label->setPalette(pal);
}

QString kindWord(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Complaints:
        return QCoreApplication::translate("Tray", "Complaint");
    case ImportKind::Surveys:
        return QCoreApplication::translate("Tray", "Survey answer");
    case ImportKind::Calls:
        return QCoreApplication::translate("Tray", "Call");
    case ImportKind::Artifacts:
        return QCoreApplication::translate("Tray", "Artifact");
    case ImportKind::Kpis:
        return QCoreApplication::translate("Tray", "KPI");
    }
    return {};
}

QString kindPluralWord(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Complaints:
        return QCoreApplication::translate("Tray", "Complaints");
    case ImportKind::Surveys:
        return QCoreApplication::translate("Tray", "Survey answers");
    case ImportKind::Calls:
        return QCoreApplication::translate("Tray", "Calls");
    case ImportKind::Artifacts:
        return QCoreApplication::translate("Tray", "Artifacts");
    case ImportKind::Kpis:
        return QCoreApplication::translate("Tray", "KPIs");
    }
    return {};
}

QString kindLowerPlural(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Complaints:
        return QCoreApplication::translate("Tray", "complaints");
    case ImportKind::Surveys:
        return QCoreApplication::translate("Tray", "survey answers");
    case ImportKind::Calls:
        return QCoreApplication::translate("Tray", "calls");
    case ImportKind::Artifacts:
        return QCoreApplication::translate("Tray", "artifacts");
    case ImportKind::Kpis:
        return QCoreApplication::translate("Tray", "KPIs");
    }
    return {};
}

QString numberText(int n)
{
    return QLocale().toString(n);
}

QString recordsText(int n)
{
    return n == 1 ? QCoreApplication::translate("Tray", "1 record")
                  : QCoreApplication::translate("Tray", "%1 records").arg(numberText(n));
}

QString matchesText(int n)
{
    return n == 1 ? QCoreApplication::translate("Tray", "1 match")
                  : QCoreApplication::translate("Tray", "%1 matches").arg(numberText(n));
}

const QVector<ImportKind>& trayKinds()
{
    static const QVector<ImportKind> kinds{ImportKind::Complaints, ImportKind::Surveys, ImportKind::Calls,
                                           ImportKind::Artifacts};
    return kinds;
}

} // namespace cr::ui
