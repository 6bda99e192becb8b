#include "TestRoom.h"

#include "room/RoomTemplate.h"

using namespace cr;
using namespace cr::test;

TEST_CASE("A room template creates departments, stages and moments", "[template]")
{
    const QByteArray json = R"({"name": "Acme Water",
        "departments": [{"name": "Ops", "leader": "Kim"}, {"name": "Billing"}],
        "stages": [{"name": "Move in", "maturity": "broken", "owner": "Ops", "contributors": ["Billing"],
                    "target_experience": "Water on the day I move in.", "moments": ["Register", "First bill"]},
                   {"name": "Pay"}]})";
    const RoomTemplate t = require(parseRoomTemplate(json, QStringLiteral("acme.json")));
    TempRoom room;
    REQUIRE(applyRoomTemplate(*room.store, t).ok());
    CHECK(room.store->roomName() == QStringLiteral("Acme Water"));
    const auto stages = require(room.store->stages());
    REQUIRE(stages.size() == 2);
    CHECK(stages[0].maturity == Maturity::Broken);
    CHECK(stages[0].contributingDepartmentIds.size() == 1);
    CHECK(require(room.store->moments(stages[0].id)).size() == 2);
    CHECK(stages[1].maturity == Maturity::Reliable);
}

TEST_CASE("A bad template is refused with file, line and reason", "[template]")
{
    auto broken =
        parseRoomTemplate("{\n \"stages\": [\n  {\"name\": \"A\",}\n ]\n}", QStringLiteral("t.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().line == 3);
    CHECK(broken.error().toString().startsWith(QStringLiteral("t.json:3: ")));

    auto unknown =
        parseRoomTemplate(R"({"stages": [{"name": "A", "owner": "Nobody"}]})", QStringLiteral("t.json"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("Nobody")));

    auto maturity =
        parseRoomTemplate(R"({"stages": [{"name": "A", "maturity": "great"}]})", QStringLiteral("t.json"));
    REQUIRE_FALSE(maturity.ok());
    CHECK_FALSE(parseRoomTemplate(R"({"stages": []})", QStringLiteral("t.json")).ok());
}
