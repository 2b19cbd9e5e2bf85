#!/usr/bin/env bash
# The browser tests drive the system Chromium (never a downloaded one: this network has none to
# give). If it is missing, install Debian's package when we can (root with apt-get), else say how.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chrome" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (about a minute)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $chrome: install it (sudo apt-get install chromium)," >&2
echo "or point CHROME_PATH at a Chromium or Chrome binary." >&2
exit 1
