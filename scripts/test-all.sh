#!/usr/bin/env bash
# Every test the project has, in the order that fails fastest: typecheck, lint, unit, e2e.
# `npm ci && npm test` from a fresh clone runs this (README "Test"); .ci/run calls exactly that.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step prints the wall-clock time it starts at, so a slow CI run shows which step grew.
step() { printf '\n\033[1m== %s\033[0m (%s)\n' "$*" "$(date +%T)"; }

step "browser"
bash scripts/ensure-browser.sh
step "typecheck"
npm run --silent typecheck
step "lint"
npm run --silent lint
step "unit"
npm run --silent test:unit
step "e2e (builds the extension, then drives it in Chromium)"
npm run --silent test:e2e
step "done"
