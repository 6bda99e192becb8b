#include "player/CallPlayer.h"

#include "common/Format.h"
#include "player/WaveformView.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMediaDevices>
#include <QSlider>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cr::ui {

namespace {
QString segmentText(const TranscriptSegment& s)
{
    return QStringLiteral("%1  %2: %3").arg(formatDuration(s.start), s.speaker, s.text);
}
} // namespace

CallPlayer::CallPlayer(QWidget* parent)
    : QWidget(parent), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this)),
      m_title(new QLabel), m_meta(new QLabel), m_notice(new QLabel), m_error(new QLabel),
      m_wave(new WaveformView), m_playPause(new QToolButton), m_time(new QLabel),
      m_seek(new QSlider(Qt::Horizontal)), m_speed(new QComboBox), m_volume(new QSlider(Qt::Horizontal)),
      m_transcript(new QListWidget)
{
    setObjectName(QStringLiteral("callPlayer"));
    m_player->setAudioOutput(m_output);
    m_output->setVolume(1.0f); // the room must hear it

    m_hasDevice = !QMediaDevices::audioOutputs().isEmpty();
    m_notice->setObjectName(QStringLiteral("noAudioNotice"));
    m_notice->setWordWrap(true);
    m_notice->setText(tr("No audio output device found — connect speakers; playback continues silently."));
    m_notice->setVisible(!m_hasDevice);
    m_error->setObjectName(QStringLiteral("playerError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_title->setWordWrap(true);
    m_meta->setWordWrap(true);
    m_playPause->setObjectName(QStringLiteral("playPause"));
    m_playPause->setToolTip(tr("Play or pause (Space)"));
    m_playPause->setShortcut(Qt::Key_Space);
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setToolTip(tr("Position in the call"));
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setToolTip(tr("Playback speed"));
    for (double rate : {0.75, 1.0, 1.25, 1.5})
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(1);
    m_volume->setObjectName(QStringLiteral("volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setToolTip(tr("Volume"));
    m_volume->setMaximumWidth(160);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setWordWrap(true);
    m_transcript->setToolTip(tr("Click a line to hear it"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_playPause);
    controls->addWidget(m_time);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_speed);
    controls->addWidget(new QLabel(tr("Volume")));
    controls->addWidget(m_volume);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_wave);
    layout->addLayout(controls);
    layout->addWidget(m_transcript, 1);

    connect(m_playPause, &QToolButton::clicked, this, [this] {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            pause();
        else
            play();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &CallPlayer::updatePosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0) {
            m_seek->setRange(0, int(ms));
            m_wave->setDuration(ms);
        }
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &CallPlayer::updateState);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) {
                showError(tr("The call cannot be played: %1").arg(message));
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia)
            showError(tr("The call's audio is damaged or in a format this computer cannot play."));
    });
    connect(m_seek, &QSlider::sliderMoved, this, [this](int ms) { seek(ms); });
    connect(m_wave, &WaveformView::seekRequested, this, &CallPlayer::seek);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_player->setPlaybackRate(m_speed->currentData().toDouble()); });
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int v) { m_output->setVolume(float(v) / 100.0f); });
    connect(m_transcript, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const int row = m_transcript->row(item);
        if (row >= 0 && row < m_call.transcript.size()) {
            seek(qint64(m_call.transcript[row].start * 1000));
            play();
        }
    });
    auto* devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioOutputsChanged, this, [this] {
        m_hasDevice = !QMediaDevices::audioOutputs().isEmpty();
        m_notice->setVisible(!m_hasDevice);
        if (m_hasDevice)
            m_output->setDevice(QMediaDevices::defaultAudioOutput());
    });
    updateState();
}

CallPlayer::~CallPlayer()
{
    m_player->stop();
}

void CallPlayer::setTheme(const Theme& theme)
{
    m_theme = theme;
    m_title->setFont(theme.font(theme.stageNamePx(), QFont::Bold));
    m_meta->setFont(theme.font(theme.bodyPx()));
    m_notice->setFont(theme.font(theme.bodyPx(), QFont::Bold));
    m_error->setFont(theme.font(theme.bodyPx(), QFont::Bold));
    m_playPause->setFont(theme.font(theme.valuePx(), QFont::Bold));
    m_time->setFont(theme.font(theme.bodyPx()));
    m_transcript->setFont(theme.font(theme.bodyPx()));
    m_wave->setTheme(theme);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, theme.text);
    m_error->setPalette(errorPalette);
    m_error->setStyleSheet(QStringLiteral("border-left: %1px solid %2; padding-left: %3px;")
                               .arg(theme.px(4))
                               .arg(theme.red.name())
                               .arg(theme.px(8)));
    m_notice->setStyleSheet(QStringLiteral("border-left: %1px solid %2; padding-left: %3px;")
                                .arg(theme.px(4))
                                .arg(theme.amber.name())
                                .arg(theme.px(8)));
}

void CallPlayer::setPeaks(const QVector<float>& peaks)
{
    m_wave->setPeaks(peaks);
}

void CallPlayer::load(const Call& call, const QString& audioFile, const QVector<float>& peaks)
{
    m_player->stop();
    m_call = call;
    m_currentSegment = -1;
    m_error->hide();
    m_title->setText(call.title);
    QStringList meta;
    if (!call.agent.isEmpty())
        meta << tr("Agent %1").arg(call.agent);
    meta << QLocale().toString(call.startedAt, QStringLiteral("d MMM yyyy, HH:mm"));
    meta << formatDuration(call.durationSeconds);
    QString metaText = meta.join(QStringLiteral(" · "));
    if (!call.summary.isEmpty())
        metaText += QStringLiteral("\n") + call.summary;
    m_meta->setText(metaText);
    m_wave->setPeaks(peaks);
    const qint64 duration = qint64(call.durationSeconds * 1000);
    m_wave->setDuration(duration);
    m_seek->setRange(0, int(duration));
    m_transcript->clear();
    for (const TranscriptSegment& s : call.transcript)
        m_transcript->addItem(segmentText(s));
    if (call.transcript.isEmpty())
        m_transcript->addItem(tr("No transcript for this call."));
    updatePosition(0);
    if (audioFile.isEmpty()) {
        m_player->setSource(QUrl());
        return;
    }
    m_player->setSource(QUrl::fromLocalFile(audioFile));
}

void CallPlayer::play()
{
    if (m_player->source().isEmpty())
        return;
    m_player->play();
}

void CallPlayer::pause()
{
    m_player->pause();
}

void CallPlayer::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

QString CallPlayer::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void CallPlayer::seek(qint64 ms)
{
    m_player->setPosition(ms);
    updatePosition(ms);
}

void CallPlayer::updatePosition(qint64 ms)
{
    const qint64 duration =
        m_player->duration() > 0 ? m_player->duration() : qint64(m_call.durationSeconds * 1000);
    m_time->setText(
        QStringLiteral("%1 / %2").arg(formatDuration(ms / 1000.0), formatDuration(duration / 1000.0)));
    if (!m_seek->isSliderDown())
        m_seek->setValue(int(ms));
    m_wave->setPosition(ms);
    // The transcript follows playback: the segment that contains the position, else the last one started.
    const double seconds = ms / 1000.0;
    int current = -1;
    for (int i = 0; i < m_call.transcript.size(); ++i) {
        if (m_call.transcript[i].start <= seconds)
            current = i;
        else
            break;
    }
    if (current != m_currentSegment) {
        m_currentSegment = current;
        if (current >= 0) {
            m_transcript->setCurrentRow(current);
            m_transcript->scrollToItem(m_transcript->item(current), QAbstractItemView::PositionAtCenter);
        } else {
            m_transcript->clearSelection();
        }
    }
}

void CallPlayer::updateState()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_playPause->setText(playing ? tr("❚❚ Pause") : tr("▶ Play"));
}

} // namespace cr::ui
