#!/usr/bin/env bash
# Builds everything: the native engine (CLI + tests), the WebAssembly engine (module
# for the page + tests under Node) and the page (Vite). Incremental after the first run.
# Not an installer (setup.sh) and not a test runner (test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's emscripten needs acorn from Debian's node modules (see TOOLCHAIN notes).
export NODE_PATH=/usr/share/nodejs
jobs=$(nproc)

if [ ! -f build-native/build.ninja ]; then
  cmake -S . -B build-native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build build-native -j "$jobs"

if [ ! -f build-wasm/build.ninja ]; then
  emcmake cmake -S . -B build-wasm -G Ninja -DCMAKE_BUILD_TYPE=Release \
    "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch" >/dev/null
fi
cmake --build build-wasm -j "$jobs"

npx vite build --config web/vite.config.ts --logLevel warn
node scripts/precache.mjs web/dist > /dev/null
