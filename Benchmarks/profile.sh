#!/usr/bin/env bash
# Profiles `generate` with callgrind on the Budgea spec and the largest corpus spec (dracoon, 2.4 MB).
#
#   Benchmarks/profile.sh            # writes .build-bench/profile/{budgea,dracoon}.{callgrind,top.txt}
#
# Release build with debug info (-Xswiftc -g) in its own scratch path; callgrind_annotate lists functions by
# inclusive cost, demangled with `swift demangle --simplified`. Needs valgrind (apt-get install valgrind).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/.build-bench"; OUT="$BENCH/profile"; mkdir -p "$OUT"
command -v valgrind > /dev/null || { apt-get update -qq && apt-get install -y -qq valgrind > /dev/null; }
(cd "$ROOT" && swift build -c release --product generate -Xswiftc -g --scratch-path "$BENCH/prof" 2>&1 | tail -1)
GEN="$(cd "$ROOT" && swift build -c release -Xswiftc -g --scratch-path "$BENCH/prof" --show-bin-path)/generate"

profile() {
    local name=$1; shift
    rm -rf "$OUT/$name-out"
    valgrind --tool=callgrind --callgrind-out-file="$OUT/$name.callgrind" "$GEN" "$@" --output "$OUT/$name-out" \
        > /dev/null 2> "$OUT/$name.valgrind.log"
    callgrind_annotate --inclusive=yes --threshold=100 "$OUT/$name.callgrind" 2> /dev/null \
        | swift demangle --simplified > "$OUT/$name.top.txt"
    echo "== $name: top functions by inclusive cost (instructions)"
    grep -m1 'PROGRAM TOTALS' "$OUT/$name.top.txt" || true
    grep -E '^ *[0-9,]+ \([ 0-9.]+%\)' "$OUT/$name.top.txt" | sed -n '1,40p' | cut -c1-220
}
profile budgea --spec "$ROOT/spec/biapi.pro-2.0.openapi.yaml" --overlay "$ROOT/spec/budgea.overlay.yaml"
profile dracoon --spec "$ROOT/../shared/corpus/dracoon.team_4.29.1.yaml"
