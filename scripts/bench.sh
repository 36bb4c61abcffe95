#!/usr/bin/env bash
# `npm run bench`: builds if needed, then prints throughput ratios (bench/run.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build-native/seedlab ] && [ -f build-wasm/seedlab.cjs ] || { bash scripts/setup.sh && bash scripts/build.sh; }
node bench/run.mjs "$@"
# --kernels: only the fill-kernel rows, no page budgets.
[[ " $* " == *" --kernels "* ]] || node bench/page.mjs
