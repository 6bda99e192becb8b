#!/usr/bin/env bash
# Large-room benchmark (not a ctest): the wall on a generated room of the
# sizes in issue 11 (20 stages, 1,000,000 survey answers, 500,000
# complaints, 2,000 calls), in one run:
#   a. wall open + paint vs raw SQL for the same numbers   target <= 1.5x
#   b. longest stall of the GUI thread per phase            target <= 100 ms
#   c. peak RSS                                             target < 400 MB
# plus how long `generate` took and where the wall's time goes.
#
#   bench/large-room.sh [RUNS]     (default 5 timed runs; medians are printed)
#
# The generated room is cached between runs, keyed by the arguments, the
# month it ends and the generator's sources: $CR_BENCH_CACHE (default
# build/bench-cache). CR_BENCH_BUILD_DIR builds in another folder than
# build/release (RelWithDebInfo either way). Needs /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
stages=20 responses=1000000 complaints=500000 calls=2000 seed=1
until=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m) # the last complete month: where the wall opens

build=${CR_BENCH_BUILD_DIR:-}
if [ -z "$build" ]; then
  build=build/release
  cmake --preset release >/dev/null
else
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target customer-room-cli bench_large_room -j "${CR_BENCH_JOBS:-2}" >/dev/null
cli=$PWD/$build/app/customer-room-cli
bench=$PWD/$build/bench/bench_large_room

cache=${CR_BENCH_CACHE:-$PWD/build/bench-cache}
key=$( { echo "$stages $responses $complaints $calls $seed $until"
         cat core/demo/RoomGenerator.cpp core/demo/GeneratorEvidence.cpp core/demo/GeneratorScript.cpp \
             core/demo/DemoScript.cpp core/store/BulkWriter.cpp core/schema/*.sql resources/demo/manifest.json
       } | sha256sum | cut -c1-16)
room=$cache/large-room-$key.croom
mkdir -p "$cache"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
if [ ! -f "$room" ]; then
  rm -f "$cache"/large-room-*.croom* # rooms of older arguments or generators
  echo "generating $room"
  /usr/bin/time -f '%e %M' -o "$cache/generate.time" \
    "$cli" generate "$room" --stages $stages --responses $responses --complaints $complaints \
      --calls $calls --seed $seed --until "$until" 2>/dev/null
  read -r gen_s gen_kb < "$cache/generate.time"
  awk -v s="$gen_s" -v k="$gen_kb" -v r="$responses" \
    'BEGIN { printf "generate: %.1f s (%.1f s per million answers, target well under 60), peak RSS %.0f MB\n", s, s * 1e6 / r, k / 1024 }'
else
  echo "cached room: $room ($(du -m "$room" | cut -f1) MB)"
  [ -f "$cache/generate.time" ] && read -r gen_s gen_kb < "$cache/generate.time" &&
    echo "generate (when it was made): ${gen_s} s, peak RSS $((gen_kb / 1024)) MB"
fi

QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.multimedia.*=false' \
  "$bench" "$room" --month "$until" --runs "$runs"
