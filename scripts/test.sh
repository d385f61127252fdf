#!/usr/bin/env bash
# Runs every test: unit tests and end-to-end tests against real Postgres and Redis.
# Works on a fresh clone: installs dependencies, makes the services available, then runs jest
# (whose global setup builds the app and migrates a template database). Arguments go to jest.
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm ci` fails against this registry (STACK.md trap 4); `npm install` keeps the lockfile as it is.
npm install --no-audit --no-fund --loglevel=error
bash scripts/services.sh
NODE_OPTIONS=--experimental-vm-modules exec npx jest "$@"
