#!/bin/sh
# Installs Debian's Chromium for the browser test (test/playground.e2e-spec.ts). Playwright's own
# browser download does not work on our closed build machines, so the test drives the distribution's
# build through playwright-core. Idempotent: does nothing when the browser is already there.
# Usage: sh .ci/install-chromium.sh   (as root, or with sudo available)
set -eu

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "Chromium already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
/usr/bin/chromium --version
