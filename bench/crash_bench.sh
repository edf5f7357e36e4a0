#!/usr/bin/env bash
# More kill -9 trials than the test suite runs (tests/crash_consistency_test.sh): TRIALS per
# command (default 200), a larger people list, a seed from the clock unless given. Prints one
# line per command with the trials killed mid-run; exits 1 naming the first broken invariant.
#   bench/crash_bench.sh [TRIALS] [SEED] [PEOPLE_ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
trials=${1:-200}
seed=${2:-$(date +%s)}
export CRASH_PEOPLE_ROWS=${3:-20000}
cmake --build --preset default --target thuky thuky_plugin_minutes bench_gen_people >/dev/null
echo "== crash consistency: $trials trials per command, seed $seed, $CRASH_PEOPLE_ROWS people"
start=$(date +%s)
bash tests/crash_consistency_test.sh build/default/bin/thuky . "$trials" "$seed" \
  build/default/bin/bench_gen_people
echo "wall $(($(date +%s) - start)) s"
