#!/usr/bin/env bash
# Sets up, builds and runs every test: the normal build, then the ASan+UBSan build (which leaves
# out the process-level stress runs; see the asan test preset's description).
# Usage: bash scripts/test.sh        (from anywhere inside the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

for preset in default asan; do
  echo "== $preset: configure and build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  echo "== $preset: test"
  ctest --preset "$preset"
done
