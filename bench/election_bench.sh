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

mkdir "$work/ws"
cd "$work/ws"
"$bin/thuky" init >/dev/null
"$bin/thuky" -q election import "$work/gen/election.toml" >/dev/null
"$bin/thuky" -q election candidates import "$work/gen/candidates-dbqh.csv" --election dbqh-2026 >/dev/null
"$bin/thuky" -q election candidates import "$work/gen/candidates-hdnd-tinh.csv" --election hdnd-tinh-2026 >/dev/null
measure "thuky election voters import" "$voters" rows \
  "$bin/thuky" -q election voters import "$work/gen/voters.csv"
read -r ours ours_cpu <"$work/last"
awk -v b="$base" -v o="$ours" -v bc="$base_cpu" -v oc="$ours_cpu" 'BEGIN {
  printf "voter import speed / sqlite3 speed: %.2f× wall, %.2f× CPU (target ≥ 0,8×)\n", b / o, bc / oc }'

measure "thuky election check" 1 runs "$bin/thuky" -q election check
pages_of() { for f in "$1"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ { print $2 }'; done | awk '{ s += $1 } END { print s }'; }
# One core: the render command writes the lists one after another.
/usr/bin/time -f "%e %M %U %S" -o "$work/time" \
  "$bin/thuky" -q election render --doc voters --out "$work/pdf" >/dev/null
pages=$(pages_of "$work/pdf")
read -r seconds kib user sys < <(tail -n 1 "$work/time")
awk -v s="$seconds" -v k="$kib" -v n="$pages" -v c="$user" -v y="$sys" 'BEGIN {
  printf "%-40s %7.2f s %10.0f pages/s %7.0f MiB %7.2f s CPU (%d pages)\n",
    "thuky election render --doc voters", s, n / s, k / 1024, c + y, n }'
