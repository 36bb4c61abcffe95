#!/usr/bin/env bash
# `npm test`: installs what is missing, builds, then runs every suite and prints one
# closing "N passed, N failed" line:
#   1. engine tests (Catch2) natively,       2. the same tests compiled to wasm under Node,
#   3. CLI tests against real CPython,        4. web unit tests (Vitest),
#   5. real-browser tests (playwright-core driving Debian's Chromium).
# Set SEEDLAB_SKIP_BUILD=1 to reuse an existing build.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
if [ "${SEEDLAB_SKIP_BUILD:-0}" != 1 ]; then
  bash scripts/setup.sh || exit 1
  bash scripts/build.sh || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
fi
mkdir -p build-reports
passed=0; failed=0
report() { printf '%-28s %s passed, %s failed\n' "$1:" "$2" "$3"; passed=$((passed + $2)); failed=$((failed + $3)); }

# Catch2 v2 compact reporter: "Passed all N test cases ..." or "Failed N test cases ...".
catch2_suite() {
  local name=$1; shift
  local log=build-reports/$name.log total fails
  "$@" -r compact > "$log" 2>&1; local rc=$?
  total=$("$@" --list-test-names-only 2>/dev/null | grep -c . )
  fails=$(grep -oE 'Failed [0-9]+ test case' "$log" | grep -oE '[0-9]+' | head -1)
  [ -z "$fails" ] && fails=0
  [ $rc -ne 0 ] && [ "$fails" = 0 ] && fails=1
  [ $rc -ne 0 ] && tail -40 "$log"
  report "$name" $((total - fails)) "$fails"
}
catch2_suite "engine (native)" build-native/seedlab_tests
catch2_suite "engine (wasm, Node)" node --no-experimental-fetch build-wasm/seedlab_tests.cjs

# node:test suites print TAP summary lines "# pass N" / "# fail N".
node_suite() {
  local name=$1; shift
  local log="build-reports/${name// /_}.log"
  node --test --test-reporter=tap "$@" > "$log" 2>&1; local rc=$?
  local p f
  p=$(grep -E '^# pass ' "$log" | awk '{print $3}'); f=$(grep -E '^# fail ' "$log" | awk '{print $3}')
  p=${p:-0}; f=${f:-0}
  [ $rc -ne 0 ] && [ "$f" = 0 ] && f=1
  [ "$f" != 0 ] && grep -B2 -A25 '^not ok' "$log" | head -120
  report "$name" "$p" "$f"
}
node_suite "cli vs CPython" tests/cli/

vlog=build-reports/vitest.json
npx vitest run --config web/vite.config.ts --reporter=default --reporter=json --outputFile="$PWD/$vlog" > build-reports/vitest.log 2>&1; vrc=$?
vp=$(node -e "try{const r=require('./$vlog');console.log(r.numPassedTests)}catch{console.log(0)}")
vf=$(node -e "try{const r=require('./$vlog');console.log(r.numFailedTests)}catch{console.log(1)}")
[ $vrc -ne 0 ] && [ "$vf" = 0 ] && vf=1
[ $vrc -ne 0 ] && tail -40 build-reports/vitest.log
report "web unit (Vitest)" "$vp" "$vf"

node_suite "browser (Chromium)" tests/browser/

# The portable libm against the host glibc: every float input of every single-precision
# function (2^32 each), and 2*10^7 samples of each double function; then the same
# functions' outputs natively and in wasm must hash identically (libm_digest).
# SEEDLAB_LIBM=quick samples floats too (for a fast local run); =skip skips.
libm_mode="${SEEDLAB_LIBM:-full}"
if [ "$libm_mode" != skip ]; then
  lp=0; lf=0
  while read -r fn kind; do
    n=20000000
    [ "$libm_mode" = full ] && [[ "$kind" == *exhaustive* ]] && n=""
    if build-native/libm_exhaustive "$fn" $n >> build-reports/libm.log 2>&1; then lp=$((lp + 1)); else lf=$((lf + 1)); echo "libm mismatch: $fn"; fi
  done < <(build-native/libm_exhaustive --list 2>/dev/null)
  if diff <(build-native/libm_digest 2>&1) <(node --no-experimental-fetch build-wasm/libm_digest.cjs 2>&1) > build-reports/libm_digest.diff; then
    lp=$((lp + 1)); else lf=$((lf + 1)); echo "libm native/wasm digests differ"; head build-reports/libm_digest.diff; fi
  report "libm vs glibc ($libm_mode)" "$lp" "$lf"
fi

# The engine tests once more under AddressSanitizer + UBSan (clang-14), then a bounded
# libFuzzer run over parse+run seeded with every test script (scripts/fuzz.sh for long runs).
if [ "${SEEDLAB_SKIP_SANITIZE:-0}" != 1 ]; then
  if bash scripts/build-sanitize.sh > build-reports/sanitize-build.log 2>&1; then
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 catch2_suite "engine (ASan+UBSan)" build-sanitize/seedlab_tests
    corpus=build-sanitize/corpus; rm -rf "$corpus"; mkdir -p "$corpus"
    find tests/lang tests/golden -name '*.py' -size -4k -exec cp {} "$corpus/" \; 2>/dev/null
    fuzz_runs="${SEEDLAB_FUZZ_RUNS:-30000}"
    if ASAN_OPTIONS=detect_leaks=0 build-sanitize/seedlab_fuzz -seed=1 -runs="$fuzz_runs" -max_len=4096 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
         -artifact_prefix=build-reports/ "$corpus" > build-reports/fuzz.log 2>&1; then
      report "fuzz parse+run ($fuzz_runs runs)" 1 0
    else
      tail -40 build-reports/fuzz.log; report "fuzz parse+run" 0 1
    fi
  else
    tail -30 build-reports/sanitize-build.log; report "sanitizer build" 0 1
  fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
