activities and groups over several stations, station as a key.  In
2026Q4 枫泾派出所 (stats-basic.sql) held training 1 (2 attended), patrol
2 (6), publicity 3 (1); 新城派出所 (b.db) a patrol of 4 and a training of
12: together patrol 2 / 10, publicity 1 / 1, training 2 / 14.  groups
with several stations (or --by station) leads with the station: b.db's
G001 filed one report, open.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh init --db b.db
sqlite3 -cmd ".load $FH_BIGRAM_EXT" b.db < "$DATA/stats-second.sql"
fh-activity add --db b.db --kind patrol --on 2026-11-10 --count 4
fh-activity add --db b.db --kind training --topic fire --on 2026-10-12 --count 12
printf 'groups:\n  - code: G001\n    zone: Z1\n    name: 东街一组\n' | fh-group import --db b.db -
fh-report add --db b.db --category fire --group G001 --at "2026-11-05 08:00" 楼道堆物
--- run
fh-stats activities --db fh.db --db b.db --period 2026Q4
fh-stats activities --db fh.db --db b.db --period 2026Q4 --by station,kind --no-header
fh-stats groups --db fh.db --db b.db --period 2026Q4 -f table
fh-stats groups --by station --period 2026Q4 --no-header
--- stdout
kind	activities	attendance
patrol	2	10
publicity	1	1
training	2	14
新城派出所	patrol	1	4
新城派出所	training	1	12
枫泾派出所	patrol	1	6
枫泾派出所	publicity	1	1
枫泾派出所	training	1	2
station     group  zone  leader  found  handled  activities  attendance  inactive  members_unsigned
新城派出所  G001   Z1                1        0           0           0         0                 0
枫泾派出所  G001   Z1    S0001       4        3           1           2         0                 0
枫泾派出所  G002   Z1    S0003       1        0           1           1         0                 0
枫泾派出所  G003   Z2    S0004       3        2           1           0         0                 0
枫泾派出所  G004   Z2    S0005       0        0           0           0         1                 0
枫泾派出所  G005   Z2                0        0           0           0         1                 0
枫泾派出所	G001	Z1	S0001	4	3	1	2	0	0
枫泾派出所	G002	Z1	S0003	1	0	1	1	0	0
枫泾派出所	G003	Z2	S0004	3	2	1	0	0	0
枫泾派出所	G004	Z2	S0005	0	0	0	0	1	0
枫泾派出所	G005	Z2		0	0	0	0	1	0
--- unchanged
