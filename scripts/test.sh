#!/usr/bin/env bash
# The one test command (npm test): static checks, unit tests, the prebuild over the demo posts, the build,
# then the browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "› installing Debian's chromium and CJK fonts for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "The browser tests need Debian's Chromium. Run this once, then npm test again:"
    echo "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk"
    exit 1
  fi
fi
[ -d node_modules ] || npm ci

step() { echo; echo "━━ $1"; }
mkdir -p test-results && rm -f test-results/unit.json test-results/e2e.json
# Whatever happens, end with one plain line counting the tests run ("N passed, N failed").
summary() { node scripts/testSummary.mjs test-results/unit.json test-results/e2e.json; }
trap summary EXIT
step "typecheck";  npx tsc --noEmit -p .
step "lint";       npx eslint . && npx prettier --check . >/dev/null && echo "eslint and prettier: clean"
step "unit tests"; npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
if [ -f scripts/build-events.ts ]; then
  step "prebuild over content/posts"; npx tsx scripts/build-events.ts --posts content/posts --out public/data --quiet
fi
step "build";      npx vite build --logLevel warn
step "browser tests"; npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json
