#!/bin/sh
# Cold start: one whole `cls validate FILE` process, N times (default 11), on the generated 100-sheet
# file; prints each run's wall time and peak RSS, then their medians.
#   cls-benchmarks/cold-start.sh [N] [extra java options, e.g. -XX:TieredStopAtLevel=1]
#       runs `java -jar cls-cli/target/cls.jar`: the JVM's defaults, no class-data archive
#   cls-benchmarks/cold-start.sh launcher [N] [JAVA_OPTS words]
#       runs the distribution's bin/cls as a user installs it (install-dist.sh): its archive and its
#       choice of compiler; CLS_CDS=off in the environment runs it without the archive
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar="$root/cls-cli/target/cls.jar"
[ -f "$jar" ] || { echo "build it first: mvn -B -DskipTests package" >&2; exit 2; }
launcher=
if [ "${1:-}" = launcher ]; then
  shift
  installed=$(sh "$here/install-dist.sh")
  launcher=$(echo "$installed" | sed -n 1p)
  CLS_CDS_DIR=$(echo "$installed" | sed -n 2p)
  export CLS_CDS_DIR
fi
runs=${1:-11}
[ $# -gt 0 ] && shift
data="$here/target/benchmark-data"
file="$data/contract-100.json"
[ -f "$file" ] || java -Dcls.bench.data="$data" -cp "$here/target/benchmarks.jar" io.github.clsante.benchmarks.Contracts 100 >/dev/null
if [ -n "$launcher" ]; then
  JAVA_OPTS="$*"
  export JAVA_OPTS
  set -- "$launcher" validate "$file"
else
  set -- java "$@" -jar "$jar" validate "$file"
fi
out=$(mktemp)
i=0
while [ "$i" -lt "$runs" ]; do
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null || true
    read -r wall rss < "$out"
  else
    start=$(date +%s%N); "$@" >/dev/null || true
    wall=$(awk "BEGIN{printf \"%.2f\", ($(date +%s%N)-$start)/1e9}"); rss=0
  fi
  echo "run $((i + 1)): ${wall} s, peak RSS $((rss / 1024)) MB"
  echo "$wall $rss" >> "$out.all"
  i=$((i + 1))
done
sort -n "$out.all" | awk '{w[NR]=$1} END {print "median wall: " w[int((NR+1)/2)] " s"}'
sort -n -k2 "$out.all" | awk '{r[NR]=$2} END {printf "median peak RSS: %d MB\n", r[int((NR+1)/2)]/1024}'
rm -f "$out" "$out.all"
