#!/bin/sh
# Bulk: 1,000 copies of the generated 100-sheet file in one directory, checked by `cls validate DIR`
# (one process, whole-process wall time) and by BulkBaseline (Jackson + networknt in one JVM, the
# JVM's start excluded, so the comparison favours the baseline); prints files per second for each.
#   cls-benchmarks/bulk.sh [FILES] [extra java options for cls]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar="$root/cls-cli/target/cls.jar"
bench="$here/target/benchmarks.jar"
[ -f "$jar" ] && [ -f "$bench" ] || { echo "build it first: mvn -B -DskipTests package" >&2; exit 2; }
count=${1:-1000}
[ $# -gt 0 ] && shift
data="$here/target/benchmark-data"
dir="$data/bulk-$count"
file="$data/contract-100.json"
[ -f "$file" ] || java -Dcls.bench.data="$data" -cp "$bench" io.github.clsante.benchmarks.Contracts 100 >/dev/null
if [ ! -d "$dir" ]; then
  mkdir -p "$dir.part"
  i=1
  while [ "$i" -le "$count" ]; do cp "$file" "$dir.part/$(printf 'contract-%04d.json' "$i")"; i=$((i + 1)); done
  mv "$dir.part" "$dir"
fi
start=$(date +%s%N)
java "$@" -jar "$jar" validate "$dir" >/dev/null || true
ns=$(( $(date +%s%N) - start ))
awk "BEGIN{printf \"cls validate DIR: %d files in %.2f s, %.1f files/s\n\", $count, $ns/1e9, $count/($ns/1e9)}"
java -cp "$bench" io.github.clsante.benchmarks.BulkBaseline "$dir" | sed 's/^/Jackson + networknt (one JVM): /'
