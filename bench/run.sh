#!/usr/bin/env bash
# Builds the benchmarks in build/release and prints timings with their ratio
# to a baseline measured in the same run (so machines of any speed compare).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release --target bench_report >/dev/null
./build/release/bench/bench_report | column -t -s $'\t'
