#!/usr/bin/env bash
# Starts the whole thing with demo data, on a fresh clone or an existing one: dependencies, Postgres and Redis,
# migrations, the worker and the API, then seeds the demo once and prints where to go and how to sign in.
# Runs in the foreground until Ctrl-C, which stops the API and the worker (Postgres and Redis keep running).
set -euo pipefail
cd "$(dirname "$0")/.."

export PORT=${PORT:-3000}
export ADMIN_EMAIL=${ADMIN_EMAIL:-admin@jobcenter.example.fi}
export ADMIN_PASSWORD=${ADMIN_PASSWORD:-jobcenter-demo-admin}
export PUBLIC_URL=${PUBLIC_URL:-http://localhost:${PORT}}
MAILBOX_HTTP_PORT=${MAILBOX_HTTP_PORT:-1080}
MAILBOX_SMTP_PORT=${MAILBOX_SMTP_PORT:-1025}
LOGS=.data/logs
say() { echo "demo: $*" >&2; }

if node -e "require('net').connect(${PORT}, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"; then
  say "port ${PORT} is already in use: stop what runs there, or start with PORT=<another port> npm run demo"
  exit 1
fi

say "installing dependencies"
npm install --no-audit --no-fund --loglevel=error
bash scripts/services.sh
say "building"
npm run --silent build
say "migrating the database"
npm run --silent migrate >/dev/null

mkdir -p "$LOGS"
# Mail: to SMTP_URL when it is set; otherwise to the demo's own mailbox, which keeps it on this machine.
MAILBOX=
if [ -z "${SMTP_URL:-}" ]; then
  port_free() { ! node -e "require('net').connect($1, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"; }
  if ! port_free "$MAILBOX_SMTP_PORT" || ! port_free "$MAILBOX_HTTP_PORT"; then
    say "port $MAILBOX_SMTP_PORT or $MAILBOX_HTTP_PORT of the demo mailbox is in use: set MAILBOX_SMTP_PORT and MAILBOX_HTTP_PORT, or SMTP_URL"
    exit 1
  fi
  MAILBOX_SMTP_PORT=$MAILBOX_SMTP_PORT MAILBOX_HTTP_PORT=$MAILBOX_HTTP_PORT node scripts/mailbox.mjs >>"$LOGS/mailbox.log" 2>&1 &
  MAILBOX=$!
  export SMTP_URL="smtp://127.0.0.1:${MAILBOX_SMTP_PORT}"
  MAIL_READ="http://localhost:${MAILBOX_HTTP_PORT}/   (the demo mailbox: nothing leaves this machine)"
else
  MAIL_READ="sent to ${SMTP_URL%%\?*}"
fi
node dist/src/worker.js >>"$LOGS/worker.log" 2>&1 &
WORKER=$!
node dist/src/main.js >>"$LOGS/api.log" 2>&1 &
API=$!
trap 'kill $API $WORKER $MAILBOX 2>/dev/null; wait $API $WORKER $MAILBOX 2>/dev/null; echo; say "stopped"' EXIT
trap 'exit 0' INT TERM

for _ in $(seq 1 120); do
  if node -e "fetch('http://127.0.0.1:${PORT}/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
    break
  fi
  if ! kill -0 $API 2>/dev/null; then say "the API did not start; see $LOGS/api.log"; tail -n 20 "$LOGS/api.log" >&2; exit 1; fi
  sleep 0.5
done

echo
say "the web pages are at http://localhost:${PORT}/"
node dist/src/demo/seed.js "http://127.0.0.1:${PORT}/graphql"
cat <<INFO

Jobcenter is running.
  Web pages     http://localhost:${PORT}/
  GraphQL API   http://localhost:${PORT}/graphql   (POST; opened in a browser: the GraphQL explorer)
  Health        http://localhost:${PORT}/health/ready
  Metrics       http://localhost:${PORT}/metrics
  Mail          ${MAIL_READ}
  Logs          $LOGS/api.log and $LOGS/worker.log (JSON lines)
Press Ctrl-C to stop the API and the worker.
INFO
wait -n $API $WORKER
say "a process stopped; see $LOGS/api.log and $LOGS/worker.log"
exit 1
