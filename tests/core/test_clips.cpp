// Call clips and a stage's featured clip: validation with messages a person
// can act on, the order clips come back in, and what deleting a call or a
// clip does to them (ON DELETE CASCADE / SET NULL).
#include "TestRoom.h"
#include "store/ClipStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <cmath>
#include <limits>

using namespace cr;
using namespace cr::test;

namespace {

struct ClipRoom
{
    TempRoom room;
    RowId stageId = 0;
    RowId otherStageId = 0;
    RowId callId = 0;
    RowId otherCallId = 0;

    ClipRoom()
    {
        Stage help;
        help.name = QStringLiteral("Get help");
        help.position = 1;
        stageId = require(room.store->addStage(help));
        Stage pay;
        pay.name = QStringLiteral("Pay");
        pay.position = 2;
        otherStageId = require(room.store->addStage(pay));
        callId = addCall(QStringLiteral("Third call about the same fault"), 78.3);
        otherCallId = addCall(QStringLiteral("First bill higher than expected"), 60.0);
    }

    RowId addCall(const QString& title, double seconds)
    {
        Call call;
        call.stageId = stageId;
        call.title = title;
        call.startedAt = QDateTime(QDate(2026, 10, 4), QTime(10, 0));
        call.durationSeconds = seconds;
        return require(room.store->addCall(call));
    }

    CallClip clip(double start, double end, const QString& title = QStringLiteral("A clip")) const
    {
        CallClip c;
        c.callId = callId;
        c.startSeconds = start;
        c.endSeconds = end;
        c.title = title;
        return c;
    }
};

// Deletes a call the way a future "remove call" or a shared server would:
// plain SQL with foreign keys on, so the schema's cascades are what is tested.
void deleteCallWithSql(const QString& path, RowId callId)
{
    const QString name = QStringLiteral("raw-clips");
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        REQUIRE(q.prepare(QStringLiteral("DELETE FROM call WHERE id = ?")));
        q.addBindValue(callId);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A clip is saved, listed in call order, changed and removed", "[clips]")
{
    ClipRoom r;
    ClipStore clips(*r.room.store);
    const RowId later =
        require(clips.addClip(r.clip(33.25, 53.43, QStringLiteral("  Customer explains it again  "))));
    const RowId earlier = require(clips.addClip(r.clip(5.1, 25.3, QStringLiteral("Third time calling"))));
    CallClip other = r.clip(5, 20, QStringLiteral("Pro-rata"));
    other.callId = r.otherCallId;
    require(clips.addClip(other));

    const auto listed = require(clips.clips(r.callId));
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].id == earlier);
    CHECK(listed[1].id == later);
    CHECK(listed[1].title == QStringLiteral("Customer explains it again")); // trimmed
    CHECK(listed[1].startSeconds == Approx(33.25));
    CHECK(listed[1].endSeconds == Approx(53.43));
    CHECK(listed[1].callId == r.callId);
    CHECK(listed[1].createdAt.isValid());
    CHECK(std::abs(listed[1].createdAt.secsTo(QDateTime::currentDateTime())) < 60);

    CallClip changed = listed[1];
    changed.startSeconds = 40;
    changed.title = QStringLiteral("Writing it all down");
    require(clips.updateClip(changed));
    const CallClip reread = require(clips.clip(later));
    CHECK(reread.startSeconds == Approx(40));
    CHECK(reread.endSeconds == Approx(53.43));
    CHECK(reread.title == QStringLiteral("Writing it all down"));

    require(clips.removeClip(earlier));
    CHECK(require(clips.clips(r.callId)).size() == 1);
    const Status again = clips.removeClip(earlier);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("no clip")));
    CHECK_FALSE(clips.clip(earlier).ok());
}

TEST_CASE("A clip must start before it ends and end within its call", "[clips]")
{
    ClipRoom r;
    ClipStore clips(*r.room.store);

    SECTION("end before start")
    {
        auto added = clips.addClip(r.clip(42, 30));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message.contains(QStringLiteral("end after it starts")));
        CHECK(added.error().message.contains(QStringLiteral("0:42")));
        CHECK(added.error().message.contains(QStringLiteral("0:30")));
    }
    SECTION("empty clip")
    {
        auto added = clips.addClip(r.clip(30, 30));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message.contains(QStringLiteral("end after it starts")));
    }
    SECTION("negative start")
    {
        auto added = clips.addClip(r.clip(-1, 10));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message.contains(QStringLiteral("before the call")));
    }
    SECTION("past the end of the call")
    {
        auto added = clips.addClip(r.clip(70, 90));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message.contains(QStringLiteral("1:30")));
        CHECK(added.error().message.contains(QStringLiteral("1:18"))); // the call's 78.3 s
    }
    SECTION("not a number")
    {
        auto added = clips.addClip(r.clip(std::numeric_limits<double>::quiet_NaN(), 10));
        REQUIRE_FALSE(added.ok());
    }
    SECTION("a call that is not there")
    {
        CallClip orphan = r.clip(1, 2);
        orphan.callId = 4242;
        auto added = clips.addClip(orphan);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message.contains(QStringLiteral("no call 4242")));
    }
    SECTION("a change that breaks the rules is refused and the clip stays")
    {
        const RowId id = require(clips.addClip(r.clip(10, 20)));
        CallClip bad = require(clips.clip(id));
        bad.endSeconds = 5;
        REQUIRE_FALSE(clips.updateClip(bad).ok());
        CHECK(require(clips.clip(id)).endSeconds == Approx(20));
        bad.id = 9999;
        auto missing = clips.updateClip(bad);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().message.contains(QStringLiteral("no clip 9999")));
    }
    CHECK(require(clips.clips(r.callId)).size() <= 1);

    // The very end of the call is allowed, within a millisecond of rounding.
    CHECK(ClipStore::validate(r.clip(70, 78.3005), 78.3).isEmpty());
    CHECK_FALSE(ClipStore::validate(r.clip(70, 78.31), 78.3).isEmpty());
    CHECK(ClipStore::validate(r.clip(70, 500), 0).isEmpty()); // length unknown
}

TEST_CASE("A stage features one clip; clearing and replacing it", "[clips]")
{
    ClipRoom r;
    ClipStore clips(*r.room.store);
    const RowId first = require(clips.addClip(r.clip(5, 25, QStringLiteral("Third time calling"))));
    const RowId second = require(clips.addClip(r.clip(33, 53, QStringLiteral("Customer explains again"))));

    CHECK_FALSE(require(clips.featuredClip(r.stageId)).has_value());
    CHECK(require(clips.featuredClips()).isEmpty());

    require(clips.setFeaturedClip(r.stageId, first));
    auto featured = require(clips.featuredClip(r.stageId));
    REQUIRE(featured.has_value());
    CHECK(featured->id == first);
    CHECK(featured->title == QStringLiteral("Third time calling"));

    require(clips.setFeaturedClip(r.stageId, second));
    CHECK(require(clips.featuredClip(r.stageId))->id == second);
    CHECK_FALSE(require(clips.featuredClip(r.otherStageId)).has_value());
    // The stage list the wall reads carries it too.
    for (const Stage& s : require(r.room.store->stages()))
        CHECK(s.featuredClipId == (s.id == r.stageId ? std::optional<RowId>(second) : std::nullopt));

    const auto all = require(clips.featuredClips());
    REQUIRE(all.size() == 1);
    CHECK(all[0].stageId == r.stageId);
    CHECK(all[0].clip.id == second);
    CHECK(all[0].callTitle == QStringLiteral("Third call about the same fault"));

    require(clips.setFeaturedClip(r.stageId, std::nullopt));
    CHECK_FALSE(require(clips.featuredClip(r.stageId)).has_value());

    auto noClip = clips.setFeaturedClip(r.stageId, 777);
    REQUIRE_FALSE(noClip.ok());
    CHECK(noClip.error().message.contains(QStringLiteral("no clip 777")));
    auto noStage = clips.setFeaturedClip(555, first);
    REQUIRE_FALSE(noStage.ok());
    CHECK(noStage.error().message.contains(QStringLiteral("no stage 555")));
    CHECK_FALSE(clips.featuredClip(555).ok());
}

TEST_CASE("Removing a featured clip leaves its stage featuring nothing", "[clips]")
{
    ClipRoom r;
    ClipStore clips(*r.room.store);
    const RowId id = require(clips.addClip(r.clip(5, 25)));
    require(clips.setFeaturedClip(r.stageId, id));
    require(clips.removeClip(id));
    CHECK_FALSE(require(clips.featuredClip(r.stageId)).has_value());
}

TEST_CASE("Deleting a call deletes its clips and un-features them (ON DELETE CASCADE)", "[clips]")
{
    ClipRoom r;
    ClipStore clips(*r.room.store);
    const RowId featured = require(clips.addClip(r.clip(5, 25)));
    require(clips.addClip(r.clip(30, 40)));
    CallClip other = r.clip(1, 9);
    other.callId = r.otherCallId;
    const RowId kept = require(clips.addClip(other));
    require(clips.setFeaturedClip(r.stageId, featured));
    require(clips.setFeaturedClip(r.otherStageId, kept));
    CHECK(require(clips.clips(r.callId)).size() == 2);

    deleteCallWithSql(r.room.path, r.callId);

    CHECK(require(clips.clips(r.callId)).isEmpty());
    CHECK(require(clips.clip(kept)).callId == r.otherCallId);
    CHECK_FALSE(require(clips.featuredClip(r.stageId)).has_value());
    CHECK(require(clips.featuredClip(r.otherStageId))->id == kept);
}
