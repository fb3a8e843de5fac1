#!/bin/sh
# Compares two builds of the benchmarks on a noisy machine: runs BEFORE.jar and AFTER.jar in turn,
# ROUNDS times (before, after, before, after…), each with the same JMH options, then prints each pair's
# table (tenth percentiles: give many short iterations, such as -i 30 -r 300ms).
#   cls-benchmarks/ab.sh BEFORE.jar AFTER.jar ROUNDS JMH-OPTIONS…
#   cls-benchmarks/ab.sh /tmp/old.jar cls-benchmarks/target/benchmarks.jar 3 \
#       'CanonicalBenchmark.canonicalizeText$' -p sheets=1000 -f 1 -wi 4 -w 1s -i 30 -r 300ms -prof gc
# The results are target/ab-before-N.json and target/ab-after-N.json. Build BEFORE.jar from the older
# commit (git worktree add /tmp/old COMMIT; mvn -B -DskipTests package -pl cls-benchmarks -am there).
set -eu
if [ $# -lt 3 ]; then
  echo "usage: ab.sh BEFORE.jar AFTER.jar ROUNDS JMH-OPTIONS..." >&2
  exit 2
fi
before=$1 after=$2 rounds=$3
shift 3
for jar in "$before" "$after"; do
  [ -f "$jar" ] || { echo "ab.sh: no such jar: $jar" >&2; exit 2; }
done
case $rounds in
  ''|*[!0-9]*|0) echo "ab.sh: ROUNDS must be a positive whole number, not '$rounds'" >&2; exit 2 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/target"
round=1
while [ "$round" -le "$rounds" ]; do
  for side in before after; do
    if [ "$side" = before ]; then jar=$before; else jar=$after; fi
    echo "ab.sh: round $round of $rounds, $side ($jar)" >&2
    java -jar "$jar" -rf json -rff "$here/target/ab-$side-$round.json" \
      -jvmArgsAppend "-Dcls.bench.data=$here/target/benchmark-data" "$@" > "$here/target/ab-$side-$round.log" 2>&1 \
      || { echo "ab.sh: the $side run failed, see target/ab-$side-$round.log" >&2; exit 1; }
  done
  round=$((round + 1))
done
round=1
while [ "$round" -le "$rounds" ]; do
  echo "## Round $round"
  python3 "$here/table.py" --p10 "$here/target/ab-before-$round.json" "$here/target/ab-after-$round.json"
  round=$((round + 1))
done
