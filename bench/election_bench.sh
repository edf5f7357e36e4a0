#!/usr/bin/env bash
# The delegates plugin at province scale: a synthetic election day (bench_gen_election) through
# the real binary, with sqlite3's own CSV import of the same voter file beside it.
#   bash bench/election_bench.sh [VOTERS]      (default 1.000.000; build first)
# Prints seconds, rows/s or pages/s, peak memory and CPU time of each step.
set -euo pipefail
cd "$(dirname "$0")/.."
voters=${1:-1000000}
bin=$PWD/build/default/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null && [ -x /usr/bin/time ] || {
  echo "needs sqlite3 and /usr/bin/time: apt-get install -y sqlite3 time" >&2
  exit 1
}

"$bin/bench_gen_election" "$voters" "$work/gen"
echo "voter file: $(du -h "$work/gen/voters.csv" | cut -f1)"

# measure LABEL COUNT UNIT COMMAND...: "LABEL  seconds  COUNT/s  peak MiB  CPU seconds" (on a
# shared machine the CPU time is the steadier figure: wall time includes waiting for a core)
measure() {
  local label=$1 count=$2 unit=$3
  shift 3
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  read -r seconds kib user sys < <(tail -n 1 "$work/time")
  awk -v l="$label" -v s="$seconds" -v k="$kib" -v n="$count" -v u="$unit" -v c="$user" -v y="$sys" \
    'BEGIN { printf "%-40s %7.2f s %10.0f %s/s %7.0f MiB %7.2f s CPU\n", l, s, n / s, u, k / 1024, c + y }'
  awk -v s="$seconds" -v c="$user" -v y="$sys" 'BEGIN { print s, c + y }' >"$work/last"
}

measure "sqlite3 -csv .import (plain table)" "$voters" rows \
  sqlite3 "$work/plain.db" -cmd ".mode csv" ".import $work/gen/voters.csv voters"
read -r base base_cpu <"$work/last"
# The same file, then indexes like the voter table's own (card number per polling area, citizen
# id, name and birth date for the listed-twice check), built after the rows are in as thuky's
# first list is: the part of the import that is SQLite's alone, its floor.
sqlite3 "$work/after.db" "CREATE TABLE voters(stt, area, name, birth, gender, ethnicity,
  occupation, residence, kind, household, citizen)"
measure "sqlite3 .import, then the 3 indexes" "$voters" rows \
  sqlite3 "$work/after.db" -cmd ".mode csv" ".import --skip 1 $work/gen/voters.csv voters" \
  "CREATE UNIQUE INDEX voters_card ON voters(area, stt);
  CREATE UNIQUE INDEX voters_citizen ON voters(citizen);
  CREATE INDEX voters_twice ON voters(name, birth, area, stt);"
read -r floor floor_cpu <"$work/last"

mkdir "$work/ws"
cd "$work/ws"
"$bin/thuky" init >/dev/null
"$bin/thuky" -q areas import "$work/gen/areas.csv" >/dev/null
"$bin/thuky" -q election import "$work/gen/election.toml" >/dev/null
"$bin/thuky" -q election candidates import "$work/gen/candidates-dbqh.csv" --election dbqh-2026 >/dev/null
"$bin/thuky" -q election candidates import "$work/gen/candidates-hdnd-tinh.csv" --election hdnd-tinh-2026 >/dev/null
measure "thuky election voters import" "$voters" rows \
  "$bin/thuky" -q election voters import "$work/gen/voters.csv"
read -r ours ours_cpu <"$work/last"
awk -v b="$base" -v o="$ours" -v bc="$base_cpu" -v oc="$ours_cpu" -v f="$floor" -v fc="$floor_cpu" 'BEGIN {
  printf "voter import speed / sqlite3 plain: %.2f× wall, %.2f× CPU (target ≥ 0,8×)\n", b / o, bc / oc
  printf "voter import speed / sqlite3 with the indexes: %.2f× wall, %.2f× CPU (that floor: %.2f× plain)\n",
    f / o, fc / oc, b / f }'

measure "thuky election check" 1 runs "$bin/thuky" -q election check
"$bin/thuky" -q election tally import "$work/gen/tallies.csv" >/dev/null
measure "thuky election results (whole province)" 1 runs "$bin/thuky" -q election results
pages_of() { for f in "$1"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ { print $2 }'; done | awk '{ s += $1 } END { print s }'; }
# render CORES: every voter list on CORES cores (taskset), then the minimal libharu program
# writing the same number of table pages into as many files on as many threads.
render() {
  local cores=$1 cpus
  cpus=$(seq -s, 0 $((cores - 1)))
  rm -rf "$work/pdf" "$work/raw"
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" taskset -c "$cpus" \
    "$bin/thuky" -q election render --doc voters --out "$work/pdf" >/dev/null
  pages=$(pages_of "$work/pdf")
  files=$(ls "$work/pdf" | wc -l)
  read -r seconds kib user sys < <(tail -n 1 "$work/time")
  awk -v s="$seconds" -v k="$kib" -v n="$pages" -v c="$user" -v y="$sys" -v l="thuky render --doc voters, $cores core(s)" 'BEGIN {
    printf "%-40s %7.2f s %10.0f pages/s %7.0f MiB %7.2f s CPU (%d pages)\n", l, s, n / s, k / 1024, c + y, n }'
  read -r ours _ <<<"$seconds"
  measure "minimal libharu program, $cores thread(s)" "$pages" pages \
    taskset -c "$cpus" "$bin/bench_voter_pages_raw" "$pages" "$files" "$cores" "$work/raw"
  read -r raw _ <"$work/last"
  awk -v r="$raw" -v o="$ours" -v c="$cores" 'BEGIN {
    printf "voter lists pages/s / libharu pages/s, both on %d core(s): %.2f×%s\n", c, r / o,
      c == 1 ? " (target ≥ 0,8×)" : "" }'
  echo "$ours $raw" >"$work/render-$cores"
}
render 1
render 2
read -r ours1 raw1 <"$work/render-1"
read -r ours2 raw2 <"$work/render-2"
awk -v o="$ours2" -v r="$raw1" 'BEGIN {
  printf "voter lists on 2 cores / libharu on 1 core: %.2f× (target ≥ 1,6×)\n", r / o }'
