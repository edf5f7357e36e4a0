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

# share LABEL: the last measure's speed as a share of sqlite3's plain import (wall and CPU).
share() {
  awk -v b="$base" -v o="$(cat "$work/last")" -v bc="$base_cpu" -v oc="$(cat "$work/last_cpu")" \
    -v l="$1" 'BEGIN { printf "  %s: %.2f× the speed of sqlite3 plain (wall), %.2f× (CPU); target ≥ 0,8×\n", l, b / o, bc / oc }'
}

measure "sqlite3 -csv .import (plain table)" \
  sqlite3 "$work/plain.db" -cmd ".mode csv" ".import $work/people.csv people"
base=$(cat "$work/last")
base_cpu=$(cat "$work/last_cpu")
# The same file into a table with the people directory's four indexes (code, name + birth date,
# name + unit, list order): the part of thuky's work that is SQLite's alone.
indexes="CREATE UNIQUE INDEX people_code ON people(code);
  CREATE INDEX people_name_birth ON people(name, birth); CREATE INDEX people_name_unit ON
  people(name, unit); CREATE INDEX people_order ON people(name);"
sqlite3 "$work/indexed.db" "CREATE TABLE people(code, name, gender, birth, title, unit, phone,
  email); $indexes"
measure "sqlite3 -csv .import (people's 4 indexes)" \
  sqlite3 "$work/indexed.db" -cmd ".mode csv" ".import --skip 1 $work/people.csv people"
# The same, indexes built after the rows are in (thuky's bulk path does so): SQLite's floor.
sqlite3 "$work/after.db" "CREATE TABLE people(code, name, gender, birth, title, unit, phone,
  email)"
measure "sqlite3 .import, then the 4 indexes" \
  sqlite3 "$work/after.db" -cmd ".mode csv" ".import --skip 1 $work/people.csv people" \
  "$indexes"
share "sqlite3, indexes after"

mkdir "$work/ws" && (cd "$work/ws" && "$OLDPWD/$bin/thuky" init >/dev/null)
(cd "$work/ws" && measure "thuky people import --skip-invalid (.csv)" \
  "$OLDPWD/$bin/thuky" -q people import --skip-invalid "$work/people.csv")
share "thuky .csv import"

"$bin/bench_csv_to_xlsx" "$work/people.csv" "$work/people.xlsx"
echo "the same file as .xlsx, texts in shared strings as Excel saves: $(du -h "$work/people.xlsx" | cut -f1)"
mkdir "$work/wsx" && (cd "$work/wsx" && "$OLDPWD/$bin/thuky" init >/dev/null)
(cd "$work/wsx" && measure "thuky people import --skip-invalid (.xlsx)" \
  "$OLDPWD/$bin/thuky" -q people import --skip-invalid "$work/people.xlsx")
share "thuky .xlsx import"

(cd "$work/ws" && measure "thuky people list --out .csv (export)" \
  "$OLDPWD/$bin/thuky" -q people list --out "$work/export.csv")
(cd "$work/ws" && measure "thuky people list --out .xlsx (export)" \
  "$OLDPWD/$bin/thuky" -q people list --out "$work/export.xlsx")
