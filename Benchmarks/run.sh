#!/usr/bin/env bash
# Benchmarks: generation time and memory, no-op regeneration, generated-client size and compile time,
# ours against apple/swift-openapi-generator 1.14.3, on one machine in one run.
#
#   Benchmarks/run.sh                       # everything (about 20-30 minutes on 2 cores, most of it compiling)
#   BENCH_PHASES="gen table" Benchmarks/run.sh   # only some phases; the table uses every result recorded so far
#
# Phases, in order: tools, apple (build apple's generator, time it on the patched Budgea spec),
# compile (clean debug/release builds of both generated clients, deps prebuilt), gen (build our generator,
# time it on Budgea, the largest corpus spec and a synthetic family; no-op regeneration), table.
# Knobs: BENCH_RUNS (hyperfine runs per generation figure, default 10), BENCH_BUILD_RUNS (per build figure,
# default 3), BENCH_GEN_PARTS (any of "budgea corpus synth swagger", default all), BENCH_CONFIGS (build configurations to time, default "debug release"), BENCH_SIZES (synthetic "OPS/SCHEMAS" list, default "500/250 2000/1000 10000/5000").
# Everything scratch lives in .build-bench/ (git-ignored through `.build-*`); nothing in the work tree changes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/.build-bench"
RES="$BENCH/results"
VALUES="$RES/values.txt"
PHASES=${BENCH_PHASES:-"tools apple compile gen table"}
RUNS=${BENCH_RUNS:-10}
BUILD_RUNS=${BENCH_BUILD_RUNS:-3}
SIZES=${BENCH_SIZES:-"500/250 2000/1000 10000/5000"}
CORPUS_SPEC="$ROOT/../shared/corpus/dracoon.team_4.29.1.yaml"
BUDGEA_SPEC="$ROOT/spec/biapi.pro-2.0.openapi.yaml"
APPLE_VERSION=1.14.3
mkdir -p "$RES"
touch "$VALUES"

say() { printf '\n== %s   [load average %s]\n' "$*" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
has_phase() { [[ " $PHASES " == *" $1 "* ]]; }
# record KEY VALUE: results survive between partial runs; the last value of a key wins.
record() { printf '%s=%s\n' "$1" "$2" >> "$VALUES"; printf '   %-34s %s\n' "$1" "$2"; }
value() { grep "^$1=" "$VALUES" | tail -1 | cut -d= -f2- || true; }

# hf NAME RUNS WARMUP [hyperfine options...] -- COMMAND: median wall time in ms of COMMAND (no shell).
hf() {
    local name=$1 runs=$2 warmup=$3; shift 3
    local opts=(); while [[ $1 != -- ]]; do opts+=("$1"); shift; done; shift
    hyperfine -N --style basic --runs "$runs" --warmup "$warmup" "${opts[@]}" \
        --export-json "$RES/$name.json" -- "$(printf '%q ' "$@")" >&2
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.1f" % (r["median"] * 1000))' "$RES/$name.json"
}

# hfsh: like hf, but COMMAND is one shell string (for builds that need `cd`).
hfsh() {
    local name=$1 runs=$2 warmup=$3; shift 3
    local opts=(); while [[ $1 != -- ]]; do opts+=("$1"); shift; done; shift
    hyperfine --style basic --runs "$runs" --warmup "$warmup" "${opts[@]}" \
        --export-json "$RES/$name.json" -- "$1" >&2
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.2f" % r["median"])' "$RES/$name.json"
}

# peak_mb [--prepare CMD] COMMAND...: the largest max RSS (MB) of PEAK_RUNS (default 3) runs under /usr/bin/time -v.
peak_mb() {
    local prepare=true; if [[ $1 == --prepare ]]; then prepare=$2; shift 2; fi
    local best=0 kb
    for _ in $(seq "${PEAK_RUNS:-3}"); do
        bash -c "$prepare"
        kb=$( { /usr/bin/time -v "$@" > /dev/null 2> "$RES/time-v.txt"; } 2>&1; grep 'Maximum resident set size' "$RES/time-v.txt" | awk '{print $NF}')
        (( kb > best )) && best=$kb
    done
    echo "$(( (best + 512) / 1024 ))"
}

# aside DIR: a --prepare command giving the next run an empty DIR by moving the old one into $TRASH. Deleting it
# instead (rm -rf) makes ext4 skip the just-freed inodes while the next run creates thousands of files: many times the
# kernel time for the synthetic specs, a cost of the disk and not of the generator (measured separately, "after rm -rf").
# The trash is emptied at the end of the phase, after the last timing.
TRASH="$BENCH/work/trash"
aside() { echo "$ROOT/Benchmarks/move-aside.sh $1 $TRASH"; }

# synth_spec OPS SCHEMAS: path of the synthetic spec of that size, made once (the script is deterministic).
synth_spec() {
    local spec="$BENCH/work/synth-$1.yaml"
    [[ -s $spec && $spec -nt $ROOT/Benchmarks/synth-spec.py ]] || { mkdir -p "$BENCH/work"; python3 "$ROOT/Benchmarks/synth-spec.py" "$1" "$2" > "$spec"; }
    echo "$spec"
}

# code_stats DIR: "files lines bytes" of the Swift sources under DIR (symlinks followed).
code_stats() {
    find -L "$1" -name '*.swift' -type f -print0 | sort -z | xargs -0 cat | wc -lc | awk -v f="$(find -L "$1" -name '*.swift' -type f | wc -l)" '{print f, $1, $2}'
}

# ───────────────────────────────────────────── tools
if has_phase tools; then
    say "tools"
    if ! command -v hyperfine > /dev/null || [[ ! -x /usr/bin/time ]]; then
        apt-get update -qq && apt-get install -y -qq hyperfine time > /dev/null
    fi
    python3 -c 'import yaml' 2> /dev/null || python3 -m pip install -q pyyaml
    hyperfine --version
fi

# ───────────────────────────────────────────── apple
APPLE_DIR="$BENCH/apple"
CLIENTS="$BENCH/clients"
if has_phase apple; then
    say "apple/swift-openapi-generator $APPLE_VERSION: release build of the generator"
    mkdir -p "$APPLE_DIR"
    cat > "$APPLE_DIR/Package.swift" <<EOF
// swift-tools-version: 5.9
// Scratch package: builds apple's generator executable for Benchmarks/run.sh.
import PackageDescription
let package = Package(
    name: "apple-gen-bench",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "$APPLE_VERSION")],
    targets: [])
EOF
    (cd "$APPLE_DIR" && swift build -c release --product swift-openapi-generator 2>&1 | tail -2)
    APPLE_BIN="$(cd "$APPLE_DIR" && swift build -c release --show-bin-path)/swift-openapi-generator"

    say "apple: patched Budgea spec"
    work="$BENCH/apple-work"; mkdir -p "$work"
    python3 "$ROOT/Benchmarks/patch-for-apple.py" "$BUDGEA_SPEC" "$work/openapi.yaml"
    printf 'generate:\n  - types\n  - client\naccessModifier: public\n' > "$work/openapi-generator-config.yaml"
    apple_gen=("$APPLE_BIN" generate "$work/openapi.yaml" --config "$work/openapi-generator-config.yaml"
               --mode types --mode client --output-directory "$work/out")
    record apple.budgea.gen_ms "$(hf apple-budgea "$RUNS" 1 --prepare "$(aside "$work/out")" -- "${apple_gen[@]}")"
    record apple.budgea.rss_mb "$(peak_mb --prepare "$(aside "$work/out")" "${apple_gen[@]}")"
    rm -rf "$TRASH"
    record apple.budgea.ops "$(python3 -c '
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
print(sum(1 for p in d["paths"].values() for m in p if m in ("get","put","post","delete","options","head","patch","trace")))' "$work/openapi.yaml")"
    # The other inputs ours is timed on, unpatched. A spec apple rejects is recorded with its first error line.
    # Its first run is the warm-up; runs slower than 5 s are timed 3 times and their peak memory taken once.
    apple_on() {  # KEY SPEC; hyperfine's results are saved under the key with '-' for '.', like ours
        local key=$1 dir="$work/$1"; mkdir -p "$dir"
        local cmd=("$APPLE_BIN" generate "$2" --config "$work/openapi-generator-config.yaml"
                   --mode types --mode client --output-directory "$dir/out")
        say "apple: $(basename "$2")"
        local start=$SECONDS
        if ! "${cmd[@]}" > "$dir/first-run.log" 2>&1; then
            record "$key.gen_ms" "rejected: $(grep -m1 -i 'error' "$dir/first-run.log" | cut -c1-160)"
            return
        fi
        local runs=$RUNS peak_runs=3; if (( SECONDS - start >= 5 )); then runs=3; peak_runs=1; fi
        record "$key.gen_ms" "$(hf "${key//./-}" "$runs" 0 --prepare "$(aside "$dir/out")" -- "${cmd[@]}")"
        record "$key.rss_mb" "$(PEAK_RUNS=$peak_runs peak_mb --prepare "$(aside "$dir/out")" "${cmd[@]}")"
        rm -rf "$TRASH"
    }
    apple_on apple.corpus "$CORPUS_SPEC"
    for size in $SIZES; do apple_on "apple.synth${size%/*}" "$(synth_spec "${size%/*}" "${size#*/}")"; done

    rm -rf "$CLIENTS/Sources/BudgeaAPIApple"; mkdir -p "$CLIENTS/Sources/BudgeaAPIApple"
    cp "$work/out/"*.swift "$CLIENTS/Sources/BudgeaAPIApple/"
    read -r files lines bytes < <(code_stats "$CLIENTS/Sources/BudgeaAPIApple")
    record apple.client.files "$files"; record apple.client.lines "$lines"; record apple.client.bytes "$bytes"
fi

# ───────────────────────────────────────────── compile
if has_phase compile; then
    say "compile: scratch package $CLIENTS (BudgeaAPI -> Generated/BudgeaAPI, BudgeaAPIApple <- apple's output)"
    [[ -d "$CLIENTS/Sources/BudgeaAPIApple" ]] || { echo "run the apple phase first" >&2; exit 1; }
    mkdir -p "$CLIENTS/Sources"
    ln -sfn ../../../Generated/BudgeaAPI "$CLIENTS/Sources/BudgeaAPI"
    cat > "$CLIENTS/Package.swift" <<'EOF'
// swift-tools-version: 6.2
// Scratch package for Benchmarks/run.sh: each generated client as a target of its own, same dependencies.
import PackageDescription
let deps: [Target.Dependency] = [
    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
    .product(name: "HTTPTypes", package: "swift-http-types"),
]
let package = Package(
    name: "bench-clients",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
    ],
    targets: [
        .target(name: "BudgeaAPI", dependencies: deps, path: "Sources/BudgeaAPI"),
        .target(name: "BudgeaAPIApple", dependencies: deps, path: "Sources/BudgeaAPIApple"),
    ],
    swiftLanguageModes: [.v6])
EOF
    read -r files lines bytes < <(code_stats "$CLIENTS/Sources/BudgeaAPI")
    record ours.client.files "$files"; record ours.client.lines "$lines"; record ours.client.bytes "$bytes"
    for config in ${BENCH_CONFIGS:-debug release}; do
        (cd "$CLIENTS" && swift build -c "$config" --target OpenAPIRuntime 2>&1 | tail -1 \
            && swift build -c "$config" --target HTTPTypes 2>&1 | tail -1)
        bin=$(cd "$CLIENTS" && swift build -c "$config" --show-bin-path)
        for target in BudgeaAPI BudgeaAPIApple; do
            side=ours; [[ $target == BudgeaAPIApple ]] && side=apple
            say "compile: clean $config build of $target ($BUILD_RUNS runs)"
            clean="rm -rf '$bin/$target.build' '$bin/Modules/$target.'* '$bin/$target.swift'*; find -L '$CLIENTS/Sources/$target' -name '*.swift' -exec touch {} +"
            record "$side.build.$config.s" "$(hfsh "build-$side-$config" "$BUILD_RUNS" 0 --prepare "$clean" \
                -- "cd '$CLIENTS' && swift build -c $config --target $target")"
            # What `swift build` costs with nothing to compile (package loading and planning), for scale.
            record "$side.build.$config.null_s" "$(hfsh "null-$side-$config" 3 1 -- "cd '$CLIENTS' && swift build -c $config --target $target")"
        done
    done
fi

# ───────────────────────────────────────────── gen
if has_phase gen; then
    say "ours: fresh release build of generate (scratch path .build-bench/gen, so it never waits on .build)"
    if [[ -z ${BENCH_REUSE_GENERATE:-} || ! -x "$BENCH/bin/generate" ]]; then  # BENCH_REUSE_GENERATE=1: keep the last build
        (cd "$ROOT" && swift build -c release --product generate --scratch-path "$BENCH/gen" 2>&1 | tail -2)
        mkdir -p "$BENCH/bin"
        cp "$(cd "$ROOT" && swift build -c release --scratch-path "$BENCH/gen" --show-bin-path)/generate" "$BENCH/bin/generate"
    fi
    GEN="$BENCH/bin/generate"

    PARTS=" ${BENCH_GEN_PARTS:-budgea corpus synth swagger} "
    if [[ $PARTS == *" swagger "* ]]; then
    say "ours: the Budgea API as OpenAPI 3.0 and as Swagger 2.0 (both JSON, no overlay): the conversion's cost"
    W="$BENCH/work/swagger"; rm -rf "$W"; mkdir -p "$W"
    python3 "$ROOT/Benchmarks/swagger-down-convert.py" "$BUDGEA_SPEC" "$W/budgea.openapi.json" "$W/budgea.swagger.json"
    record ours.swagger.openapi3_ms "$(hf ours-swagger-openapi3 "$RUNS" 2 --prepare "$(aside "$W/out3")" -- "$GEN" --spec "$W/budgea.openapi.json" --output "$W/out3")"
    record ours.swagger.swagger2_ms "$(hf ours-swagger-swagger2 "$RUNS" 2 --prepare "$(aside "$W/out2")" -- "$GEN" --spec "$W/budgea.swagger.json" --output "$W/out2")"
    fi
    if [[ $PARTS == *" budgea "* ]]; then
    say "ours: Budgea (default run: spec/ + spec/budgea.overlay.yaml -> Generated/, in a temp copy)"
    W="$BENCH/work/budgea"; rm -rf "$W"; mkdir -p "$W"; cp -r "$ROOT/spec" "$W/spec"
    record ours.budgea.ops "$(cd "$W" && "$GEN" list | wc -l)"
    # `list` stops after load + overlay + model + IR: the front end alone, nothing rendered or written.
    record ours.budgea.load_ir_ms "$(cd "$W" && hf ours-budgea-list "$RUNS" 1 -- "$GEN" list)"
    record ours.budgea.gen_ms "$(cd "$W" && hf ours-budgea "$RUNS" 1 --prepare "$(aside "$W/Generated")" -- "$GEN")"
    record ours.budgea.rss_mb "$(cd "$W" && peak_mb --prepare "$(aside "$W/Generated")" "$GEN")"
    (cd "$W" && "$GEN" > /dev/null)
    if diff -rq "$W/Generated" "$ROOT/Generated" > /dev/null; then same=yes; else same="no (Sources/ or Templates/ changed since Generated/ was recorded)"; fi
    record ours.budgea.matches_checked_in "$same"

    say "ours: no-op regeneration (output already up to date)"
    snapshot() { (cd "$W" && find Generated -type f -printf '%p %T@ %s\n' | sort && find Generated -type f -print0 | sort -z | xargs -0 sha256sum); }
    snapshot > "$RES/noop-before.txt"
    record ours.noop.gen_ms "$(cd "$W" && hf ours-noop "$RUNS" 1 -- "$GEN")"
    record ours.noop.rss_mb "$(cd "$W" && peak_mb "$GEN")"
    snapshot > "$RES/noop-after.txt"
    record ours.noop.summary "$(cd "$W" && "$GEN" 2>&1 | tail -1)"
    if cmp -s "$RES/noop-before.txt" "$RES/noop-after.txt"; then
        record ours.noop.files_written "0 of $(find "$W/Generated" -type f | wc -l) (mtimes, sizes and sha256 identical before/after $((RUNS + 4)) runs)"
    else
        record ours.noop.files_written "CHANGED: $(diff "$RES/noop-before.txt" "$RES/noop-after.txt" | grep -c '^>') lines differ"
    fi

    fi

    if [[ $PARTS == *" corpus "* ]]; then
    say "ours: largest corpus spec $(basename "$CORPUS_SPEC") ($(du -h "$CORPUS_SPEC" | cut -f1))"
    out="$BENCH/work/corpus-out"
    record ours.corpus.ops "$("$GEN" list "$CORPUS_SPEC" 2> /dev/null | wc -l)"
    record ours.corpus.load_ir_ms "$(hf ours-corpus-list "$RUNS" 1 -- "$GEN" list "$CORPUS_SPEC")"
    record ours.corpus.gen_ms "$(hf ours-corpus "$RUNS" 1 --prepare "$(aside "$out")" -- "$GEN" --spec "$CORPUS_SPEC" --output "$out")"
    record ours.corpus.rss_mb "$(peak_mb --prepare "$(aside "$out")" "$GEN" --spec "$CORPUS_SPEC" --output "$out")"

    fi

    [[ $PARTS == *" synth "* ]] && for size in $SIZES; do
        ops=${size%/*}; schemas=${size#*/}
        say "ours: synthetic spec $ops operations / $schemas schemas"
        spec=$(synth_spec "$ops" "$schemas"); out="$BENCH/work/synth-$ops-out"
        record "ours.synth$ops.mb" "$(python3 -c "import os; print(f'{os.path.getsize(\"$spec\")/1e6:.1f}')")"
        record "ours.synth$ops.ops" "$("$GEN" list "$spec" 2> /dev/null | wc -l)"
        record "ours.synth$ops.gen_ms" "$(hf "ours-synth$ops" "$RUNS" 1 --prepare "$(aside "$out")" -- "$GEN" --spec "$spec" --output "$out")"
        record "ours.synth$ops.rss_mb" "$(peak_mb --prepare "$(aside "$out")" "$GEN" --spec "$spec" --output "$out")"
        read -r files lines bytes < <(code_stats "$out")
        record "ours.synth$ops.lines" "$lines"
    done
    # Last, so the deletions cannot slow the timings above: the same runs when the previous output was just deleted.
    [[ $PARTS == *" synth "* ]] && for size in $SIZES; do
        ops=${size%/*}; spec=$(synth_spec "$ops" "${size#*/}"); out="$BENCH/work/synth-$ops-out"
        say "ours: synthetic spec $ops operations, each run right after rm -rf of the previous output"
        record "ours.synth$ops.after_rm_ms" "$(hf "ours-synth$ops-after-rm" 3 1 --prepare "rm -rf $out" -- "$GEN" --spec "$spec" --output "$out")"
    done
    rm -rf "$TRASH"
fi

# ───────────────────────────────────────────── table
if has_phase table; then
    say "machine"
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')  nproc: $(nproc)  kernel: $(uname -r)"
    free -g | sed -n 2p | awk '{print "memory: " $2 " GiB"}'
    swift --version 2>&1 | head -1
    say "results (median wall time; ratio = ours/apple)"
    RES="$RES" VALUES="$VALUES" SIZES="$SIZES" python3 - <<'EOF'
import os
v = {}
for line in open(os.environ["VALUES"]):
    k, _, val = line.rstrip("\n").partition("=")
    v[k] = val
def g(k):
    return v.get(k, "")
def num(k):
    try: return float(v[k])
    except (KeyError, ValueError): return None
rows = []
def row(label, ours, apple, fmt="{:.1f}"):
    o, a = num(ours) if ours else None, num(apple) if apple else None
    fo = fmt.format(o) if o is not None else (g(ours) or "n/a")
    fa = fmt.format(a) if a is not None else ((g(apple) if apple else "") or "n/a")
    ratio = f"{o / a:.3f}" if o is not None and a else ""
    rows.append((label, fo, fa, ratio))
# Wall medians straight from hyperfine's JSON when a key was not recorded (e.g. a partial run).
import json
def median(name, scale):
    try:
        return str(json.load(open(os.path.join(os.environ["RES"], name + ".json")))["results"][0]["median"] * scale)
    except Exception:
        return None
for side in ("ours", "apple"):
    for config in ("debug", "release"):
        for key, name in ((f"{side}.build.{config}.s", f"build-{side}-{config}"), (f"{side}.build.{config}.null_s", f"null-{side}-{config}")):
            if num(key) is None and median(name, 1): v[key] = median(name, 1)
if num("apple.budgea.gen_ms") is None and median("apple-budgea", 1000): v["apple.budgea.gen_ms"] = median("apple-budgea", 1000)
# CPU time (user+system, mean over the runs, children included): steadier than wall time on a busy machine.
def cpu(name, scale, parts=("user", "system")):
    try:
        r = json.load(open(os.path.join(os.environ["RES"], name + ".json")))["results"][0]
        return str(sum(r[part] for part in parts) * scale)
    except Exception:
        return None
# User time alone is the generator's own work; system time is mostly the kernel creating files, which on
# ext4 grows faster than linearly when thousands of files were just deleted (the "after rm -rf" rows).
for sz in os.environ["SIZES"].split():
    n = sz.split("/")[0]
    for part in ("user", "system"):
        c = cpu(f"ours-synth{n}", 1000, (part,))
        if c: v[f"ours.synth{n}.{part}_ms"] = c
for key, name, scale in [("ours.corpus.cpu_ms", "ours-corpus", 1000), ("ours.noop.cpu_ms", "ours-noop", 1000)] + [
        (f"{side}.synth{sz.split('/')[0]}.cpu_ms", f"{side}-synth{sz.split('/')[0]}", 1000)
        for sz in os.environ["SIZES"].split() for side in ("ours", "apple")] + [
                         ("apple.corpus.cpu_ms", "apple-corpus", 1000),
                         ("ours.budgea.cpu_ms", "ours-budgea", 1000), ("apple.budgea.cpu_ms", "apple-budgea", 1000),
                         ("ours.build.debug.cpu_s", "build-ours-debug", 1), ("apple.build.debug.cpu_s", "build-apple-debug", 1),
                         ("ours.build.release.cpu_s", "build-ours-release", 1), ("apple.build.release.cpu_s", "build-apple-release", 1)]:
    c = cpu(name, scale)
    if c: v[key] = c
row("Budgea: load + IR (`generate list`), ms", "ours.budgea.load_ir_ms", None)
row("Budgea: generate, ms (full write, empty output)", "ours.budgea.gen_ms", "apple.budgea.gen_ms")
row("Budgea: generate, peak RSS MB", "ours.budgea.rss_mb", "apple.budgea.rss_mb", "{:.0f}")
if num("ours.budgea.gen_ms") and num("ours.budgea.ops"):
    v["ours.budgea.ms_per_op"] = str(num("ours.budgea.gen_ms") / num("ours.budgea.ops"))
if num("apple.budgea.gen_ms") and num("apple.budgea.ops"):
    v["apple.budgea.ms_per_op"] = str(num("apple.budgea.gen_ms") / num("apple.budgea.ops"))
row("Budgea: ms per operation", "ours.budgea.ms_per_op", "apple.budgea.ms_per_op", "{:.3f}")
row("Budgea: no-op regeneration, ms", "ours.noop.gen_ms", None)
row("Budgea: no-op files written", "ours.noop.files_written", None)
row("dracoon (2.4 MB, %s ops): load + IR (`generate list`), ms" % g("ours.corpus.ops"), "ours.corpus.load_ir_ms", None)
row("dracoon: generate, ms", "ours.corpus.gen_ms", "apple.corpus.gen_ms")
row("dracoon: peak RSS MB", "ours.corpus.rss_mb", "apple.corpus.rss_mb", "{:.0f}")
for size in os.environ["SIZES"].split():
    n = size.split("/")[0]
    p, q = f"ours.synth{n}", f"apple.synth{n}"
    for side in (p, q):
        if num(side + ".gen_ms") and num(p + ".ops"):
            v[side + ".ms_per_op"] = str(num(side + ".gen_ms") / num(p + ".ops"))
    label = f"synth {size} ({g(p + '.mb')} MB)"
    row(f"{label}: generate, ms", p + ".gen_ms", q + ".gen_ms")
    row(f"{label}: ms per operation", p + ".ms_per_op", q + ".ms_per_op", "{:.3f}")
    row(f"{label}: peak RSS MB", p + ".rss_mb", q + ".rss_mb", "{:.0f}")
    row(f"{label}: generate right after rm -rf of the last output, ms", p + ".after_rm_ms", None)
row("Budgea client: Swift lines", "ours.client.lines", "apple.client.lines", "{:.0f}")
row("Budgea client: bytes", "ours.client.bytes", "apple.client.bytes", "{:.0f}")
row("Budgea client: files", "ours.client.files", "apple.client.files", "{:.0f}")
row("Budgea client: clean debug build, s", "ours.build.debug.s", "apple.build.debug.s", "{:.2f}")
row("Budgea client: clean release build, s", "ours.build.release.s", "apple.build.release.s", "{:.2f}")
row("Budgea: generate, CPU ms (user+sys)", "ours.budgea.cpu_ms", "apple.budgea.cpu_ms")
row("Budgea: no-op regeneration, CPU ms", "ours.noop.cpu_ms", None)
row("dracoon: generate, CPU ms", "ours.corpus.cpu_ms", "apple.corpus.cpu_ms")
for sz in os.environ["SIZES"].split():
    n = sz.split("/")[0]
    if num(f"ours.synth{n}.cpu_ms") and num(f"ours.synth{n}.ops"):
        v[f"ours.synth{n}.cpu_per_op"] = str(num(f"ours.synth{n}.cpu_ms") / num(f"ours.synth{n}.ops"))
    if num(f"apple.synth{n}.cpu_ms") and num(f"ours.synth{n}.ops"):
        v[f"apple.synth{n}.cpu_per_op"] = str(num(f"apple.synth{n}.cpu_ms") / num(f"ours.synth{n}.ops"))
    row(f"synth {sz}: generate, CPU ms", f"ours.synth{n}.cpu_ms", f"apple.synth{n}.cpu_ms")
    row(f"synth {sz}: CPU ms per operation", f"ours.synth{n}.cpu_per_op", f"apple.synth{n}.cpu_per_op", "{:.3f}")
    if num(f"ours.synth{n}.user_ms") and num(f"ours.synth{n}.ops"):
        v[f"ours.synth{n}.user_per_op"] = str(num(f"ours.synth{n}.user_ms") / num(f"ours.synth{n}.ops"))
        v[f"ours.synth{n}.system_per_op"] = str(num(f"ours.synth{n}.system_ms") / num(f"ours.synth{n}.ops"))
    row(f"synth {sz}: user CPU ms per operation (generator)", f"ours.synth{n}.user_per_op", None, "{:.3f}")
    row(f"synth {sz}: system CPU ms per operation (file creation)", f"ours.synth{n}.system_per_op", None, "{:.3f}")
row("Budgea client: clean debug build, CPU s", "ours.build.debug.cpu_s", "apple.build.debug.cpu_s", "{:.1f}")
row("Budgea client: clean release build, CPU s", "ours.build.release.cpu_s", "apple.build.release.cpu_s", "{:.1f}")
row("  (swift build with nothing to do, debug, s)", "ours.build.debug.null_s", "apple.build.debug.null_s", "{:.2f}")
w = [max(len(r[i]) for r in rows + [("figure", "ours", "apple 1.14.3", "ours/apple")]) for i in range(4)]
print(f"| {'figure':<{w[0]}} | {'ours':>{w[1]}} | {'apple 1.14.3':>{w[2]}} | {'ours/apple':>{w[3]}} |")
print(f"| {'-' * w[0]} | {'-' * w[1]}:| {'-' * w[2]}:| {'-' * w[3]}:|")
for r in rows:
    print(f"| {r[0]:<{w[0]}} | {r[1]:>{w[1]}} | {r[2]:>{w[2]}} | {r[3]:>{w[3]}} |")
print(f"\nBudgea client match with checked-in Generated/: {g('ours.budgea.matches_checked_in')}")
print(f"no-op run summary: {g('ours.noop.summary')}")
print("apple ran on a patched copy of the Budgea spec (Benchmarks/patch-for-apple.py: 38 response content-type keys "
      "without '/' dropped; it rejects the original); ours ran on the original plus spec/budgea.overlay.yaml.")
EOF
fi
