#!/usr/bin/env bash
# Builds the fuzzer and runs it in the background: seeds from the goldens, Tests/Adversarial and (when
# ../shared/corpus is present) a few small real specs; new inputs go to fuzz-artifacts/corpus, crashes to
# fuzz-artifacts/, log to /tmp/fuzz.log.
# Usage: Fuzz/run.sh [extra libFuzzer flags]   (defaults: 1 hour, 4 GB RSS, 10 s per input)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# The main package's FuzzGenerator target, with the fuzzing flags in a scratch folder of its own so they never
# reach the normal build.
flags=(-c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DFUZZING)
swift build "${flags[@]}" --product FuzzGenerator
bin=$(swift build "${flags[@]}" --show-bin-path)/FuzzGenerator
seeds=/tmp/fuzz-seeds
rm -rf "$seeds" && mkdir -p "$seeds" "$root/fuzz-artifacts/corpus"
for f in "$root"/Tests/Goldens/*/openapi.yaml; do cp "$f" "$seeds/golden-$(basename "$(dirname "$f")").yaml"; done
cp "$root"/Tests/Adversarial/*.yaml "$seeds/" 2>/dev/null || true
if [ -d "$root/../shared/corpus" ]; then
  for s in personio.de_authentication_1.0 ip2whois.com_1.0 bintable.com_1.0.0_oas3 fungenerators.com_barcode_1.5 brainbi.net_1.0.0; do
    cp "$root/../shared/corpus/$s.yaml" "$seeds/"
  done
fi
nohup "$bin" "$root/fuzz-artifacts/corpus" "$seeds" \
  -artifact_prefix="$root/fuzz-artifacts/" -max_len=16384 \
  -max_total_time=3600 -rss_limit_mb=4096 -timeout=10 -print_final_stats=1 "$@" > "${FUZZ_LOG:-/tmp/fuzz.log}" 2>&1 &
echo "fuzzer pid $! (log ${FUZZ_LOG:-/tmp/fuzz.log})"
