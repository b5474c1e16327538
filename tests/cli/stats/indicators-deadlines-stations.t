Each station's deadlines are its own: two copies of stats-basic.sql, the
second (long.db) with services given 7 days.  There report 6 (lost-person,
filed 2026-11-20 18:00) falls due 2026-11-27, after the clock: long.db's
service row has nothing due, fh.db's (1 day) has it due and closed on
time.  Together: due 6 + 5 = 11, closed and on time 5 + 4 = 9, 81.82%.
--- setup
fh init --db fh.db
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh init --db long.db
sqlite3 -cmd ".load $FH_BIGRAM_EXT" long.db < "$DATA/stats-basic.sql"
fh config set --db long.db deadlines.service 7
--- run
fh-stats indicators --db long.db --db fh.db --period 2026Q4 --by station,family --no-header
fh-stats indicators --db fh.db --db long.db --period 2026Q4 --no-header
--- stdout
枫泾派出所 (fh.db)	hazard	5	0	4	3	3	3	0	0	75.00	75.00	0.00	0.00	10.3
枫泾派出所 (fh.db)	incident	2	1	1	1	1	1	0	0	100.00	100.00	0.00	0.00	1.5
枫泾派出所 (fh.db)	service	1	0	1	1	1	1	0	0	100.00	100.00	0.00	0.00	2.5
枫泾派出所 (long.db)	hazard	5	0	4	3	3	3	0	0	75.00	75.00	0.00	0.00	10.3
枫泾派出所 (long.db)	incident	2	1	1	1	1	1	0	0	100.00	100.00	0.00	0.00	1.5
枫泾派出所 (long.db)	service	1	0	0	0	0	1	0	0			0.00	0.00	2.5
16	2	11	9	9	10	0	0	81.82	81.82	0.00	0.00	7.0
