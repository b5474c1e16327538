By month and by ISO week (2026Q4).
2026-10: 1 2 3 9 -> found 4, handled 1 2 9 (3, 24, 4 h) = 3, open 1; 75.0; 4.0.
2026-11: 4 5 6 7 -> found 4, handled 5 6 (1.5, 2.5 h), dismissed 1, open 1; 50.0; 2.0.
Weeks: 2026-10-01 is a Thursday of W40 (1, 9: 3 h and 4 h -> 3.5);
W41 holds 2 and 3 (24 h); W44 4 (Sunday 2026-11-01); W45 5; W47 6 and 7.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats summary --period 2026Q4 --by month
fh-stats summary --period 2026Q4 --by week --no-header
--- stdout
month	found	handled	open	dismissed	handled_pct	median_hours_to_handle
2026-10	4	3	1	0	75.0	4.0
2026-11	4	2	1	1	66.7	2.0
2026-W40	2	2	0	0	100.0	3.5
2026-W41	2	1	1	0	50.0	24.0
2026-W44	1	0	0	1		
2026-W45	1	1	0	0	100.0	1.5
2026-W47	2	1	1	0	50.0	2.5
