#include "player/ClipPanel.h"

#include "common/Format.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace cr::ui {

namespace {

// Marks to a tenth of a second: a clip that starts mid-word is worth fixing.
QString markTime(double seconds)
{
    const double s = std::max(0.0, seconds);
    const int whole = int(std::floor(s));
    const int tenth = int(std::floor((s - whole) * 10));
    return QStringLiteral("%1:%2.%3").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0')).arg(tenth);
}

QString clipSpan(const CallClip& c)
{
    return QStringLiteral("%1–%2").arg(formatDuration(c.startSeconds), formatDuration(c.endSeconds));
}

} // namespace

ClipPanel::ClipPanel(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(tr("Clips"))), m_marks(new QLabel), m_markIn(new QPushButton),
      m_markOut(new QPushButton), m_titleEdit(new QLineEdit), m_save(new QPushButton),
      m_list(new QListWidget), m_play(new QPushButton), m_delete(new QPushButton), m_feature(new QPushButton), m_newFix(new QPushButton),
      m_message(new QLabel)
{
    setObjectName(QStringLiteral("clipPanel"));
    m_heading->setObjectName(QStringLiteral("clipHeading"));
    m_marks->setObjectName(QStringLiteral("clipMarks"));
    m_marks->setWordWrap(true);
    m_markIn->setObjectName(QStringLiteral("markIn"));
    m_markIn->setText(tr("Mark in (I)"));
    m_markIn->setToolTip(tr("The clip starts here: press I while the call plays"));
    m_markOut->setObjectName(QStringLiteral("markOut"));
    m_markOut->setText(tr("Mark out (O)"));
    m_markOut->setToolTip(tr("The clip ends here: press O while the call plays"));
    m_titleEdit->setObjectName(QStringLiteral("clipTitle"));
    m_titleEdit->setPlaceholderText(tr("Title, e.g. Customer explains the third visit"));
    m_titleEdit->setToolTip(tr("What the room will hear; left empty, the "
                               "customer's first words in the clip"));
    m_titleEdit->setClearButtonEnabled(true);
    m_save->setObjectName(QStringLiteral("saveClip"));
    m_save->setText(tr("Save clip (Enter)"));
    m_save->setAutoDefault(false);
    m_list->setObjectName(QStringLiteral("clipList"));
    m_list->setToolTip(tr("Press the clip's number to play it; C plays the selected clip"));
    m_list->setWordWrap(true);
    m_play->setObjectName(QStringLiteral("playClip"));
    m_play->setText(tr("▶ Play clip (C)"));
    m_play->setToolTip(tr("Plays the selected clip and stops at its end"));
    m_delete->setObjectName(QStringLiteral("deleteClip"));
    m_delete->setText(tr("Delete clip"));
    m_feature->setObjectName(QStringLiteral("featureClip"));
    m_newFix->setObjectName(QStringLiteral("newFixFromClip"));
    m_newFix->setText(tr("New fix from this clip…"));
    m_newFix->setToolTip(tr("A fix on the board with this clip as its evidence"));
    m_message->setObjectName(QStringLiteral("clipMessage"));
    m_message->setWordWrap(true);
    for (QPushButton* b : {m_markIn, m_markOut, m_save, m_play, m_delete, m_feature, m_newFix})
        b->setAutoDefault(false);

    auto* marks = new QHBoxLayout;
    marks->addWidget(m_markIn);
    marks->addWidget(m_markOut);
    marks->addWidget(m_marks, 1);
    auto* save = new QHBoxLayout;
    save->addWidget(m_titleEdit, 1);
    save->addWidget(m_save);
    auto* actions = new QGridLayout;
    actions->addWidget(m_play, 0, 0);
    actions->addWidget(m_delete, 0, 1);
    actions->addWidget(m_feature, 1, 0, 1, 2);
    actions->addWidget(m_newFix, 2, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(marks);
    layout->addLayout(save);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_markIn, &QPushButton::clicked, this, &ClipPanel::markInRequested);
    connect(m_markOut, &QPushButton::clicked, this, &ClipPanel::markOutRequested);
    connect(m_save, &QPushButton::clicked, this, &ClipPanel::saveRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, &ClipPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (auto c = selectedClip())
            emit playRequested(*c);
    });
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (auto c = selectedClip())
            emit playRequested(*c);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (auto c = selectedClip())
            emit deleteRequested(*c);
    });
    connect(m_feature, &QPushButton::clicked, this, [this] {
        if (auto c = selectedClip())
            emit featureRequested(*c);
    });
    connect(m_newFix, &QPushButton::clicked, this, [this] {
        if (auto c = selectedClip())
            emit newFixRequested(*c);
    });
    setMarks(std::nullopt, std::nullopt);
    fillList();
}

void ClipPanel::setTheme(const Theme& theme)
{
    m_theme = theme;
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->setFont(theme.font(theme.bodyPx()));
    m_heading->setFont(theme.font(theme.valuePx(), QFont::Bold));
    m_marks->setFont(theme.font(theme.bodyPx()));
    m_message->setFont(theme.font(theme.bodyPx()));
    m_list->setFont(theme.font(theme.bodyPx()));
    QPalette muted = m_marks->palette();
    muted.setColor(QPalette::WindowText, theme.mutedText);
    m_marks->setPalette(muted);
    fillList();
}

void ClipPanel::setClips(const QVector<CallClip>& clips, std::optional<RowId> featuredClipId,
                         const QString& stageName)
{
    const std::optional<CallClip> selected = selectedClip();
    m_clips = clips;
    m_featured = featuredClipId;
    m_stageName = stageName;
    fillList();
    if (selected)
        selectClip(selected->id);
}

void ClipPanel::fillList()
{
    const QSignalBlocker block(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_clips.size(); ++i) {
        const CallClip& c = m_clips[i];
        QString text = QStringLiteral("%1   %2   %3").arg(i + 1).arg(clipSpan(c), c.title);
        QStringList notes;
        if (m_featured && *m_featured == c.id)
            notes << tr("★ on the wall");
        if (m_playing && *m_playing == c.id)
            notes << tr("playing");
        if (!notes.isEmpty())
            text += QStringLiteral("   (%1)").arg(notes.join(QStringLiteral(", ")));
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(i < 9 ? tr("Press %1 to play this clip (%2 s)").arg(i + 1).arg(qRound(c.duration()))
                               : tr("%1 s").arg(qRound(c.duration())));
        if (m_featured && *m_featured == c.id) {
            QFont bold = m_theme.font(m_theme.bodyPx(), QFont::Bold);
            item->setFont(bold);
        }
    }
    if (m_clips.isEmpty()) {
        auto* empty = new QListWidgetItem(tr("No clips yet: press I where the moment starts, "
                                             "O where it ends, then Enter."),
                                          m_list);
        empty->setFlags(Qt::NoItemFlags);
    } else if (row >= 0 && row < m_clips.size()) {
        m_list->setCurrentRow(row);
    }
    updateButtons();
}

void ClipPanel::setMarks(std::optional<double> inSeconds, std::optional<double> outSeconds)
{
    if (!inSeconds && !outSeconds) {
        m_marks->setText(tr("Mark a moment while the call plays."));
    } else {
        const QString in = inSeconds ? markTime(*inSeconds) : QStringLiteral("—");
        const QString out = outSeconds ? markTime(*outSeconds) : QStringLiteral("—");
        QString text = tr("In %1 · Out %2").arg(in, out);
        if (inSeconds && outSeconds && *outSeconds > *inSeconds)
            text += tr(" · %1 s").arg(qRound(*outSeconds - *inSeconds));
        m_marks->setText(text);
    }
    m_save->setEnabled(inSeconds.has_value());
}

void ClipPanel::showMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, m_theme.text);
    m_message->setPalette(pal);
    m_message->setStyleSheet(isError ? QStringLiteral("border-left: %1px solid %2; padding-left: %3px;")
                                           .arg(m_theme.px(4))
                                           .arg(m_theme.red.name())
                                           .arg(m_theme.px(8))
                                     : QString());
}

QString ClipPanel::message() const
{
    return m_message->text();
}

QString ClipPanel::title() const
{
    return m_titleEdit->text().trimmed();
}

void ClipPanel::clearTitle()
{
    m_titleEdit->clear();
}

std::optional<CallClip> ClipPanel::selectedClip() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_clips.size() || !m_list->item(row)->isSelected())
        return std::nullopt;
    return m_clips[row];
}

void ClipPanel::selectClip(RowId clipId)
{
    for (int i = 0; i < m_clips.size(); ++i)
        if (m_clips[i].id == clipId) {
            m_list->setCurrentRow(i);
            return;
        }
}

void ClipPanel::setPlayingClip(std::optional<RowId> clipId)
{
    if (m_playing == clipId)
        return;
    m_playing = clipId;
    fillList();
}

void ClipPanel::setEditable(bool on)
{
    m_editable = on;
    for (QWidget* w : {static_cast<QWidget*>(m_markIn), static_cast<QWidget*>(m_markOut),
                       static_cast<QWidget*>(m_marks), static_cast<QWidget*>(m_titleEdit),
                       static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_delete)})
        w->setVisible(on);
    updateButtons();
}

void ClipPanel::updateButtons()
{
    const std::optional<CallClip> c = selectedClip();
    m_play->setEnabled(c.has_value());
    m_delete->setEnabled(c.has_value());
    m_feature->setVisible(m_editable && !m_stageName.isEmpty());
    const bool featured = c && m_featured && *m_featured == c->id;
    m_feature->setEnabled(c.has_value());
    m_newFix->setVisible(m_editable); // between meetings, not on the shared screen
    m_newFix->setEnabled(c.has_value());
    m_feature->setText(!c        ? tr("Select a clip to feature it for %1").arg(m_stageName)
                       : featured ? tr("Stop featuring on the wall for %1").arg(m_stageName)
                                  : tr("★ Feature on the wall for %1").arg(m_stageName));
    m_feature->setToolTip(
        tr("The tour and the review agenda play the featured clip of “%1”").arg(m_stageName));
}

} // namespace cr::ui
