#!/usr/bin/env bash
# Crash consistency: kills `people import`, `meeting import` and `meeting render` with SIGKILL
# at seeded random points and checks what a power cut must leave behind: a store that passes
# PRAGMA integrity_check, all of a command's rows or none (and its audit log entry exactly
# when its rows), every PDF under its final name valid and in the audit log, and no temporary
# file after the next run.
#   crash_consistency_test.sh THUKY SOURCE_DIR [TRIALS] [SEED] [GEN_PEOPLE]
# GEN_PEOPLE (bench/gen_people) makes a realistic people list; without it, a plain one.
# Prints one line per command; exits 1 on the first broken invariant, naming the trial.
set -euo pipefail
thuky=$(realpath "$1")
source_dir=$(realpath "$2")
trials=${3:-20}
seed=${4:-20260915}
gen_people=${5:-}
RANDOM=$seed
sample=$source_dir/samples/ky-anh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset THUKY_PLUGIN_PATH

fail() {
  echo "FAIL (seed $seed): $*" >&2
  exit 1
}
q() { sqlite3 "$1/thuky.db" "$2"; }
now_ms() { date +%s%3N; }

# Starts `thuky ARGS` in workspace $1, kills it after $2 ms; prints "killed" or "finished".
run_and_kill() {
  local ws=$1 delay_ms=$2
  shift 2
  (cd "$ws" && exec "$thuky" --quiet "$@" >/dev/null 2>&1) &
  local pid=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    echo killed
  else
    wait "$pid" 2>/dev/null || true
    echo finished
  fi
}

# Milliseconds a full run of `thuky ARGS` takes in a copy of workspace $1.
time_full_run() {
  local ws=$work/timing
  rm -rf "$ws" && cp -a "$1" "$ws"
  shift
  local start
  start=$(now_ms)
  (cd "$ws" && "$thuky" --quiet "$@" >/dev/null 2>&1) || true
  echo $(($(now_ms) - start))
}

check_integrity() {
  local result
  result=$(q "$1" "PRAGMA integrity_check")
  [ "$result" = ok ] || fail "$2: integrity_check says: $result"
}

# The temporary files of AtomicFile (".NAME.XXXXXX") under $1.
temp_files() { find "$1" -name '.*.??????' -type f 2>/dev/null; }

# Kills the command at random points in [0, 1.2 × its full run time].
random_delay() { echo $((RANDOM % ($1 * 12 / 10 + 1))); }

# One trial: a copy of workspace $template as $ws, `thuky ARGS` killed at a random point
# (sets ws, delay; counts $killed), then the store's integrity checked. $1 names the trial.
start_trial() {
  local name=$1
  shift
  ws=$work/trial
  rm -rf "$ws" && cp -a "$template" "$ws"
  delay=$(random_delay "$full")
  [ "$(run_and_kill "$ws" "$delay" "$@")" = finished ] || killed=$((killed + 1))
  check_integrity "$ws" "$name (killed at $delay ms)"
}

# --- people import --------------------------------------------------------------------------
rows=${CRASH_PEOPLE_ROWS:-2000}
if [ -n "$gen_people" ]; then
  "$gen_people" "$rows" "$work/people.csv" --seed 7 >/dev/null
else
  awk -v n="$rows" 'BEGIN { print "Họ và tên,Đơn vị"
    for (i = 1; i <= n; i++) printf "Nguyễn Văn Thử %d,Đơn vị %d\n", i, i % 50 }' >"$work/people.csv"
fi
template=$work/template
mkdir -p "$template"
(cd "$template" && "$thuky" --quiet init >/dev/null)
full=$(time_full_run "$template" people import "$work/people.csv")
killed=0
for ((t = 1; t <= trials; t++)); do
  start_trial "people import trial $t" people import "$work/people.csv"
  people=$(q "$ws" "SELECT count(*) FROM people")
  entries=$(q "$ws" "SELECT count(*) FROM audit_log WHERE command LIKE '%people import%'")
  [ "$people" = 0 ] || [ "$people" = $rows ] ||
    fail "people import trial $t (killed at $delay ms): $people of $rows rows stored"
  [ $((people > 0)) = "$entries" ] ||
    fail "people import trial $t: $people rows but $entries audit entries"
  # A killed import leaves no temporary file (its rejects list is written only when complete).
  [ -z "$(temp_files "$ws")" ] || fail "people import trial $t: temporary files left: $(temp_files "$ws")"
done
echo "people import: $trials trials ($killed killed mid-run, full run $full ms): consistent"

# --- meeting import -------------------------------------------------------------------------
template=$work/template-meeting
mkdir -p "$template"
(cd "$template" && "$thuky" --quiet init >/dev/null)
(cd "$template" && "$thuky" --quiet people import "$sample/people.csv" >/dev/null)
full=$(time_full_run "$template" meeting import "$sample/meeting.toml")
meeting_state() {
  q "$1" "SELECT (SELECT count(*) FROM minutes_meetings) || '/' ||
                 (SELECT count(*) FROM minutes_participants) || '/' ||
                 (SELECT count(*) FROM minutes_tasks) || '/' ||
                 (SELECT count(*) FROM audit_log WHERE component = 'minutes')" 2>/dev/null ||
    echo "0/0/0/0"  # killed before the plugin's tables were made
}
complete=$(meeting_state "$work/timing")
[ "$complete" != 0/0/0/0 ] || fail "meeting import does not work"
killed=0
for ((t = 1; t <= trials; t++)); do
  start_trial "meeting import trial $t" meeting import "$sample/meeting.toml"
  state=$(meeting_state "$ws")
  [ "$state" = 0/0/0/0 ] || [ "$state" = "$complete" ] ||
    fail "meeting import trial $t (killed at $delay ms): meetings/participants/tasks/log = $state, not 0/0/0/0 or $complete"
done
echo "meeting import: $trials trials ($killed killed mid-run, full run $full ms): consistent"

# --- meeting render -------------------------------------------------------------------------
(cd "$template" && "$thuky" --quiet meeting import "$sample/meeting.toml" >/dev/null)
full=$(time_full_run "$template" meeting render ky-anh-2020-09-15 --out pdf)
killed=0
for ((t = 1; t <= trials; t++)); do
  start_trial "meeting render trial $t" meeting render ky-anh-2020-09-15 --out pdf
  for pdf in "$ws"/pdf/*.pdf; do
    [ -e "$pdf" ] || continue
    qpdf --check "$pdf" >/dev/null 2>&1 ||
      fail "meeting render trial $t (killed at $delay ms): $(basename "$pdf") is not a valid PDF"
    # Placed only after its audit entry committed: no document under its name unlogged.
    sum=$(sha256sum "$pdf" | cut -d' ' -f1)
    [ "$(q "$ws" "SELECT count(*) FROM audit_documents WHERE sha256 = '$sum'")" -ge 1 ] ||
      fail "meeting render trial $t (killed at $delay ms): $(basename "$pdf") is not in the audit log"
  done
  # The next render replaces the files and removes the killed one's temporary files.
  (cd "$ws" && "$thuky" --quiet meeting render ky-anh-2020-09-15 --out pdf >/dev/null 2>&1) ||
    fail "meeting render trial $t: the next render failed"
  [ -z "$(temp_files "$ws/pdf")" ] ||
    fail "meeting render trial $t: temporary files left: $(temp_files "$ws/pdf")"
  logged=$(q "$ws" "SELECT count(*) FROM audit_documents d JOIN audit_log l ON l.id = d.entry_id
                    WHERE l.id = (SELECT max(id) FROM audit_log)")
  [ "$logged" = "$(find "$ws/pdf" -name '*.pdf' | wc -l)" ] ||
    fail "meeting render trial $t: the render's audit entry lists $logged documents"
done
echo "meeting render: $trials trials ($killed killed mid-run, full run $full ms): consistent"
