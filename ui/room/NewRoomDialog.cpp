#include "room/NewRoomDialog.h"

#include "demo/DemoRoom.h"
#include "room/RoomTemplate.h"
#include "store/RoomStore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cr::ui {

namespace {
enum Role { StartRole = Qt::UserRole + 1, TemplateRole, NameRole };
const char* const kLastDirKey = "rooms/lastDir";
} // namespace

QVector<TemplateInfo> shippedTemplates()
{
    QVector<TemplateInfo> list;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto t = loadRoomTemplate(info.filePath());
        if (!t)
            continue; // a broken template is a build-time bug; core's tests catch it
        TemplateInfo ti;
        ti.path = info.filePath();
        ti.name = t->name.isEmpty() ? info.completeBaseName() : t->name;
        for (const auto& s : t->stages)
            ti.stages << s.stage.name;
        list << ti;
    }
    return list;
}

Result<QString> createRoomFile(const NewRoomChoice& choice, JobControl& job)
{
    // Built beside the target under a temporary name, moved over it when complete.
    const QFileInfo target(choice.path);
    const QString temp = target.absoluteDir().filePath(QStringLiteral(".%1.creating").arg(target.fileName()));
    RoomStore::removeRoomFiles(temp);
    Status filled = success();
    {
        auto store = RoomStore::open(temp, RoomStore::OpenMode::CreateNew);
        if (!store)
            return store.error();
        switch (choice.start) {
        case NewRoomChoice::Start::Blank:
            job.progress(0.5, NewRoomDialog::tr("An empty room"));
            filled = (*store)->setRoomName(choice.name);
            break;
        case NewRoomChoice::Start::Template: {
            job.progress(0.3, NewRoomDialog::tr("Stages, departments and moments"));
            auto t = loadRoomTemplate(choice.templatePath);
            if (!t) {
                filled = t.error();
                break;
            }
            if (!choice.name.trimmed().isEmpty())
                t->name = choice.name.trimmed();
            filled = applyRoomTemplate(**store, *t);
            break;
        }
        case NewRoomChoice::Start::Demo:
            filled = createDemoRoom(**store, DemoOptions{}, {&job, 0, 0.95});
            break;
        }
    }
    if (filled && job.isCancelled())
        filled = Error(NewRoomDialog::tr("Cancelled; no room was created."), choice.path);
    if (!filled) {
        RoomStore::removeRoomFiles(temp);
        return filled.error();
    }
    if (auto moved = RoomStore::replaceRoomFile(temp, choice.path); !moved) {
        RoomStore::removeRoomFiles(temp);
        return moved.error();
    }
    job.progress(1.0, NewRoomDialog::tr("Done"));
    return choice.path;
}

NewRoomDialog::NewRoomDialog(const QString& openRoomPath, const Theme& theme, QWidget* parent)
    : QDialog(parent), m_openRoomPath(openRoomPath), m_starts(new QListWidget), m_name(new QLineEdit),
      m_error(new QLabel), m_create(new QPushButton(tr("&Choose where to save…")))
{
    setObjectName(QStringLiteral("newRoomDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("New room"));
    setFont(theme.font(theme.bodyPx()));
    m_starts->setObjectName(QStringLiteral("roomStarts"));
    m_name->setObjectName(QStringLiteral("roomName"));
    m_starts->setWordWrap(true);
    m_starts->setSpacing(theme.px(3));
    m_starts->setAccessibleName(tr("How the room starts"));

    auto add = [this](const QString& title, const QString& detail, NewRoomChoice::Start start,
                      const QString& templatePath, const QString& name) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(title, detail), m_starts);
        item->setData(StartRole, int(start));
        item->setData(TemplateRole, templatePath);
        item->setData(NameRole, name);
        item->setToolTip(detail);
    };
    for (const TemplateInfo& t : shippedTemplates())
        add(tr("Template: %1").arg(t.name),
            tr("%1 stages: %2. Departments and moments of truth included; evidence comes from your imports and "
               "feeds.")
                .arg(t.stages.size())
                .arg(t.stages.join(QStringLiteral(" → "))),
            NewRoomChoice::Start::Template, t.path, t.name);
    add(tr("Blank room"), tr("No stages yet: imports wait in the Unassigned tray until stages exist."),
        NewRoomChoice::Start::Blank, QString(), tr("New room"));
    add(tr("Kestrel Fibre demo"),
        tr("A complete example: seven stages, 13 months of surveys, complaints, KPIs, calls and fixes."),
        NewRoomChoice::Start::Demo, QString(), QString());
    m_starts->setCurrentRow(0);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme.red.darker(140).name()));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Room &name:"), m_name);
    auto* cancel = new QPushButton(tr("Cancel"));
    m_create->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_create);
    auto* intro = new QLabel(tr("How should the new room start?"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_starts, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_starts, &QListWidget::currentRowChanged, this, &NewRoomDialog::updateName);
    connect(m_starts, &QListWidget::itemDoubleClicked, this, &NewRoomDialog::askForFile);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NewRoomDialog::askForFile);
    updateName();
    resize(theme.px(640), theme.px(460));
}

void NewRoomDialog::updateName()
{
    const QListWidgetItem* item = m_starts->currentItem();
    if (!item)
        return;
    const auto start = static_cast<NewRoomChoice::Start>(item->data(StartRole).toInt());
    // Keep a name the person typed; replace one we suggested.
    if (m_name->text().isEmpty() || m_name->text() == m_lastSuggested) {
        m_lastSuggested = item->data(NameRole).toString();
        m_name->setText(m_lastSuggested);
    }
    m_name->setEnabled(start != NewRoomChoice::Start::Demo);
}

NewRoomChoice NewRoomDialog::currentChoice() const
{
    NewRoomChoice c;
    if (const QListWidgetItem* item = m_starts->currentItem()) {
        c.start = static_cast<NewRoomChoice::Start>(item->data(StartRole).toInt());
        c.templatePath = item->data(TemplateRole).toString();
    }
    c.name = c.start == NewRoomChoice::Start::Demo ? QString() : m_name->text().trimmed();
    return c;
}

void NewRoomDialog::askForFile()
{
    const NewRoomChoice c = currentChoice();
    if (c.start != NewRoomChoice::Start::Demo && c.name.isEmpty()) {
        m_error->setText(tr("Give the room a name."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    QSettings settings;
    QString dir = settings.value(QLatin1String(kLastDirKey)).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = c.start == NewRoomChoice::Start::Demo ? tr("Kestrel Fibre demo") : c.name;
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the new room as"),
                                                      QDir(dir).filePath(base + QStringLiteral(".croom")),
                                                      tr("Customer rooms (*.croom)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kLastDirKey), QFileInfo(path).absolutePath());
    chooseFile(path);
}

bool NewRoomDialog::chooseFile(const QString& chosenPath)
{
    QString path = chosenPath;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".croom");
    if (!m_openRoomPath.isEmpty() &&
        QFileInfo(path).absoluteFilePath() == QFileInfo(m_openRoomPath).absoluteFilePath()) {
        m_error->setText(tr("That room is open now; choose another file name."));
        m_error->show();
        return false;
    }
    NewRoomChoice c = currentChoice();
    c.path = QFileInfo(path).absoluteFilePath();
    emit chosen(c);
    accept();
    return true;
}

} // namespace cr::ui
