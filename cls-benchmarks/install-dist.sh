#!/bin/sh
# Unpacks the command line's distribution (cls-cli/target/cls-cli-VERSION-dist.tar.gz) afresh under
# cls-benchmarks/target/bench-cls, runs its bin/cls once on the 100-sheet file so that its class-data
# archive is written (under target/bench-cls/cds), and prints the path of that bin/cls: the command as a
# user installs and runs it. Used by bulk.sh and cold-start.sh; export CLS_CDS_DIR as printed on line 2.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
dist=$(ls "$root"/cls-cli/target/cls-cli-*-dist.tar.gz 2>/dev/null | head -n 1)
[ -n "$dist" ] || { echo "build it first: mvn -B -DskipTests package" >&2; exit 2; }
installed="$here/target/bench-cls"
rm -rf "$installed"
mkdir -p "$installed"
tar -xzf "$dist" -C "$installed"
cls=$(ls -d "$installed"/cls-*/bin/cls)
CLS_CDS_DIR="$installed/cds" "$cls" validate "$here/target/benchmark-data/contract-100.json" >/dev/null || true
echo "$cls"
echo "$installed/cds"
