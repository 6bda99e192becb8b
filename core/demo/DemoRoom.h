#pragma once
// Builds the demo room: Kestrel Fibre's journey with 13 months of evidence,
// generated deterministically from a seed plus the committed media
// (resources/demo: recorded calls and artifacts).

#include "Result.h"
#include "jobs/Job.h"
#include "store/RoomStore.h"

namespace cr {

struct DemoOptions
{
    quint32 seed = 20261;
    QDate lastMonth; // any day in the last month of data; invalid = the month before today
    QString mediaRoot = QStringLiteral(":/demo"); // holds manifest.json
    int scale = 1; // multiplies survey answers and complaints (large rooms for benchmarks)
};

// Fills an empty room, in one transaction. `progress` hears each step and
// may cancel: a cancelled demo rolls back and returns an error.
Status createDemoRoom(RoomStore& store, const DemoOptions& options = {},
                      JobControl::Span progress = {nullptr, 0, 1});

// The demo room in the user's app-data folder. ensureDefaultDemoRoom()
// creates it on first use (a second or two: call it off the GUI thread) and
// returns its path; the room is closed again, so any thread may open it.
QString defaultDemoRoomPath();
Result<QString> ensureDefaultDemoRoom(JobControl::Span progress = {nullptr, 0, 1});

} // namespace cr
