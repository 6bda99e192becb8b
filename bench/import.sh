#!/usr/bin/env bash
# Import benchmark (not a ctest): 200,000-row complaint and survey CSVs into a
# room with customer-room-cli, against `sqlite3 .import` of the same file into
# a plain table and a plain Python csv + sqlite3 loader, measured in one run.
# Prints the ratios, the peak RSS, and a re-sync of the unchanged feed as a
# fraction of the first import.
#   bench/import.sh [ROWS]      (default 200000; needs python3, sqlite3, /usr/bin/time)
# Targets: <= 2.0x sqlite3 .import, >= 3x faster than Python, re-sync <= 5 %,
# peak RSS < 150 MB. floor_s is SQLite alone inserting the same rows into the
# room's schema from the plain table (no parsing); vs_floor is room_s over it.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-200000}
cmake --preset release >/dev/null
cmake --build --preset release --target customer-room-cli >/dev/null
cli=$PWD/build/release/app/customer-room-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work}

python3 bench/make_import_data.py "$work" "$rows"

# seconds and peak RSS (kB) of a command
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr"; exit 1; }
  cat "$work/time"
}

# What SQLite alone needs to put the same rows into the room's schema (its
# indexes, upsert key and search index, in its WAL mode) from the plain
# table, parsing nothing: the floor under any importer of this schema.
floor_sql() {
  case $1 in
  complaints) echo "INSERT INTO complaint(channel, category, product, text, status, received_at, source_file,
      source_line, external_id, source_key, content_hash, imported_at)
    SELECT channel, category, product, text, status, replace(received_at, ' ', 'T'), 'complaints.csv', rowid, id,
      'complaints:generic:' || id, hex(randomblob(20)), '2026-01-01T00:00:00' FROM p.t;" ;;
  surveys) echo "INSERT INTO survey_response(metric, score, scale_min, scale_max, comment, responded_at, source_file,
      source_line, external_id, source_key, content_hash, imported_at)
    SELECT metric, score, CASE metric WHEN 'nps' THEN 0 ELSE 1 END,
      CASE metric WHEN 'nps' THEN 10 WHEN 'csat' THEN 5 ELSE 7 END, comment, responded_at || 'T00:00:00',
      'surveys.csv', rowid, id, 'surveys:generic:' || id || ':' || metric, hex(randomblob(20)),
      '2026-01-01T00:00:00' FROM p.t;" ;;
  esac
}

printf '%-11s %9s %9s %9s %11s %9s %9s %9s %9s %9s\n' file rows room_s sqlite_s python_s vs_sqlite py/room floor_s vs_floor rss_MB
for kind in complaints surveys; do
  file=$work/$kind.csv
  "$cli" init "$work/$kind.croom" >/dev/null
  read -r room_s room_kb < <(measure "$cli" feed add "$work/$kind.croom" bench --kind "$kind" --location "$file")
  read -r room_s room_kb < <(measure "$cli" sync "$work/$kind.croom")
  read -r resync_s _ < <(measure "$cli" sync "$work/$kind.croom")
  read -r sqlite_s _ < <(measure sqlite3 "$work/$kind-plain.db" ".mode csv" ".import $file t")
  read -r python_s _ < <(measure python3 bench/python_loader.py "$file" "$work/$kind-py.db")
  "$cli" init "$work/$kind-floor.croom" >/dev/null
  read -r floor_s _ < <(measure sqlite3 "$work/$kind-floor.croom" "PRAGMA cache_size = -32768" \
    "ATTACH '$work/$kind-plain.db' AS p" "BEGIN" "$(floor_sql "$kind")" "COMMIT")
  awk -v k="$kind" -v n="$rows" -v r="$room_s" -v s="$sqlite_s" -v p="$python_s" -v m="$room_kb" -v f="$floor_s" \
    'BEGIN { printf "%-11s %9d %9.2f %9.2f %11.2f %8.2fx %8.2fx %9.2f %8.2fx %9.1f\n", k, n, r, s, p, r / s, p / r, f, r / f, m / 1024 }'
  awk -v k="$kind" -v r="$room_s" -v z="$resync_s" \
    'BEGIN { printf "%-11s re-sync of the unchanged feed: %.2f s = %.1f %% of the first import\n", k, z, 100 * z / r }'
done
