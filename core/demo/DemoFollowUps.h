#pragma once
// The demo's closed loop: the follow-up rules run weekly over the last five
// weeks as they would have after each week's sync, and the departments work
// their inboxes in between (most follow-ups resolved with a note, some
// acknowledged, some left waiting and escalated).

#include "Result.h"

#include <QDateTime>

namespace cr {

class RoomStore;

Status addDemoFollowUps(RoomStore& store, const QDateTime& now, quint32 seed);

} // namespace cr
