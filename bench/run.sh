#!/bin/sh
# Runs every benchmark, bench/*.sh in name order.  Each compares fh with
# the sqlite3 shell doing the same work in the same run and prints its
# figures and ratios; BENCH_SCALE (default 1) scales the data sizes down
# for a quick look, e.g. BENCH_SCALE=0.01.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
export BUILD="${BUILD:-build}" TOP="$top"
case "$BUILD" in /*) ;; *) BUILD="$top/$BUILD" ;; esac
export PATH="$BUILD/bin:$PATH"
status=0
for b in "$top"/bench/*.sh; do
	[ "$(basename "$b")" = run.sh ] && continue
	echo "== $(basename "$b" .sh)"
	sh "$b" || status=1
done
exit $status
