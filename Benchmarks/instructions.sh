#!/usr/bin/env bash
# Instruction counts (callgrind totals, independent of machine load) for the figures BENCHMARKS.md compares
# across commits: a regeneration of Budgea into a folder that already holds it, and `generate list` (load,
# overlays, model, IR). Release build with -g in .build-bench/prof, as Benchmarks/profile.sh uses.
#
#   Benchmarks/instructions.sh      # prints "full run: N" and "load to IR: N"
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/.build-bench"; OUT="$BENCH/instructions"; mkdir -p "$OUT"
command -v valgrind > /dev/null || { apt-get update -qq && apt-get install -y -qq valgrind > /dev/null; }
(cd "$ROOT" && swift build -c release --product generate -Xswiftc -g --scratch-path "$BENCH/prof" 2>&1 | tail -1)
GEN="$(cd "$ROOT" && swift build -c release -Xswiftc -g --scratch-path "$BENCH/prof" --show-bin-path)/generate"
inputs=(--overlay "$ROOT/spec/budgea.overlay.yaml" --known-defects "$ROOT/spec/budgea.known-defects.yaml")

total() {  # callgrind's "I refs" of the command, without separators
    valgrind --tool=callgrind --callgrind-out-file="$OUT/last.callgrind" "$@" 2>&1 > /dev/null \
        | sed -n 's/.*I *refs: *//p' | tr -d ','
}
"$GEN" --spec "$ROOT/spec/biapi.pro-2.0.openapi.yaml" "${inputs[@]}" --output "$OUT/out" > /dev/null 2>&1
echo "full run: $(total "$GEN" --spec "$ROOT/spec/biapi.pro-2.0.openapi.yaml" "${inputs[@]}" --output "$OUT/out")"
echo "load to IR: $(total "$GEN" list "$ROOT/spec/biapi.pro-2.0.openapi.yaml" "${inputs[@]}")"
