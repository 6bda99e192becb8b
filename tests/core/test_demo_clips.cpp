// The demo room's clips: every stage features one, each clip lies inside its
// call and starts where a transcript line starts (a real moment, not a
// random span), and the same demo gets the same clips.
#include "TestRoom.h"
#include "demo/DemoRoom.h"
#include "store/ClipStore.h"

using namespace cr;
using namespace cr::test;

TEST_CASE("The demo room features a clip on every stage, cut at real transcript lines", "[demo][clips]")
{
    TempRoom room;
    DemoOptions options;
    options.lastMonth = QDate(2026, 10, 1);
    require(createDemoRoom(*room.store, options));
    ClipStore clips(*room.store);

    const auto stages = require(room.store->stages());
    const auto featured = require(clips.featuredClips());
    CHECK(featured.size() == stages.size());
    for (const Stage& stage : stages) {
        INFO(stage.name.toStdString());
        REQUIRE(stage.featuredClipId.has_value());
        const auto clip = require(clips.featuredClip(stage.id));
        REQUIRE(clip.has_value());
        const Call call = require(room.store->call(clip->callId));
        CHECK(call.stageId == stage.id); // a stage features one of its own calls
    }

    int total = 0;
    for (const Stage& stage : stages)
        for (const Call& call : require(room.store->calls(stage.id, {}, 100))) {
            for (const CallClip& clip : require(clips.clips(call.id))) {
                INFO(clip.title.toStdString());
                ++total;
                CHECK_FALSE(clip.title.isEmpty());
                CHECK(ClipStore::validate(clip, call.durationSeconds).isEmpty());
                CHECK(clip.duration() >= 10);
                CHECK(clip.duration() <= 60); // "the 40 seconds that matter"
                bool startsAtALine = false;
                for (const TranscriptSegment& s : call.transcript)
                    startsAtALine = startsAtALine || qAbs(s.start - clip.startSeconds) < 0.01;
                CHECK(startsAtALine);
                CHECK(clip.createdAt.isValid());
            }
        }
    CHECK(total == 9);
    CHECK(total <= 2 * stages.size());

    // Deterministic: a second demo has the same clips at the same times.
    TempRoom again(QStringLiteral("again.croom"));
    require(createDemoRoom(*again.store, options));
    const auto featuredAgain = require(ClipStore(*again.store).featuredClips());
    REQUIRE(featuredAgain.size() == featured.size());
    for (int i = 0; i < featured.size(); ++i) {
        CHECK(featuredAgain[i].clip.title == featured[i].clip.title);
        CHECK(featuredAgain[i].clip.startSeconds == featured[i].clip.startSeconds);
        CHECK(featuredAgain[i].clip.createdAt == featured[i].clip.createdAt);
    }
}
