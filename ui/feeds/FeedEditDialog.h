#pragma once
// Add or edit one feed: a name, where it reads from (a folder, a file or an
// http(s) URL), how to read it (the import dialog's form) with a preview of
// its first file, and for a URL its credentials, kept in the system keychain.
// Saving writes through the job runner; the window closes when it is saved.

#include "common/Theme.h"
#include "feeds/Feed.h"

#include <QDialog>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cr::ui {

class ImportOptionsForm;
class ImportPreviewPane;
class JobRunner;

class FeedEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `feed` with id 0 adds a new one; `takenNames` are the room's other feeds.
    FeedEditDialog(const QString& roomPath, JobRunner* jobs, const Feed& feed, const QString& stageName,
                   const QStringList& stages, const QStringList& takenNames, const Theme& theme,
                   QWidget* parent);

    ImportOptionsForm* form() const { return m_form; }
    ImportPreviewPane* previewPane() const { return m_preview; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* locationEdit() const { return m_location; }
    QString errorText() const;
    void save();

signals:
    void saved(const QString& feedName);

private:
    void updateLocation();
    void updatePreview();
    void saveCredentialsThenClose(const QString& name);
    bool isUrl() const;

    QString m_roomPath;
    JobRunner* m_jobs;
    Feed m_feed;
    QString m_originalName;
    QStringList m_taken;
    QLineEdit* m_name;
    QLineEdit* m_location;
    QLabel* m_locationHint;
    QGroupBox* m_credentials;
    QButtonGroup* m_authGroup;
    QRadioButton* m_noAuth;
    QRadioButton* m_tokenAuth;
    QRadioButton* m_basicAuth;
    QLineEdit* m_token;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_keychainNote;
    ImportOptionsForm* m_form;
    ImportPreviewPane* m_preview;
    QLabel* m_previewTitle;
    QLabel* m_error;
    QPushButton* m_save;
    quint64 m_filesGeneration = 0;
    bool m_saving = false;
};

} // namespace cr::ui
