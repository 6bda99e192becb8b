#include "feeds/ImportOptionsForm.h"

#include "feeds/PreviewModel.h"
#include "import/CsvReader.h"
#include "import/ImportPreview.h"
#include "import/ImporterRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace cr::ui {

QVector<ImportKind> allKinds()
{
    return {ImportKind::Complaints, ImportKind::Surveys, ImportKind::Kpis, ImportKind::Calls,
            ImportKind::Artifacts};
}

QString kindTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Complaints:
        return ImportOptionsForm::tr("Complaints");
    case ImportKind::Surveys:
        return ImportOptionsForm::tr("Survey answers (NPS, CSAT, CES)");
    case ImportKind::Kpis:
        return ImportOptionsForm::tr("KPI values");
    case ImportKind::Calls:
        return ImportOptionsForm::tr("Recorded calls");
    case ImportKind::Artifacts:
        return ImportOptionsForm::tr("Artifacts (letters, e-mails, screens)");
    }
    return {};
}

ImportOptionsForm::ImportOptionsForm(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout), m_kind(new QComboBox), m_kindNote(new QLabel),
      m_format(new QComboBox), m_stage(new QComboBox), m_encoding(new QComboBox), m_aggregate(new QComboBox),
      m_question(new QLineEdit), m_detailsRow(new QWidget), m_details(new QLineEdit),
      m_detailsBrowse(new QToolButton),
      m_strict(new QCheckBox(tr("Refuse the whole file if any row is rejected"))),
      m_mapping(new QGroupBox(tr("Columns in the file"))), m_mapGrid(new QGridLayout), m_mapIntro(new QLabel)
{
    setObjectName(QStringLiteral("importOptionsForm"));
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_stage->setObjectName(QStringLiteral("importStage"));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_aggregate->setObjectName(QStringLiteral("importAggregate"));
    m_question->setObjectName(QStringLiteral("importQuestion"));
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_mapping->setObjectName(QStringLiteral("importMapping"));

    for (ImportKind kind : allKinds())
        m_kind->addItem(kindTitle(kind), int(kind));
    m_kindNote->setWordWrap(true);
    m_kindNote->setTextFormat(Qt::PlainText);
    QPalette muted = m_kindNote->palette();
    muted.setColor(QPalette::WindowText, Theme::standard().mutedText);
    m_kindNote->setPalette(muted);
    m_format->setToolTip(
        tr("Automatic recognises the layout from the file's header; name it when it guesses wrong"));
    m_stage->setToolTip(
        tr("Put every record of the file on one stage, or let the file's own stage column and "
           "the room's mapping rules decide (unmatched records wait in the Unassigned tray)"));

    m_encoding->setEditable(true);
    m_encoding->setInsertPolicy(QComboBox::NoInsert);
    m_encoding->addItem(tr("Automatic (UTF-8, or UTF-16 by its mark)"), QString());
    for (const char* name : {"UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15", "windows-1250", "UTF-16LE",
                             "UTF-16BE", "Shift_JIS", "GB18030"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_encoding->setToolTip(tr("The text encoding of a file without a byte-order mark, e.g. windows-1252 for "
                              "an Excel export made on Windows"));

    m_aggregate->addItem(tr("As the file says (monthly rows stay as they are)"), int(RollUp::Unset));
    m_aggregate->addItem(tr("Sum of the month (counts)"), int(RollUp::Sum));
    m_aggregate->addItem(tr("Mean of the month (rates, times)"), int(RollUp::Mean));
    m_aggregate->addItem(tr("Last value of the month (levels)"), int(RollUp::Last));
    m_aggregate->setToolTip(tr("How daily or weekly rows become one monthly KPI value"));

    m_question->setPlaceholderText(tr("Automatic (the question that asks for 0–10)"));
    m_question->setToolTip(tr("The survey column or question id that holds the NPS answer, e.g. Q7 or QID7"));
    m_details->setPlaceholderText(tr("SurveyMonkey survey-details JSON (names the answer choices)"));
    m_detailsBrowse->setText(tr("Choose…"));
    auto* detailsLayout = new QHBoxLayout(m_detailsRow);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_detailsBrowse);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(QString(), m_kindNote);
    m_form->addRow(tr("&Format:"), m_format);
    m_form->addRow(tr("&Stage:"), m_stage);
    m_form->addRow(tr("&Encoding:"), m_encoding);
    m_form->addRow(tr("&Roll up to months:"), m_aggregate);
    m_form->addRow(tr("NPS &question:"), m_question);
    m_form->addRow(tr("Survey &details:"), m_detailsRow);
    m_form->addRow(QString(), m_strict);

    m_mapIntro->setWordWrap(true);
    m_mapIntro->setText(tr("Which column holds each of our fields. Fields marked * are required; "
                           "Automatic finds a column by its name."));
    auto* mapLayout = new QVBoxLayout(m_mapping);
    mapLayout->addWidget(m_mapIntro);
    mapLayout->addLayout(m_mapGrid);
    m_mapGrid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_mapping);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_map.clear();
        m_detectedFormat.clear();
        fillFormats(static_cast<ImportKind>(m_kind->currentData().toInt()), QStringLiteral("auto"));
        rebuildMapping();
        updateVisibility();
        emitChanged();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        rebuildMapping();
        updateVisibility();
        emitChanged();
    });
    for (QComboBox* box : {m_stage, m_aggregate})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportOptionsForm::emitChanged);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &ImportOptionsForm::emitChanged);
    connect(m_question, &QLineEdit::editingFinished, this, &ImportOptionsForm::emitChanged);
    connect(m_details, &QLineEdit::editingFinished, this, &ImportOptionsForm::emitChanged);
    connect(m_strict, &QCheckBox::toggled, this, &ImportOptionsForm::emitChanged);
    connect(m_detailsBrowse, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("SurveyMonkey survey details"), m_details->text(),
                                         tr("JSON files (*.json);;All files (*)"));
        if (!file.isEmpty()) {
            m_details->setText(file);
            emitChanged();
        }
    });

    setStages({});
    setKindNote(QString());
    fillFormats(ImportKind::Complaints, QStringLiteral("auto"));
    updateVisibility();
}

void ImportOptionsForm::setStages(const QStringList& stages)
{
    const QString current = m_stage->currentData().toString();
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_stage->clear();
    m_stage->addItem(tr("By the file's stage column, else the mapping rules"), QString());
    for (const QString& s : stages)
        m_stage->addItem(s, s);
    const int index = m_stage->findData(current);
    if (index < 0 && !current.isEmpty())
        m_stage->addItem(tr("%1 (not in this room)").arg(current), current);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(current)));
    m_updating = wasUpdating;
}

void ImportOptionsForm::fillFormats(ImportKind kind, const QString& current)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_format->clear();
    m_format->addItem(tr("Automatic (recognise the layout)"), QStringLiteral("auto"));
    for (const QString& id : importerIds(kind)) {
        const Importer* importer = importerById(kind, id);
        m_format->addItem(importer ? importer->displayName() : id, id);
    }
    m_format->setCurrentIndex(qMax(0, m_format->findData(current)));
    m_updating = wasUpdating;
}

void ImportOptionsForm::setOptions(const ImportOptions& o, const QStringList& header,
                                   const QString& detectedFormat)
{
    m_updating = true;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(o.kind))));
    fillFormats(o.kind, o.format.isEmpty() ? QStringLiteral("auto") : o.format);
    if (!o.stage.isEmpty() && m_stage->findData(o.stage) < 0)
        m_stage->addItem(tr("%1 (not in this room)").arg(o.stage), o.stage);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(o.stage)));
    const int enc = m_encoding->findData(QString::fromLatin1(o.encoding));
    if (enc >= 0)
        m_encoding->setCurrentIndex(enc);
    else
        m_encoding->setEditText(QString::fromLatin1(o.encoding));
    m_aggregate->setCurrentIndex(qMax(0, m_aggregate->findData(int(o.rollUp))));
    m_question->setText(o.question);
    m_details->setText(o.details);
    m_strict->setChecked(o.strict);
    m_map = o.map;
    m_header = header;
    m_detectedFormat = detectedFormat;
    m_updating = false;
    rebuildMapping(false); // the dropdowns on screen belong to the file shown before
    updateVisibility();
}

QString ImportOptionsForm::effectiveFormat() const
{
    const auto kind = static_cast<ImportKind>(m_kind->currentData().toInt());
    const QString chosen = m_format->currentData().toString();
    if (chosen != QLatin1String("auto"))
        return chosen;
    if (!m_detectedFormat.isEmpty())
        return m_detectedFormat;
    // Auto found nothing: the documented generic layout plus a mapping is the way in.
    return importerById(kind, QStringLiteral("generic")) ? QStringLiteral("generic") : QString();
}

ImportOptions ImportOptionsForm::options() const
{
    ImportOptions o;
    o.kind = static_cast<ImportKind>(m_kind->currentData().toInt());
    o.format = m_format->currentData().toString();
    o.stage = m_stage->currentData().toString();
    const int enc = m_encoding->findText(m_encoding->currentText());
    o.encoding =
        (enc >= 0 ? m_encoding->itemData(enc).toString() : m_encoding->currentText().trimmed()).toLatin1();
    if (o.kind == ImportKind::Kpis)
        o.rollUp = static_cast<RollUp>(m_aggregate->currentData().toInt());
    if (o.kind == ImportKind::Surveys) {
        o.question = m_question->text().trimmed();
        o.details = m_details->text().trimmed();
    }
    o.strict = m_strict->isChecked();
    if (isMappingShown()) {
        for (auto it = m_mapBoxes.begin(); it != m_mapBoxes.end(); ++it) {
            const QString column = it.value()->currentData().toString();
            if (!column.isEmpty())
                o.map.insert(it.key(), column);
        }
        // A mapping for a file auto could not place names the generic layout.
        if (o.format == QLatin1String("auto") && m_detectedFormat.isEmpty() && !o.map.isEmpty())
            o.format = effectiveFormat();
    }
    return o;
}

void ImportOptionsForm::setHeader(const QStringList& columns)
{
    if (columns == m_header)
        return;
    m_header = columns;
    rebuildMapping();
    updateVisibility();
}

void ImportOptionsForm::setDetectedFormat(const QString& importerId)
{
    if (importerId == m_detectedFormat)
        return;
    m_detectedFormat = importerId;
    rebuildMapping();
    updateVisibility();
}

void ImportOptionsForm::setKindNote(const QString& note)
{
    m_kindNote->setText(note);
    m_kindNote->setVisible(!note.isEmpty());
    m_form->setRowVisible(m_kindNote, !note.isEmpty());
}

void ImportOptionsForm::setStrictVisible(bool visible)
{
    m_form->setRowVisible(m_strict, visible);
}

bool ImportOptionsForm::isMappingShown() const
{
    return !m_mapBoxes.isEmpty();
}

void ImportOptionsForm::rebuildMapping(bool keepChoices)
{
    // Keep what the person chose while the dropdowns are remade.
    for (auto it = m_mapBoxes.begin(); keepChoices && it != m_mapBoxes.end(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (column.isEmpty())
            m_map.remove(it.key());
        else
            m_map.insert(it.key(), column);
    }
    while (QLayoutItem* item = m_mapGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_mapBoxes.clear();
    m_mapLabels.clear();
    m_required.clear();

    const auto kind = static_cast<ImportKind>(m_kind->currentData().toInt());
    const QVector<MappableField> fields =
        m_header.isEmpty() ? QVector<MappableField>{} : mappableFields(kind, effectiveFormat());
    int row = 0;
    for (const MappableField& field : fields) {
        auto* label =
            new QLabel(field.required ? tr("%1 *").arg(fieldTitle(field.name)) : fieldTitle(field.name));
        label->setToolTip(
            tr("Our field \"%1\"%2").arg(field.name, field.required ? tr(" (required)") : QString()));
        auto* box = new QComboBox;
        box->setObjectName(QStringLiteral("map:%1").arg(field.name));
        box->addItem(tr("Automatic"), QString());
        for (const QString& column : std::as_const(m_header))
            box->addItem(column, column);
        box->setCurrentIndex(qMax(0, box->findData(m_map.value(field.name))));
        label->setBuddy(box);
        m_mapGrid->addWidget(label, row, 0);
        m_mapGrid->addWidget(box, row, 1);
        ++row;
        m_mapBoxes.insert(field.name, box);
        m_mapLabels.insert(field.name, label);
        m_required.insert(field.name, field.required);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateMappingHints();
            emitChanged();
        });
    }
    updateMappingHints();
}

void ImportOptionsForm::updateMappingHints()
{
    QHash<QString, QString> map;
    for (auto it = m_mapBoxes.begin(); it != m_mapBoxes.end(); ++it)
        if (const QString c = it.value()->currentData().toString(); !c.isEmpty())
            map.insert(it.key(), c);
    const ColumnMap columns(m_header, map);
    for (auto it = m_mapBoxes.begin(); it != m_mapBoxes.end(); ++it) {
        QComboBox* box = it.value();
        const int found = ColumnMap(m_header, {}).find(it.key());
        box->setItemText(0, found >= 0 ? tr("Automatic: “%1”").arg(m_header.value(found))
                                       : tr("Automatic: no column of that name"));
        // A required field that nothing holds says so in words and in colour.
        QLabel* label = m_mapLabels.value(it.key());
        const bool missing = m_required.value(it.key()) && columns.find(it.key()) < 0;
        const QString title = fieldTitle(it.key());
        label->setText(missing ? tr("%1 * — choose a column").arg(title)
                               : (m_required.value(it.key()) ? tr("%1 *").arg(title) : title));
        label->setStyleSheet(missing ? QStringLiteral("color: %1; font-weight: bold;")
                                           .arg(Theme::standard().red.darker(140).name())
                                     : QString());
    }
}

void ImportOptionsForm::updateVisibility()
{
    const auto kind = static_cast<ImportKind>(m_kind->currentData().toInt());
    m_form->setRowVisible(m_aggregate, kind == ImportKind::Kpis);
    m_form->setRowVisible(m_question, kind == ImportKind::Surveys);
    const QString format = effectiveFormat();
    m_form->setRowVisible(m_detailsRow,
                          kind == ImportKind::Surveys && format == QLatin1String("surveymonkey"));
    // Audio, images and PDFs have no text encoding to choose.
    m_form->setRowVisible(m_encoding, kind != ImportKind::Artifacts &&
                                          !(kind == ImportKind::Calls && format == QLatin1String("audio")));
    m_mapping->setVisible(isMappingShown());
}

void ImportOptionsForm::emitChanged()
{
    if (!m_updating)
        emit optionsChanged();
}

} // namespace cr::ui
