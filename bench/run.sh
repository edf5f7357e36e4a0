#!/usr/bin/env bash
# Builds (release with debug info) and runs every benchmark; prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target bench_startup bench_plugin_load bench_table bench_names_sort bench_gen_people bench_xlsx thuky \
  thuky_plugin_minutes thuky_plugin_delegates thuky_plugin_voter_contact bench_contact_schedule >/dev/null
echo "== start-up"
build/default/bin/bench_startup
echo "== table rendering"
build/default/bin/bench_table
echo "== names sort"
build/default/bin/bench_names_sort
echo "== concurrency"
bash bench/concurrency_bench.sh build/default/bin/thuky
echo "== people import and export"
bash bench/import_bench.sh 200000
echo "== elections: voter import, check, voter lists"
bash bench/election_bench.sh 200000
echo "== excel workbooks (.xlsx)"
build/default/bin/bench_xlsx
echo "== voter-contact scheduler"
# GLPK's glpsol proves the optimum of small rounds; a benchmark-only package.
command -v glpsol >/dev/null || { sudo=(); [[ $(id -u) -eq 0 ]] || sudo=(sudo); "${sudo[@]}" apt-get install -y -qq glpk-utils >/dev/null; }
build/default/bin/bench_contact_schedule
