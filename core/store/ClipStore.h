#pragma once
// Clips of recorded calls: "a meeting plays the 40 seconds that matter, not
// the whole call" (DESIGN.md, "The wall"). A clip is a start, an end and a
// title on one call; deleting the call deletes its clips (ON DELETE CASCADE).
// Each stage may feature one clip, which the tour and the review agenda play;
// deleting that clip leaves the stage featuring nothing.

#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace cr {

class RoomStore;

// A stage's featured clip with what a screen needs to announce it.
struct FeaturedClip
{
    RowId stageId = 0;
    CallClip clip;
    QString callTitle;
};

class ClipStore
{
    Q_DECLARE_TR_FUNCTIONS(ClipStore)

public:
    explicit ClipStore(RoomStore& store) : m_store(store) {}

    // Why a clip cannot be kept on a call of `callDurationSeconds`, in a
    // sentence a person can act on; empty when it can. The clip must start
    // at or after 0:00, end after it starts, and end within the call (a
    // duration of 0 means the length is unknown and is not checked).
    static QString validate(const CallClip& clip, double callDurationSeconds);

    // Adds a clip to clip.callId; createdAt defaults to now. Returns its id.
    Result<RowId> addClip(const CallClip& clip);
    // Changes a clip's start, end and title (its call stays).
    Status updateClip(const CallClip& clip);
    Status removeClip(RowId clipId);

    Result<CallClip> clip(RowId clipId) const;
    // The clips of one call, in the order they occur in it.
    Result<QVector<CallClip>> clips(RowId callId) const;

    // Features a clip for a stage (nullopt clears it). The clip may come from
    // any call; the player offers the call's own stage.
    Status setFeaturedClip(RowId stageId, std::optional<RowId> clipId);
    // The stage's featured clip, or nullopt when it features none.
    Result<std::optional<CallClip>> featuredClip(RowId stageId) const;
    // Every stage's featured clip, in journey order (stages without one are left out).
    Result<QVector<FeaturedClip>> featuredClips() const;

private:
    Result<double> callDuration(RowId callId) const; // or an error naming the missing call
    RoomStore& m_store;
};

} // namespace cr
