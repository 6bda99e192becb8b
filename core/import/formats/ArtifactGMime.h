#pragma once
// GMime for the artifact importers. GMime pulls in GIO, whose structs have a
// field named `signals`, which Qt defines as a macro: hide the macro while
// GMime's headers are read, whatever was included before.

#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

namespace cr::formats::artifacts {

// g_mime_init() once per process, from whichever thread imports first.
void ensureGMime();

} // namespace cr::formats::artifacts
