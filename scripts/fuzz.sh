#!/usr/bin/env bash
# Builds the sanitizer build (clang-14, ASan+UBSan+libFuzzer) and fuzzes parse+run for
# N executions (default 1,000,000) on a corpus of every test script. Exit 0: no finding.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
bash scripts/build-sanitize.sh
corpus=build-sanitize/corpus
rm -rf "$corpus" && mkdir -p "$corpus"
find tests/lang tests/golden -name '*.py' -size -4k -exec cp {} "$corpus/" \; 2>/dev/null || true
ASAN_OPTIONS=detect_leaks=0 build-sanitize/seedlab_fuzz -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
  -artifact_prefix=build-sanitize/ "$corpus" 2>&1 | tail -25
