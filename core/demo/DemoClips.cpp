#include "demo/DemoClips.h"

#include "store/ClipStore.h"
#include "store/RoomStore.h"

#include <QCoreApplication>
#include <QHash>

namespace cr {

namespace {

struct DemoClip
{
    const char* call;  // the call's title in resources/demo/manifest.json
    double start;      // seconds, at the start of a transcript line
    double end;        // at the end of one
    const char* title; // what the room will hear
    bool featured;     // the stage's featured clip
};

// Moments from the transcripts, each a customer saying what went wrong (or,
// after the fix, what went right) in their own words.
const DemoClip kClips[] = {
    {"What happens after 18 months?", 26.82, 49.24,
     QT_TRANSLATE_NOOP("DemoClips", "Customer finds the £52 price behind a star"), true},
    {"Address not found when ordering online", 5.69, 41.10,
     QT_TRANSLATE_NOOP("DemoClips", "Customer tried the address checker three times"), true},
    {"Engineer did not turn up", 4.96, 41.91,
     QT_TRANSLATE_NOOP("DemoClips", "Customer took a day off and nobody came"), true},
    {"Two-hour window and live tracking worked well", 19.03, 47.98,
     QT_TRANSLATE_NOOP("DemoClips", "After the fix: a two-hour slot and the engineer on a map"), false},
    {"Speeds drop every evening", 4.79, 36.55,
     QT_TRANSLATE_NOOP("DemoClips", "Customer tested three nights in a row"), true},
    {"Third call about the same fault", 5.12, 53.43,
     QT_TRANSLATE_NOOP("DemoClips", "Customer explains the fault for the third time"), true},
    {"Transferred three times while moving home", 8.08, 28.49,
     QT_TRANSLATE_NOOP("DemoClips", "Passed from sales to engineering to care"), false},
    {"First bill higher than expected", 5.02, 52.76,
     QT_TRANSLATE_NOOP("DemoClips", "Nobody mentioned the pro-rata charge"), true},
    {"Price rise at end of contract", 19.88, 43.28,
     QT_TRANSLATE_NOOP("DemoClips", "Why do I have to threaten to leave for a fair price?"), true},
};

} // namespace

Status addDemoClips(RoomStore& store)
{
    auto stages = store.stages();
    if (!stages)
        return stages.error();
    // The demo's calls by title, with their stage.
    QHash<QString, Call> calls;
    for (const Stage& stage : *stages) {
        auto stageCalls = store.calls(stage.id, {}, 1000);
        if (!stageCalls)
            return stageCalls.error();
        for (const Call& call : *stageCalls)
            calls.insert(call.title, call);
    }
    ClipStore clips(store);
    for (const DemoClip& d : kClips) {
        const QString title = QString::fromUtf8(d.call);
        if (!calls.contains(title))
            return Error(
                QCoreApplication::translate("DemoClips", "The demo has no call \"%1\" to take a clip from.")
                    .arg(title),
                store.path());
        const Call& call = calls[title];
        CallClip clip;
        clip.callId = call.id;
        clip.startSeconds = d.start;
        clip.endSeconds = d.end;
        clip.title = QCoreApplication::translate("DemoClips", d.title);
        clip.createdAt = call.startedAt.addDays(2); // the same demo everywhere, not "now"
        auto id = clips.addClip(clip);
        if (!id)
            return id.error();
        if (d.featured && call.stageId)
            if (auto r = clips.setFeaturedClip(*call.stageId, *id); !r)
                return r;
    }
    return success();
}

} // namespace cr
