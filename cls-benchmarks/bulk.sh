#!/bin/sh
# Bulk: 1,000 copies of the generated 100-sheet file in one directory, checked RUNS times (default 3),
# alternately, by `cls validate DIR` as a user runs it (the distribution's bin/cls, with its class-data
# archive and its choice of compiler) and by BulkBaseline (Jackson + networknt in one JVM). Both are
# timed as whole processes, JVM start included; BulkBaseline also prints its own rate, start and schema
# loading excluded. Prints each run, then the medians in files per second.
#   cls-benchmarks/bulk.sh [FILES] [RUNS]
# JAVA_OPTS is passed to bin/cls (e.g. JAVA_OPTS=-XX:TieredStopAtLevel=4 for full compilation).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bench="$here/target/benchmarks.jar"
[ -f "$bench" ] || { echo "build it first: mvn -B -DskipTests package" >&2; exit 2; }
count=${1:-1000}
runs=${2:-3}
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
# The distribution, unpacked afresh, its class-data archive written by a first run.
installed=$(sh "$here/install-dist.sh")
cls=$(echo "$installed" | sed -n 1p)
CLS_CDS_DIR=$(echo "$installed" | sed -n 2p)
export CLS_CDS_DIR

times=$(mktemp)
i=1
while [ "$i" -le "$runs" ]; do
  start=$(date +%s%N)
  "$cls" validate "$dir" >/dev/null || true
  ns=$(( $(date +%s%N) - start ))
  echo "cls $ns" >> "$times"
  awk "BEGIN{printf \"run $i: cls validate DIR: %d files in %.2f s, %.1f files/s\n\", $count, $ns/1e9, $count/($ns/1e9)}"
  start=$(date +%s%N)
  inside=$(java -cp "$bench" io.github.clsante.benchmarks.BulkBaseline "$dir" 2>/dev/null)
  ns=$(( $(date +%s%N) - start ))
  echo "baseline $ns" >> "$times"
  awk "BEGIN{printf \"run $i: Jackson + networknt: %d files in %.2f s, %.1f files/s (in its JVM: $inside)\n\", $count, $ns/1e9, $count/($ns/1e9)}"
  i=$((i + 1))
done
for who in cls baseline; do
  grep "^$who " "$times" | sort -n -k2 | awk -v who="$who" -v n="$count" \
    '{t[NR]=$2} END {m=t[int((NR+1)/2)]; printf "median %s: %.2f s, %.1f files/s\n", who, m/1e9, n/(m/1e9)}'
done
rm -f "$times"
