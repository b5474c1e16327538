#!/bin/sh
# fh-report import of 1,000,000 reports from JSON Lines, against the
# sqlite3 shell doing the same work on the same schema: .import of the
# same reports (as CSV) into a staging table, then INSERT ... SELECT into
# reports (whose triggers fill the search index) and report_events.
# Target: ratio <= 1.3.  BENCH_SCALE scales the number of reports.
set -eu
. "$TOP/bench/reports-db.inc"
n=$(scale_count 1000000)
dir=$(mktemp -d "${TMPDIR:-/tmp}/fh-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export FH_USER=bench FH_NOW="2026-11-23 10:00"

# The same reports as JSON Lines (for fh) and CSV (for the shell).
{
	texts_sql
	cat <<SQL
CREATE TEMP TABLE batch AS
WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM r WHERE i < $n - 1)
SELECT CASE i % 5 WHEN 0 THEN 'fire' WHEN 1 THEN 'traffic' WHEN 2 THEN 'dispute'
                  WHEN 3 THEN 'lost-item' ELSE 'safety' END AS category,
       printf('S%04d', i % 1000 + 1) AS "by",
       strftime('%Y-%m-%d %H:%M', 1767225600 + i * 20, 'unixepoch') AS "at",
       '北大街' || (i % 997) || '号' AS "where",
       CASE WHEN i % 2 THEN 30.88 + (i % 1000) / 100000.0 END AS lat,
       CASE WHEN i % 2 THEN 121.01 + (i % 777) / 100000.0 END AS lon,
       (SELECT t FROM finding WHERE finding.i = (r.i * 7) % 40 + 1) || '，' ||
       (SELECT t FROM detail WHERE detail.i = (r.i / 40) % 25 + 1) AS text
FROM r;
.once $dir/batch.jsonl
SELECT json_object('category', category, 'by', "by", 'at', "at", 'where', "where",
                   'lat', lat, 'lon', lon, 'text', text) FROM batch ORDER BY rowid;
.headers on
.mode csv
.once $dir/batch.csv
SELECT * FROM batch ORDER BY rowid;
SQL
} | sqlite3 >/dev/null
# json_object writes null for a report without lat/lon: the importer takes null as absent.

for who in fh sqlite3; do
	fh --db "$dir/$who.db" init >/dev/null
	roster_sql | sqlite3 "$dir/$who.db"
done
sync

t0=$(now_s)
fh-report --db "$dir/fh.db" import "$dir/batch.jsonl" >"$dir/ids"
t1=$(now_s)
sqlite3 -bail -cmd ".load $BUILD/fh_bigram" "$dir/sqlite3.db" >/dev/null <<SQL
PRAGMA foreign_keys = ON;
.import --csv $dir/batch.csv staging
BEGIN IMMEDIATE;
INSERT INTO reports(category, member_id, zone_id, group_id, reported_at, place, lat, lon, text)
SELECT s.category, m.id, m.zone_id, m.group_id, s."at", nullif(s."where", ''),
       CAST(nullif(s.lat, '') AS REAL), CAST(nullif(s.lon, '') AS REAL), s.text
FROM staging s JOIN members m ON m.code = s."by" ORDER BY s.rowid;
INSERT INTO report_events(report_id, at, actor, action)
SELECT id, '2026-11-23 10:00', 'bench', 'filed' FROM reports;
COMMIT;
DROP TABLE staging;
SQL
t2=$(now_s)
got=$(wc -l <"$dir/ids")
[ "$got" -eq "$n" ] || { echo "fh-report import filed $got reports, not $n"; exit 1; }
want=$(sqlite3 "$dir/sqlite3.db" "SELECT count(*) FROM reports")
[ "$want" -eq "$n" ] || { echo "the shell filed $want reports, not $n"; exit 1; }
awk -v n="$n" -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
	printf "import %d reports: fh-report %.2f s, sqlite3 shell %.2f s, ratio %.2f (target <= 1.3)\n",
		n, b - a, c - b, (b - a) / (c - b) }'
