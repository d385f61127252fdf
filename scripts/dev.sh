#!/usr/bin/env bash
# Development in watch mode: TypeScript recompiles the server on change, Node restarts the API and the worker when
# their build changes, and Vite serves the web pages with hot reload on WEB_PORT (5173), proxying /graphql to the
# API on PORT (3000). Needs Postgres and Redis (scripts/services.sh) and a migrated database (npm run migrate).
# Ctrl-C stops all of them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT=${PORT:-3000}
bash scripts/services.sh
npx tsc -p tsconfig.build.json
npm run --silent migrate >/dev/null
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null' EXIT
trap 'exit 0' INT TERM
npx tsc -p tsconfig.build.json --watch --preserveWatchOutput >/dev/null &
pids+=($!)
# Mail goes to the development mailbox (scripts/mailbox.mjs) unless SMTP_URL names a server; links open Vite's pages.
export PUBLIC_URL=${PUBLIC_URL:-http://localhost:${WEB_PORT:-5173}}
if [ -z "${SMTP_URL:-}" ]; then
  export SMTP_URL="smtp://127.0.0.1:${MAILBOX_SMTP_PORT:-1025}"
  node scripts/mailbox.mjs &
  pids+=($!)
fi
node --watch-path=dist/src dist/src/worker.js &
pids+=($!)
node --watch-path=dist/src dist/src/main.js &
pids+=($!)
API_PORT=$PORT npm --prefix web run --silent dev &
pids+=($!)
echo "dev: web pages at http://localhost:${WEB_PORT:-5173}/ (API at http://localhost:${PORT}/graphql)" >&2
wait -n "${pids[@]}"
