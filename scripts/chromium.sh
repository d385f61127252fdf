#!/usr/bin/env bash
# Makes Debian's chromium available for the browser tests (web/e2e), installing it when missing and running as
# root, as services.sh does for Postgres. Playwright drives it; no browser is ever downloaded.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [[ -x $CHROMIUM ]]; then exit 0; fi
if [[ $(id -u) -ne 0 ]]; then
  echo "chromium: $CHROMIUM is missing and this is not root: install it (apt-get install chromium)" >&2
  exit 1
fi
echo "chromium: installing chromium from Debian's packages" >&2
apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
