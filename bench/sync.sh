#!/bin/sh
# A bureau's file fed by its stations (fh-sync(7)): 200 stations of 50,000
# reports each (both times BENCH_SCALE; at least 2 stations of 200), built
# as bench/reports-db.inc builds a station, each with an identity of its own.
#
# 1. fh sync export of every station (the first export: the whole
#    station), then fh bureau apply of all the files into one bureau's
#    file: rows per second of the apply.
# 2. fh-stats summary --period 2026Q4 --by station,category on the
#    bureau's file against the same on one station's file holding all the
#    reports (--by zone,category): target, within 1.2 times.
# 3. The size of a week's changeset of one station that files 200 reports
#    (each with its 'filed' event) and handles 200.
set -eu
: "${BUILD:?run through make bench or bench/run.sh}"
. "$(dirname "$0")/reports-db.inc"
scale=${BENCH_SCALE:-1}
nst=$(awk -v s="$scale" 'BEGIN { n = int(200 * s); print n < 2 ? 2 : n }')
per=$(awk -v s="$scale" 'BEGIN { n = int(50000 * s); print n < 200 ? 200 : n }')
dir=$(mktemp -d "${TMPDIR:-/tmp}/fh-bench-sync.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export FH_USER=bench FH_NOW="2027-01-05 10:00"
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "sync: $nst stations of $per reports in $dir"
make_reports_db "$dir/template.db" "$per"
t_export=0
for i in $(seq 1 "$nst"); do
	cp "$dir/template.db" "$dir/s$i.db"
	sqlite3 "$dir/s$i.db" "UPDATE settings SET value = lower(hex(randomblob(16))) WHERE key = 'station_id';
		INSERT OR REPLACE INTO settings VALUES ('station', '派出所$i')"
	t0=$(now_s)
	fh --db "$dir/s$i.db" sync export -o "$dir/s$i-1.fhsync" >/dev/null
	t_export=$(awk -v a="$t_export" -v d="$(elapsed "$t0" "$(now_s)")" 'BEGIN { print a + d }')
	rm -f "$dir/s$i.db" "$dir/s$i.db-wal" "$dir/s$i.db-shm"
done
rows=$(cat "$dir"/s*-1.fhsync | grep -a '^changes: ' | awk '{ n += $2 } END { print n }')
bytes=$(cat "$dir"/s*-1.fhsync | wc -c)
echo "export: $nst first exports in ${t_export} s, $rows rows, $bytes bytes"

fh bureau init "$dir/bureau.db"
t0=$(now_s)
fh --db "$dir/bureau.db" bureau apply "$dir"/s*-1.fhsync
t_apply=$(elapsed "$t0" "$(now_s)")
echo "apply: $rows rows in $t_apply s, $(awk -v r="$rows" -v t="$t_apply" 'BEGIN { printf("%.0f", (t > 0 ? r / t : 0)) }') rows/s; bureau file $(wc -c <"$dir/bureau.db") bytes"
rm -f "$dir"/s*-1.fhsync

make_reports_db "$dir/one.db" "$((nst * per))"
time_stats() {  # time_stats DB KEYS: the best of three, in seconds
	best=
	for k in 1 2 3; do
		t0=$(now_s)
		fh-stats --db "$1" summary --period 2026Q4 --by "$2" >/dev/null
		t=$(elapsed "$t0" "$(now_s)")
		best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (a == "" || b < a) ? b : a }')
	done
	echo "$best"
}
tb=$(time_stats "$dir/bureau.db" station,category)
to=$(time_stats "$dir/one.db" zone,category)
echo "summary 2026Q4: bureau ($nst stations) ${tb} s, one station of the same size ${to} s, ratio $(awk -v a="$tb" -v b="$to" 'BEGIN { printf("%.2f", (b > 0 ? a / b : 0)) }') (target 1.2)"

make_reports_db "$dir/week.db" "$per"
fh --db "$dir/week.db" sync export -o "$dir/week-1.fhsync" >/dev/null
sqlite3 -cmd ".load $BUILD/fh_bigram" "$dir/week.db" "
	WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 200)
	INSERT INTO reports(category, member_id, zone_id, group_id, reported_at, place, text)
	SELECT 'fire', i % 1000 + 1, i % 4 + 1, i % 100 + 1, '2027-01-04 10:00', '北大街' || i || '号',
	       '消防通道被杂物堵塞，已通知店主' FROM r;
	INSERT INTO report_events(report_id, at, actor, action)
	SELECT id, reported_at, 'bench', 'filed' FROM reports WHERE reported_at = '2027-01-04 10:00';
	UPDATE reports SET status = 'handled', officer = '王警官', handled_at = '2027-01-05 09:00',
	       closed_at = '2027-01-05 09:00' WHERE id IN (SELECT id FROM reports WHERE status <> 'handled' LIMIT 200)"
t0=$(now_s)
fh --db "$dir/week.db" sync export -o "$dir/week-2.fhsync" >/dev/null
echo "a week's changeset (200 filed, 200 handled, of $per): $(wc -c <"$dir/week-2.fhsync") bytes, $(grep -a '^changes: ' "$dir/week-2.fhsync" | cut -d ' ' -f 2) rows, exported in $(elapsed "$t0" "$(now_s)") s"
