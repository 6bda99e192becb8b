// Every example file in docs/formats/ imports as docs/formats.md says, into a
// room made from the shipped template: the documentation cannot drift.
#include "ImportTestSupport.h"
#include "TestRoom.h"
#include "import/ImportSession.h"
#include "room/RoomTemplate.h"

#include <catch2/catch.hpp>

using namespace cr;
using namespace cr::test;

namespace {

ImportSummary importExample(RoomStore& store, ImportKind kind, const QString& file, ImportOptions options = {})
{
    ImportRequest request;
    request.path = QStringLiteral(CR_SOURCE_DIR "/docs/formats/") + file;
    options.kind = kind;
    request.options = options;
    return importFile(store, request);
}

void applyTemplate(RoomStore& store)
{
    auto loaded = loadRoomTemplate(QStringLiteral(CR_SOURCE_DIR "/resources/templates/subscription-journey.json"));
    REQUIRE(loaded.ok());
    REQUIRE(applyRoomTemplate(store, *loaded).ok());
}

} // namespace

TEST_CASE("docs/formats examples: surveys, complaints, KPIs long and wide, call manifest")
{
    TempRoom room;
    applyTemplate(*room.store);

    const ImportSummary surveys = importExample(*room.store, ImportKind::Surveys, QStringLiteral("surveys-generic.csv"));
    INFO(surveys.refusal.toStdString() << surveys.rejects.join(QLatin1Char('\n')).toStdString());
    CHECK(surveys.format == QStringLiteral("generic"));
    CHECK(surveys.imported == 12);
    CHECK(surveys.rejected == 0);

    const ImportSummary complaints =
        importExample(*room.store, ImportKind::Complaints, QStringLiteral("complaints-generic.csv"));
    CHECK(complaints.imported == 12);
    CHECK(complaints.rejected == 0);
    CHECK(complaints.unassigned == 2);

    const ImportSummary longKpis = importExample(*room.store, ImportKind::Kpis, QStringLiteral("kpis-long.csv"));
    INFO(longKpis.refusal.toStdString() << longKpis.rejects.join(QLatin1Char('\n')).toStdString());
    CHECK(longKpis.format == QStringLiteral("generic"));
    CHECK(longKpis.imported == 10);
    CHECK(longKpis.createdKpis.size() == 4); // the template names no KPIs: all four arrive without a target

    // Daily rows: refused until the roll-up is named, then one value per KPI and month.
    const ImportSummary wideUnset = importExample(*room.store, ImportKind::Kpis, QStringLiteral("kpis-wide.csv"));
    CHECK(wideUnset.refused);
    CHECK(wideUnset.refusal.contains(QStringLiteral("--aggregate")));
    ImportOptions mean;
    mean.rollUp = RollUp::Mean;
    const ImportSummary wide = importExample(*room.store, ImportKind::Kpis, QStringLiteral("kpis-wide.csv"), mean);
    INFO(wide.refusal.toStdString() << wide.rejects.join(QLatin1Char('\n')).toStdString());
    CHECK(wide.format == QStringLiteral("wide"));
    CHECK(wide.imported == 6); // 3 KPIs x September and October (the blank cell is a gap, not a zero)
    CHECK(wide.rejected == 0);
    const auto kpis = require(room.store->kpis(std::nullopt));
    const auto anrufe = std::find_if(kpis.begin(), kpis.end(), [](const Kpi& k) { return k.name == QStringLiteral("Anrufe"); });
    REQUIRE(anrufe != kpis.end());
    const auto values = require(room.store->kpiValues(anrufe->id, {}));
    REQUIRE(values.size() == 2);
    CHECK(values[0].value == Approx((412 + 398 + 455) / 3.0));
    CHECK(values[1].value == Approx(430)); // October's second day has no calls figure

    const ImportSummary calls = importExample(*room.store, ImportKind::Calls, QStringLiteral("calls-manifest.csv"));
    INFO(calls.refusal.toStdString() << calls.rejects.join(QLatin1Char('\n')).toStdString());
    CHECK(calls.format == QStringLiteral("generic"));
    CHECK(calls.imported == 2);
    const auto stored = require(room.store->calls(std::nullopt, {}, 10));
    CHECK(stored.isEmpty()); // both name their stage
    CHECK(require(room.store->rowCount(QStringLiteral("media"))) >= 2);
}
