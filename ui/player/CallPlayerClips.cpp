// CallPlayer, part 2: clips. Marks (I/O), saving through the owner, playing
// a clip so that it pauses at its end, and the title suggested from the
// customer's words.
#include "player/CallPlayer.h"

#include "common/Format.h"
#include "player/ClipPanel.h"
#include "player/PlaybackEngine.h"
#include "player/WaveformView.h"
#include "store/ClipStore.h"

#include <QTimer>

#include <cmath>

namespace cr::ui {

void CallPlayer::setClips(const QVector<CallClip>& clips, std::optional<RowId> featuredClipId,
                          const QString& stageName)
{
    m_clips = clips;
    m_featured = featuredClipId;
    m_clipPanel->setClips(clips, featuredClipId, stageName);
    QVector<WaveformView::Range> ranges;
    for (const CallClip& c : clips)
        ranges.append({qint64(c.startSeconds * 1000), qint64(c.endSeconds * 1000)});
    m_wave->setClips(ranges);
}

const QVector<CallClip>& CallPlayer::clips() const
{
    return m_clips;
}

void CallPlayer::playClip(const CallClip& clip)
{
    if (clip.callId != m_call.id) {
        showClipMessage(tr("That clip belongs to another call."), true);
        return;
    }
    m_activeClip.reset(); // seeking to its start must not end it
    seek(qint64(clip.startSeconds * 1000));
    m_activeClip = clip;
    m_clipPanel->selectClip(clip.id);
    m_clipPanel->setPlayingClip(clip.id);
    showClipMessage(
        tr("Playing “%1” (%2 s); it stops at its end.").arg(clip.title).arg(qRound(clip.duration())));
    play();
    emit clipStarted(clip.id);
}

bool CallPlayer::playClipNumber(int number)
{
    if (number < 1 || number > m_clips.size()) {
        showClipMessage(m_clips.isEmpty() ? tr("This call has no clips yet.")
                                          : tr("There is no clip %1; this call has %n clip(s).", nullptr,
                                               int(m_clips.size()))
                                                .arg(number),
                        true);
        return false;
    }
    playClip(m_clips[number - 1]);
    return true;
}

void CallPlayer::playSelectedClip()
{
    if (auto selected = m_clipPanel->selectedClip()) {
        playClip(*selected);
        return;
    }
    for (const CallClip& c : std::as_const(m_clips))
        if (m_featured && c.id == *m_featured) {
            playClip(c);
            return;
        }
    playClipNumber(1);
}

void CallPlayer::finishClip()
{
    const CallClip clip = *m_activeClip;
    endClip();
    m_engine->pause();
    const qint64 end = qint64(std::llround(clip.endSeconds * 1000));
    m_engine->setPosition(end);
    updatePosition(end);
    updateState();
    showClipMessage(tr("“%1” played to its end. Press C to hear it again.").arg(clip.title));
    emit clipFinished(clip.id);
}

void CallPlayer::endClip()
{
    m_activeClip.reset();
    m_clipClock->stop();
    m_clipPanel->setPlayingClip(std::nullopt);
}

void CallPlayer::markIn()
{
    m_markIn = position();
    if (m_markOut && *m_markOut <= *m_markIn)
        m_markOut.reset();
    updateMarks();
    showClipMessage(
        tr("Start marked at %1: press O where the moment ends.").arg(formatDuration(*m_markIn / 1000.0)));
}

void CallPlayer::markOut()
{
    const qint64 at = position();
    if (m_markIn && at <= *m_markIn) {
        showClipMessage(tr("The end must come after the start (%1): play on, then press O.")
                            .arg(formatDuration(*m_markIn / 1000.0)),
                        true);
        return;
    }
    m_markOut = at;
    updateMarks();
    showClipMessage(m_markIn ? tr("End marked: give it a title and press Enter to save.")
                             : tr("End marked: now press I where the moment starts."));
}

void CallPlayer::clearMarks()
{
    m_markIn.reset();
    m_markOut.reset();
    updateMarks();
    showClipMessage(QString());
}

void CallPlayer::updateMarks()
{
    const auto toSeconds = [](std::optional<qint64> ms) {
        return ms ? std::optional<double>(*ms / 1000.0) : std::nullopt;
    };
    m_clipPanel->setMarks(toSeconds(m_markIn), toSeconds(m_markOut));
    m_wave->setMarks(m_markIn, m_markOut);
}

bool CallPlayer::saveMarkedClip()
{
    if (!m_markIn) {
        showClipMessage(tr("Press I where the clip starts first, then O where it ends."), true);
        return false;
    }
    if (!m_markOut) {
        // "I … Enter": the clip ends where the call is now.
        if (position() <= *m_markIn) {
            showClipMessage(tr("Press O where the clip ends (after its start)."), true);
            return false;
        }
        m_markOut = position();
        updateMarks();
    }
    CallClip clip;
    clip.callId = m_call.id;
    clip.startSeconds = *m_markIn / 1000.0;
    clip.endSeconds = *m_markOut / 1000.0;
    if (m_call.durationSeconds > 0)
        clip.endSeconds = std::min(clip.endSeconds, m_call.durationSeconds);
    clip.title = m_clipPanel->title();
    if (clip.title.isEmpty())
        clip.title = suggestedTitle(clip.startSeconds, clip.endSeconds);
    if (const QString why = ClipStore::validate(clip, m_call.durationSeconds); !why.isEmpty()) {
        showClipMessage(why, true);
        return false;
    }
    showClipMessage(tr("Saving “%1”…").arg(clip.title));
    emit saveClipRequested(clip);
    return true;
}

void CallPlayer::clipSaved(std::optional<RowId> clipId, const QString& error)
{
    if (!error.isEmpty()) {
        showClipMessage(error, true);
        return;
    }
    m_markIn.reset();
    m_markOut.reset();
    updateMarks();
    m_clipPanel->clearTitle();
    QString title;
    for (const CallClip& c : std::as_const(m_clips))
        if (clipId && c.id == *clipId) {
            title = c.title;
            m_clipPanel->selectClip(c.id);
        }
    showClipMessage(tr("Saved “%1”. Its number plays it.").arg(title));
}

void CallPlayer::showClipMessage(const QString& text, bool isError)
{
    m_clipPanel->showMessage(text, isError);
}

QString CallPlayer::suggestedTitle(double from, double to) const
{
    // The customer's first words in the clip say what the room will hear.
    const TranscriptSegment* pick = nullptr;
    for (const TranscriptSegment& s : m_call.transcript) {
        if (s.end <= from || s.start >= to)
            continue;
        if (!pick)
            pick = &s;
        if (s.speaker.contains(QLatin1String("customer"), Qt::CaseInsensitive)) {
            pick = &s;
            break;
        }
    }
    if (!pick)
        return tr("Clip at %1").arg(formatDuration(from));
    QString text = shown(pick->text).simplified();
    constexpr int kMax = 60;
    if (text.size() > kMax) {
        int cut = int(text.lastIndexOf(QLatin1Char(' '), kMax));
        text = text.left(cut > 20 ? cut : kMax) + QStringLiteral("…");
    }
    return QStringLiteral("%1: %2").arg(pick->speaker, text);
}

} // namespace cr::ui
