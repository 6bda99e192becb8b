#include "feeds/ImportPreviewPane.h"

#include "feeds/PreviewModel.h"
#include "jobs/Background.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cr::ui {

QString forPeople(const QString& coreText)
{
    QString t = coreText;
    static const QRegularExpression nameColumn(QStringLiteral("Name the column with --map (\\w+)=COLUMN"));
    t.replace(nameColumn, ImportPreviewPane::tr("Choose the column for “\\1” under “Columns in the file”"));
    static const QRegularExpression mapColumn(QStringLiteral("--map (\\w+)=COLUMN"));
    t.replace(mapColumn, ImportPreviewPane::tr("the column for “\\1” under “Columns in the file”"));
    const std::pair<const char*, QString> options[] = {
        {"--map", ImportPreviewPane::tr("the columns under “Columns in the file”")},
        {"--format", ImportPreviewPane::tr("a format")},
        {"--stage", ImportPreviewPane::tr("a stage")},
        {"--encoding", ImportPreviewPane::tr("an encoding")},
        {"--question", ImportPreviewPane::tr("the NPS question")},
        {"--aggregate", ImportPreviewPane::tr("a roll-up to months")},
        {"--details", ImportPreviewPane::tr("the survey details file")},
        {"--strict", ImportPreviewPane::tr("“refuse the whole file”")},
    };
    for (const auto& [option, words] : options)
        t.replace(QLatin1String(option), words);
    return t;
}

PreviewOutcome readPreview(const QString& path, const ImportOptions& options, int maxRows)
{
    PreviewOutcome out;
    out.path = path;
    out.options = options;
    out.preview = previewImport(path, options, maxRows);
    const QString format = out.preview.format.isEmpty() ? options.format : out.preview.format;
    // The header only matters where a person can map columns; a PDF has none.
    const bool mappable = !mappableFields(options.kind, format).isEmpty() ||
                          (format == QLatin1String("auto") && out.preview.format.isEmpty());
    if (mappable) {
        if (auto header = csvHeader(path, options.encoding); header && header->size() > 1)
            out.header = *header;
    }
    return out;
}

ImportPreviewPane::ImportPreviewPane(QWidget* parent)
    : QWidget(parent), m_model(new PreviewModel(this)), m_info(new QLabel), m_banner(new QLabel),
      m_notes(new QLabel), m_body(new QStackedWidget), m_empty(new QLabel), m_table(new QTableView)
{
    setObjectName(QStringLiteral("importPreview"));
    m_banner->setObjectName(QStringLiteral("previewRefusal"));
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    for (QLabel* l : {m_info, m_banner, m_notes}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setAccessibleName(tr("Preview of the first rows"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_info);
    layout->addWidget(m_banner);
    layout->addWidget(m_notes);
    layout->addWidget(m_body, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_body->addWidget(m_empty);
    m_body->addWidget(m_table);
    m_banner->hide();
    m_notes->hide();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ImportPreviewPane::start);
    setTheme(Theme::standard());
    showMessage(tr("Choose a file to see what it will become."));
}

void ImportPreviewPane::setTheme(const Theme& theme)
{
    m_theme = theme;
    m_model->setTheme(theme);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3;"
                       " border-radius: %4px; padding: %5px; }")
            .arg(QColor(theme.red.red(), theme.red.green(), theme.red.blue(), 30).name(QColor::HexArgb),
                 theme.red.darker(150).name(), theme.red.name())
            .arg(theme.px(4))
            .arg(theme.px(8)));
    QPalette pal = m_notes->palette();
    pal.setColor(QPalette::WindowText, theme.mutedText);
    m_notes->setPalette(pal);
    m_empty->setPalette(pal);
}

void ImportPreviewPane::preview(const QString& path, const ImportOptions& options)
{
    m_path = path;
    m_options = options;
    ++m_generation; // an answer on its way is now stale
    m_loading = true;
    m_info->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    if (!m_hasOutcome) {
        m_empty->setText(m_info->text());
        m_body->setCurrentWidget(m_empty);
    }
    m_debounce.start();
}

void ImportPreviewPane::showMessage(const QString& message)
{
    ++m_generation;
    m_debounce.stop();
    m_loading = false;
    m_hasOutcome = false;
    m_model->clear();
    m_banner->hide();
    m_notes->hide();
    m_info->clear();
    m_empty->setText(message);
    m_body->setCurrentWidget(m_empty);
}

void ImportPreviewPane::start()
{
    const quint64 generation = ++m_generation;
    const QString path = m_path;
    const ImportOptions options = m_options;
    runInBackground(
        this, [path, options] { return readPreview(path, options); },
        [this, generation](const PreviewOutcome& outcome) {
            if (generation != m_generation)
                return; // the options changed meanwhile
            display(outcome);
        });
}

QString ImportPreviewPane::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void ImportPreviewPane::display(const PreviewOutcome& outcome)
{
    m_loading = false;
    m_hasOutcome = true;
    m_outcome = outcome;
    const ImportPreview& p = outcome.preview;
    m_model->setPreview(p);
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if ((m_model->isRejected(row) || m_model->isSkipped(row)) && m_model->columnCount() > 2)
            m_table->setSpan(row, 1, 1, m_model->columnCount() - 1);
    m_table->resizeColumnsToContents();
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), m_theme.px(320)));
    // Sizing by contents ended the stretch of the last column; give it back the spare width.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    const int rows = m_model->rowCount();
    const int rejected = m_model->rejectedRows();
    const int skipped = m_model->skippedRows();
    QString info;
    if (!p.format.isEmpty())
        info = tr("Read as %1.").arg(forPeople(p.formatReason.isEmpty() ? p.format : p.formatReason));
    if (rows > 0) {
        info += QLatin1Char(' ') +
                (rejected > 0
                     ? tr("Rows shown: %1, of which %2 would be rejected (in red).").arg(rows).arg(rejected)
                     : tr("Rows shown: %1, none rejected.").arg(rows));
        if (skipped > 0)
            info += QLatin1Char(' ') + tr("%1 left out on purpose (in grey).").arg(skipped);
    } else if (p.refusal.isEmpty()) {
        info += QLatin1Char(' ') + tr("The file holds no records.");
    }
    m_info->setText(info.trimmed());

    if (!p.refusal.isEmpty()) {
        const QString what =
            !outcome.header.isEmpty()
                ? tr("Pick the missing columns under “Columns in the file”, or choose another "
                     "kind or format.")
                : tr("Check the kind, format and encoding, or choose another file.");
        m_banner->setText(
            tr("Nothing can be imported from this file as it is: %1\n%2").arg(forPeople(p.refusal), what));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    m_body->setCurrentWidget(rows > 0 ? static_cast<QWidget*>(m_table) : m_empty);
    if (rows == 0)
        m_empty->setText(p.refusal.isEmpty() ? tr("No records in this file.") : QString());
    m_notes->setText(forPeople(p.notes.join(QLatin1Char('\n'))));
    m_notes->setVisible(!p.notes.isEmpty());
    emit previewed(outcome);
}

} // namespace cr::ui
