#!/usr/bin/env bash
# Click-to-sound latency of the call player against the 300 ms target (not a
# ctest): builds bench_play_latency in build/release and runs it on the demo
# room, cold and warm media cache.
#   bench/play-latency.sh [--null-sink] [ROUNDS]
# CR_BENCH_BUILD=DIR uses an already configured build folder instead.
# --null-sink starts a private PulseAudio server with a null sink for the run
# (if pulseaudio is installed), so the device path is measured on a machine
# without a sound card. Without it, a machine with no audio output says so.
set -euo pipefail
cd "$(dirname "$0")/.."
null_sink=0
if [[ "${1:-}" == "--null-sink" ]]; then null_sink=1; shift; fi
rounds=${1:-2}
if [[ -n "${CR_BENCH_BUILD:-}" ]]; then
  build=$CR_BENCH_BUILD
  cmake --build "$build" --target bench_play_latency -j1 >/dev/null
else
  build=build/release
  cmake --preset release >/dev/null
  cmake --build --preset release --target bench_play_latency >/dev/null
fi
work=$(mktemp -d)
pulse_pid=
cleanup() {
  if [[ -n "$pulse_pid" ]]; then kill "$pulse_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work/xdg}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if [[ $null_sink == 1 ]]; then
  if command -v pulseaudio >/dev/null; then
    export PULSE_RUNTIME_PATH=$work/pulse PULSE_STATE_PATH=$work/pulse HOME=${HOME:-$work}
    mkdir -p "$PULSE_RUNTIME_PATH"
    pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit \
      -L module-native-protocol-unix -L "module-null-sink sink_name=bench" \
      -L "module-always-sink" >"$work/pulse.log" 2>&1 &
    pulse_pid=$!
    export PULSE_SERVER=unix:$PULSE_RUNTIME_PATH/native
    for _ in $(seq 50); do [[ -S $PULSE_RUNTIME_PATH/native ]] && break; sleep 0.1; done
    echo "PulseAudio null sink started (pid $pulse_pid)"
  else
    echo "pulseaudio is not installed: running without an audio output"
  fi
fi
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-$([[ -n "${DISPLAY:-}" ]] && echo xcb || echo offscreen)}
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-"qt.multimedia.*=false"}
"$build/bench/bench_play_latency" "$rounds" 2> >(grep -v -e '^ALSA lib' -e '^AL lib' -e 'This plugin does not support' >&2)
