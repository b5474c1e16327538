#!/bin/sh
# Planning groups: 1,000,000 members in 100 zones (times BENCH_SCALE), with
# coordinates, from examples/gen-station, loaded into a fresh fh database by
# the sqlite3 shell.  Times `fh-group plan --size 10 --apply` (or the
# examples/plan-bench driver when fh-group is not built), and compares:
#  - its time with the sqlite3 shell writing a plan of the same size (the
#    k-means reference's groups: insert the groups, update every member);
#  - the mean distance from a member to its group's centre, in metres,
#    with that of unconstrained k-means (examples/kmeans-ref, k = n / 10 a
#    zone), computed in SQL the same way for both.  Targets: plan under 10 s
#    at full scale, distance ratio at most 1.25, every size within 8..12.
set -eu
top=${TOP:-$(cd "$(dirname "$0")/.." && pwd)}
build=${BUILD:-$top/build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
PATH="$build/bin:$PATH"
scale=${BENCH_SCALE:-1}
n=$(awk -v s="$scale" 'BEGIN { n = int(1000000 * s); print n < 1000 ? 1000 : n }')
zones=$(awk -v s="$scale" 'BEGIN { z = int(100 * s + 0.5); print z < 1 ? 1 : z }')

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fh-bench-plan.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

"$build/examples/gen-station" --members "$n" --zones "$zones" --mobile 0 --format csv >"$tmp/roster.csv"
fh --db "$tmp/fh.db" init --station bench >/dev/null
sqlite3 "$tmp/fh.db" <<EOF
.mode csv
.import '$tmp/roster.csv' staging
INSERT INTO zones(code, name) SELECT zone, zone FROM staging GROUP BY zone ORDER BY min(rowid);
INSERT INTO members(code, kind, name, contact, phone, address, zone_id, lat, lon)
SELECT s.code, s.kind, s.name, nullif(s.contact, ''), nullif(s.phone, ''),
       nullif(s.address, ''), z.id, nullif(s.lat, ''), nullif(s.lon, '')
FROM staging s JOIN zones z ON z.code = s.zone ORDER BY s.rowid;
DROP TABLE staging;
EOF
cp "$tmp/fh.db" "$tmp/km.db"

# The mean distance from a member to its group's centre, in metres.
distance_sql="WITH c AS (SELECT group_id, avg(lat) AS lat, avg(lon) AS lon FROM members
  WHERE group_id IS NOT NULL AND lat IS NOT NULL GROUP BY group_id)
SELECT printf('%.2f', avg(sqrt(((m.lat - c.lat) * 111195.08) * ((m.lat - c.lat) * 111195.08)
  + ((m.lon - c.lon) * 111195.08 * cos(radians(c.lat)))
  * ((m.lon - c.lon) * 111195.08 * cos(radians(c.lat))))))
FROM members m JOIN c ON c.group_id = m.group_id;"

if command -v fh-group >/dev/null 2>&1; then
	planner="fh-group plan"
	set -- fh-group --db "$tmp/fh.db" plan --size 10 --apply
else
	planner="plan-bench (fh-group not built)"
	set -- "$build/examples/plan-bench" "$tmp/fh.db" --size 10 --apply
fi
mem=
t0=$(now)
if [ -x /usr/bin/time ]; then
	/usr/bin/time -f %M -o "$tmp/mem" "$@" >"$tmp/plan.tsv"
	mem=$(cat "$tmp/mem")
else
	"$@" >"$tmp/plan.tsv"
fi
t1=$(now)
fh_time=$(elapsed "$t0" "$t1")

sqlite3 "$tmp/km.db" "SELECT id, zone_id, lat, lon FROM members WHERE lat IS NOT NULL ORDER BY zone_id, id" \
	| tr '|' ' ' | "$build/examples/kmeans-ref" 10 >"$tmp/km.txt"
t0=$(now)
sqlite3 "$tmp/km.db" <<EOF
.mode list
.separator ' '
CREATE TEMP TABLE km(id INTEGER, cluster INTEGER);
.import '$tmp/km.txt' km
BEGIN;
INSERT INTO groups(code, zone_id, formed_on)
SELECT printf('K%06d', km.cluster), min(m.zone_id), date('now')
FROM km JOIN members m ON m.id = km.id GROUP BY km.cluster ORDER BY km.cluster;
UPDATE members SET group_id = g.id FROM km JOIN groups g ON g.code = printf('K%06d', km.cluster)
WHERE members.id = km.id;
COMMIT;
EOF
t1=$(now)
shell_time=$(elapsed "$t0" "$t1")

fh_dist=$(sqlite3 "$tmp/fh.db" "$distance_sql")
km_dist=$(sqlite3 "$tmp/km.db" "$distance_sql")
groups=$(sqlite3 "$tmp/fh.db" "SELECT count(*) FROM groups")
bad=$(sqlite3 "$tmp/fh.db" "SELECT count(*) FROM (SELECT count(*) AS k FROM members
  WHERE group_id IS NOT NULL GROUP BY group_id) WHERE k NOT BETWEEN 8 AND 12")
km_groups=$(sqlite3 "$tmp/km.db" "SELECT count(*) FROM groups")
km_bad=$(sqlite3 "$tmp/km.db" "SELECT count(*) FROM (SELECT count(*) AS k FROM members
  WHERE group_id IS NOT NULL GROUP BY group_id) WHERE k NOT BETWEEN 8 AND 12")
rows=$(($(wc -l <"$tmp/plan.tsv") - 1))

echo "members: $n in $zones zones; planner: $planner"
echo "plan --size 10 --apply: ${fh_time} s for $rows members into $groups groups${mem:+, peak ${mem} KiB} (target < 10 s at full scale)"
echo "sqlite3 shell writing the k-means plan ($km_groups groups): ${shell_time} s; fh/shell: $(ratio "$fh_time" "$shell_time")"
echo "groups outside 8..12: fh $bad, k-means $km_bad"
echo "mean distance to group centre: fh ${fh_dist} m, k-means ${km_dist} m; fh/k-means: $(ratio "$fh_dist" "$km_dist") (target <= 1.25)"
