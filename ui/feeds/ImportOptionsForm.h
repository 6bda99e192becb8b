#pragma once
// How to read one file (or a feed): kind, format, stage, encoding, KPI
// roll-up, the survey's NPS question and details file, and, for the generic
// layouts, which of their columns holds each of our fields. The import
// dialog and the feed editor share it.

#include "common/Theme.h"
#include "import/ImportTypes.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace cr::ui {

class ImportOptionsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ImportOptionsForm(QWidget* parent = nullptr);

    // The room's stages; "" (by the file's stage column or the rules) comes first.
    void setStages(const QStringList& stages);
    // Shows one file's options; header and detectedFormat as last previewed (see below).
    void setOptions(const ImportOptions& options, const QStringList& header = {},
                    const QString& detectedFormat = {});
    ImportOptions options() const;

    // Their columns (a CSV header) for the mapping dropdowns; empty hides them.
    void setHeader(const QStringList& columns);
    // The importer "auto" settled on, so the mapping shows for a generic file.
    void setDetectedFormat(const QString& importerId);
    // Under the kind: why it was chosen ("Detected: Qualtrics CSV (…)").
    void setKindNote(const QString& note);
    // Whether strict ("refuse the file if a row is rejected") is offered.
    void setStrictVisible(bool visible);

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* formatBox() const { return m_format; }
    QComboBox* stageBox() const { return m_stage; }
    QComboBox* mappingBox(const QString& field) const { return m_mapBoxes.value(field); }
    bool isMappingShown() const;

signals:
    void optionsChanged();

private:
    void fillFormats(ImportKind kind, const QString& current);
    void rebuildMapping(bool keepChoices = true);
    void updateVisibility();
    void updateMappingHints();
    QString effectiveFormat() const;
    void emitChanged();

    bool m_updating = false;
    QStringList m_header;
    QString m_detectedFormat;
    QHash<QString, QString> m_map; // kept while the dropdowns are rebuilt
    QFormLayout* m_form;
    QComboBox* m_kind;
    QLabel* m_kindNote;
    QComboBox* m_format;
    QComboBox* m_stage;
    QComboBox* m_encoding;
    QComboBox* m_aggregate;
    QLineEdit* m_question;
    QWidget* m_detailsRow;
    QLineEdit* m_details;
    QToolButton* m_detailsBrowse;
    QCheckBox* m_strict;
    QGroupBox* m_mapping;
    QGridLayout* m_mapGrid;
    QLabel* m_mapIntro;
    QHash<QString, QComboBox*> m_mapBoxes;
    QHash<QString, QLabel*> m_mapLabels;
    QHash<QString, bool> m_required;
};

// "Complaints", "Survey answers"... for a kind, translated.
QString kindTitle(ImportKind kind);
QVector<ImportKind> allKinds();

} // namespace cr::ui
