#!/usr/bin/env bash
# Re-records every golden case: Tests/Goldens/<case>/openapi.yaml -> Tests/Goldens/<case>/expected/,
# and the full Budgea client in Generated/. Review the diff before committing; never edit goldens by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product generate >/dev/null
bin=$(swift build --product generate --show-bin-path)/generate
for case_dir in Tests/Goldens/*/; do
  case_dir=${case_dir%/}
  config=()
  [ -f "$case_dir/openapi-generator.yaml" ] && config=(--config "$case_dir/openapi-generator.yaml")
  "$bin" --spec "$case_dir/openapi.yaml" --output "$case_dir/expected" --no-support "${config[@]}" 2>/dev/null | sed "s|^|$(basename "$case_dir"): |"
done
"$bin" 2>/dev/null
