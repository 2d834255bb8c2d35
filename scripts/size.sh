#!/usr/bin/env bash
# Prints raw and gzip sizes of the engine and its JS glue; with --check, fails when the
# wasm's gzip size exceeds the committed budget in scripts/size-budget (bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$(grep -v '^#' scripts/size-budget | head -1)
status=0
for f in pkg/web/proselens_bg.wasm pkg/web/proselens.js; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9c "$f" | wc -c)
  printf '%-28s %9d bytes raw %9d bytes gzip\n' "$f" "$raw" "$gz"
  if [ "$f" = pkg/web/proselens_bg.wasm ] && [ "${1:-}" = --check ] && [ "$gz" -gt "$budget" ]; then
    echo "size: the wasm is $gz bytes gzip, over the budget of $budget (scripts/size-budget)" >&2
    status=1
  fi
done
exit $status
