#!/usr/bin/env bash
# Crash and concurrency stress for the output writer (issue #14), on a 6,000-operation spec:
#   - KILLS runs killed with kill -9 at random moments (half anywhere in the run, half during the write
#     phase, found by watching for the journal); after each, the folder must be exactly the old output,
#     exactly the new one, or hold a journal that `--check` reports; the next run must then end exactly
#     at its output with no temp, backup or journal file left;
#   - PAIRS pairs of runs started together on one folder with different outputs: both must succeed and
#     the folder must end exactly as one of the two outputs, without litter;
#   - SIGNALS runs sent SIGINT or SIGTERM during the write phase: each must roll back to the old output
#     exactly and die of that signal.
# Two outputs that differ in every file: `--access public` and `--access internal`.
#
#   Scripts/stress.sh                      # 50 kills, 50 pairs, 10 signals
#   KILLS=5 PAIRS=5 SIGNALS=2 Scripts/stress.sh
#   GENERATE=.build/release/generate WORK=/tmp/stress Scripts/stress.sh
set -uo pipefail

KILLS=${KILLS:-50}
PAIRS=${PAIRS:-50}
SIGNALS=${SIGNALS:-10}
OPS=${OPS:-6000}
SCHEMAS=${SCHEMAS:-2000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GENERATE=${GENERATE:-$ROOT/.build/release/generate}
WORK=${WORK:-$(mktemp -d /tmp/generate-stress.XXXXXX)}

if [ ! -x "$GENERATE" ]; then
    (cd "$ROOT" && swift build -c release --product generate) || exit 1
fi
mkdir -p "$WORK"
cd "$WORK" || exit 1
SPEC=$WORK/spec.yaml
[ -s "$SPEC" ] || python3 "$ROOT/Benchmarks/synth-spec.py" "$OPS" "$SCHEMAS" > "$SPEC"

run() { # run ACCESS FOLDER [extra args]: a normal run, output discarded
    local access=$1 folder=$2
    shift 2
    "$GENERATE" --spec "$SPEC" --output "$folder" --access "$access" "$@" > /dev/null 2>&1
}
other() { [ "$1" = public ] && echo internal || echo public; }
# Exactly the reference: same files, same bytes, no extra entry (litter included).
same() { diff -r -q "$1" "$2" > /dev/null 2>&1; }
litter() { find "$1" \( -name '.*.tmp-*' -o -name '.*.bak-*' -o -name '.generated-files.journal*' \) | wc -l; }
reset() { rm -rf "$2" && cp -a "ref-$1" "$2"; }

echo "references (each a clean run)..."
for access in public internal; do
    rm -rf "ref-$access"
    start=$(date +%s%N)
    run "$access" "ref-$access" || { echo "reference run failed"; exit 1; }
    echo "  $access: $(find "ref-$access" -type f | wc -l) files, $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
RUN_MS=$(( ($(date +%s%N) - start) / 1000000 ))
same ref-public ref-internal && { echo "the two outputs do not differ"; exit 1; }

failures=0
fail() { echo "  FAIL: $*"; failures=$((failures + 1)); }

# --- kill -9 ---------------------------------------------------------------------------------------
old_exact=0; new_exact=0; journaled=0; mixed=0; repaired=0; kill_litter=0; during_write=0
for i in $(seq 1 "$KILLS"); do
    from=$([ $((i % 4)) -lt 2 ] && echo public || echo internal); to=$(other "$from")
    reset "$from" out
    "$GENERATE" --spec "$SPEC" --output out --access "$to" > /dev/null 2>&1 &
    pid=$!
    if [ $((i % 2)) -eq 1 ]; then
        # Anywhere in the run.
        sleep "$(awk -v r=$RANDOM -v ms="$RUN_MS" 'BEGIN { printf "%.3f", r / 32768 * ms / 1000 }')"
    else
        # During the write phase: from the journal's appearance, 0-1.5 s on.
        for _ in $(seq 1 3000); do [ -e out/.generated-files.journal ] && break; kill -0 $pid 2>/dev/null || break; sleep 0.01; done
        [ -e out/.generated-files.journal ] && during_write=$((during_write + 1))
        sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.3f", r / 32768 * 1.5 }')"
    fi
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    if [ -e out/.generated-files.journal ]; then
        journaled=$((journaled + 1))
        report=$("$GENERATE" --spec "$SPEC" --output out --access "$to" --check 2>&1)
        [[ $report == *"holds an interrupted run"* ]] || fail "kill $i: --check does not report the interrupted run"
    elif same out "ref-$from"; then old_exact=$((old_exact + 1))
    elif same out "ref-$to"; then new_exact=$((new_exact + 1))
    else mixed=$((mixed + 1)); fail "kill $i: neither old nor new, and no journal"
    fi
    run "$to" out || fail "kill $i: the next run failed"
    n=$(litter out); kill_litter=$((kill_litter + n))
    if same out "ref-$to" && [ "$n" -eq 0 ]; then repaired=$((repaired + 1)); else fail "kill $i: the next run did not end exactly ($n litter)"; fi
done

# --- concurrent pairs ----------------------------------------------------------------------------------
pair_exact=0; pair_litter=0
for i in $(seq 1 "$PAIRS"); do
    reset public out
    run internal out & first=$!
    run public out & second=$!
    wait $first; a=$?
    wait $second; b=$?
    [ $a -eq 0 ] && [ $b -eq 0 ] || fail "pair $i: exit statuses $a and $b"
    n=$(litter out); pair_litter=$((pair_litter + n))
    if { same out ref-public || same out ref-internal; } && [ "$n" -eq 0 ]; then pair_exact=$((pair_exact + 1)); else fail "pair $i: mixed output or litter ($n)"; fi
done

# --- SIGINT / SIGTERM -------------------------------------------------------------------------------
signal_exact=0; signal_died=0
for i in $(seq 1 "$SIGNALS"); do
    sig=$([ $((i % 2)) -eq 1 ] && echo INT || echo TERM)
    reset public out
    "$GENERATE" --spec "$SPEC" --output out --access internal > /dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 3000); do [ -e out/.generated-files.journal ] && break; kill -0 $pid 2>/dev/null || break; sleep 0.01; done
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.3f", r / 32768 * 0.5 }')"
    kill -"$sig" $pid 2>/dev/null
    wait $pid; status=$?
    expected=$([ "$sig" = INT ] && echo 130 || echo 143)
    n=$(litter out)
    if [ $status -eq "$expected" ] && same out ref-public && [ "$n" -eq 0 ]; then
        signal_died=$((signal_died + 1)); signal_exact=$((signal_exact + 1))
    elif [ $status -eq 0 ] && same out ref-internal && [ "$n" -eq 0 ]; then
        # The signal came after the last change: nothing to undo, the run completed.
        signal_exact=$((signal_exact + 1))
    else fail "signal $i ($sig): exit status $status, not exactly the old output ($n litter)"
    fi
done

echo
echo "kill -9:  $KILLS runs ($during_write aimed at the write phase): right after the kill $old_exact old output, $new_exact new output, $journaled interrupted (journal; --check reported it), $mixed mixed"
echo "          next run exact $repaired/$KILLS, litter files $kill_litter"
echo "pairs:    $PAIRS concurrent pairs: ended exactly as one output $pair_exact/$PAIRS, litter files $pair_litter"
echo "signals:  $SIGNALS SIGINT/SIGTERM: exact $signal_exact/$SIGNALS ($signal_died rolled back to the old output and died of the signal, the rest had finished)"
echo "failures: $failures   (work folder: $WORK)"
[ "$failures" -eq 0 ]
