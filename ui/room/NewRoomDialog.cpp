#include "room/NewRoomDialog.h"

#include "demo/DemoRoom.h"
#include "feeds/DialogLook.h"
#include "room/RoomTemplate.h"
#include "store/RoomStore.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cr::ui {

namespace {
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
    : QDialog(parent), m_openRoomPath(openRoomPath), m_starts(new QButtonGroup(this)), m_name(new QLineEdit),
      m_error(new QLabel), m_create(new QPushButton(tr("&Choose where to save…")))
{
    setObjectName(QStringLiteral("newRoomDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("New room"));
    applyDialogLook(this, theme);
    m_name->setObjectName(QStringLiteral("roomName"));

    auto* choices = new QVBoxLayout;
    choices->setSpacing(theme.px(4));
    auto add = [&](const QString& title, const QString& detail, NewRoomChoice::Start start,
                   const QString& templatePath, const QString& name) {
        auto* radio = new QRadioButton(title);
        QFont bold = radio->font();
        bold.setBold(true);
        radio->setFont(bold);
        auto* text = new QLabel(detail);
        text->setWordWrap(true);
        text->setIndent(theme.px(26));
        muteLabel(text, theme);
        m_starts->addButton(radio, int(m_startList.size()));
        m_startList.append({start, templatePath, name});
        choices->addWidget(radio);
        choices->addWidget(text);
        choices->addSpacing(theme.px(8));
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                updateName();
        });
    };
    for (const TemplateInfo& t : shippedTemplates())
        add(tr("From the template “%1”").arg(t.name),
            tr("%1 stages: %2. Departments and moments of truth included; the evidence comes from your "
               "imports "
               "and feeds.")
                .arg(t.stages.size())
                .arg(t.stages.join(QStringLiteral(" → "))),
            NewRoomChoice::Start::Template, t.path, t.name);
    add(tr("Blank room"),
        tr("No stages yet: what you import waits in the Unassigned tray until stages exist."),
        NewRoomChoice::Start::Blank, QString(), tr("New room"));
    add(tr("A copy of the Kestrel Fibre demo"),
        tr("A complete example to explore: seven stages, 13 months of surveys, complaints, KPIs, calls and "
           "fixes."),
        NewRoomChoice::Start::Demo, QString(), QString());
    m_starts->button(0)->setChecked(true);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme.red.darker(140).name()));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Room &name:"), m_name);
    auto* cancel = new QPushButton(tr("Cancel"));
    m_create->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(0);
    buttons->addWidget(cancel);
    buttons->addWidget(m_create);
    auto* intro = new QLabel(tr("<b>How should the new room start?</b>"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(theme.px(6));
    layout->addLayout(choices);
    layout->addStretch(1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NewRoomDialog::askForFile);
    updateName();
    resize(qMax(sizeHint().width(), theme.px(620)), sizeHint().height());
}

int NewRoomDialog::startCount() const
{
    return int(m_startList.size());
}

void NewRoomDialog::selectStart(int index)
{
    if (QAbstractButton* b = m_starts->button(index))
        b->setChecked(true);
}

void NewRoomDialog::updateName()
{
    const int id = m_starts->checkedId();
    if (id < 0 || id >= m_startList.size())
        return;
    const Start& s = m_startList[id];
    // Keep a name the person typed; replace one we suggested.
    if (m_name->text().isEmpty() || m_name->text() == m_lastSuggested) {
        m_lastSuggested = s.suggestedName;
        m_name->setText(m_lastSuggested);
    }
    m_name->setEnabled(s.start != NewRoomChoice::Start::Demo);
}

NewRoomChoice NewRoomDialog::currentChoice() const
{
    NewRoomChoice c;
    const int id = m_starts->checkedId();
    if (id >= 0 && id < m_startList.size()) {
        c.start = m_startList[id].start;
        c.templatePath = m_startList[id].templatePath;
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
