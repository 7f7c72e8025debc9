#!/usr/bin/env bash
# Compiles every ```swift snippet of Generated/docs against the generated BudgeaAPI module, with warnings as
# errors: the docs' examples are code users paste, so they must build as written.
# Each snippet goes into its own `enum` so examples of different pages cannot clash. Scratch in .build-snippets/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
docs=${1:-$root/Generated/docs}
module_dir=${2:-$root/Generated/BudgeaAPI}
module=$(basename "$module_dir")
work="$root/.build-snippets"
pkg="$work/pkg"
rm -rf "$pkg" && mkdir -p "$pkg/Sources/Snippets" "$pkg/Sources/$module"
ln -s "$module_dir" "$pkg/Sources/$module/Generated"
count=$(python3 - "$docs" "$pkg/Sources/Snippets/Snippets.swift" "$module" <<'PY'
import pathlib, re, sys
docs, out, module = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
parts = [f"import Foundation\nimport {module}\n"]
n = 0
for page in sorted(docs.rglob("*.md")):
    for snippet in re.findall(r"^```swift\n(.*?)^```$", page.read_text(), re.S | re.M):
        n += 1
        body = "".join("    " + line if line.strip() else line for line in snippet.splitlines(True))
        parts.append(f"\n// {page.relative_to(docs)}\nenum Snippet{n} {{\n{body}}}\n")
out.write_text("".join(parts))
print(n)
PY
)
source "$root/Scripts/runtime-package.sh"
write_runtime_package "$pkg" DocSnippets "        .target(name: \"$module\", dependencies: deps),\n        .target(name: \"Snippets\", dependencies: [\"$module\"], swiftSettings: [.unsafeFlags([\"-warnings-as-errors\"])]),\n"
cd "$pkg"
swift build --scratch-path "$work/build" --target Snippets 2>&1 | tee "$work/build.log" | grep -E "error:|warning:" | head -40 || true
if grep -qE "Snippets/.*(error|warning):" "$work/build.log" || ! grep -q "Build of target: 'Snippets' complete" "$work/build.log"; then
  echo "doc snippets do not compile cleanly (see $work/build.log and $pkg/Sources/Snippets/Snippets.swift)"
  exit 1
fi
echo "all $count doc snippets compile with zero warnings"
