#!/usr/bin/env bash
# Several thuky processes on one workspace. Prints, for each scenario, what was stored, the
# errors and the wall time:
#   1. 4 writers x 50 `people add` at once (all 200 must be stored, no errors);
#   2. a 200,000-row `people import` while other processes list (read) and add (write) people:
#      the readers never wait (WAL), the writers wait for the import, then succeed.
# Usage: bench/concurrency_bench.sh [path/to/thuky]   (default: build/default/bin/thuky)
set -euo pipefail
cd "$(dirname "$0")/.."
thuky=$(realpath "${1:-build/default/bin/thuky}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
count_people() { (cd "$1" && "$thuky" --quiet people list | wc -l); }
first_error() { cat "$@" 2>/dev/null | sort | uniq -c | sort -rn | head -1; }

# Runs `count` times `thuky ARGS...` in workspace $1, a "#" in the arguments replaced by the
# run's number; writes the number of failures to $2.count and their stderr to $2.err.
repeat() {
  local ws=$1 tag=$2 count=$3
  shift 3
  local failures=0 i
  for ((i = 1; i <= count; i++)); do
    local args=("${@//#/$i}")
    (cd "$ws" && "$thuky" "${args[@]}" >/dev/null 2>>"$work/$tag.err") || failures=$((failures + 1))
  done
  echo "$failures" >"$work/$tag.count"
}

echo "== concurrency: 4 writers x 50 people add"
ws=$work/writers
mkdir -p "$ws"
(cd "$ws" && "$thuky" init >/dev/null)
start=$(now)
for w in 1 2 3 4; do
  repeat "$ws" "writer$w" 50 people add "Người Thử $w #" &
done
wait
end=$(now)
errors=$(cat "$work"/writer*.count | paste -sd+ | bc)
echo "stored $(count_people "$ws") of 200, errors $errors, wall $(elapsed "$start" "$end") s"
[ "$errors" -eq 0 ] || echo "most frequent error: $(first_error "$work"/writer*.err)"

echo "== concurrency: 200000-row import while 2 readers and 2 writers run"
ws=$work/import
mkdir -p "$ws"
(cd "$ws" && "$thuky" init >/dev/null)
# The writers must outwait the whole import.
sed -i 's/^busy_timeout_ms = 5000/busy_timeout_ms = 300000/' "$ws/thuky.toml"
awk 'BEGIN {
  split("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý", family, " ")
  split("Văn Thị Hữu Đức Minh Thanh Ngọc Quang Xuân Thu", middle, " ")
  split("An Bình Cường Dung Giang Hà Hải Hùng Lan Long Mai Nam Phong Quân Sơn Tâm Thảo Trung Tuấn Yến", given, " ")
  print "Họ và tên,Đơn vị,Ngày sinh"
  for (i = 0; i < 200000; i++) {
    # Distinct names: the 3,200 combinations, then a number.
    printf "%s %s %s %d,Tổ %d,%02d/%02d/%d\n", family[i % 16 + 1], middle[int(i / 16) % 10 + 1],
           given[int(i / 160) % 20 + 1], int(i / 3200) + 1, i % 97 + 1, i % 28 + 1, i % 12 + 1,
           1940 + i % 60
  }
}' >"$work/people.csv"
start=$(now)
(cd "$ws" && "$thuky" --quiet people import "$work/people.csv" >/dev/null 2>"$work/import.err") &&
  echo 0 >"$work/import.count" || echo 1 >"$work/import.count" &
sleep 1 # the import holds the write lock by now
others_start=$(now)
repeat "$ws" reader1 10 people list --json &
repeat "$ws" reader2 10 people list --json &
repeat "$ws" adder1 5 people add "Người Chờ A #" &
repeat "$ws" adder2 5 people add "Người Chờ B #" &
wait
end=$(now)
import_errors=$(cat "$work/import.count")
reader_errors=$(cat "$work"/reader*.count | paste -sd+ | bc)
adder_errors=$(cat "$work"/adder*.count | paste -sd+ | bc)
echo "import: $((import_errors == 0 ? 200000 : 0)) rows, errors $import_errors"
echo "readers: 20 lists, errors $reader_errors"
echo "writers: 10 adds, errors $adder_errors"
echo "stored $(count_people "$ws") of 200010, wall $(elapsed "$start" "$end") s" \
  "(others started after $(elapsed "$start" "$others_start") s)"
[ "$import_errors" -eq 0 ] || echo "import error: $(first_error "$work/import.err")"
[ "$reader_errors$adder_errors" = "00" ] ||
  echo "most frequent error: $(first_error "$work"/reader*.err "$work"/adder*.err)"
