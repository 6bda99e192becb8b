#include "store/ClipStore.h"

#include "store/RoomStore.h"
#include "store/SqlHelpers.h"

#include <QSqlQuery>

#include <cmath>

namespace cr {

namespace {

// Clock times in messages ("1:05"), as the player shows them.
QString clock(double seconds)
{
    const qint64 total = qint64(std::floor(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

// Marks come from a media player's millisecond clock, durations from the
// decoder: a clip ending within a millisecond of the end ends at the end.
constexpr double kEndTolerance = 0.001;

CallClip readClip(const QSqlQuery& q)
{
    CallClip c;
    c.id = q.value(0).toLongLong();
    c.callId = q.value(1).toLongLong();
    c.startSeconds = q.value(2).toDouble();
    c.endSeconds = q.value(3).toDouble();
    c.title = q.value(4).toString();
    c.createdAt = sql::parseDateTime(q.value(5));
    return c;
}

const char* const kClipColumns = "id, call_id, start_seconds, end_seconds, title, created_at";

} // namespace

QString ClipStore::validate(const CallClip& clip, double callDurationSeconds)
{
    if (!std::isfinite(clip.startSeconds) || !std::isfinite(clip.endSeconds))
        return tr("The clip's start or end is not a time.");
    if (clip.startSeconds < 0)
        return tr("A clip cannot start before the call does (it starts at %1 s).").arg(clip.startSeconds);
    if (clip.endSeconds <= clip.startSeconds)
        return tr("A clip must end after it starts: it starts at %1 and ends at %2. Mark the end later.")
            .arg(clock(clip.startSeconds), clock(clip.endSeconds));
    if (callDurationSeconds > 0 && clip.endSeconds > callDurationSeconds + kEndTolerance)
        return tr("The clip ends at %1 but the call is only %2 long. Mark the end within the call.")
            .arg(clock(clip.endSeconds), clock(callDurationSeconds));
    return {};
}

Result<double> ClipStore::callDuration(RowId callId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT duration_seconds FROM call WHERE id = ?"));
    q.addBindValue(callId);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading the call's length"));
    if (!q.next())
        return Error(tr("There is no call %1 in this room; it may have been deleted.").arg(callId),
                     m_store.path());
    return q.value(0).toDouble();
}

Result<RowId> ClipStore::addClip(const CallClip& clip)
{
    auto duration = callDuration(clip.callId);
    if (!duration)
        return duration.error();
    if (const QString why = validate(clip, *duration); !why.isEmpty())
        return Error(why, m_store.path());
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO call_clip(call_id, start_seconds, end_seconds, title, created_at) "
                             "VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(clip.callId);
    q.addBindValue(clip.startSeconds);
    q.addBindValue(std::min(clip.endSeconds, *duration > 0 ? *duration : clip.endSeconds));
    q.addBindValue(sql::text(clip.title.trimmed()));
    q.addBindValue(
        sql::isoDateTime(clip.createdAt.isValid() ? clip.createdAt : QDateTime::currentDateTime()));
    if (!q.exec())
        return m_store.sqlError(q, tr("Saving the clip"));
    return q.lastInsertId().toLongLong();
}

Status ClipStore::updateClip(const CallClip& clip)
{
    auto stored = this->clip(clip.id);
    if (!stored)
        return stored.error();
    auto duration = callDuration(stored->callId);
    if (!duration)
        return duration.error();
    if (const QString why = validate(clip, *duration); !why.isEmpty())
        return Error(why, m_store.path());
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("UPDATE call_clip SET start_seconds = ?, end_seconds = ?, title = ? WHERE id = ?"));
    q.addBindValue(clip.startSeconds);
    q.addBindValue(std::min(clip.endSeconds, *duration > 0 ? *duration : clip.endSeconds));
    q.addBindValue(sql::text(clip.title.trimmed()));
    q.addBindValue(clip.id);
    if (!q.exec())
        return m_store.sqlError(q, tr("Changing the clip"));
    return success();
}

Status ClipStore::removeClip(RowId clipId)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM call_clip WHERE id = ?"));
    q.addBindValue(clipId);
    if (!q.exec())
        return m_store.sqlError(q, tr("Deleting the clip"));
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no clip %1 in this room; it may have been deleted already.").arg(clipId),
                     m_store.path());
    return success();
}

Result<CallClip> ClipStore::clip(RowId clipId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT %1 FROM call_clip WHERE id = ?").arg(QLatin1String(kClipColumns)));
    q.addBindValue(clipId);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading a clip"));
    if (!q.next())
        return Error(tr("There is no clip %1 in this room; it may have been deleted.").arg(clipId),
                     m_store.path());
    return readClip(q);
}

Result<QVector<CallClip>> ClipStore::clips(RowId callId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT %1 FROM call_clip WHERE call_id = ? ORDER BY start_seconds, id")
                  .arg(QLatin1String(kClipColumns)));
    q.addBindValue(callId);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading the call's clips"));
    QVector<CallClip> out;
    while (q.next())
        out.append(readClip(q));
    return out;
}

Status ClipStore::setFeaturedClip(RowId stageId, std::optional<RowId> clipId)
{
    if (clipId)
        if (auto c = clip(*clipId); !c)
            return c.error();
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE stage SET featured_clip_id = ? WHERE id = ?"));
    q.addBindValue(sql::nullable(clipId));
    q.addBindValue(stageId);
    if (!q.exec())
        return m_store.sqlError(q, tr("Featuring the clip"));
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no stage %1 in this room; it may have been deleted.").arg(stageId),
                     m_store.path());
    return success();
}

Result<std::optional<CallClip>> ClipStore::featuredClip(RowId stageId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT featured_clip_id FROM stage WHERE id = ?"));
    q.addBindValue(stageId);
    if (!q.exec())
        return m_store.sqlError(q, tr("Reading the stage's featured clip"));
    if (!q.next())
        return Error(tr("There is no stage %1 in this room; it may have been deleted.").arg(stageId),
                     m_store.path());
    if (q.value(0).isNull())
        return std::optional<CallClip>();
    auto c = clip(q.value(0).toLongLong());
    if (!c)
        return c.error();
    return std::optional<CallClip>(*c);
}

Result<QVector<FeaturedClip>> ClipStore::featuredClips() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT s.id, k.id, k.call_id, k.start_seconds, k.end_seconds, k.title, "
                               "k.created_at, c.title FROM stage s "
                               "JOIN call_clip k ON k.id = s.featured_clip_id "
                               "JOIN call c ON c.id = k.call_id ORDER BY s.position, s.id")))
        return m_store.sqlError(q, tr("Reading the featured clips"));
    QVector<FeaturedClip> out;
    while (q.next()) {
        FeaturedClip f;
        f.stageId = q.value(0).toLongLong();
        f.clip.id = q.value(1).toLongLong();
        f.clip.callId = q.value(2).toLongLong();
        f.clip.startSeconds = q.value(3).toDouble();
        f.clip.endSeconds = q.value(4).toDouble();
        f.clip.title = q.value(5).toString();
        f.clip.createdAt = sql::parseDateTime(q.value(6));
        f.callTitle = q.value(7).toString();
        out.append(f);
    }
    return out;
}

} // namespace cr
