#!/bin/sh
# Runs the JMH benchmarks of cls-benchmarks/target/benchmarks.jar (built by `mvn -B package`), with the
# allocation profiler, and writes the results as JSON next to the jar.
#   cls-benchmarks/run.sh          the baseline settings of BENCHMARKS.md (sizes 10 to 10,000, ~12 min)
#   cls-benchmarks/run.sh quick    a smoke run: one short iteration of each, 10 and 100 sheets (~1 min)
# Any further argument goes to JMH (a benchmark regex such as 'ReadBenchmark', -prof jfr…), but not -f, -wi,
# -w, -i or -r, which run.sh sets: JMH refuses an option given twice (run benchmarks.jar to change them).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/benchmarks.jar"
[ -f "$jar" ] || { echo "build it first: mvn -B -DskipTests package -pl cls-benchmarks -am" >&2; exit 2; }
mode=full
if [ "${1:-}" = quick ]; then mode=quick; shift; fi
if [ "$mode" = quick ]; then
  settings="-f 1 -wi 1 -w 200ms -i 1 -r 200ms -p sheets=10,100"
else
  settings="-f 1 -wi 3 -w 1s -i 5 -r 1s"
fi
# The generated files are written once, under target/benchmark-data.
exec java -jar "$jar" $settings -prof gc -rf json -rff "$here/target/jmh-$mode.json" \
  -jvmArgsAppend "-Dcls.bench.data=$here/target/benchmark-data" "$@"
