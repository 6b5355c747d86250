#!/usr/bin/env bash
# Makes sure a Chromium-family browser is available for the e2e tests.
# Honours $CHROMIUM_PATH; otherwise looks for an installed Chromium/Chrome and, when none is found
# and we are root on Debian/Ubuntu, installs Debian's `chromium` package (Playwright's own browser
# download is not reachable on our machines, and Debian's build is what CI uses).
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then echo "browser: $CHROMIUM_PATH (from CHROMIUM_PATH)"; exit 0; fi
  echo "error: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2; exit 1
fi

for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable /opt/google/chrome/chrome; do
  if [ -x "$candidate" ]; then echo "browser: $candidate"; exit 0; fi
done

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "error: no Chromium/Chrome found. Install one (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi

echo "No Chromium found: installing Debian's chromium package…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
echo "browser: $(command -v chromium) ($(chromium --version 2>/dev/null | head -n1))"
