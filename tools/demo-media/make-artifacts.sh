#!/usr/bin/env bash
# Builds the standalone Qt renderer in tools/demo-media, renders the Kestrel
# Fibre demo artifacts into resources/demo/artifacts/ (PNG + PDF + thumbnails),
# renders the app icon PNG from packaging/icons/customer-room.svg, and writes
# the "artifacts" section of resources/demo/manifest.json from artifacts.json.
#
# Requires: cmake, a C++17 compiler, Qt 6 (Gui, Svg), jq, pdftoppm (poppler-utils).
# Usage: tools/demo-media/make-artifacts.sh   (BUILD_DIR overrides the build directory)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${BUILD_DIR:-${TMPDIR:-/tmp}/customer-room-demo-media-build}"
out="$root/resources/demo/artifacts"
manifest="$root/resources/demo/manifest.json"

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --parallel >/dev/null
tool="$build/render-demo-media"

export QT_QPA_PLATFORM=offscreen
mkdir -p "$out"
"$tool" artifacts "$out"

# PDF thumbnails: page 1 at 40 dpi (A4 -> 331x468 px)
for pdf in "$out"/*.pdf; do
  pdftoppm -png -r 40 -singlefile "$pdf" "${pdf%.pdf}.thumb"
done

# App icon
if [[ -f "$root/packaging/icons/customer-room.svg" ]]; then
  "$tool" icon "$root/packaging/icons/customer-room.svg" "$root/packaging/icons/customer-room-256.png" 256
fi

# Manifest "artifacts" section
artifacts="$(jq -c '[.[] | {
    file: ("artifacts/" + .slug + "." + .ext),
    thumbnail: ("artifacts/" + .slug + ".thumb.png"),
    stage, title, kind,
    mime_type: (if .ext == "pdf" then "application/pdf" else "image/png" end),
    description }]' "$here/artifacts.json")"
for f in $(jq -r '.[].file' <<<"$artifacts"); do
  [[ -f "$root/resources/demo/$f" ]] || { echo "missing $f" >&2; exit 1; }
done
tmp="$(mktemp)"
if [[ -f "$manifest" ]]; then
  jq --argjson a "$artifacts" '{calls: (.calls // []), artifacts: $a}' "$manifest" >"$tmp"
else
  jq -n --argjson a "$artifacts" '{calls: [], artifacts: $a}' >"$tmp"
fi
mv "$tmp" "$manifest"
echo "updated $manifest"
