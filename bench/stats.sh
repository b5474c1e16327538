#!/bin/sh
# fh-stats and the meeting agenda on a large station: 10,000,000 reports
# (times BENCH_SCALE) over 2025-2026, 100 groups in 4 zones, 1,000 members.
#
# 1. fh-stats summary --period 2026Q4 --by zone,category against the best
#    SQL I could write for the same numbers (true medians by window
#    functions), run by the sqlite3 shell on the same file; the outputs
#    must agree.  Target: fh within 1.2 times the shell.
# 2. One zone's agenda for 2026Q4 (target: under 0.5 s).
# 3. fh-stats indicators for the same period and keys (target: within 1.5
#    times summary).
# 4. The same summary against bench/summary-scan.sql, a bare scan of the
#    period's rows (target: within 1.3 times).
# 5. fh-stats headline --period 2026 against bench/headline.sql, the same
#    counts straight from covering indexes (target: within 1.2 times).
#
# The database is built by the sqlite3 shell with a recursive CTE.  To
# build it in reasonable time the search index's triggers and the reports'
# indexes are dropped while the rows go in, then recreated as they were
# (so the search index of this bench database stays empty: nothing here
# searches).  Generated files live in a mktemp directory, removed at the end.
set -eu
: "${BUILD:?run through make bench or bench/run.sh}"
scale=${BENCH_SCALE:-1}
n=$(awk -v s="$scale" 'BEGIN { n = int(10000000 * s); print n < 1000 ? 1000 : n }')
dir=$(mktemp -d "${TMPDIR:-/tmp}/fh-bench-stats.XXXXXX")
trap 'rm -rf "$dir"' EXIT
db=$dir/bench.db
export FH_USER=bench FH_NOW="2027-01-05 10:00"

now() { date +%s.%N; }
echo "stats: building $n reports in $db"
t0=$(now)
fh init --db "$db" --station 基准派出所
triggers=$(sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'reports_fts_%'")
indexes=$(sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reports' AND sql IS NOT NULL")
sqlite3 "$db" >/dev/null <<SQL
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -200000;
DROP TRIGGER reports_fts_insert; DROP TRIGGER reports_fts_delete; DROP TRIGGER reports_fts_update;
$(sqlite3 "$db" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reports' AND sql IS NOT NULL")
BEGIN;
INSERT INTO zones (id, code, name) VALUES (1, 'Z1', '北区块'), (2, 'Z2', '南区块'), (3, 'Z3', '东区块'), (4, 'Z4', '西区块');
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 100)
INSERT INTO groups (id, code, zone_id, formed_on) SELECT i, printf('G%03d', i), (i - 1) % 4 + 1, '2025-01-01' FROM s;
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1000)
INSERT INTO members (id, code, name, zone_id, group_id, joined_on)
SELECT i, printf('S%04d', i), '商户' || i, ((i - 1) / 10) % 4 + 1, (i - 1) / 10 + 1, '2025-01-01' FROM s;
INSERT INTO leader_terms (group_id, member_id, started_on, letter_signed)
SELECT id, (id - 1) * 10 + 1, '2025-01-01', CASE WHEN id % 7 THEN '2025-02-01' END FROM groups WHERE id <= 95;
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 2000)
INSERT INTO activities (kind, topic, zone_id, group_id, held_on, count, created_at)
SELECT CASE i % 4 WHEN 0 THEN 'training' WHEN 1 THEN 'drill' WHEN 2 THEN 'patrol' ELSE 'publicity' END,
  CASE i % 3 WHEN 0 THEN 'fire' WHEN 1 THEN 'anti-fraud' END, (i % 100) % 4 + 1, i % 100 + 1,
  date('2025-01-01', '+' || (i * 730 / 2000) || ' days'), 5 + i % 20, '2025-01-01 00:00' FROM s;
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < $n),
r AS (SELECT i, (i * 13) % 1000 + 1 AS mem, i * 1051200 / $n AS at, (i * 17) % 10000 AS st,
        (i * 7919) % 4000 + 5 AS dur FROM s),
-- Old reports are nearly all closed, as at a station that clears them;
-- a few of the last 30 days' are still open.
q AS (SELECT i, mem, at, dur, CASE WHEN at < 1051200 - 43200
        THEN CASE WHEN st < 9200 THEN 'handled' WHEN st < 9995 THEN 'dismissed'
          WHEN st < 9998 THEN 'assigned' ELSE 'open' END
        ELSE CASE WHEN st < 9300 THEN 'handled' WHEN st < 9800 THEN 'dismissed'
          WHEN st < 9900 THEN 'assigned' ELSE 'open' END END AS status FROM r)
INSERT INTO reports (id, category, member_id, zone_id, group_id, reported_at, text, status, handled_at,
  closed_at)
SELECT i,
  CASE (i * 31) % 12 WHEN 0 THEN 'fire' WHEN 1 THEN 'traffic' WHEN 2 THEN 'safety' WHEN 3 THEN 'dispute'
    WHEN 4 THEN 'theft' WHEN 5 THEN 'suspicious' WHEN 6 THEN 'fraud' WHEN 7 THEN 'lost-person'
    WHEN 8 THEN 'lost-item' WHEN 9 THEN 'consult' WHEN 10 THEN 'lead' ELSE 'other' END,
  mem, ((mem - 1) / 10) % 4 + 1, (mem - 1) / 10 + 1,
  strftime('%Y-%m-%d %H:%M', '2025-01-01', '+' || at || ' minutes'), '隐患', status,
  CASE WHEN status = 'handled' THEN strftime('%Y-%m-%d %H:%M', '2025-01-01', '+' || (at + dur) || ' minutes') END,
  CASE WHEN status = 'handled' THEN strftime('%Y-%m-%d %H:%M', '2025-01-01', '+' || (at + dur) || ' minutes') END
FROM q;
COMMIT;
$indexes
$triggers
ANALYZE;
SQL
fh-meeting plan --db "$db" --quarter 2026Q4 >/dev/null
t1=$(now)
echo "stats: built in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s ($(du -h "$db" | cut -f 1))"

# The same numbers in SQL: counts by GROUP BY, true medians by window functions.
cat >"$dir/hand.sql" <<'SQL'
WITH r AS MATERIALIZED (
  SELECT z.code AS zone, r.category, r.status,
    CASE WHEN r.status = 'handled'
      THEN round((julianday(r.handled_at) - julianday(r.reported_at)) * 1440) END AS m
  FROM reports r LEFT JOIN zones z ON z.id = r.zone_id
  WHERE r.reported_at >= '2026-10-01 00:00' AND r.reported_at < '2027-01-01 00:00'),
counts AS (
  SELECT zone, category, count(*) AS found, sum(status = 'handled') AS handled,
    sum(status = 'dismissed') AS dismissed
  FROM r GROUP BY zone, category),
ordered AS (
  SELECT zone, category, m, row_number() OVER (PARTITION BY zone, category ORDER BY m) AS i,
    count(*) OVER (PARTITION BY zone, category) AS k
  FROM r WHERE m IS NOT NULL),
med AS (
  SELECT zone, category, avg(m) AS m FROM ordered
  WHERE i IN ((k + 1) / 2, (k + 2) / 2) GROUP BY zone, category)
SELECT c.zone, c.category, found, handled, found - handled - dismissed, dismissed,
  -- handled_pct is handled over found minus dismissed (fh-stats(1)), empty when that is 0.
  CASE WHEN found > dismissed THEN printf('%.1f',
    ((handled * 2000 + (found - dismissed)) / (2 * (found - dismissed))) / 10.0) ELSE '' END,
  printf('%.1f', CAST(med.m / 6.0 + 0.5 AS INTEGER) / 10.0)
-- IS, not USING: a report without a zone keeps its median.
FROM counts c LEFT JOIN med ON med.zone IS c.zone AND med.category = c.category ORDER BY 1, 2;
SQL

fh-stats summary --db "$db" --period 2026Q4 --by zone,category --no-header -f tsv >"$dir/fh.out"
sqlite3 -separator '	' "$db" ".read $dir/hand.sql" >"$dir/sql.out"
if cmp -s "$dir/fh.out" "$dir/sql.out"; then
	echo "stats: fh-stats and the SQL agree ($(wc -l <"$dir/fh.out") rows)"
else
	echo "stats: fh-stats and the SQL DISAGREE:"
	diff "$dir/fh.out" "$dir/sql.out" | head -n 10
	exit 1
fi

# Times one command: hyperfine's mean when it is installed, else the best of 3.
time_cmd() {
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine -N --warmup 1 --runs 5 --export-csv "$dir/t.csv" "$1" >/dev/null 2>&1 &&
			awk -F, 'NR == 2 { print $(NF - 6) }' "$dir/t.csv" && return
	fi
	best=
	for _ in 1 2 3; do
		a=$(now)
		sh -c "$1" >/dev/null
		b=$(now)
		best=$(awk -v a="$a" -v b="$b" -v best="$best" 'BEGIN { t = b - a; print (best == "" || t < best) ? t : best }')
	done
	echo "$best"
}

t_fh=$(time_cmd "fh-stats summary --db $db --period 2026Q4 --by zone,category")
t_sql=$(time_cmd "sqlite3 $db \".read $dir/hand.sql\"")
awk -v f="$t_fh" -v s="$t_sql" 'BEGIN {
	r = f / s
	printf "stats: summary --by zone,category  fh %.3f s  sqlite3 %.3f s  ratio %.2f (target <= 1.2) %s\n",
		f, s, r, r <= 1.2 ? "ok" : "SLOW" }'
t_ag=$(time_cmd "fh-meeting agenda --db $db --zone Z1 --quarter 2026Q4")
awk -v t="$t_ag" 'BEGIN { printf "stats: agenda of one zone  %.3f s (target < 0.5) %s\n", t, t < 0.5 ? "ok" : "SLOW" }'
t_in=$(time_cmd "fh-stats indicators --db $db --period 2026Q4 --by zone,category")
awk -v i="$t_in" -v f="$t_fh" 'BEGIN {
	r = i / f
	printf "stats: indicators --by zone,category  %.3f s  summary %.3f s  ratio %.2f (target <= 1.5) %s\n",
		i, f, r, r <= 1.5 ? "ok" : "SLOW" }'
t_hl=$(time_cmd "fh-stats headline --db $db --period 2026")
t_hs=$(time_cmd "sqlite3 $db \".read $TOP/bench/headline.sql\"")
awk -v f="$t_hl" -v s="$t_hs" 'BEGIN {
	r = f / s
	printf "stats: headline --period 2026  fh %.3f s  sqlite3 %.3f s  ratio %.2f (target <= 1.2) %s\n",
		f, s, r, r <= 1.2 ? "ok" : "SLOW" }'
t_scan=$(time_cmd "sqlite3 $db \".read $TOP/bench/summary-scan.sql\"")
awk -v f="$t_fh" -v s="$t_scan" 'BEGIN {
	r = f / s
	printf "stats: summary --by zone,category  fh %.3f s  bare scan %.3f s  ratio %.2f (target <= 1.3) %s\n",
		f, s, r, r <= 1.3 ? "ok" : "SLOW" }'
