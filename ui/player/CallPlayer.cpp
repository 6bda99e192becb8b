#include "player/CallPlayer.h"

#include "common/Format.h"
#include "player/ClipPanel.h"
#include "player/MediaPlayerEngine.h"
#include "player/WaveformView.h"
#include "text/PersonalData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace cr::ui {

namespace {

constexpr std::array<double, 6> kSpeeds = {0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

int speedIndex(double rate)
{
    int best = 1;
    for (int i = 0; i < int(kSpeeds.size()); ++i)
        if (std::abs(kSpeeds[size_t(i)] - rate) < std::abs(kSpeeds[size_t(best)] - rate))
            best = i;
    return best;
}

QString speedText(double rate)
{
    return QStringLiteral("%1×").arg(QLocale().toString(rate));
}

} // namespace

CallPlayer::CallPlayer(QWidget* parent, PlaybackEngine* engine)
    : QWidget(parent), m_engine(engine ? engine : new MediaPlayerEngine), m_title(new QLabel),
      m_meta(new QLabel), m_notices(new QLabel), m_error(new QLabel), m_wave(new WaveformView),
      m_playPause(new QToolButton), m_time(new QLabel), m_seek(new QSlider(Qt::Horizontal)),
      m_speedLabel(new QLabel(tr("Speed"))), m_speed(new QComboBox), m_volumeLabel(new QLabel(tr("Volume"))),
      m_volume(new QSlider(Qt::Horizontal)), m_channelLabel(new QLabel(tr("Listen to"))),
      m_channel(new QComboBox), m_transcript(new QListWidget), m_clipPanel(new ClipPanel), m_keys(new QLabel),
      m_clipClock(new QTimer(this))
{
    setObjectName(QStringLiteral("callPlayer"));
    m_engine->setParent(this);
    m_clipClock->setInterval(25);
    buildControls();
    connectEngine();
    takeKeysFrom(this);
    updateNoticeForDevice();
    updateState();
    updateMarks();
}

CallPlayer::~CallPlayer()
{
    m_engine->stop();
}

void CallPlayer::buildControls()
{
    m_notices->setObjectName(QStringLiteral("noAudioNotice"));
    m_notices->setWordWrap(true);
    m_notices->hide();
    m_error->setObjectName(QStringLiteral("playerError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_title->setObjectName(QStringLiteral("callTitle"));
    m_title->setWordWrap(true);
    m_meta->setObjectName(QStringLiteral("callMeta"));
    m_meta->setWordWrap(true);

    m_playPause->setObjectName(QStringLiteral("playPause"));
    m_playPause->setToolTip(tr("Play or pause (Space)"));
    m_playPause->setFocusPolicy(Qt::StrongFocus);
    m_time->setObjectName(QStringLiteral("playerTime"));
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setToolTip(tr("Position in the call (← → 5 s, Shift+← → 15 s, Home: start)"));
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setToolTip(tr("Playback speed (+ faster, − slower)"));
    for (double rate : kSpeeds)
        m_speed->addItem(speedText(rate), rate);
    m_speed->setCurrentIndex(1);
    m_volume->setObjectName(QStringLiteral("volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setToolTip(tr("Volume"));
    m_channel->setObjectName(QStringLiteral("listenTo"));
    m_channel->addItem(tr("Both sides"), -1);
    m_channel->addItem(tr("Customer only (left channel)"), 0);
    m_channel->addItem(tr("Customer only (right channel)"), 1);
    m_channel->setToolTip(tr("Two-channel recordings keep each side on its own "
                             "channel. Amazon Connect and Twilio put the "
                             "customer on the left; choose the right channel if "
                             "this recording has them the other way round."));
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setWordWrap(true);
    // Lines wrap at the list's width, never behind a sideways scroll bar.
    m_transcript->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_transcript->setResizeMode(QListView::Adjust);
    m_transcript->setToolTip(tr("Click a line to hear it"));
    m_keys->setObjectName(QStringLiteral("keyHelp"));
    m_keys->setWordWrap(true);
    m_keys->setText(keyHelp());
    setToolTip(keyHelp());

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_playPause);
    controls->addWidget(m_time);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_speedLabel);
    controls->addWidget(m_speed);
    controls->addWidget(m_volumeLabel);
    controls->addWidget(m_volume);
    controls->addWidget(m_channelLabel);
    controls->addWidget(m_channel);

    auto* below = new QHBoxLayout;
    below->addWidget(m_transcript, 3);
    below->addWidget(m_clipPanel, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_notices);
    layout->addWidget(m_error);
    layout->addWidget(m_wave);
    layout->addLayout(controls);
    layout->addLayout(below, 1);
    layout->addWidget(m_keys);
    setChannelCount(1);

    connect(m_playPause, &QToolButton::clicked, this, &CallPlayer::togglePlayPause);
    connect(m_seek, &QSlider::sliderMoved, this, [this](int ms) { seek(ms); });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        // Clicks on the groove and Page Up/Down move the slider without
        // "sliderMoved".
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            QTimer::singleShot(0, this, [this] { seek(m_seek->value()); });
    });
    connect(m_wave, &WaveformView::seekRequested, this, &CallPlayer::seek);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_engine->setRate(m_speed->currentData().toDouble()); });
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int v) { m_engine->setVolume(float(v) / 100.0f); });
    connect(m_channel, &QComboBox::activated, this,
            [this] { emit channelRequested(m_channel->currentData().toInt()); });
    connect(m_transcript, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const int row = m_transcript->row(item);
        if (row >= 0 && row < m_call.transcript.size()) {
            seek(qint64(m_call.transcript[row].start * 1000));
            play();
        }
    });
    connect(m_clipPanel, &ClipPanel::markInRequested, this, &CallPlayer::markIn);
    connect(m_clipPanel, &ClipPanel::markOutRequested, this, &CallPlayer::markOut);
    connect(m_clipPanel, &ClipPanel::saveRequested, this, &CallPlayer::saveMarkedClip);
    connect(m_clipPanel, &ClipPanel::playRequested, this, &CallPlayer::playClip);
    connect(m_clipPanel, &ClipPanel::deleteRequested, this, &CallPlayer::deleteClipRequested);
    connect(m_clipPanel, &ClipPanel::featureRequested, this, &CallPlayer::featureClipRequested);
    connect(m_clipPanel, &ClipPanel::newFixRequested, this, &CallPlayer::newFixFromClipRequested);
    connect(m_clipClock, &QTimer::timeout, this, [this] { updatePosition(m_engine->position()); });
}

void CallPlayer::connectEngine()
{
    connect(m_engine, &PlaybackEngine::positionChanged, this, &CallPlayer::updatePosition);
    connect(m_engine, &PlaybackEngine::durationChanged, this, [this](qint64 ms) {
        if (ms > 0) {
            m_seek->setRange(0, int(ms));
            m_wave->setDuration(ms);
        }
    });
    connect(m_engine, &PlaybackEngine::playingChanged, this, [this](bool playing) {
        updateState();
        emit playingChanged(playing);
    });
    connect(m_engine, &PlaybackEngine::ended, this, [this] {
        if (m_activeClip)
            finishClip();
    });
    connect(m_engine, &PlaybackEngine::failed, this, &CallPlayer::showError);
    connect(m_engine, &PlaybackEngine::audioOutputsChanged, this, &CallPlayer::updateNoticeForDevice);
}

void CallPlayer::setTheme(const Theme& theme)
{
    m_theme = theme;
    // Every control gets the body type by name: under the wall's style sheet
    // a font set on the player does not reach its children by itself.
    const QFont body = theme.font(theme.bodyPx());
    setFont(body);
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->setFont(body);
    m_title->setFont(theme.font(theme.stageNamePx(), QFont::Bold));
    m_meta->setFont(theme.font(theme.bodyPx()));
    m_notices->setFont(theme.font(theme.bodyPx(), QFont::Bold));
    m_error->setFont(theme.font(theme.bodyPx(), QFont::Bold));
    m_playPause->setFont(theme.font(theme.valuePx(), QFont::Bold));
    m_time->setFont(theme.font(theme.valuePx()));
    m_transcript->setFont(theme.font(theme.bodyPx()));
    m_keys->setFont(theme.font(theme.smallPx()));
    m_volume->setFixedWidth(theme.px(140));
    m_wave->setTheme(theme);
    m_clipPanel->setTheme(theme);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, theme.text);
    pal.setColor(QPalette::Text, theme.text);
    setPalette(pal);
    QPalette muted = m_keys->palette();
    muted.setColor(QPalette::WindowText, theme.mutedText);
    m_keys->setPalette(muted);
    m_meta->setPalette(muted);
    const QString border = QStringLiteral("border-left: %1px solid %2; padding-left: %3px;");
    m_error->setStyleSheet(border.arg(theme.px(4)).arg(theme.red.name()).arg(theme.px(8)));
    m_notices->setStyleSheet(border.arg(theme.px(4)).arg(theme.amber.name()).arg(theme.px(8)));
    // Sliders, list rows and focus rings grow with the type, so a 4K screen
    // gets handles a person can hit and a current line that reads from afar.
    setStyleSheet(QStringLiteral("QSlider::groove:horizontal { height: %1px; background: "
                                 "%2; border-radius: %3px; }"
                                 "QSlider::sub-page:horizontal { background: %4; "
                                 "border-radius: %3px; }"
                                 "QSlider::handle:horizontal { width: %5px; margin: -%6px "
                                 "0; border-radius: %7px;"
                                 " background: %4; }"
                                 "QSlider { min-height: %8px; }"
                                 "QSlider:focus, QListWidget:focus, QLineEdit:focus { "
                                 "border: %9px solid %10; }"
                                 "QListWidget::item { padding: %11px; }"
                                 "QListWidget::item:selected { background: %12; color: %13;"
                                 " border-left: %14px solid %4; }"
                                 "QLineEdit { padding: %11px; }")
                      .arg(theme.px(6))
                      .arg(theme.hairline.name())
                      .arg(theme.px(3))
                      .arg(theme.accent.name())
                      .arg(theme.px(18))
                      .arg(theme.px(6))
                      .arg(theme.px(9))
                      .arg(theme.px(24))
                      .arg(qMax(2, theme.px(2)))
                      .arg(theme.focus.name())
                      .arg(theme.px(4))
                      .arg(theme.hover.name(), theme.text.name())
                      .arg(theme.px(4)));
}

void CallPlayer::setPeaks(const QVector<float>& peaks)
{
    m_wave->setPeaks(peaks);
}

void CallPlayer::showLoading(const Call& known)
{
    if (known.id != 0) {
        load(known, QString(), {});
    } else {
        load(Call{}, QString(), {});
        m_title->setText(tr("Customer call"));
    }
    m_meta->setText(m_meta->text() + QStringLiteral("\n") + tr("Loading the recording…"));
    m_loading = true;
}

void CallPlayer::load(const Call& call, const QString& audioFile, const QVector<float>& peaks)
{
    m_engine->stop();
    m_loading = false;
    m_call = call;
    m_currentSegment = -1;
    m_activeClip.reset();
    m_resumeAt = -1;
    m_clipClock->stop();
    m_markIn.reset();
    m_markOut.reset();
    m_notice.clear();
    m_error->hide();
    m_clipPanel->clearTitle();
    m_clipPanel->showMessage(QString());
    m_clipPanel->setPlayingClip(std::nullopt);
    m_title->setText(call.title);
    m_wave->setPeaks(peaks);
    const qint64 duration = qint64(call.durationSeconds * 1000);
    m_wave->setDuration(duration);
    m_seek->setRange(0, int(duration));
    m_channel->setCurrentIndex(0);
    setChannelCount(1);
    fillTranscript();
    updateNoticeForDevice();
    updateMarks();
    updatePosition(0);
    m_engine->setSource(audioFile);
    updateState();
}

void CallPlayer::fillTranscript()
{
    QStringList meta;
    if (!m_call.agent.isEmpty())
        meta << tr("Agent %1").arg(m_call.agent);
    if (m_call.startedAt.isValid())
        meta << QLocale().toString(m_call.startedAt, QStringLiteral("d MMM yyyy, HH:mm"));
    meta << formatDuration(m_call.durationSeconds);
    QString metaText = meta.join(QStringLiteral(" · "));
    if (!m_call.summary.isEmpty())
        metaText += QStringLiteral("\n") + shown(m_call.summary);
    m_meta->setText(metaText);

    const int row = m_currentSegment;
    m_transcript->clear();
    for (const TranscriptSegment& s : std::as_const(m_call.transcript))
        m_transcript->addItem(
            QStringLiteral("%1  %2: %3").arg(formatDuration(s.start), s.speaker, shown(s.text)));
    if (m_call.transcript.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No transcript for this call."), m_transcript);
        none->setFlags(Qt::NoItemFlags);
    }
    if (row >= 0 && row < m_transcript->count())
        m_transcript->setCurrentRow(row);
}

QString CallPlayer::shown(const QString& text) const
{
    return m_mask ? cr::maskPersonalData(text) : text;
}

void CallPlayer::setMaskPersonalData(bool on)
{
    if (m_mask == on)
        return;
    m_mask = on;
    fillTranscript();
}

void CallPlayer::setChannelCount(int channels)
{
    const bool stereo = channels == 2;
    m_channel->setVisible(stereo);
    m_channelLabel->setVisible(stereo);
}

void CallPlayer::switchAudio(const QString& audioFile)
{
    const qint64 at = m_engine->position();
    const bool wasPlaying = m_engine->isPlaying();
    m_engine->setSource(audioFile);
    m_engine->setPosition(at);
    if (wasPlaying)
        m_engine->play();
}

void CallPlayer::play()
{
    if (m_loading)
        return; // the owner starts it when the audio is there
    if (m_engine->source().isEmpty()) {
        if (m_error->isHidden())
            showError(tr("This call has no recording to play."));
        return;
    }
    const qint64 duration = durationMs();
    if (!m_activeClip && duration > 0 && m_engine->position() >= duration - 250)
        seek(0); // at the end: play again from the start
    m_engine->play();
    if (m_activeClip)
        m_clipClock->start();
    updateState();
}

void CallPlayer::pause()
{
    m_engine->pause();
    m_clipClock->stop();
    updateState();
}

void CallPlayer::togglePlayPause()
{
    if (isPlaying())
        pause();
    else
        play();
}

bool CallPlayer::isPlaying() const
{
    return m_engine->isPlaying();
}

qint64 CallPlayer::position() const
{
    return m_engine->position();
}

double CallPlayer::rate() const
{
    return m_speed->currentData().toDouble();
}

void CallPlayer::setRate(double rate)
{
    m_speed->setCurrentIndex(speedIndex(rate));
}

void CallPlayer::faster()
{
    m_speed->setCurrentIndex(qMin(m_speed->currentIndex() + 1, m_speed->count() - 1));
}

void CallPlayer::slower()
{
    m_speed->setCurrentIndex(qMax(m_speed->currentIndex() - 1, 0));
}

qint64 CallPlayer::durationMs() const
{
    return m_engine->duration() > 0 ? m_engine->duration() : qint64(m_call.durationSeconds * 1000);
}

void CallPlayer::seek(qint64 ms)
{
    const qint64 duration = durationMs();
    ms = qBound<qint64>(0, ms, duration > 0 ? duration : ms);
    if (m_activeClip && (ms < qint64(m_activeClip->startSeconds * 1000) - 250 ||
                         ms >= qint64(m_activeClip->endSeconds * 1000)))
        endClip(); // the person went elsewhere: the clip no longer stops playback
    m_engine->setPosition(ms);
    updatePosition(ms);
}

void CallPlayer::updatePosition(qint64 ms)
{
    if (m_activeClip && ms >= qint64(std::llround(m_activeClip->endSeconds * 1000))) {
        finishClip();
        return;
    }
    const qint64 duration = durationMs();
    m_time->setText(
        QStringLiteral("%1 / %2").arg(formatDuration(ms / 1000.0), formatDuration(duration / 1000.0)));
    if (!m_seek->isSliderDown())
        m_seek->setValue(int(ms));
    m_wave->setPosition(ms);
    if (m_markIn && !m_markOut)
        updateMarks(); // the span being marked grows with playback
    // The transcript follows playback: the segment that contains the position,
    // else the last one started.
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
    m_playPause->setText(isPlaying() ? tr("❚❚ Pause") : tr("▶ Play"));
}

// --- Messages ----------------------------------------------------------------

void CallPlayer::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

QString CallPlayer::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CallPlayer::showNotice(const QString& message)
{
    m_notice = message;
    updateNoticeForDevice();
}

bool CallPlayer::hasAudioDevice() const
{
    return m_engine->hasAudioOutput();
}

QMediaPlayer* CallPlayer::mediaPlayer() const
{
    auto* real = qobject_cast<MediaPlayerEngine*>(m_engine);
    return real ? real->mediaPlayer() : nullptr;
}

void CallPlayer::updateNoticeForDevice()
{
    QStringList lines;
    if (!m_engine->hasAudioOutput())
        lines << tr("No sound output found on this computer: connect speakers or "
                    "headphones, or choose an "
                    "output in the system's sound settings. The call runs silently "
                    "meanwhile, with its "
                    "transcript.");
    if (!m_notice.isEmpty())
        lines << m_notice;
    m_notices->setText(lines.join(QLatin1Char('\n')));
    m_notices->setVisible(!lines.isEmpty());
}

} // namespace cr::ui
