#!/usr/bin/env bash
# Formats the hand-written Swift sources with the checked-in .swift-format (4 spaces, 120 columns, one
# argument per line when a call or signature does not fit), or with --check lists what is not formatted
# and exits 1 (CI). Generated code is not touched here: the generator writes it in this layout itself.
set -euo pipefail
cd "$(dirname "$0")/.."
files=()
while IFS= read -r file; do files+=("$file"); done < <(
  find Package.swift Sources Plugins Scripts Benchmarks Examples Tests -name '*.swift' \
    -not -path '*/.build*' -not -path 'Tests/Goldens/*' -not -path 'Tests/GoldenClients/*' \
    -not -path 'Tests/MainActorCheck/*' -not -path 'Tests/DecodingFixture/*' -not -path 'Generated/*' \
    -not -name BuiltinTemplates.swift | sort)
if [ "${1:-}" = "--check" ]; then
  swift format lint --strict --parallel --configuration .swift-format "${files[@]}"
  echo "formatted: ${#files[@]} files"
else
  swift format format --in-place --parallel --configuration .swift-format "${files[@]}"
fi
