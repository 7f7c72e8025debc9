#!/usr/bin/env python3
"""Prints the Markdown table of the last `Benchmarks/decoding.sh` run from its results folder ($RES)."""
import json
import os
import statistics

RES = os.environ["RES"]
meta = dict(line.rstrip("\n").split("=", 1) for line in open(os.path.join(RES, "meta.txt")) if "=" in line)
flavours = meta["flavours"].split()
names = flavours + (["tolerant-keep"] if "tolerant" in flavours else []) + ["apple", "apple-formatter"]
LABELS = {
    "current": "ours, current generator (strict-like; `number` as Float/Double)",
    "tolerant": "ours, `--decoding tolerant` (default)",
    "strict": "ours, `--decoding strict`",
    "tolerant-decimal": "ours, `--decoding tolerant --numbers decimal`",
    "strict-decimal": "ours, `--decoding strict --numbers decimal`",
    "tolerant-double": "ours, `--decoding tolerant --numbers double`",
    "strict-double": "ours, `--decoding strict --numbers double`",
    "tolerant-keep": "ours, tolerant, decoder keeping undeclared fields (`keepUndeclaredFields: true`)",
    "apple": "apple 1.14.3 (date-times through our parser)",
    "apple-formatter": "apple 1.14.3, DateFormatter date-times",
}


def load(name, mode):
    path = os.path.join(RES, f"{name}.{mode}.jsonl")
    if not os.path.exists(path):
        return None
    return [json.loads(line) for line in open(path) if line.startswith("{")]


def med(values):
    return statistics.median(values) if values else None


stats = {}
checksums = set()
for name in names:
    for mode in ("decode", "client"):
        lines = load(name, mode)
        if not lines:
            continue
        wall = [t for line in lines for t in line["ms"]]
        cpu = [t for line in lines for t in line["cpu_ms"]]
        stats[(name, mode)] = {"wall": med(wall), "cpu": med(cpu), "min": min(cpu), "n": len(wall),
                               "rounds": [line["cpu_median"] for line in lines]}
        checksums.update(line["checksum"] for line in lines)

rss = {}
if os.path.exists(os.path.join(RES, "rss.txt")):
    for line in open(os.path.join(RES, "rss.txt")):
        name, mode, kb = line.split()
        rss[(name, mode)] = int(kb) / 1024


instructions = {}
if os.path.exists(os.path.join(RES, "instructions.txt")):
    for line in open(os.path.join(RES, "instructions.txt")):
        name, count, ir = line.split()
        instructions[name] = (int(count), int(ir))


def f(value, digits=0):
    return "n/a" if value is None else f"{value:.{digits}f}"


print(f"{meta['transactions']} transactions, {int(meta['bytes']) / 1e6:.1f} MB of JSON; {meta['date']}; commit {meta['commit']}; "
      f"{meta['rounds']} rounds (clients interleaved) x {meta['runs']} decodes, {meta.get('client_runs', '?')} whole calls per client and round; medians of all runs")
loads = [float(line.split()[1]) for line in open(os.path.join(RES, "load.txt"))] if os.path.exists(os.path.join(RES, "load.txt")) else []
if loads:
    print(f"load average (1 min) during the run: {min(loads):.2f} to {max(loads):.2f}")
print()
print("| client | decode: CPU ms, median | CPU ms, fastest | wall ms, median | whole call: CPU ms, median | CPU ms, fastest | "
      "peak RSS MB: decode once | whole call once | decode once minus read-only baseline | instructions per transaction decoded |")
print("| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |")
for name in names:
    d, c = stats.get((name, "decode")), stats.get((name, "client"))
    if not d:
        continue
    peak, peak_call, base = rss.get((name, "decode")), rss.get((name, "client")), rss.get((name, "read"))
    print(f"| {LABELS.get(name, 'ours, ' + name)} | {f(d['cpu'])} | {f(d['min'])} | {f(d['wall'])} | "
          f"{f(c['cpu']) if c else 'n/a'} | {f(c['min']) if c else 'n/a'} | {f(peak)} | {f(peak_call)} | "
          f"{f(peak - base) if peak is not None and base is not None else 'n/a'} | "
          f"{f(instructions[name][1] / instructions[name][0]) if name in instructions else 'n/a'} |")
base = rss.get(("apple", "read"))
if base is not None:
    print(f"\nread-only baseline (the process after reading the file into Data): {base:.0f} MB (apple's executable); "
          + ", ".join(f"{n} {rss[(n, 'read')]:.0f}" for n in flavours if (n, "read") in rss))

print("\n| ratio | decode CPU, medians | decode CPU, fastest | decode CPU, median of the per-round ratios (rounds) | decode wall, medians "
      "| whole call CPU, medians | peak RSS, decode once | decode instructions | target |")
print("| --- | --: | --: | --- | --: | --: | --: | --: | --- |")


def ratio(a, b, target=""):
    if (a, "decode") not in stats or (b, "decode") not in stats:
        return
    da, db = stats[(a, "decode")], stats[(b, "decode")]
    ca, cb = stats.get((a, "client")), stats.get((b, "client"))
    call = f"{ca['cpu'] / cb['cpu']:.2f}" if ca and cb else "n/a"
    mem = f"{rss[(a, 'decode')] / rss[(b, 'decode')]:.2f}" if (a, "decode") in rss and (b, "decode") in rss else "n/a"
    # Each round runs the clients one after the other, so a round's ratio compares runs close in time.
    rounds = [x / y for x, y in zip(da["rounds"], db["rounds"])]
    listed = ", ".join(f"{r:.2f}" for r in rounds)
    ir = f"{instructions[a][1] / instructions[b][1]:.2f}" if a in instructions and b in instructions else "n/a"
    print(f"| {a} / {b} | {da['cpu'] / db['cpu']:.2f} | {da['min'] / db['min']:.2f} | {med(rounds):.2f} ({listed}) | "
          f"{da['wall'] / db['wall']:.2f} | {call} | {mem} | {ir} | {target} |")


ratio("tolerant", "strict", "at most 1.3")
ratio("tolerant-keep", "strict")
ratio("tolerant-keep", "tolerant")
for name in flavours:
    ratio(name, "apple", "at most 1.0")
for policy in ("tolerant", "strict"):
    ratio(policy, f"{policy}-double", "(cost of Decimal)")
ratio("apple-formatter", "apple")

if instructions:
    print(f"\ninstructions: valgrind --tool=callgrind, one decode of a {next(iter(instructions.values()))[0]}-transaction body "
          "(a process decoding twice minus one decoding once)")
    reference = instructions.get(flavours[0])
    for probe, what in (("keys-id", "each transaction read as `id` only (JSONDecoder's floor)"),
                        ("keys-all", "each transaction read as `allKeys` only (listing the keys)")):
        if probe in instructions:
            share = f", {instructions[probe][1] / reference[1]:.2f} of {flavours[0]}" if reference else ""
            print(f"- {what}: {instructions[probe][1] / instructions[probe][0]:.0f} instructions per transaction{share}")
if len(checksums) == 1:
    print(f"\nEvery client decoded the same: {checksums.pop()}.")
else:
    print(f"\nWARNING: the clients disagree: {sorted(checksums)}")
numbers = os.path.join(RES, "numbers.md")
if os.path.exists(numbers):
    print("\nJSON numbers (Benchmarks/Decoding/Sources/Numbers.swift):\n")
    print(open(numbers).read().rstrip())
