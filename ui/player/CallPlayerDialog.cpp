#include "player/CallPlayerDialog.h"

#include "common/Format.h"
#include "jobs/Background.h"
#include "media/AudioInfo.h"
#include "media/ChannelAudio.h"
#include "player/CallPlayer.h"
#include "player/ClipPanel.h"
#include "store/ClipStore.h"
#include "store/RoomStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QScreen>
#include <QVBoxLayout>

namespace cr::ui {

// The call's clips as the room holds them after a read or a change.
struct CallPlayerDialog::ClipsState
{
    RowId callId = 0;
    QVector<CallClip> clips;
    std::optional<RowId> featuredClipId; // of the call's stage
    RowId changedId = 0;                 // what the change returned (a new clip's id)
    QString error;                       // the change failed: why
};

namespace {

constexpr int kWaveformBuckets = 480;

struct CallLoad
{
    Call call;
    QString audioFile;
    QString error;      // the call cannot be shown at all
    QString audioError; // the call is shown, its audio cannot be played
    QString stageName;
    QVector<CallClip> clips;
    std::optional<RowId> featuredClipId;
};

struct WaveLoad
{
    QVector<float> peaks;
    int channels = 0;
};

// Worker threads open their own connection; a room they cannot open for
// writing (a read-only file) still plays.
Result<std::unique_ptr<RoomStore>> openRoom(const QString& path)
{
    auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
    if (store)
        return store;
    auto readOnly = RoomStore::open(path, RoomStore::OpenMode::ReadOnly);
    return readOnly ? std::move(readOnly) : std::move(store);
}

std::optional<RowId> featuredOf(ClipStore& clips, std::optional<RowId> stageId)
{
    if (!stageId)
        return std::nullopt;
    auto featured = clips.featuredClip(*stageId);
    return featured && *featured ? std::optional<RowId>((*featured)->id) : std::nullopt;
}

CallLoad readCall(const QString& roomPath, RowId callId)
{
    CallLoad out;
    auto store = openRoom(roomPath);
    if (!store) {
        out.error = store.error().toString();
        return out;
    }
    RoomStore& room = **store;
    auto call = room.call(callId);
    if (!call) {
        out.error = call.error().toString();
        return out;
    }
    out.call = *call;
    // The audio first: the sooner the file is there, the sooner the room hears
    // it.
    if (call->audioSha256.isEmpty()) {
        out.audioError = CallPlayerDialog::tr("This call has no recording, only its transcript.");
    } else if (auto file = room.mediaFile(call->audioSha256)) {
        out.audioFile = *file;
    } else {
        out.audioError = file.error().toString();
    }
    ClipStore clips(room);
    if (auto listed = clips.clips(callId))
        out.clips = *listed;
    out.featuredClipId = featuredOf(clips, call->stageId);
    if (call->stageId)
        if (auto stages = room.stages())
            for (const Stage& s : *stages)
                if (s.id == *call->stageId)
                    out.stageName = s.name;
    return out;
}

} // namespace

CallPlayerDialog::CallPlayerDialog(const QString& roomPath, QWidget* parent, PlaybackEngine* engine)
    : QDialog(parent), m_roomPath(roomPath), m_player(new CallPlayer(nullptr, engine)),
      m_calls(new QComboBox), m_mask(new QCheckBox(tr("Mask personal data")))
{
    setObjectName(QStringLiteral("callPlayerDialog"));
    setWindowTitle(tr("Customer call"));
    m_calls->setObjectName(QStringLiteral("callChooser"));
    m_calls->setToolTip(tr("Other calls of this stage"));
    m_calls->hide();
    m_mask->setObjectName(QStringLiteral("maskPersonalData"));
    m_mask->setToolTip(tr("Hides e-mail addresses, phone, account and card "
                          "numbers in the transcript, "
                          "for a shared screen"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_calls, 1);
    top->addStretch();
    top->addWidget(m_mask);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_player, 1);
    m_player->takeKeysFrom(m_calls);
    m_player->takeKeysFrom(m_mask);
    // On a shared screen personal data is masked unless the presenter turns it
    // off (DESIGN.md).
    setMaskPersonalData(true);

    connect(m_calls, &QComboBox::activated, this,
            [this](int index) { loadCall(m_calls->itemData(index).toLongLong(), std::nullopt, true); });
    connect(m_mask, &QCheckBox::toggled, this, [this](bool on) {
        m_player->setMaskPersonalData(on);
        emit maskPersonalDataChanged(on);
    });
    connect(m_player, &CallPlayer::clipFinished, this, &CallPlayerDialog::clipFinished);
    connect(m_player, &CallPlayer::channelRequested, this, &CallPlayerDialog::chooseChannel);
    connect(m_player, &CallPlayer::saveClipRequested, this, [this](const CallClip& clip) {
        changeClips([clip](ClipStore& clips) { return clips.addClip(clip); },
                    [this](const ClipsState& s) {
                        m_player->clipSaved(
                            s.error.isEmpty() ? std::optional<RowId>(s.changedId) : std::nullopt, s.error);
                    });
    });
    connect(m_player, &CallPlayer::deleteClipRequested, this, [this](const CallClip& clip) {
        const RowId id = clip.id;
        changeClips(
            [id](ClipStore& clips) -> Result<RowId> {
                if (auto removed = clips.removeClip(id); !removed)
                    return removed.error();
                return id;
            },
            [this, title = clip.title](const ClipsState& s) {
                m_player->showClipMessage(s.error.isEmpty() ? tr("Deleted “%1”.").arg(title) : s.error,
                                          !s.error.isEmpty());
            });
    });
    connect(m_player, &CallPlayer::newFixFromClipRequested, this, [this](const CallClip& clip) {
        Fix fix;
        fix.title = clip.title;
        fix.stageId = m_stageId;
        fix.metric = m_stageId ? QStringLiteral("nps") : QString();
        fix.evidence.append({EvidenceKind::Clip, clip.id});
        emit newFixRequested(fix);
    });
    connect(m_player, &CallPlayer::featureClipRequested, this, [this](const CallClip& clip) {
        if (!m_stageId) {
            m_player->showClipMessage(tr("This call is on no stage yet: put it "
                                         "on a stage to feature its clips."),
                                      true);
            return;
        }
        const RowId stageId = *m_stageId;
        const bool unfeature = m_player->clipPanel()->featuredClipId() == std::optional<RowId>(clip.id);
        const RowId clipId = clip.id;
        changeClips(
            [stageId, clipId, unfeature](ClipStore& clips) -> Result<RowId> {
                if (auto set =
                        clips.setFeaturedClip(stageId, unfeature ? std::nullopt : std::optional(clipId));
                    !set)
                    return set.error();
                return unfeature ? RowId(0) : clipId;
            },
            [this, stageId, title = clip.title](const ClipsState& s) {
                if (!s.error.isEmpty()) {
                    m_player->showClipMessage(s.error, true);
                    return;
                }
                m_player->showClipMessage(s.changedId
                                              ? tr("“%1” is featured on the wall for %2: the tour and "
                                                   "the agenda play it.")
                                                    .arg(title, m_stageName)
                                              : tr("%1 features no clip now.").arg(m_stageName));
                emit featuredClipChanged(stageId, s.changedId);
            });
    });
}

CallPlayerDialog::CallPlayerDialog(const RoomStore* store, QWidget* parent)
    : CallPlayerDialog(store ? store->path() : QString(), parent)
{
}

void CallPlayerDialog::setTheme(const Theme& theme)
{
    m_themeSet = true;
    setFont(theme.font(theme.bodyPx()));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme.panel);
    pal.setColor(QPalette::WindowText, theme.text);
    setPalette(pal);
    m_mask->setFont(theme.font(theme.bodyPx()));
    m_calls->setFont(theme.font(theme.bodyPx()));
    // Its own tick box size: the wall window's style sheet sizes them for the wall's type.
    setStyleSheet(theme.styleSheet() +
                  QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }").arg(theme.bodyPx() * 3 / 4));
    m_player->setTheme(theme);
}

void CallPlayerDialog::showEvent(QShowEvent* event)
{
    if (!m_themeSet) {
        // Opened on its own: type for the screen it is on, as the wall does for its
        // window.
        const QScreen* s = screen();
        setTheme(
            Theme::forWindowHeight(s ? s->availableGeometry().height() : int(Theme::kDesignHeight), false));
    }
    if (!m_sized)
        sizeToScreen();
    QDialog::showEvent(event);
}

void CallPlayerDialog::sizeToScreen()
{
    m_sized = true;
    const QWidget* anchor = parentWidget() ? parentWidget()->window() : nullptr;
    const QScreen* s = anchor ? anchor->screen() : screen();
    if (!s)
        return;
    // Most of the screen, so the transcript reads from across the room; the
    // wall stays visible around it.
    const QRect avail = s->availableGeometry();
    const QSize size(qMin(avail.width(), qMax(720, int(avail.width() * 0.66))),
                     qMin(avail.height(), qMax(560, int(avail.height() * 0.82))));
    resize(size);
    const QRect around = anchor ? anchor->frameGeometry() : avail;
    QRect frame(QPoint(0, 0), size);
    frame.moveCenter(around.center());
    frame.moveTop(qMax(avail.top(), frame.top()));
    frame.moveLeft(qMax(avail.left(), frame.left()));
    move(frame.topLeft());
}

void CallPlayerDialog::setMaskPersonalData(bool on)
{
    m_mask->setChecked(on);
    m_player->setMaskPersonalData(on);
}

bool CallPlayerDialog::maskPersonalData() const
{
    return m_mask->isChecked();
}

void CallPlayerDialog::playCall(RowId callId, const QVector<Call>& stageCalls)
{
    if (!stageCalls.isEmpty() || m_callId != callId) {
        m_calls->clear();
        for (const Call& c : stageCalls)
            m_calls->addItem(QStringLiteral("%1 (%2)").arg(c.title, formatDuration(c.durationSeconds)), c.id);
        m_calls->setVisible(stageCalls.size() > 1);
        const int index = m_calls->findData(callId);
        if (index >= 0)
            m_calls->setCurrentIndex(index);
    }
    if (callId == m_callId && callId != 0) {
        // The call is already here: bring it forward and toggle, never restart.
        if (!m_loading)
            m_player->togglePlayPause();
        return;
    }
    Call known;
    for (const Call& c : stageCalls)
        if (c.id == callId)
            known = c;
    loadCall(callId, std::nullopt, true, known);
}

void CallPlayerDialog::playClip(const CallClip& clip)
{
    if (clip.callId == m_callId && !m_loading) {
        m_player->playClip(clip);
        return;
    }
    loadCall(clip.callId, clip, true);
}

void CallPlayerDialog::playFeaturedClip(RowId stageId)
{
    struct Featured
    {
        std::optional<CallClip> clip;
        QString stageName;
        QString error;
    };
    const quint64 generation = ++m_generation;
    runInBackground(
        this,
        [path = m_roomPath, stageId] {
            Featured out;
            auto store = openRoom(path);
            if (!store) {
                out.error = store.error().toString();
                return out;
            }
            ClipStore clips(**store);
            auto featured = clips.featuredClip(stageId);
            if (!featured)
                out.error = featured.error().toString();
            else
                out.clip = *featured;
            if (auto stages = (*store)->stages())
                for (const Stage& s : *stages)
                    if (s.id == stageId)
                        out.stageName = s.name;
            return out;
        },
        [this, generation](const Featured& f) {
            if (generation != m_generation)
                return;
            if (!f.error.isEmpty())
                m_player->showError(f.error);
            else if (!f.clip)
                m_player->showNotice(tr("“%1” features no clip yet: open one of its calls, mark a clip "
                                        "(I and O) and choose “Feature on the wall”.")
                                         .arg(f.stageName));
            else
                playClip(*f.clip);
        });
}

void CallPlayerDialog::loadCall(RowId callId, std::optional<CallClip> clip, bool autoplay, const Call& known)
{
    const quint64 generation = ++m_generation;
    m_callId = callId;
    m_loading = true;
    m_stageId.reset();
    m_player->showLoading(known.id == callId ? known : Call{});
    if (known.id == callId)
        setWindowTitle(known.title);
    // Reading the call and writing its audio to the media cache are SQL and
    // file work: a worker does them, the player starts when they are done.
    runInBackground(
        this, [path = m_roomPath, callId] { return readCall(path, callId); },
        [this, generation, callId, clip, autoplay](const CallLoad& load) {
            if (generation != m_generation)
                return; // another call was asked for meanwhile
            m_loading = false;
            if (!load.error.isEmpty()) {
                m_player->load(Call{}, QString(), {});
                m_player->showError(load.error);
                emit callLoaded(callId);
                return;
            }
            setWindowTitle(load.call.title);
            m_stageId = load.call.stageId;
            m_stageName = load.stageName;
            m_audioFile = load.audioFile;
            m_audioSha256 = load.call.audioSha256;
            m_player->load(load.call, load.audioFile, {});
            m_player->setClips(load.clips, load.featuredClipId, load.stageName);
            if (!load.audioError.isEmpty()) {
                m_player->showError(load.audioError);
                emit callLoaded(callId);
                return;
            }
            if (clip)
                m_player->playClip(*clip);
            else if (autoplay)
                m_player->play();
            emit callLoaded(callId);

            // Decoding the whole call for its waveform takes longer than
            // starting it: play first, draw the waveform when the worker has it.
            runInBackground(
                this,
                [path = load.audioFile, name = load.call.title] {
                    WaveLoad out;
                    QFile audio(path);
                    if (!audio.open(QIODevice::ReadOnly))
                        return out;
                    const QByteArray data = audio.readAll();
                    if (auto info = readAudioInfo(data, name))
                        out.channels = info->channels;
                    if (auto peaks = readAudioPeaks(data, kWaveformBuckets, name))
                        out.peaks = *peaks;
                    return out;
                },
                [this, generation](const WaveLoad& wave) {
                    if (generation != m_generation)
                        return;
                    m_player->setPeaks(wave.peaks);
                    m_player->setChannelCount(wave.channels);
                });
        });
}

void CallPlayerDialog::changeClips(std::function<Result<RowId>(ClipStore&)> change,
                                   std::function<void(const ClipsState&)> done)
{
    const RowId callId = m_callId;
    const std::optional<RowId> stageId = m_stageId;
    runInBackground(
        this,
        [path = m_roomPath, callId, stageId, change = std::move(change)] {
            ClipsState out;
            out.callId = callId;
            auto store = RoomStore::open(path, RoomStore::OpenMode::OpenExisting);
            if (!store) {
                out.error = store.error().toString();
                return out;
            }
            ClipStore clips(**store);
            if (auto changed = change(clips))
                out.changedId = *changed;
            else
                out.error = changed.error().message;
            if (auto listed = clips.clips(callId))
                out.clips = *listed;
            out.featuredClipId = featuredOf(clips, stageId);
            return out;
        },
        [this, done = std::move(done)](const ClipsState& state) {
            if (state.callId != m_callId)
                return; // the player moved on to another call
            applyClips(state);
            done(state);
            emit clipsChanged(state.callId);
        });
}

void CallPlayerDialog::applyClips(const ClipsState& state)
{
    m_player->setClips(state.clips, state.featuredClipId, m_stageName);
}

void CallPlayerDialog::chooseChannel(int channel)
{
    if (m_audioFile.isEmpty())
        return;
    if (channel < 0) {
        m_player->switchAudio(m_audioFile);
        return;
    }
    const quint64 generation = m_generation;
    const QFileInfo source(m_audioFile);
    const QString target =
        source.absolutePath() + QStringLiteral("/%1-channel%2.wav").arg(m_audioSha256).arg(channel + 1);
    runInBackground(
        this,
        [source = m_audioFile, channel, target] {
            auto written = writeChannelWav(source, channel, target);
            return written ? QString() : written.error().toString();
        },
        [this, generation, target](const QString& error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty())
                m_player->showNotice(error);
            else
                m_player->switchAudio(target);
        });
}

} // namespace cr::ui
