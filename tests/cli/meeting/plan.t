plan makes one zone meeting per zone for the quarter; running it again
makes no second one, and --on moves a meeting not yet held.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-meeting plan --quarter 2026Q4
fh-meeting plan --quarter 2026q4 --on 2026-12-20 --no-header
fh-meeting plan --quarter 2026Q4 --zone Z2 --on 2026-12-21 --no-header
fh-meeting list -f table
fh sql "SELECT count(*) AS meetings FROM meetings"
--- stdout
id	zone	quarter	planned_on	held_on
1	Z1	2026Q4		
2	Z2	2026Q4		
1	Z1	2026Q4	2026-12-20	
2	Z2	2026Q4	2026-12-20	
2	Z2	2026Q4	2026-12-21	
id  kind  zone  quarter  planned_on  held_on  chair  attended  open_actions  teams  title
 1  zone  Z1    2026Q4   2026-12-20                                       0
 2  zone  Z2    2026Q4   2026-12-21                                       0
meetings
2