#!/usr/bin/env bash
# People import and export at scale, beside sqlite3's own CSV import of the same file.
#   bash bench/import_bench.sh [ROWS]      (default 1.000.000; build first: bash bench/run.sh)
# Prints seconds, rows/s and peak memory of each, and thuky's speed as a share of sqlite3's.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
bin=build/default/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null && [ -x /usr/bin/time ] || {
  echo "needs sqlite3 and /usr/bin/time: apt-get install -y sqlite3 time" >&2
  exit 1
}

"$bin/bench_gen_people" "$rows" "$work/people.csv" --faults
echo "file: $rows rows ($(du -h "$work/people.csv" | cut -f1)), about 1 % faulty rows"

# measure LABEL COMMAND...: prints "LABEL  seconds  rows/s  peak MiB  CPU seconds" (on a
# shared machine the CPU time is the steadier figure: wall time includes waiting for a core)
measure() {
  local label=$1
  shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  read -r seconds kib user sys < <(tail -n 1 "$work/time")  # after "Command exited with…"
  awk -v l="$label" -v s="$seconds" -v k="$kib" -v n="$rows" -v u="$user" -v y="$sys" \
    'BEGIN { printf "%-44s %7.2f s %10.0f rows/s %7.0f MiB %7.2f s CPU\n", l, s, n / s, k / 1024, u + y }'
  echo "$seconds" >"$work/last"
  awk -v u="$user" -v y="$sys" 'BEGIN { print u + y }' >"$work/last_cpu"
}

measure "sqlite3 -csv .import (plain table)" \
  sqlite3 "$work/plain.db" -cmd ".mode csv" ".import $work/people.csv people"
base=$(cat "$work/last")
base_cpu=$(cat "$work/last_cpu")
# The same file into a table with the people directory's four indexes (code, name + birth date,
# name + unit, list order): the part of thuky's work that is SQLite's alone.
sqlite3 "$work/indexed.db" "CREATE TABLE people(code, name, gender, birth, title, unit, phone,
  email); CREATE UNIQUE INDEX people_code ON people(code);
  CREATE INDEX people_name_birth ON people(name, birth); CREATE INDEX people_name_unit ON
  people(name, unit); CREATE INDEX people_order ON people(name);"
measure "sqlite3 -csv .import (people's 4 indexes)" \
  sqlite3 "$work/indexed.db" -cmd ".mode csv" ".import --skip 1 $work/people.csv people"
indexed=$(cat "$work/last")
indexed_cpu=$(cat "$work/last_cpu")
mkdir "$work/ws" && (cd "$work/ws" && "$OLDPWD/$bin/thuky" init >/dev/null)
(cd "$work/ws" && measure "thuky people import --skip-invalid" \
  "$OLDPWD/$bin/thuky" -q people import --skip-invalid "$work/people.csv")
ours=$(cat "$work/last")
ours_cpu=$(cat "$work/last_cpu")
awk -v b="$base" -v o="$ours" -v bc="$base_cpu" -v oc="$ours_cpu" 'BEGIN {
  printf "thuky speed / sqlite3 speed: %.2f× wall, %.2f× CPU (target ≥ 0,8×)\n", b / o, bc / oc }'
awk -v b="$indexed" -v o="$ours" -v bc="$indexed_cpu" -v oc="$ours_cpu" 'BEGIN {
  printf "thuky speed / sqlite3 into the same indexes: %.2f× wall, %.2f× CPU\n", b / o, bc / oc }'
(cd "$work/ws" && measure "thuky people list --out .csv" \
  "$OLDPWD/$bin/thuky" -q people list --out "$work/export.csv")
(cd "$work/ws" && measure "thuky people list --out .xlsx" \
  "$OLDPWD/$bin/thuky" -q people list --out "$work/export.xlsx")
if [ -s "$work/export.xlsx" ]; then
  mkdir "$work/ws2" && (cd "$work/ws2" && "$OLDPWD/$bin/thuky" init >/dev/null)
  (cd "$work/ws2" && measure "thuky people import (the .xlsx export)" \
    "$OLDPWD/$bin/thuky" -q people import "$work/export.xlsx")
fi
