#!/usr/bin/env bash
# Decoding benchmark (issue #12, item 6): one large GET .../accounts/{id_account}/transactions response decoded
# by each flavour of our generated client and by apple/swift-openapi-generator's client from the same spec:
# time (wall and CPU, median) and peak memory. Also a micro-benchmark of JSON numbers as Double, Float, Decimal.
#
#   Benchmarks/decoding.sh                                   # everything; ~15 min the first time, ~5 min after
#   DEC_TRANSACTIONS=10000 DEC_RUNS=5 Benchmarks/decoding.sh # smaller and quicker
#   DEC_PHASES="run table" Benchmarks/decoding.sh            # measure again without regenerating or rebuilding
#
# Phases, in order (DEC_PHASES, default all):
#   data     the body: Benchmarks/Decoding/make-transactions.py DEC_TRANSACTIONS (default 50000), deterministic
#   ours     release build of our generator from this work tree, then one client per flavour (DEC_FLAVOURS)
#   apple    release build of apple's generator 1.14.3 (once), its client from the patched spec
#            (Benchmarks/patch-for-apple.py, as in Benchmarks/run.sh)
#   build    the benchmark package (.build-bench-decoding/pkg): per client a library target and a release
#            executable decode-<flavour> / decode-apple; plus `numbers`. Compiles at `nice -n 15`.
#   run      DEC_ROUNDS (5) rounds, clients interleaved; each process reads the body once into Data and decodes it
#            DEC_RUNS (6) times (mode `decode`: the client's JSONDecoder on the Data), then DEC_CLIENT_RUNS (3) times
#            (mode `client`: the whole operation through an in-memory transport); apple's client is also run with
#            DateFormatter date-times, DEC_FORMATTER_RUNS (1) per round (0: skip), and the tolerant client with
#            `APIJSON.makeDecoder(keepUndeclaredFields: true)`, DEC_KEEP_RUNS (3) per round. Then peak RSS (/usr/bin/time -v,
#            largest of DEC_PEAK_RUNS=3) of a process decoding once, of one calling the operation once, and of one
#            that only reads the file (the baseline). Wall and CPU time of every decode are recorded.
#   numbers  Decimal vs Double vs Float micro-benchmark (DEC_NUMBERS=50000 numbers, 15 runs)
#   instructions  instructions of one decode (valgrind/callgrind: a run decoding twice minus one decoding once) of a
#            DEC_IR_TRANSACTIONS (5000) body: the same on a busy machine as on an idle one. Also for the `keys`
#            probe: transactions read as `id` only, and as `allKeys` only (what finding unknown keys costs)
#   table    the Markdown table from every result of the last `run`
#
# DEC_FLAVOURS: our client flavours, each `POLICY[-NUMBERS]`, generated with `--decoding POLICY [--numbers NUMBERS]`;
# `current` means no option (the generator as it is before --decoding exists). Default: every combination of
# tolerant/strict and decimal/double the generator supports, else `current`.
# Everything scratch lives in .build-bench-decoding/ (git-ignored through `.build-*`); nothing in the work tree changes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRATCH="$ROOT/.build-bench-decoding"
RES="$SCRATCH/results"
PKG="$SCRATCH/pkg"
PHASES=${DEC_PHASES:-"data ours apple build run numbers instructions table"}
COUNT=${DEC_TRANSACTIONS:-50000}
RUNS=${DEC_RUNS:-6}
CLIENT_RUNS=${DEC_CLIENT_RUNS:-3}
FORMATTER_RUNS=${DEC_FORMATTER_RUNS:-1}
KEEP_RUNS=${DEC_KEEP_RUNS:-3}
ROUNDS=${DEC_ROUNDS:-5}
PEAK_RUNS=${DEC_PEAK_RUNS:-3}
NUMBERS=${DEC_NUMBERS:-50000}
APPLE_VERSION=1.14.3
DATA="$SCRATCH/data/transactions-$COUNT.json"
NICE=(nice -n "${DEC_NICE:-15}")
mkdir -p "$RES" "$SCRATCH/data"

say() { printf '\n== %s   [load average %s]\n' "$*" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
has_phase() { [[ " $PHASES " == *" $1 "* ]]; }
# put SRC DST: copy only when the content differs, so SwiftPM does not rebuild what did not change.
put() { mkdir -p "$(dirname "$2")"; cmp -s "$1" "$2" || cp "$1" "$2"; }
# CamelCase module suffix of a flavour: tolerant-double -> TolerantDouble.
camel() { local out="" part; IFS=- read -ra parts <<< "$1"; for part in "${parts[@]}"; do out+="${part^}"; done; echo "$out"; }
GEN="$SCRATCH/bin/generate"

# ───────────────────────────────────────────── data
if has_phase data; then
    if [[ ! -s $DATA || $DATA -ot $ROOT/Benchmarks/Decoding/make-transactions.py ]]; then
        say "data: $COUNT transactions"
        python3 "$ROOT/Benchmarks/Decoding/make-transactions.py" "$COUNT" "$DATA.tmp" && mv "$DATA.tmp" "$DATA"
    fi
    echo "$DATA: $(stat -c %s "$DATA") bytes"
fi

# ───────────────────────────────────────────── ours
if has_phase ours; then
    say "ours: release build of generate from $ROOT"
    (cd "$ROOT" && "${NICE[@]}" swift build -c release --product generate --scratch-path "$SCRATCH/gen" 2>&1 | tail -1)
    mkdir -p "$SCRATCH/bin"
    cp "$(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH/gen" --show-bin-path)/generate" "$GEN"
fi
if [[ ${DEC_FLAVOURS:-auto} == auto ]]; then
    help=$([[ -x $GEN ]] && "$GEN" run --help 2>&1 || true)
    if [[ $help == *--decoding* && $help == *--numbers* ]]; then FLAVOURS="tolerant strict tolerant-double strict-double"
    elif [[ $help == *--decoding* ]]; then FLAVOURS="tolerant strict"
    else FLAVOURS="current"; fi
else
    FLAVOURS=$DEC_FLAVOURS
fi
if has_phase ours; then
    for flavour in $FLAVOURS; do
        args=()
        if [[ $flavour != current ]]; then
            args+=(--decoding "${flavour%%-*}")
            [[ $flavour == *-* ]] && args+=(--numbers "${flavour#*-}")
        fi
        say "ours: $flavour client (generate ${args[*]:-(no option)})"
        # The default run (spec/ plus its overlays), like `swift run generate`, into a scratch folder per flavour.
        (cd "$ROOT" && "$GEN" --output "$SCRATCH/clients/$flavour" --module-name "Budgea$(camel "$flavour")" --no-docs "${args[@]}" 2>&1 | tail -1)
    done
    echo "$FLAVOURS" > "$RES/flavours.txt"
fi

# ───────────────────────────────────────────── apple
if has_phase apple; then
    say "apple/swift-openapi-generator $APPLE_VERSION: release build (once)"
    mkdir -p "$SCRATCH/apple-gen"
    cat > "$SCRATCH/apple-gen/Package.swift" <<EOF
// swift-tools-version: 5.9
// Scratch package: builds apple's generator executable for Benchmarks/decoding.sh.
import PackageDescription
let package = Package(
    name: "apple-gen-bench",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "$APPLE_VERSION")],
    targets: [])
EOF
    (cd "$SCRATCH/apple-gen" && "${NICE[@]}" swift build -c release --product swift-openapi-generator 2>&1 | tail -1)
    APPLE_BIN="$(cd "$SCRATCH/apple-gen" && swift build -c release --show-bin-path)/swift-openapi-generator"

    say "apple: client from the patched Budgea spec"
    work="$SCRATCH/apple"; rm -rf "$work/out"; mkdir -p "$work/out"
    python3 "$ROOT/Benchmarks/patch-for-apple.py" "$ROOT/spec/biapi.pro-2.0.openapi.yaml" "$work/openapi.yaml"
    printf 'generate:\n  - types\n  - client\naccessModifier: public\n' > "$work/openapi-generator-config.yaml"
    "$APPLE_BIN" generate "$work/openapi.yaml" --config "$work/openapi-generator-config.yaml" \
        --mode types --mode client --output-directory "$work/out" > "$work/generate.log" 2>&1 || { tail "$work/generate.log"; exit 1; }
    for file in "$work/out/"*.swift; do put "$file" "$PKG/Sources/BudgeaApple/$(basename "$file")"; done
fi

# ───────────────────────────────────────────── build
if has_phase build; then
    FLAVOURS=$(cat "$RES/flavours.txt")
    say "build: benchmark package $PKG (clients: $FLAVOURS apple)"
    [[ -d $PKG/Sources/BudgeaApple ]] || { echo "run the apple phase first" >&2; exit 1; }
    src="$ROOT/Benchmarks/Decoding/Sources"
    targets=""
    first=""
    for flavour in $FLAVOURS; do
        module="Budgea$(camel "$flavour")"; first=${first:-$module}
        [[ -d $SCRATCH/clients/$flavour/$module ]] || { echo "run the ours phase first ($flavour)" >&2; exit 1; }
        ln -sfn "../../clients/$flavour/$module" "$PKG/Sources/$module"
        sed "s/^import BudgeaAPI\$/import $module/" "$src/Ours.swift" > "$SCRATCH/ours-main.swift"
        put "$SCRATCH/ours-main.swift" "$PKG/Sources/decode-$flavour/main.swift"
        put "$src/Harness.swift" "$PKG/Sources/decode-$flavour/Harness.swift"
        targets+="        .target(name: \"$module\", dependencies: deps, path: \"Sources/$module\"),
        .executableTarget(name: \"decode-$flavour\", dependencies: [\"$module\"] + deps, path: \"Sources/decode-$flavour\"),
"
    done
    # apple's client gets our date-time parser (the same code decodes the same strings on both sides).
    put "$src/Apple.swift" "$PKG/Sources/decode-apple/main.swift"
    put "$src/Harness.swift" "$PKG/Sources/decode-apple/Harness.swift"
    for file in DateTimeCoding CivilCalendar; do
        put "$SCRATCH/clients/${FLAVOURS%% *}/$first/Support/$file.swift" "$PKG/Sources/decode-apple/$file.swift"
    done
    put "$src/Numbers.swift" "$PKG/Sources/numbers/main.swift"
    put "$src/Keys.swift" "$PKG/Sources/keys/main.swift"
    cat > "$SCRATCH/Package.swift" <<EOF
// swift-tools-version: 6.2
// Scratch package written by Benchmarks/decoding.sh: each generated client as a library target, and one
// benchmark executable per client (sources: Benchmarks/Decoding/Sources).
import PackageDescription
let deps: [Target.Dependency] = [
    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
    .product(name: "HTTPTypes", package: "swift-http-types"),
]
let package = Package(
    name: "decoding-bench",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
    ],
    targets: [
$targets        .target(name: "BudgeaApple", dependencies: deps, path: "Sources/BudgeaApple"),
        .executableTarget(name: "decode-apple", dependencies: ["BudgeaApple"] + deps, path: "Sources/decode-apple"),
        .executableTarget(name: "numbers", path: "Sources/numbers"),
        .executableTarget(name: "keys", path: "Sources/keys"),
    ],
    swiftLanguageModes: [.v6])
EOF
    put "$SCRATCH/Package.swift" "$PKG/Package.swift"
    # Stale executables of flavours no longer listed stay out of the run: it only runs what flavours.txt names.
    start=$SECONDS
    if ! (cd "$PKG" && "${NICE[@]}" swift build -c release > "$SCRATCH/build.log" 2>&1); then
        grep -E 'error:' "$SCRATCH/build.log" | head -20; echo "build failed: $SCRATCH/build.log" >&2; exit 1
    fi
    echo "build: $((SECONDS - start)) s ($(tail -1 "$SCRATCH/build.log"))"
    mkdir -p "$SCRATCH/bin"
    bin=$(cd "$PKG" && swift build -c release --show-bin-path)
    for exe in $(for f in $FLAVOURS; do echo "decode-$f"; done) decode-apple numbers keys; do cp "$bin/$exe" "$SCRATCH/bin/$exe"; done
fi

# ───────────────────────────────────────────── run
if has_phase run; then
    FLAVOURS=$(cat "$RES/flavours.txt")
    [[ -s $DATA ]] || { echo "run the data phase first" >&2; exit 1; }
    rm -f "$RES/"*.jsonl "$RES/load.txt" "$RES/rss.txt"
    {
        echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "commit=$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- Sources Templates spec 2> /dev/null || echo '+changes')"
        echo "data=$DATA"; echo "bytes=$(stat -c %s "$DATA")"; echo "transactions=$COUNT"
        echo "runs=$RUNS"; echo "client_runs=$CLIENT_RUNS"; echo "formatter_runs=$FORMATTER_RUNS"; echo "rounds=$ROUNDS"; echo "peak_runs=$PEAK_RUNS"; echo "flavours=$FLAVOURS"
        echo "nproc=$(nproc)"; echo "swift=$(swift --version 2>&1 | head -1)"
    } > "$RES/meta.txt"
    load() { echo "$1 $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RES/load.txt"; }
    names="$FLAVOURS apple"
    for round in $(seq "$ROUNDS"); do
        for mode in decode client; do
            runs=$RUNS; [[ $mode == client ]] && runs=$CLIENT_RUNS
            (( runs > 0 )) || continue
            for name in $names; do
                say "run: round $round/$ROUNDS, $name, $mode x $runs"
                load "$name-$mode-$round"
                "$SCRATCH/bin/decode-$name" "$mode" "$DATA" "$runs" | tee -a "$RES/$name.$mode.jsonl"
            done
        done
        # apple with a DateFormatter transcoder (the usual way to read a custom date format); about 10 times slower.
        if (( FORMATTER_RUNS > 0 )); then
            say "run: round $round/$ROUNDS, apple with DateFormatter date-times, decode x $FORMATTER_RUNS"
            load "apple-formatter-$round"
            BENCH_DATES=formatter "$SCRATCH/bin/decode-apple" decode "$DATA" "$FORMATTER_RUNS" | tee -a "$RES/apple-formatter.decode.jsonl"
        fi
        # The tolerant client with the decoder that also keeps undeclared fields (keepUndeclaredFields: true).
        if [[ " $FLAVOURS " == *" tolerant "* ]] && (( KEEP_RUNS > 0 )); then
            say "run: round $round/$ROUNDS, tolerant keeping undeclared fields, decode x $KEEP_RUNS"
            load "tolerant-keep-$round"
            BENCH_KEEP_UNDECLARED=1 "$SCRATCH/bin/decode-tolerant" decode "$DATA" "$KEEP_RUNS" | tee -a "$RES/tolerant-keep.decode.jsonl"
        fi
    done
    # peak_kb COMMAND...: the largest "Maximum resident set size" of PEAK_RUNS runs, in KB.
    peak_kb() {
        local best=0 kb
        for _ in $(seq "$PEAK_RUNS"); do
            kb=$( { /usr/bin/time -v "$@" > /dev/null 2> "$RES/time-v.txt"; } 2>&1; grep 'Maximum resident set size' "$RES/time-v.txt" | awk '{print $NF}')
            (( kb > best )) && best=$kb
        done
        echo "$best"
    }
    for name in $names; do
        say "peak memory: $name"
        for mode in read decode client; do
            echo "$name $mode $(peak_kb "$SCRATCH/bin/decode-$name" "$mode" "$DATA" 1)" | tee -a "$RES/rss.txt"
        done
    done
    load end
fi

# ───────────────────────────────────────────── numbers
if has_phase numbers; then
    say "numbers: $NUMBERS JSON numbers as Double, Float, Decimal"
    { echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"; "$SCRATCH/bin/numbers" "$NUMBERS" 15; } | tee "$RES/numbers.md"
fi

# ───────────────────────────────────────────── instructions
if has_phase instructions; then
    FLAVOURS=$(cat "$RES/flavours.txt")
    IR_COUNT=${DEC_IR_TRANSACTIONS:-5000}
    IR_DATA="$SCRATCH/data/transactions-$IR_COUNT.json"
    if [[ ! -s $IR_DATA || $IR_DATA -ot $ROOT/Benchmarks/Decoding/make-transactions.py ]]; then
        python3 "$ROOT/Benchmarks/Decoding/make-transactions.py" "$IR_COUNT" "$IR_DATA.tmp" && mv "$IR_DATA.tmp" "$IR_DATA"
    fi
    command -v valgrind > /dev/null || { apt-get update -qq && apt-get install -y -qq valgrind > /dev/null; }
    # Instructions callgrind collected for COMMAND.
    # SWIFT_DETERMINISTIC_HASHING: one hash seed for every run; with random seeds the dictionaries JSONDecoder builds
    # per object make counts move by about 3 % from run to run.
    ir() { SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null | sed -n 's/.*Collected : //p'; }
    rm -f "$RES/instructions.txt"
    for name in $FLAVOURS apple; do
        say "instructions: $name, one decode of $IR_COUNT transactions"
        once=$(ir "$SCRATCH/bin/decode-$name" decode "$IR_DATA" 1); twice=$(ir "$SCRATCH/bin/decode-$name" decode "$IR_DATA" 2)
        echo "$name $IR_COUNT $((twice - once))" | tee -a "$RES/instructions.txt"
    done
    if [[ " $FLAVOURS " == *" tolerant "* ]]; then
        say "instructions: tolerant keeping undeclared fields, one decode of $IR_COUNT transactions"
        once=$(BENCH_KEEP_UNDECLARED=1 ir "$SCRATCH/bin/decode-tolerant" decode "$IR_DATA" 1)
        twice=$(BENCH_KEEP_UNDECLARED=1 ir "$SCRATCH/bin/decode-tolerant" decode "$IR_DATA" 2)
        echo "tolerant-keep $IR_COUNT $((twice - once))" | tee -a "$RES/instructions.txt"
    fi
    # The floor under any model (objects read through a keyed container, one field), and what allKeys adds.
    for probe in id all; do
        say "instructions: keys $probe, one decode of $IR_COUNT transactions"
        once=$(ir "$SCRATCH/bin/keys" "$probe" "$IR_DATA" 1); twice=$(ir "$SCRATCH/bin/keys" "$probe" "$IR_DATA" 2)
        echo "keys-$probe $IR_COUNT $((twice - once))" | tee -a "$RES/instructions.txt"
    done
fi

# ───────────────────────────────────────────── table
if has_phase table; then
    say "results"
    RES="$RES" python3 "$ROOT/Benchmarks/Decoding/table.py"
fi
