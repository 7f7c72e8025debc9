#!/usr/bin/env bash
# Generates every spec in Tests/Adversarial/ that renders (specs expected to fail, like the alias bomb,
# are reported and skipped) into .build-adversarial/out/, then compiles all outputs in one scratch
# package as separate modules, each with its own support runtime, with warnings as errors.
# Exit 1 when a spec crashes the generator or an output does not compile cleanly.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/.build-adversarial"
pkg="$work/pkg"
rm -rf "$pkg" "$work/out" && mkdir -p "$pkg/Sources" "$work/out"
(cd "$root" && swift build -c release --product generate >"$work/generate-build.log" 2>&1) || {
  cat "$work/generate-build.log"; echo "error: generate does not build"; exit 1; }
bin="$(cd "$root" && swift build -c release --show-bin-path)/generate"
targets=""
crashed=0
for spec in "$root"/Tests/Adversarial/*.yaml; do
  name=$(basename "$spec" .yaml)
  module="Adv_$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '_' | sed 's/_*$//')"
  out="$work/out/$name"
  "$bin" --spec "$spec" --output "$out" --module-name "$module" --no-docs >"$work/$name.log" 2>&1
  status=$?
  if [ "$status" -gt 1 ]; then
    echo "CRASH ($status): $name (see $work/$name.log)"; crashed=$((crashed + 1)); continue
  fi
  if [ "$status" = 1 ]; then
    echo "not rendered: $name: $(grep -m1 'error:' "$work/$name.log" | sed "s|$root/||")"; continue
  fi
  echo "rendered: $name ($(tail -1 "$work/$name.log" | sed -nE 's/.* ([0-9]+ warning\(s\)).*/\1/p'))"
  ln -s "$out/$module" "$pkg/Sources/$module"
  targets="$targets        .target(name: \"$module\", dependencies: deps, swiftSettings: [.unsafeFlags([\"-warnings-as-errors\"])]),\n"
done
source "$root/Scripts/runtime-package.sh"
write_runtime_package "$pkg" AdversarialCompile "$targets"
cd "$pkg"
swift build --scratch-path "$work/build" >"$work/build.log" 2>&1
grep -E "error:|warning:" "$work/build.log" | grep -v "^\[" | sort -u | head -60
if [ "$crashed" -gt 0 ] || grep -qE "(error|warning):" "$work/build.log"; then
  echo "adversarial outputs: $crashed crash(es); compile log $work/build.log"
  exit 1
fi
echo "all adversarial outputs compile with zero warnings ($(ls "$pkg/Sources" | wc -l) modules)"
