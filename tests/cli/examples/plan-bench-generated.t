The planner, through examples/plan-bench, on a generated town of 1,000
members in 4 zones loaded by the sqlite3 shell: every member placed, sizes
within 8..12, no group across zones, mobile members left out; planning
again finds nothing to do.  kmeans-ref clusters the same members.
--- setup
ex=${FH_BIGRAM_EXT%/fh_bigram}/examples
fh init >/dev/null
"$ex/gen-station" --members 1000 --format csv >roster.csv
sqlite3 fh.db <<SQL
.mode csv
.import roster.csv staging
INSERT INTO zones(code, name) SELECT zone, zone FROM staging GROUP BY zone ORDER BY zone;
INSERT INTO members(code, kind, name, contact, phone, address, zone_id, lat, lon)
SELECT s.code, s.kind, s.name, nullif(s.contact, ''), s.phone, s.address, z.id,
       nullif(s.lat, ''), nullif(s.lon, '')
FROM staging s JOIN zones z ON z.code = s.zone;
DROP TABLE staging;
SQL
--- run
ex=${FH_BIGRAM_EXT%/fh_bigram}/examples
"$ex/plan-bench" fh.db --size 10 --apply >plan.tsv
head -n 1 plan.tsv
tail -n +2 plan.tsv | wc -l
sqlite3 fh.db "SELECT count(*) FROM groups"
sqlite3 fh.db "SELECT count(*) FROM (SELECT count(*) AS n FROM members WHERE group_id IS NOT NULL GROUP BY group_id) WHERE n NOT BETWEEN 8 AND 12"
sqlite3 fh.db "SELECT count(*) FROM members m JOIN groups g ON g.id = m.group_id WHERE g.zone_id <> m.zone_id"
sqlite3 fh.db "SELECT kind, count(*) FROM members WHERE group_id IS NULL GROUP BY kind"
sqlite3 fh.db "SELECT m.code || char(9) || g.code FROM members m JOIN groups g ON g.id = m.group_id" | sort >db.tsv
tail -n +2 plan.tsv | sort | cmp - db.tsv && echo plan written as printed
"$ex/plan-bench" fh.db --size 10 --apply
sqlite3 fh.db "SELECT id, zone_id, lat, lon FROM members WHERE lat IS NOT NULL ORDER BY zone_id, id" |
	tr '|' ' ' | "$ex/kmeans-ref" 10 | cut -d ' ' -f 2 | sort -u | wc -l
--- stdout
member	group
1000
101
0
0
mobile|50
plan written as printed
member	group
100
