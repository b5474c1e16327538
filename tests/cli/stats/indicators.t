The indicators worked out by hand on stats-basic.sql, 2026Q4, the clock
at 2026-11-23 10:00 (deadlines: hazards 3 days, incidents 7, services 1).
Filed: 1 2 3 9 (Z1 hazards), 4 (Z1 dispute, dismissed), 5 6 7 (Z2).  Due
(not dismissed, deadline before now): 1 2 3 5 6 9; 7's deadline
(2026-11-24) is still to come.  Closed and on time: 1 2 5 6 9, so
83.33%; hours to handle 3 24 1.5 2.5 4, mean 7.0.
Then report 2 is reopened (rework) and 7 extended by 3 days: Z1 filed 5,
dismissed 1, due 4, closed 2 (1 9), handled at least once 3 (1 2 9) of
which reworked 1 = 33.33%, mean (3 + 4) / 2 = 3.5; Z2 filed 3, due 2
(5 6), both closed on time, extended 1 = 33.33%, mean 2.0.
With verification required (v.db), a handled report is closed only once
verified: 5 verified now, after its deadline (2026-11-09), closes late:
closed 1 of 6 due = 16.67%, on time 0; rework 1 / 5 = 20.00%, extension
1 / 7 = 14.29%, mean over 1 5 6 9 = 2.75 h, 2.8.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats indicators --period 2026Q4
fh-report reopen 2 >/dev/null
fh-report extend 7 --days 3 --reason 等待配件 >/dev/null
fh-stats indicators --period 2026Q4 --by zone --no-header
cp fh.db v.db
fh config set --db v.db verification true
fh-report verify --db v.db 5 --note 核查通过 >/dev/null
fh-stats indicators --db v.db --period 2026Q4 -f json
fh-stats indicators --period 2026Q4 --by family -f table
--- stdout
filed	dismissed	due	closed	closed_on_time	handled	reworked	extended	closed_pct	on_time_pct	rework_pct	extension_pct	mean_hours_to_handle
8	1	6	5	5	5	0	0	83.33	83.33	0.00	0.00	7.0
Z1	5	1	4	2	2	3	1	0	50.00	50.00	33.33	0.00	3.5
Z2	3	0	2	2	2	2	0	1	100.00	100.00	0.00	33.33	2.0
{"filed":8,"dismissed":1,"due":6,"closed":1,"closed_on_time":0,"handled":5,"reworked":1,"extended":1,"closed_pct":16.67,"on_time_pct":0.00,"rework_pct":20.00,"extension_pct":14.29,"mean_hours_to_handle":2.8}
family    filed  dismissed  due  closed  closed_on_time  handled  reworked  extended  closed_pct  on_time_pct  rework_pct  extension_pct  mean_hours_to_handle
hazard        5          0    4       2               2        3         1         1       50.00        50.00       33.33          20.00                   3.5
incident      2          1    1       1               1        1         0         0      100.00       100.00        0.00           0.00                   1.5
service       1          0    1       1               1        1         0         0      100.00       100.00        0.00           0.00                   2.5

filed: reports filed in the period; due: those not dismissed whose deadline (extensions included) falls before the period's end or now
closed_pct = closed / due x 100 (closed: due and closed now)
on_time_pct = closed_on_time / due x 100 (closed_on_time: closed by the deadline)
rework_pct = reworked / handled x 100 (handled: handled at least once)
extension_pct = extended / (filed - dismissed) x 100
mean_hours_to_handle = hours from filing to handling, summed over the reports handled now / their number
