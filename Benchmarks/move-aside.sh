#!/usr/bin/env bash
# move-aside.sh DIR TRASH: moves DIR (if present) into a fresh folder under TRASH, so the next run writes into an
# empty output without the kernel cost of files deleted moments before (see "fresh output" in Benchmarks/run.sh).
set -euo pipefail
[[ -e $1 ]] || exit 0
mkdir -p "$2"
mv "$1" "$(mktemp -d -p "$2")/"
