A report filed at 23:59 on the last day of a quarter is in that quarter;
one filed at 00:00 the next day is not.  Report 8 is filed 2026-09-30 23:59
(lost-item, handled after 61 minutes), report 9 2026-10-01 00:00 (traffic,
4 h).  2026Q3 holds 8, 10 (1 h) and 11 (48 h): found 3, handled 3, median of
1, 1.0167, 48 hours = 1.0167, written 1.0.  --since/--until take whole days.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats summary --period 2026Q3 --by category
fh-stats summary --no-header --period 2026-09-30 --by category
fh-stats summary --no-header --period 2026-10-01 --by category
fh-stats summary --no-header --since 2026-09-30 --until 2026-09-30
fh-stats summary --no-header --since '2026-09-30 23:59' --until '2026-10-01 00:01' --by category
--- stdout
category	found	handled	open	dismissed	handled_pct	median_hours_to_handle
consult	1	1	0	0	100.0	1.0
fire	1	1	0	0	100.0	48.0
lost-item	1	1	0	0	100.0	1.0
lost-item	1	1	0	0	100.0	1.0
traffic	1	1	0	0	100.0	4.0
1	1	0	0	100.0	1.0
lost-item	1	1	0	0	100.0	1.0
traffic	1	1	0	0	100.0	4.0
