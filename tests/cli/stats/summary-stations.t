Two stations added up through --db twice, with station as a key.
Station 1 (stats-basic.sql), 2026Q4: Z1 found 5, handled 3 (3, 24, 4 h),
dismissed 1, open 1; fire found 3, handled 2 (3, 24 h), open 1.
Station 2 (stats-second.sql): Z1 fire 10 h and 1 h, dispute open.
Z1 together: found 5+3 = 8, handled 3+2 = 5, open 1+1 = 2, dismissed 1,
62.5%, median of 1 3 4 10 24 = 4.0.  Z2 only at station 1.
fire together: found 5, handled 4 (1 3 10 24 h), open 1, 80.0%, median
(3 + 10) / 2 = 6.5 -- not the mean of the stations' medians (13.5, 5.5).
By station: 枫泾派出所 8 5 2 1 62.5 3.0; 新城派出所 3 2 1 0 66.7 (1+10)/2 = 5.5.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh init --db b.db
sqlite3 -cmd ".load $FH_BIGRAM_EXT" b.db < "$DATA/stats-second.sql"
--- run
fh-stats summary --db fh.db --db b.db --period 2026Q4 --by zone
fh-stats summary --period 2026Q4 --by category --db fh.db --db b.db --no-header
fh-stats --db fh.db summary --db b.db --period 2026Q4 --by station -f table
fh-stats summary --db fh.db --db b.db --period 2026Q4 --by station,zone --no-header
--- stdout
zone	found	handled	open	dismissed	handled_pct	median_hours_to_handle
Z1	8	5	2	1	71.4	4.0
Z2	3	2	1	0	66.7	2.0
dispute	2	0	1	1	0.0	
fire	5	4	1	0	80.0	6.5
fraud	1	1	0	0	100.0	1.5
lost-person	1	1	0	0	100.0	2.5
traffic	2	1	1	0	50.0	4.0
station     found  handled  open  dismissed  handled_pct  median_hours_to_handle
新城派出所      3        2     1          0         66.7                     5.5
枫泾派出所      8        5     2          1         71.4                     3.0
新城派出所	Z1	3	2	1	0	66.7	5.5
枫泾派出所	Z1	5	3	1	1	75.0	4.0
枫泾派出所	Z2	3	2	1	0	66.7	2.0
