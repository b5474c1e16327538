#!/bin/sh
# One fh-report add on a database of 10,000,000 reports, against the
# sqlite3 shell doing the same single INSERT (and its event) on the same
# database: fh's start-up must stay cheap however big the station gets.
# Target: ratio <= 1.5.  Also against $BUILD/bench/add-bare (bench/add-bare.c,
# built by make bench): SQLite alone, opening, inserting the same rows
# and closing (target: within 1.05 times).  BENCH_SCALE scales the number
# of reports; BENCH_REPORTS_DB names a database made by make_reports_db to reuse.
set -eu
. "$TOP/bench/reports-db.inc"
n=$(scale_count 10000000)
runs=${BENCH_RUNS:-40}
dir=$(mktemp -d "${TMPDIR:-/tmp}/fh-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
db=${BENCH_REPORTS_DB:-$dir/fh.db}
if [ ! -f "$db" ]; then
	t0=$(now_s)
	make_reports_db "$db" "$n"
	echo "built $n reports in $(awk -v a="$t0" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }') s"
fi
export FH_USER=bench
sql="PRAGMA foreign_keys = ON; BEGIN IMMEDIATE;
INSERT INTO reports(category, member_id, zone_id, group_id, reported_at, place, text)
SELECT 'fire', id, zone_id, group_id, strftime('%Y-%m-%d %H:%M', 'now', 'localtime'), '北大街12号', '消防通道被杂物堵塞'
FROM members WHERE code = 'S0001';
INSERT INTO report_events(report_id, at, actor, action)
VALUES (last_insert_rowid(), strftime('%Y-%m-%d %H:%M', 'now', 'localtime'), 'bench', 'filed');
COMMIT;"
hyperfine -N --warmup 3 --runs "$runs" --export-csv "$dir/add.csv" \
	-n fh "fh-report --db $db add --category fire --by S0001 --where 北大街12号 消防通道被杂物堵塞" \
	-n sqlite3 "sqlite3 -cmd '.load $BUILD/fh_bigram' $db \"$sql\"" \
	-n bare "$BUILD/bench/add-bare $db $BUILD/fh_bigram.so" >"$dir/out" 2>&1 || { cat "$dir/out"; exit 1; }
awk -F, 'NR > 1 { mean[$1] = $2 } END {
	printf "fh-report add: %.2f ms, sqlite3 shell: %.2f ms, ratio %.2f (target <= 1.5)\n",
		mean["fh"] * 1000, mean["sqlite3"] * 1000, mean["fh"] / mean["sqlite3"]
	printf "fh-report add: %.2f ms, bare C: %.2f ms, ratio %.2f (target <= 1.05)\n",
		mean["fh"] * 1000, mean["bare"] * 1000, mean["fh"] / mean["bare"] }' "$dir/add.csv"
