#!/bin/sh
# fh-report list on a database of 10,000,000 reports: the open reports of
# a zone, and searches for an address, an address and a word, and a common
# word, each beside the sqlite3 shell running the same query.  Target:
# well under a second each but the last, whose half a million rows take
# their time to write.  BENCH_SCALE scales the number of reports;
# BENCH_REPORTS_DB names a database made by make_reports_db to reuse.
set -eu
. "$TOP/bench/reports-db.inc"
n=$(scale_count 10000000)
runs=${BENCH_RUNS:-5}
dir=$(mktemp -d "${TMPDIR:-/tmp}/fh-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
db=${BENCH_REPORTS_DB:-$dir/fh.db}
if [ ! -f "$db" ]; then
	t0=$(now_s)
	make_reports_db "$db" "$n"
	echo "built $n reports in $(awk -v a="$t0" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }') s"
fi
export FH_NOW="2027-01-01 10:00"
cols="SELECT r.id, r.reported_at, r.category, z.code AS zone, g.code AS [group], r.status,
 r.severity, m.code AS member, r.place, r.text, r.officer,
 CAST(julianday(coalesce(r.closed_at, '2027-01-01 10:00')) - julianday(r.reported_at) AS INTEGER) AS age_days
 FROM reports r LEFT JOIN zones z ON z.id = r.zone_id LEFT JOIN groups g ON g.id = r.group_id
 LEFT JOIN members m ON m.id = r.member_id"
zone_sql="$cols WHERE r.zone_id = (SELECT id FROM zones WHERE code = 'Z1') AND r.status = 'open' ORDER BY r.reported_at, r.id"
search_sql() {
	echo "$cols WHERE r.id IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH '$1') ORDER BY +r.reported_at, r.id"
}
# measure SQL ARGS...: times fh-report list ARGS and the shell's SQL.
measure() {
	sql=$1
	shift
	rows=$(fh-report --db "$db" list "$@" | wc -l)
	fhcmd="fh-report --db $db list"
	for a in "$@"; do
		fhcmd="$fhcmd '$a'"
	done
	hyperfine -N --warmup 1 --runs "$runs" --export-csv "$dir/list.csv" \
		-n fh "$fhcmd" \
		-n sqlite3 "sqlite3 -tabs -header -cmd '.load $BUILD/fh_bigram' $db \"$sql\"" >"$dir/out" 2>&1 ||
		{ cat "$dir/out"; exit 1; }
	awk -F, -v what="list $*" -v rows="$((rows - 1))" 'NR > 1 { mean[$1] = $2 } END {
		printf "%s (%d rows): fh-report %.3f s, sqlite3 shell %.3f s, ratio %.2f\n",
			what, rows, mean["fh"], mean["sqlite3"], mean["fh"] / mean["sqlite3"] }' "$dir/list.csv"
}
measure "$zone_sql" --zone Z1 --status open
measure "$(search_sql '"北大街123号"')" --search 北大街123号
measure "$(search_sql '"北大街123号" "纠纷"')" --search '北大街123号 纠纷'
# A word in one report of twenty: most of the time goes into writing the rows.
measure "$(search_sql '"纠纷"')" --search 纠纷
