#!/usr/bin/env bash
# The console's end-to-end tests (test/console/) drive Debian's Chromium through playwright-core: install it, with
# a font for readable screenshots, when it is missing. Run by scripts/test.ts (`npm test`); harmless when present.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ] && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure-chromium: $CHROMIUM is missing and installing it needs root (apt-get install chromium fonts-dejavu-core)" >&2
    exit 1
  fi
fi
echo "ensure-chromium: $CHROMIUM is missing: installing Debian's chromium and fonts-dejavu-core with ${SUDO:+sudo }apt-get, for the console's browser tests (about 300 MB; set CHROMIUM_PATH to use another Chromium)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
"$CHROMIUM" --version
