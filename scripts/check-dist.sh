#!/usr/bin/env bash
# Fails when dist/ is not what `npm run bundle` makes from the current sources: the action runs from
# dist/, so a stale bundle ships old behaviour.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
node scripts/bundle.mjs --outdir "$fresh"
if ! diff -r -q "$fresh" dist >/dev/null; then
  echo "dist/ is stale: run 'npm run bundle' and commit dist/." >&2
  diff -r -q "$fresh" dist >&2 || true
  exit 1
fi
echo "dist/ is fresh."
