list filters combine: status, category, family, zone, group, member, since, until and period.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report assign 2 王警官
--- run
echo "-- status assigned"; fh-report list --no-header --status assigned | cut -f1
echo "-- family hazard"; fh-report list --no-header --family hazard | cut -f1
echo "-- family incident, zone Z1"; fh-report list --no-header --family incident --zone Z1 | cut -f1
echo "-- zone Z1, category fire"; fh-report list --no-header --zone Z1 --category fire | cut -f1
echo "-- group G002"; fh-report list --no-header --group G002 | cut -f1
echo "-- by M0001"; fh-report list --no-header --by M0001 | cut -f1
echo "-- since 2026-11-18"; fh-report list --no-header --since 2026-11-18 | cut -f1
echo "-- until 2026-11-18"; fh-report list --no-header --until 2026-11-18 | cut -f1
echo "-- since 2026-11-18 18:30 until 2026-11-21 10:00"; fh-report list --no-header --since "2026-11-18 18:30" --until "2026-11-21 10:00" | cut -f1
echo "-- period 2026-W47"; fh-report list --no-header --period 2026-W47 | cut -f1
echo "-- since 2026-11 (a month)"; fh-report list --no-header --since 2026-11 --until 2026Q4 | wc -l
echo "-- until 2026-10"; fh-report list --no-header --until 2026-10 | wc -l
--- stdout
-- status assigned
2
-- family hazard
1
4
2
-- family incident, zone Z1
6
-- zone Z1, category fire
1
4
-- group G002
4
6
-- by M0001
2
-- since 2026-11-18
2
3
5
6
-- until 2026-11-18
1
4
2
-- since 2026-11-18 18:30 until 2026-11-21 10:00
2
-- period 2026-W47
2
3
5
-- since 2026-11 (a month)
6
-- until 2026-10
0
