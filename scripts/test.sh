#!/usr/bin/env bash
# Runs every test: unit tests, medium tests (services and SQL on a real Postgres database) and end-to-end tests
# against real Postgres and Redis, then the web app's unit tests
# (vitest) and browser tests (Playwright driving Debian's chromium against the real stack).
# Works on a fresh clone: installs dependencies (the root's postinstall installs web/ too), makes the services and
# chromium available, then runs jest (whose global setup builds the app and migrates a template database).
# Arguments go to jest.
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm ci` fails against this registry (STACK.md trap 4); `npm install` keeps the lockfile as it is.
npm install --no-audit --no-fund --loglevel=error
bash scripts/services.sh
bash scripts/chromium.sh
NODE_OPTIONS=--experimental-vm-modules npx jest "$@"
echo "--- web unit tests (vitest)"
npm --prefix web run --silent test
echo "--- web browser tests (Playwright)"
npm --prefix web run --silent e2e
