The quarter's totals, worked out by hand from tests/data/stats-basic.sql.
Found in 2026Q4 (filed 2026-10-01 00:00 .. 2026-12-31 23:59): reports
1 2 3 4 5 6 7 9 = 8 (8 is filed 2026-09-30 23:59, in Q3).
Handled now: 1 2 5 6 9 = 5.  Dismissed: 4 = 1.  Open = 8 - 5 - 1 = 2 (3, 7).
handled_pct = 5/8 = 62.5.  Hours to handle: 3, 24, 1.5, 2.5, 4; sorted
1.5 2.5 3 4 24, the median is 3.0.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats summary --period 2026Q4
fh stats summary --period 2026Q4 -f json
fh-stats --no-header summary --period 2026Q4 -f csv | tr -d '\r'
--- stdout
found	handled	open	dismissed	handled_pct	median_hours_to_handle
8	5	2	1	71.4	3.0
{"found":8,"handled":5,"open":2,"dismissed":1,"handled_pct":71.4,"median_hours_to_handle":3.0}
8,5,2,1,71.4,3.0
