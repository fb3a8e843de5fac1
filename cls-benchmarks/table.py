#!/usr/bin/env python3
"""Prints BENCHMARKS.md's tables from JMH JSON results (run.sh writes target/jmh-full.json).

    python3 cls-benchmarks/table.py [--median | --p10] BEFORE.json [AFTER.json]

Times are JMH's average per operation; "per sheet" divides by the contract's sheets; allocation is
-prof gc's gc.alloc.rate.norm. With two files, each cell shows before → after. With --median, times are
the median of the measured iterations instead of their mean: on a shared machine, where a burst of
another tenant's load makes a few iterations several times slower, the median says what most of the
run measured (say which one a table shows). With --p10, times are the tenth percentile of the measured
iterations (the fastest tenth's slowest): on a machine whose neighbours slow most iterations, not just a
few, it is the closest to what the code costs alone; it needs many short iterations (-i 30 -r 300ms).
"""
import json
import statistics
import sys

MEDIAN = "--median" in sys.argv[1:]
P10 = "--p10" in sys.argv[1:]
if MEDIAN and P10:
    sys.exit("table.py: --median or --p10, not both")


def load(path):
    results = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        key = (name[-2] + "." + name[-1], int(r["params"]["sheets"]))
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        score = r["primaryMetric"]["score"]
        iterations = sorted(v for fork in r["primaryMetric"]["rawData"] for v in fork)
        if MEDIAN:
            score = statistics.median(iterations)
        elif P10:
            score = iterations[len(iterations) // 10]
        results[key] = (score, alloc)
    return results


runs = [load(p) for p in sys.argv[1:] if p not in ("--median", "--p10")]
sizes = sorted({k[1] for k in runs[0]})


def t(run, bench, size):
    return run.get((bench, size), (float("nan"), None))[0]


def a(run, bench, size):
    return run.get((bench, size), (None, None))[1]


def present(*benches):
    return all(any((b, s) in r for r in runs for s in sizes) for b in benches)


def cell(values, fmt):
    return " → ".join(fmt(v) for v in values)


def ms(v):
    return "%.3f" % (v / 1000) if v < 10000 else "%.1f" % (v / 1000)


def ratio(v):
    return "%.2f×" % v


def mb(v):
    return "—" if v is None else ("%.2f" % (v / 1e6) if v < 1e8 else "%.0f" % (v / 1e6))


def per_sheet(v, size):
    return "%.1f" % (v / size)


rows = [
    ("ReadBenchmark.read", "read (no locations)"),
    ("ReadBenchmark.readWithLocations", "read with locations"),
    ("ReadBenchmark.jacksonDatabind", "Jackson databind (POJOs)"),
    ("ReadBenchmark.jacksonTokens", "jackson-core token loop"),
    ("CanonicalBenchmark.writeCanonical", "canonical write (model)"),
    ("CanonicalBenchmark.jacksonDatabindWrite", "Jackson databind write (POJOs)"),
    ("CanonicalBenchmark.digest", "digest (model)"),
    ("CanonicalBenchmark.canonicalizeText", "canonicalize(text)"),
    ("CanonicalBenchmark.erdtmanCanonicalize", "java-json-canonicalization"),
    ("CanonicalBenchmark.erdtmanDigest", "java-json-canonicalization + SHA-256"),
    ("ValidateBenchmark.validateContract", "validate(Contract)"),
    ("ValidateBenchmark.validateReadContract", "validate(Contract), the contract read from its file"),
    ("ValidateBenchmark.validateBytes", "validate(bytes)"),
    ("ValidateBenchmark.readThenValidate", "read, then validate(Contract) of it"),
    ("ValidateBenchmark.networkntSchema", "networknt (schema only)"),
    ("ValidateBenchmark.walkModel", "walk reading every value (floor of validate(Contract))"),
]
print("Time per operation (ms, %s of the iterations), per sheet (µs) and allocation per operation (MB)\n"
      % ("median" if MEDIAN else "tenth percentile" if P10 else "mean"))
print("| benchmark | " + " | ".join("%d sheets: ms, µs/sheet, MB" % s for s in sizes) + " |")
print("|---|" + "---|" * len(sizes))
for bench, label in rows:
    if not present(bench):
        continue
    cells = []
    for s in sizes:
        cells.append("%s; %s; %s" % (cell([t(r, bench, s) for r in runs], ms),
                                     cell([t(r, bench, s) for r in runs], lambda v: per_sheet(v, s)),
                                     cell([a(r, bench, s) for r in runs], mb)))
    print("| %s | %s |" % (label, " | ".join(cells)))

ratios = [
    ("read ÷ databind", "ReadBenchmark.read", ["ReadBenchmark.jacksonDatabind"], "≈1 (context)"),
    ("read ÷ token loop", "ReadBenchmark.read", ["ReadBenchmark.jacksonTokens"], "context"),
    ("read with locations ÷ read", "ReadBenchmark.readWithLocations", ["ReadBenchmark.read"], "≤ 1.3"),
    ("library ÷ canonical write (speed-up)", "CanonicalBenchmark.erdtmanCanonicalize",
     ["CanonicalBenchmark.writeCanonical"], "context"),
    ("library ÷ canonicalize(text) (speed-up)", "CanonicalBenchmark.erdtmanCanonicalize",
     ["CanonicalBenchmark.canonicalizeText"], "≥ 2 at 1,000"),
    ("library digest ÷ digest (speed-up)", "CanonicalBenchmark.erdtmanDigest", ["CanonicalBenchmark.digest"],
     "context"),
    ("validate(bytes) ÷ networknt", "ValidateBenchmark.validateBytes", ["ValidateBenchmark.networkntSchema"],
     "< 1"),
    ("validate(Contract) ÷ networknt", "ValidateBenchmark.validateContract", ["ValidateBenchmark.networkntSchema"],
     "context"),
    ("validate(bytes) ÷ (read + validate(Contract))", "ValidateBenchmark.validateBytes",
     ["ReadBenchmark.read", "ValidateBenchmark.validateContract"], "≤ 1.3"),
    ("validate(bytes) ÷ read, then validate(Contract) of it", "ValidateBenchmark.validateBytes",
     ["ValidateBenchmark.readThenValidate"], "context"),
    ("validate(Contract) ÷ walk reading every value", "ValidateBenchmark.validateContract",
     ["ValidateBenchmark.walkModel"], "context"),
]
print("\nRatios (time ÷ time of the same run)\n")
print("| ratio | target | " + " | ".join("%d" % s for s in sizes) + " |")
print("|---|---|" + "---|" * len(sizes))
for label, num, dens, target in ratios:
    if not present(num, *dens):
        continue
    cells = [cell([t(r, num, s) / sum(t(r, d, s) for d in dens) for r in runs], ratio) for s in sizes]
    print("| %s | %s | %s |" % (label, target, " | ".join(cells)))

print("\nCost per sheet, 10,000 ÷ 100 sheets (target: at most 1.2)\n")
print("| path | ratio |")
print("|---|---|")
for bench in ["ReadBenchmark.read", "ReadBenchmark.readWithLocations", "ValidateBenchmark.validateBytes",
              "ValidateBenchmark.readThenValidate", "ValidateBenchmark.validateContract",
              "ValidateBenchmark.validateReadContract", "CanonicalBenchmark.writeCanonical",
              "CanonicalBenchmark.jacksonDatabindWrite",
              "CanonicalBenchmark.canonicalizeText", "ValidateBenchmark.walkModel"]:
    if 100 in sizes and 10000 in sizes and present(bench):
        print("| %s | %s |" % (bench.split(".")[1], cell(
            [(t(r, bench, 10000) / 10000) / (t(r, bench, 100) / 100) for r in runs], lambda v: "%.2f" % v)))
