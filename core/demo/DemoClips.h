#pragma once
// The demo room's call clips: one or two real moments per stage, taken from
// the recorded calls' transcripts, and one clip featured per stage for the
// tour and the review agenda.

#include "Result.h"

namespace cr {

class RoomStore;

// Adds the clips to a demo room whose calls are in (matched by their
// manifest titles); an error names a call the demo expected but lacks.
Status addDemoClips(RoomStore& store);

} // namespace cr
