#!/usr/bin/env bash
# Compiles every golden case's expected Swift output (with the support runtime from Generated/BudgeaAPI)
# as its own module, once normally and once with MainActor default isolation, with warnings as errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/.build-goldens"
pkg="$work/pkg"
rm -rf "$pkg" && mkdir -p "$pkg/Sources"
targets=""
for case_dir in "$root"/Tests/Goldens/*/; do
  for module_dir in "$case_dir"expected/*/; do
    module=$(basename "$module_dir")
    [ "$module" = docs ] && continue
    for variant in "" MainActor; do
      name="$module$variant"
      mkdir -p "$pkg/Sources/$name"
      ln -s "$module_dir" "$pkg/Sources/$name/Generated"
      ln -s "$root/Generated/BudgeaAPI/Support" "$pkg/Sources/$name/Support"
      settings='.unsafeFlags(["-warnings-as-errors"])'
      [ -n "$variant" ] && settings="$settings, .defaultIsolation(MainActor.self)"
      targets="$targets        .target(name: \"$name\", dependencies: deps, swiftSettings: [$settings]),\n"
    done
  done
done
source "$root/Scripts/runtime-package.sh"
write_runtime_package "$pkg" GoldenCompile "$targets"
cd "$pkg"
swift build --scratch-path "$work/build" 2>&1 | tee "$work/build.log" | grep -E "error:|warning:|Compiling|Build complete" | grep -v "^\[" | tail -40
if grep -qE "(error|warning):" "$work/build.log"; then
  echo "golden outputs do not compile cleanly (see $work/build.log)"
  exit 1
fi
echo "all golden outputs compile with zero warnings ($(ls "$pkg/Sources" | wc -l) modules)"
