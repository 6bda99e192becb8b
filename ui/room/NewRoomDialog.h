#pragma once
// Room > New room: start blank, from a journey template shipped with the
// app (resources/templates/*.json, compiled in as :/templates), or as a copy
// of the Kestrel Fibre demo; then a file name. The room is built on a
// worker (createRoomFile) under a temporary name and moved into place only
// when complete, so a failed or cancelled build leaves no half room behind.

#include "Result.h"
#include "common/Theme.h"
#include "jobs/Job.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cr::ui {

struct NewRoomChoice
{
    enum class Start { Blank, Template, Demo };
    Start start = Start::Blank;
    QString templatePath; // ":/templates/subscription-journey.json"
    QString name;         // the room's name (blank and template)
    QString path;         // where the .croom goes
};

struct TemplateInfo
{
    QString path;
    QString name;
    QStringList stages;
};
// The templates the app ships, by name.
QVector<TemplateInfo> shippedTemplates();

// Builds the room; call it on a worker. Returns the path.
Result<QString> createRoomFile(const NewRoomChoice& choice, JobControl& job);

class NewRoomDialog : public QDialog
{
    Q_OBJECT
public:
    // `openRoomPath` is the room open now: it cannot be overwritten.
    NewRoomDialog(const QString& openRoomPath, const Theme& theme, QWidget* parent);

    int startCount() const;
    void selectStart(int index); // in the order shown: templates, blank, demo
    QLineEdit* nameEdit() const { return m_name; }
    NewRoomChoice currentChoice() const;
    // Takes the file name (from the file dialog, or a test) and emits chosen().
    bool chooseFile(const QString& path);

signals:
    void chosen(const cr::ui::NewRoomChoice& choice);

private:
    void askForFile();
    void updateName();

    struct Start
    {
        NewRoomChoice::Start start;
        QString templatePath;
        QString suggestedName;
    };
    QString m_openRoomPath;
    QVector<Start> m_startList;
    QButtonGroup* m_starts;
    QLineEdit* m_name;
    QLabel* m_error;
    QPushButton* m_create;
    QString m_lastSuggested;
};

} // namespace cr::ui

Q_DECLARE_METATYPE(cr::ui::NewRoomChoice)
