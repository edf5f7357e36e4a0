#!/usr/bin/env bash
# Fuzzes the readers of untrusted input with libFuzzer, ASan and UBSan: builds the targets of
# fuzz/ with clang in build/fuzz (THUKY_BUILD_FUZZ), then runs each for SECONDS (default 60),
# one after another at low priority, starting from fuzz/corpus/<target>/. New inputs that reach
# new code are merged back into fuzz/corpus/<target>/ (small files; the tests replay them). A
# crash leaves its input in build/fuzz/crashes/ and stops with exit 1.
#   bench/fuzz.sh [SECONDS] [TARGET...]   (targets: see THUKY_FUZZ_TARGETS in fuzz/CMakeLists.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] ||
  targets=(csv_reader xlsx_reader meeting_file host_config plugin_manifest name_parsing)
build=build/fuzz
sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$sanitizers -fsanitize=fuzzer-no-link" \
  -DCMAKE_SHARED_LINKER_FLAGS="$sanitizers" -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" \
  -DTHUKY_BUILD_FUZZ=ON -DTHUKY_BUILD_TESTS=OFF -DTHUKY_BUILD_BENCH=OFF >/dev/null
nice -n 19 cmake --build "$build" -j 1 --target "${targets[@]/#/fuzz_}" >/dev/null

mkdir -p "$build/crashes"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in "${targets[@]}"; do
  seeds=fuzz/corpus/$target
  work=$build/corpus/$target
  mkdir -p "$seeds" "$work"
  max_len=4096
  [ "$target" = xlsx_reader ] && max_len=65536
  echo "== $target: $seconds s"
  nice -n 19 "$build/bin/fuzz_$target" -max_total_time="$seconds" -max_len="$max_len" \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$target-" "$work" "$seeds" 2>&1 |
    grep -E '^(stat::|==.*ERROR|SUMMARY|#[0-9]+ *DONE)|Test unit written' || true
  if ls "$build/crashes/$target-"* >/dev/null 2>&1; then
    echo "$target: crash inputs in $build/crashes/" >&2
    exit 1
  fi
  # Keep in the repository only what adds coverage, and only small inputs.
  nice -n 19 "$build/bin/fuzz_$target" -merge=1 -max_len="$max_len" "$seeds" "$work" >/dev/null 2>&1
  # The repository keeps the hand-made seeds (seed-*) and, of what the fuzzer found, the
  # smallest inputs up to a budget (100 files, 48 KB; 96 KB of workbooks).
  budget=49152
  [ "$target" = xlsx_reader ] && budget=98304
  total=0
  kept=0
  while read -r size file; do
    total=$((total + size))
    kept=$((kept + 1))
    [ "$total" -le "$budget" ] && [ "$kept" -le 100 ] || rm -f "$file"
  done < <(find "$seeds" -type f ! -name 'seed-*' -printf '%s %p\n' | sort -n)
  echo "$target: $(ls "$seeds" | wc -l) corpus files, $(($(du -sb "$seeds" | cut -f1) / 1024)) KB"
done
