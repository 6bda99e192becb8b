#!/usr/bin/env bash
# Regenerates the demo call recordings in resources/demo/calls/ from
# tools/demo-media/calls.json using espeak-ng (two voices per call) and sox,
# and writes the "calls" section of resources/demo/manifest.json with exact
# per-turn timestamps.
#
# Requires: bash, jq, perl, espeak-ng, sox (+ libsox-fmt-all for Ogg Vorbis).
# Usage: tools/demo-media/make-calls.sh [slug ...]   (no args = all calls)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="$here/calls.json"
outdir="$root/resources/demo/calls"
manifest="$root/resources/demo/manifest.json"
rate=16000
quality=0          # Vorbis quality (-1..10); 0 is ~25-30 kbit/s at 16 kHz mono

for tool in jq perl espeak-ng sox soxi; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

mkdir -p "$outdir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Turn display text into something espeak-ng pronounces naturally.
speakable() {
  perl -pe '
    s/£(\d+)\.(\d\d)/$1 pounds $2/g;
    s/£(\d+)/$1 pounds/g;
    s/\b(\d+) Mb\b/$1 megabits/g;
    s/\b18-month\b/eighteen month/g;
    s/\b([A-Z]{2})-(\d+)\b/join(" ", split(m{}, $1)) . ", " . join(" ", split(m{}, $2))/ge;
    s/\b(\d{5,})\b/join(" ", split(m{}, $1))/ge;
    s/\b(\d{1,2}):(\d\d)\b/$1 $2/g;
    s/\bLS6 2QT\b/L S 6, 2 Q T/g;
    s/\bBS5 7LN\b/B S 5, 7 L N/g;
  '
}

defaults="$(jq -c '.defaults' "$src")"
d_agent_voice="$(jq -r '.agent_voice' <<<"$defaults")"
d_agent_speed="$(jq -r '.agent_speed' <<<"$defaults")"
d_cust_speed="$(jq -r '.customer_speed' <<<"$defaults")"

ncalls="$(jq '.calls | length' "$src")"
calls_json="[]"

for ((c = 0; c < ncalls; c++)); do
  call="$(jq -c ".calls[$c]" "$src")"
  slug="$(jq -r '.slug' <<<"$call")"
  if (($# > 0)); then
    want=0; for s in "$@"; do [[ "$s" == "$slug" ]] && want=1; done
    if ((want == 0)) && [[ -f "$manifest" ]]; then
      # keep the existing manifest entry for calls we are not regenerating
      prev="$(jq -c --arg f "calls/$slug.ogg" '[.calls[]? | select(.file == $f)]' "$manifest")"
      calls_json="$(jq -c --argjson p "$prev" '. + $p' <<<"$calls_json")"
      continue
    fi
  fi
  agent_voice="$(jq -r --arg d "$d_agent_voice" '.agent_voice // $d' <<<"$call")"
  cust_voice="$(jq -r '.customer_voice' <<<"$call")"
  agent_speed="$(jq -r --arg d "$d_agent_speed" '.agent_speed // $d' <<<"$call")"
  cust_speed="$(jq -r --arg d "$d_cust_speed" '.customer_speed // $d' <<<"$call")"
  nturns="$(jq '.turns | length' <<<"$call")"

  parts=()
  transcript="[]"
  t=0
  for ((i = 0; i < nturns; i++)); do
    speaker="$(jq -r ".turns[$i].speaker" <<<"$call")"
    text="$(jq -r ".turns[$i].text" <<<"$call")"
    say="$(jq -r ".turns[$i].say // empty" <<<"$call")"
    [[ -z "$say" ]] && say="$(printf '%s' "$text" | speakable)"
    if [[ "$speaker" == "Agent" ]]; then v="$agent_voice"; s="$agent_speed"; else v="$cust_voice"; s="$cust_speed"; fi

    raw="$work/$slug-$i.raw.wav"
    turn="$work/$slug-$i.wav"
    espeak-ng -v "$v" -s "$s" -w "$raw" -- "$say"
    # resample to 16 kHz mono and trim espeak's leading/trailing silence
    sox -v 0.8 "$raw" -r "$rate" -c 1 -b 16 "$turn" \
      silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse
    dur="$(soxi -D "$turn")"

    if ((i > 0)); then
      # deterministic, natural-looking pause of 0.35-0.60 s between turns
      gap="$(awk -v i="$i" -v c="$c" 'BEGIN { printf "%.2f", 0.35 + ((i * 7 + c * 3) % 6) * 0.05 }')"
      sil="$work/$slug-$i.gap.wav"
      sox -n -r "$rate" -c 1 -b 16 "$sil" trim 0 "$gap"
      parts+=("$sil")
      t="$(awk -v a="$t" -v b="$(soxi -D "$sil")" 'BEGIN { printf "%.6f", a + b }')"
    fi
    parts+=("$turn")
    start="$t"
    t="$(awk -v a="$t" -v b="$dur" 'BEGIN { printf "%.6f", a + b }')"
    transcript="$(jq -c --argjson st "$start" --argjson en "$t" --arg sp "$speaker" --arg tx "$text" \
      '. + [{start: (($st * 100 | round) / 100), end: (($en * 100 | round) / 100), speaker: $sp, text: $tx}]' <<<"$transcript")"
  done

  full="$work/$slug.wav"
  sox "${parts[@]}" "$full"
  sox "$full" -C "$quality" "$outdir/$slug.ogg" norm -1
  printf '%-45s %6.2fs %3d turns %s\n' "$slug.ogg" "$(soxi -D "$outdir/$slug.ogg")" "$nturns" \
    "$(du -h "$outdir/$slug.ogg" | cut -f1)"

  entry="$(jq -c --arg file "calls/$slug.ogg" --argjson tr "$transcript" '{
      file: $file, stage, title, agent, customer, customer_channel, after_fix, summary,
      transcript: $tr }' <<<"$call")"
  calls_json="$(jq -c --argjson e "$entry" '. + [$e]' <<<"$calls_json")"
done

# Merge into the manifest, keeping any "artifacts" section already there.
if [[ -f "$manifest" ]]; then
  jq --argjson calls "$calls_json" '{calls: $calls, artifacts: (.artifacts // [])}' "$manifest" >"$work/manifest.json"
else
  jq -n --argjson calls "$calls_json" '{calls: $calls, artifacts: []}' >"$work/manifest.json"
fi
mv "$work/manifest.json" "$manifest"
echo "updated $manifest"
