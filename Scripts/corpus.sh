#!/usr/bin/env bash
# Generates a client for every spec in ../shared/corpus/ (OpenAPI 3.x) and ../shared/corpus-swagger/ (Swagger 2.0),
# or in $CORPUS_DIR (one folder, or several separated by ':'), with the release build of `generate`, then
# compiles each generated module in its own scratch package under .build-corpus/ (one shared
# --scratch-path, so the runtime dependencies build once), and prints a Markdown table on stdout.
#
#   Scripts/corpus.sh                  # generate and compile everything
#   Scripts/corpus.sh --generate-only  # generation only (fast; CI): exit 1 if any spec fails to generate
#   CORPUS_FILTER=linode Scripts/corpus.sh   # only specs whose file name contains the filter
#   CORPUS_DIR=/path/to/corpus Scripts/corpus.sh  # other folders of specs (.ci/run: the checkout's ../shared corpora)
#
# Exit status: 1 when any spec fails to generate, or (without --generate-only) fails to compile.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
IFS=: read -r -a corpus_dirs <<<"${CORPUS_DIR:-$root/../shared/corpus:$root/../shared/corpus-swagger}"
specs=()
for corpus_dir in "${corpus_dirs[@]}"; do
  corpus=$(cd "$corpus_dir" 2>/dev/null && pwd) || { echo "error: $corpus_dir not found" >&2; exit 1; }
  for spec in "$corpus"/*.yaml "$corpus"/*.yml "$corpus"/*.json; do [ -f "$spec" ] && specs+=("$spec"); done
done
generate_only=0
for arg in "$@"; do
  case "$arg" in
    --generate-only) generate_only=1 ;;
    *) echo "usage: $0 [--generate-only]" >&2; exit 2 ;;
  esac
done
work="$root/.build-corpus"
mkdir -p "$work"
log() { echo "$@" >&2; }

log "building generate (release)..."
(cd "$root" && swift build -c release --product generate >"$work/generate-build.log" 2>&1) || {
  cat "$work/generate-build.log" >&2; echo "error: generate does not build" >&2; exit 1; }
bin="$(cd "$root" && swift build -c release --show-bin-path)/generate"

# One row per spec: spec | ops | schemas | warnings | gen ms | lines | compiled | compile s | first error
rows=()
failed_generate=0
failed_compile=0
total_ops=0; total_schemas=0; total_warnings=0; total_ms=0; total_lines=0; total_compiled=0; total_compile_s=0; count=0
for spec in "${specs[@]}"; do
  corpus=$(dirname "$spec")
  name=$(basename "$spec"); name=${name%.*}
  [ -n "${CORPUS_FILTER:-}" ] && [[ "$name" != *"$CORPUS_FILTER"* ]] && continue
  count=$((count + 1))
  # A module name that is a valid, distinct Swift identifier per spec.
  module="Corpus_$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '_' | sed 's/_*$//')"
  out="$work/out/$name"
  rm -rf "$out"; mkdir -p "$out"
  log "[$count] $name: generating"
  if ! "$bin" --spec "$spec" --output "$out" --module-name "$module" --no-docs >"$work/$name.gen.out" 2>"$work/$name.gen.err"; then
    failed_generate=$((failed_generate + 1))
    err=$(grep -m1 "error:" "$work/$name.gen.err" | sed "s|$corpus/||; s/|/\\\\|/g" | cut -c1-160)
    rows+=("| $name | - | - | - | - | - | no | - | generation failed: ${err:-see $work/$name.gen.err} |")
    continue
  fi
  summary=$(tail -1 "$work/$name.gen.out")
  warnings=$(printf '%s' "$summary" | sed -nE 's/.* ([0-9]+) warning\(s\).*/\1/p')
  ms=$(printf '%s' "$summary" | sed -nE 's/.* ([0-9]+) ms$/\1/p')
  ops=$("$bin" list "$spec" 2>/dev/null | wc -l | tr -d ' ')
  schemas=$(find "$out/$module/Models" -maxdepth 1 -name '*.swift' 2>/dev/null | wc -l | tr -d ' ')
  lines=$(find "$out" -name '*.swift' -print0 | xargs -0 cat | wc -l | tr -d ' ')
  total_ops=$((total_ops + ops)); total_schemas=$((total_schemas + schemas)); total_warnings=$((total_warnings + ${warnings:-0}))
  total_ms=$((total_ms + ${ms:-0})); total_lines=$((total_lines + lines))
  compiled="-"; seconds="-"; first=""
  if [ "$generate_only" = 0 ]; then
    pkg="$work/pkg/$name"
    rm -rf "$pkg"; mkdir -p "$pkg/Sources"
    ln -s "$out/$module" "$pkg/Sources/$module"
    cat >"$pkg/Package.swift" <<SWIFT
// swift-tools-version: 6.2
import PackageDescription
let package = Package(
    name: "$module",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
    ],
    targets: [
        .target(name: "$module", dependencies: [
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
    log "[$count] $name: compiling ($lines lines)"
    start=$(date +%s.%N)
    if (cd "$pkg" && swift build --scratch-path "$work/build" >"$work/$name.build.log" 2>&1); then
      compiled=yes; total_compiled=$((total_compiled + 1))
    else
      compiled=no; failed_compile=$((failed_compile + 1))
      first=$(grep -m1 -E "error:" "$work/$name.build.log" | sed "s|$out/||; s|$work/||" | sed 's/|/\\|/g' | cut -c1-200)
    fi
    seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
    total_compile_s=$(awk -v a="$total_compile_s" -v b="$seconds" 'BEGIN { printf "%.1f", a + b }')
  fi
  rows+=("| $name | $ops | $schemas | ${warnings:-?} | ${ms:-?} | $lines | $compiled | $seconds | ${first} |")
done

echo "| spec | operations | schemas | warnings | generation ms | generated lines | compiled | compile s | first compile error |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |"
printf '%s\n' "${rows[@]}"
generated=$((count - failed_generate))
if [ "$generate_only" = 1 ]; then
  echo "| **total: $generated/$count generated** | $total_ops | $total_schemas | $total_warnings | $total_ms | $total_lines | (not compiled) | | |"
else
  echo "| **total: $generated/$count generated, $total_compiled/$count compiled** | $total_ops | $total_schemas | $total_warnings | $total_ms | $total_lines | $total_compiled/$count | $total_compile_s | |"
fi
[ "$failed_generate" = 0 ] || { log "$failed_generate spec(s) failed to generate"; exit 1; }
[ "$generate_only" = 1 ] || [ "$failed_compile" = 0 ] || { log "$failed_compile spec(s) failed to compile"; exit 1; }
exit 0
