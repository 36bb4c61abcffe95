#!/usr/bin/env bash
# Configures and builds build-sanitize/: the engine and its Catch2 tests with clang-14,
# AddressSanitizer + UBSan, plus the libFuzzer target. Used by test.sh and fuzz.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build-sanitize/build.ninja ]; then
  CXX=clang++-14 cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSEEDLAB_SANITIZE=ON -DSEEDLAB_FUZZ=ON >/dev/null
fi
cmake --build build-sanitize -j "$(nproc)" --target seedlab_tests seedlab_fuzz
