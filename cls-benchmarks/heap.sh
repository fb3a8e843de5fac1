#!/bin/sh
# Heap: the smallest -Xmx (to 4 MB) with which one JVM reads and validates the generated file of SHEETS
# sheets (default 10,000) through ContractValidator.validate(path), and its ratio to the file's size.
#   cls-benchmarks/heap.sh [SHEETS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bench="$here/target/benchmarks.jar"
[ -f "$bench" ] || { echo "build it first: mvn -B -DskipTests package -pl cls-benchmarks -am" >&2; exit 2; }
sheets=${1:-10000}
data="$here/target/benchmark-data"
file="$data/contract-$sheets.json"
[ -f "$file" ] || java -Dcls.bench.data="$data" -cp "$bench" io.github.clsante.benchmarks.Contracts "$sheets" >/dev/null
low=4; high=1024   # low fails (or is the floor), high succeeds
if ! java -Xmx${high}m -cp "$bench" io.github.clsante.benchmarks.HeapProbe "$file" >/dev/null 2>&1; then
  echo "fails even with ${high} MB" >&2; exit 1
fi
while [ $((high - low)) -gt 4 ]; do
  mid=$(((low + high) / 2))
  if java -Xmx${mid}m -cp "$bench" io.github.clsante.benchmarks.HeapProbe "$file" >/dev/null 2>&1; then high=$mid; else low=$mid; fi
done
size=$(wc -c < "$file")
awk "BEGIN{printf \"%d sheets, file %.1f MB: smallest heap %d MB (%.1f x the file)\n\", $sheets, $size/1048576, $high, $high*1048576/$size}"
