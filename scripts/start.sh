#!/usr/bin/env bash
# `npm start`: installs what is missing, builds, and serves the playground on
# http://127.0.0.1:5173 (static files only; the engine runs in the page).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
port="${PORT:-5173}"
echo "Seedlab is served at http://127.0.0.1:${port}/ (Ctrl-C stops it)"
exec npx vite preview --config web/vite.config.ts --host 127.0.0.1 --port "$port" --strictPort
