#!/usr/bin/env bash
# Re-records every golden case: Tests/Goldens/<case>/openapi.yaml -> Tests/Goldens/<case>/expected/ and the
# renderer's input ir.json (IRTests and RenderingTests compare against it),
# and the full Budgea client in Generated/. Review the diff before committing; never edit goldens by hand.
# Prints one summary line per case; warnings stay quiet (the summary counts them), but a build failure or
# a case that fails to generate prints its full output, and the script exits 1 after trying every case.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift build --product generate >"$log" 2>&1 || { cat "$log" >&2; echo "error: generate does not build" >&2; exit 1; }
bin=$(swift build --product generate --show-bin-path)/generate
failed=()
record() {  # $1: label; the rest: generate's arguments
  local label=$1; shift
  if "$bin" "$@" 2>"$log" | sed "s|^|$label: |"; then
    grep -E "error:" "$log" | sed "s|^|$label: |" >&2 || true
  else
    sed "s|^|$label: |" "$log" >&2
    failed+=("$label")
  fi
}
for case_dir in Tests/Goldens/*/; do
  case_dir=${case_dir%/}
  config=()
  [ -f "$case_dir/openapi-generator.yaml" ] && config=(--config "$case_dir/openapi-generator.yaml")
  record "$(basename "$case_dir")" --spec "$case_dir/openapi.yaml" --output "$case_dir/expected" --no-support \
    --ir-snapshot "$case_dir/ir.json" "${config[@]}"
done
record Generated
if [ "${#failed[@]}" -gt 0 ]; then
  echo "error: ${#failed[@]} case(s) failed to record: ${failed[*]}" >&2
  exit 1
fi
