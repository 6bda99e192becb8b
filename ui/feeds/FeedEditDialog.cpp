#include "feeds/FeedEditDialog.h"

#include "feeds/DialogLook.h"
#include "feeds/FeedKeychain.h"
#include "feeds/FeedSync.h"
#include "feeds/ImportOptionsForm.h"
#include "feeds/ImportPreviewPane.h"
#include "jobs/Background.h"
#include "jobs/JobRunner.h"
#include "store/FeedStore.h"
#include "store/RoomStore.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

struct SaveOutcome
{
    RowId id = 0;
    QString error;
};

SaveOutcome saveFeed(const QString& room, Feed feed, const QString& stageName)
{
    SaveOutcome out;
    if (feed.locationType() != Feed::Location::Url) {
        const QFileInfo info(feed.location);
        if (!info.exists()) {
            out.error = FeedEditDialog::tr("There is no folder or file at %1.").arg(feed.location);
            return out;
        }
        feed.location = info.absoluteFilePath();
    }
    auto store = RoomStore::open(room, RoomStore::OpenMode::OpenExisting);
    if (!store) {
        out.error = store.error().toString();
        return out;
    }
    feed.stageId.reset();
    if (!stageName.isEmpty()) {
        auto stages = (*store)->stages();
        if (stages)
            for (const Stage& s : *stages)
                if (s.name.compare(stageName, Qt::CaseInsensitive) == 0)
                    feed.stageId = s.id;
        if (!feed.stageId) {
            out.error = FeedEditDialog::tr("This room has no stage named “%1” any more.").arg(stageName);
            return out;
        }
    }
    FeedStore feeds(**store);
    if (feed.id == 0) {
        auto id = feeds.add(feed);
        if (!id)
            out.error = id.error().toString();
        else
            out.id = *id;
    } else if (auto updated = feeds.update(feed); !updated) {
        out.error = updated.error().toString();
    } else {
        out.id = feed.id;
    }
    return out;
}

} // namespace

FeedEditDialog::FeedEditDialog(const QString& roomPath, JobRunner* jobs, const Feed& feed,
                               const QString& stageName, const QStringList& stages,
                               const QStringList& takenNames, const Theme& theme, QWidget* parent)
    : QDialog(parent), m_roomPath(roomPath), m_jobs(jobs), m_feed(feed), m_originalName(feed.name),
      m_taken(takenNames), m_name(new QLineEdit(feed.name)), m_location(new QLineEdit(feed.location)),
      m_locationHint(new QLabel), m_credentials(new QGroupBox(tr("Credentials for the URL"))),
      m_authGroup(new QButtonGroup(this)), m_noAuth(new QRadioButton(tr("&None"))),
      m_tokenAuth(new QRadioButton(tr("&Token (sent as “Authorization: Bearer …”)"))),
      m_basicAuth(new QRadioButton(tr("User and &password"))), m_token(new QLineEdit), m_user(new QLineEdit),
      m_password(new QLineEdit), m_keychainNote(new QLabel), m_form(new ImportOptionsForm),
      m_preview(new ImportPreviewPane), m_previewTitle(new QLabel), m_error(new QLabel),
      m_save(new QPushButton(tr("&Save")))
{
    setObjectName(QStringLiteral("feedEditDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(feed.id == 0 ? tr("Add a feed") : tr("Edit feed “%1”").arg(feed.name));
    applyDialogLook(this, theme);
    m_preview->setTheme(theme);
    m_name->setObjectName(QStringLiteral("feedName"));
    m_location->setObjectName(QStringLiteral("feedLocation"));
    m_name->setPlaceholderText(tr("e.g. Zendesk tickets"));
    m_location->setPlaceholderText(tr("/exports/zendesk, /exports/nps.csv or https://…"));
    m_locationHint->setWordWrap(true);
    muteLabel(m_locationHint, theme);

    auto* folder = new QPushButton(tr("&Folder…"));
    auto* file = new QPushButton(tr("F&ile…"));
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(folder);
    locationRow->addWidget(file);
    auto* top = new QFormLayout;
    top->addRow(tr("&Name:"), m_name);
    auto* locationLabel = new QLabel(tr("&Location:"));
    locationLabel->setBuddy(m_location);
    top->addRow(locationLabel, locationRow);
    top->addRow(QString(), m_locationHint);

    m_token->setEchoMode(QLineEdit::Password);
    m_password->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("API token"));
    m_user->setPlaceholderText(tr("User"));
    m_password->setPlaceholderText(tr("Password"));
    m_authGroup->addButton(m_noAuth);
    m_authGroup->addButton(m_tokenAuth);
    m_authGroup->addButton(m_basicAuth);
    m_noAuth->setChecked(true);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setText(tr("Kept in the system keychain (service “%1”), never in the room file.")
                                .arg(QString::fromLatin1(keychain::kService)));
    auto* credLayout = new QGridLayout(m_credentials);
    credLayout->addWidget(m_noAuth, 0, 0, 1, 2);
    credLayout->addWidget(m_tokenAuth, 1, 0);
    credLayout->addWidget(m_token, 1, 1);
    credLayout->addWidget(m_basicAuth, 2, 0);
    auto* basic = new QHBoxLayout;
    basic->addWidget(m_user);
    basic->addWidget(m_password);
    credLayout->addLayout(basic, 2, 1);
    credLayout->addWidget(m_keychainNote, 3, 0, 1, 2);
    credLayout->setColumnStretch(1, 1);

    ImportOptions options = feed.options;
    options.kind = feed.kind;
    options.format = feed.format;
    options.stage = stageName;
    m_form->setStages(stages);
    m_form->setOptions(options);
    m_form->setStrictVisible(true);
    auto* formScroll = new QScrollArea;
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    formScroll->setMinimumWidth(theme.px(380));
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(formScroll);
    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewTitle->setText(tr("<b>Preview</b>"));
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview, 1);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    m_error->setObjectName(QStringLiteral("feedError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme.red.darker(140).name()));
    m_error->hide();
    auto* cancel = new QPushButton(tr("Cancel"));
    m_save->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(0);
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_credentials);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("The folder your system exports into"),
                                                              m_location->text());
        if (!dir.isEmpty())
            m_location->setText(dir);
        updateLocation();
    });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("The export file"), m_location->text());
        if (!f.isEmpty())
            m_location->setText(f);
        updateLocation();
    });
    connect(m_location, &QLineEdit::editingFinished, this, &FeedEditDialog::updateLocation);
    connect(m_form, &ImportOptionsForm::optionsChanged, this, &FeedEditDialog::updatePreview);
    connect(m_preview, &ImportPreviewPane::previewed, this, [this](const PreviewOutcome& outcome) {
        m_form->setHeader(outcome.header);
        m_form->setDetectedFormat(outcome.preview.format);
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::close);
    connect(m_save, &QPushButton::clicked, this, &FeedEditDialog::save);
    auto updateAuth = [this] {
        m_token->setEnabled(m_tokenAuth->isChecked());
        m_user->setEnabled(m_basicAuth->isChecked());
        m_password->setEnabled(m_basicAuth->isChecked());
    };
    connect(m_authGroup, &QButtonGroup::buttonToggled, this, updateAuth);
    updateAuth();

    // An existing URL feed: show what the keychain holds for it.
    if (feed.id != 0 && isUrlLocation(feed.location)) {
        keychain::read(roomPath, feed.name, this, [this](const FeedCredentials& c, const QString& problem) {
            if (!c.token.isEmpty()) {
                m_tokenAuth->setChecked(true);
                m_token->setText(c.token);
            } else if (!c.user.isEmpty()) {
                m_basicAuth->setChecked(true);
                m_user->setText(c.user);
                m_password->setText(c.password);
            }
            if (!problem.isEmpty())
                m_keychainNote->setText(problem);
        });
    }
    updateLocation();
    sizeToScreen(this, 0.62, 0.78, {900, 620});
}

bool FeedEditDialog::isUrl() const
{
    return isUrlLocation(m_location->text().trimmed());
}

QString FeedEditDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void FeedEditDialog::updateLocation()
{
    m_credentials->setVisible(isUrl());
    m_locationHint->setText(isUrl()
                                ? tr("Each sync asks the server only for what changed (ETag, Last-Modified).")
                                : tr("A folder: every export file in it, new or changed ones on each sync. "
                                     "A file: taken again whenever it changes."));
    updatePreview();
}

void FeedEditDialog::updatePreview()
{
    const QString location = m_location->text().trimmed();
    m_previewTitle->setText(tr("<b>Preview</b>"));
    if (location.isEmpty()) {
        m_preview->showMessage(tr("Choose a folder or a file to see what the feed will bring."));
        return;
    }
    if (isUrl()) {
        m_preview->showMessage(
            tr("A URL feed is previewed after it has been fetched: save it, sync it, and read "
               "the import log."));
        return;
    }
    Feed probe = m_feed;
    const ImportOptions options = m_form->options();
    probe.location = location;
    probe.kind = options.kind;
    probe.format = options.format;
    const quint64 generation = ++m_filesGeneration;
    // Which file to show (the first a folder holds) is a disk read: on a worker.
    runInBackground(
        this,
        [probe]() -> QStringList {
            const QFileInfo info(probe.location);
            if (info.isFile())
                return {info.absoluteFilePath()};
            if (!info.isDir())
                return {};
            const QStringList files = feedFiles(probe);
            return files.isEmpty() ? QStringList{QStringLiteral("/")} : files;
        },
        [this, generation, options](const QStringList& files) {
            if (generation != m_filesGeneration)
                return;
            const QString file = files.value(0);
            m_previewTitle->setText(
                files.size() > 1 ? tr("<b>Preview</b> — %1, the first of %2 files in the folder")
                                       .arg(QFileInfo(file).fileName().toHtmlEscaped())
                                       .arg(files.size())
                : file.isEmpty() || file == QLatin1String("/")
                    ? tr("<b>Preview</b>")
                    : tr("<b>Preview</b> — %1").arg(QFileInfo(file).fileName().toHtmlEscaped()));
            if (file.isEmpty())
                m_preview->showMessage(tr("There is no folder or file at this location yet."));
            else if (file == QLatin1String("/"))
                m_preview->showMessage(
                    tr("The folder holds no files of this kind yet; the feed takes them in "
                       "when they arrive."));
            else
                m_preview->preview(file, options);
        });
}

void FeedEditDialog::save()
{
    if (m_saving)
        return;
    const QString name = m_name->text().trimmed();
    const QString location = m_location->text().trimmed();
    QString problem;
    if (name.isEmpty())
        problem = tr("Give the feed a name.");
    else if (name.contains(QLatin1Char('#')))
        problem = tr("A feed name cannot contain “#”.");
    else if (name.compare(m_originalName, Qt::CaseInsensitive) != 0 &&
             m_taken.contains(name, Qt::CaseInsensitive))
        problem = tr("This room already has a feed named “%1”.").arg(name);
    else if (location.isEmpty())
        problem = tr("Choose a folder or a file, or type an http(s) URL.");
    else if (isUrl() && !QUrl(location, QUrl::StrictMode).isValid())
        problem = tr("The URL is not valid.");
    else if (isUrl() && m_tokenAuth->isChecked() && m_token->text().isEmpty())
        problem = tr("Type the token, or choose no credentials.");
    else if (isUrl() && m_basicAuth->isChecked() && m_user->text().isEmpty())
        problem = tr("Type the user, or choose no credentials.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    const ImportOptions options = m_form->options();
    Feed feed = m_feed;
    feed.name = name;
    feed.location = location;
    feed.kind = options.kind;
    feed.format = options.format;
    feed.options = options;
    feed.options.stage.clear();
    m_saving = true;
    m_save->setEnabled(false);
    m_save->setText(tr("Saving…"));
    m_jobs->runWithResult(
        tr("Saving feed “%1”").arg(name),
        [room = m_roomPath, feed, stage = options.stage](JobControl&) { return saveFeed(room, feed, stage); },
        this,
        [this, name](SaveOutcome outcome, bool cancelled) {
            m_saving = false;
            m_save->setEnabled(true);
            m_save->setText(tr("&Save"));
            if (cancelled && outcome.id == 0 && outcome.error.isEmpty())
                outcome.error = tr("Saving was cancelled; nothing changed.");
            if (!outcome.error.isEmpty()) {
                m_error->setText(outcome.error);
                m_error->show();
                return;
            }
            m_feed.id = outcome.id;
            saveCredentialsThenClose(name);
        });
}

void FeedEditDialog::saveCredentialsThenClose(const QString& name)
{
    const QString room = m_roomPath;
    JobRunner* jobs = m_jobs;
    auto report = [jobs](const QString& problem) {
        if (!problem.isEmpty())
            jobs->note(problem);
    };
    // A renamed feed leaves no credentials behind under its old name.
    if (!m_originalName.isEmpty() && m_originalName != name)
        keychain::remove(room, m_originalName, jobs, [](const QString&) {});
    FeedCredentials c;
    if (isUrl() && m_tokenAuth->isChecked())
        c.token = m_token->text();
    else if (isUrl() && m_basicAuth->isChecked()) {
        c.user = m_user->text();
        c.password = m_password->text();
    }
    if (isUrlLocation(m_feed.location) || isUrl())
        keychain::write(room, name, c, jobs, report);
    emit saved(name);
    close();
}

} // namespace cr::ui
