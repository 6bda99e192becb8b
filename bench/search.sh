#!/usr/bin/env bash
# Evidence search on the large room of issue 11 (not a ctest): each query's
# median time through EvidenceSearch against the bare FTS5 counts in the same
# run, and the slowest median against the 50 ms target.
#   bench/search.sh [ROOM]   (default: the large room bench/large-room.sh cached)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${CR_BENCH_BUILD_DIR:-build/release}
cmake --preset release >/dev/null 2>&1 || cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target customer-room-cli bench_search -j "${CR_BENCH_JOBS:-2}" >/dev/null
room=${1:-}
if [ -z "$room" ]; then
  room=${CR_BENCH_CACHE:-build/bench-cache}/search-large.croom
  if [ ! -f "$room" ]; then
    mkdir -p "$(dirname "$room")"
    "$build/app/customer-room-cli" generate "$room" --stages 20 --responses 1000000 --complaints 500000 \
      --calls 2000 --seed 1 >/dev/null
  fi
fi
cat "$room" >/dev/null # warm the page cache: the meeting's laptop has the room open already
"$build/bench/bench_search" "$room" 7
