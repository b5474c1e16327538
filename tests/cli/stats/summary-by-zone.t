Per zone, with a true median when the count is even.
Z1 in 2026Q4: reports 1 2 3 4 9, found 5; handled 1 2 9 = 3; dismissed 4 = 1;
open 5-3-1 = 1; 3/5 = 60.0%; hours 3, 24, 4 -> median 4.0.
Z2: reports 5 6 7, found 3; handled 5 6 = 2; open 1; 2/3 = 66.7%;
hours 1.5, 2.5 -> median (1.5 + 2.5) / 2 = 2.0 (not 1.5 or 2.5).
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats summary --period 2026Q4 --by zone -f table
--- stdout
zone  found  handled  open  dismissed  handled_pct  median_hours_to_handle
Z1        5        3     1          1         75.0                     4.0
Z2        3        2     1          0         66.7                     2.0
