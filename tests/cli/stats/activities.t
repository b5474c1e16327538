Activities and attendance per key.  Attendance is the head count where one
was given (patrol 6, drill 10), else the members recorded (training 2,
publicity 1).  In 2026Q4 the drill (2026-08-01) is left out.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats activities
fh-stats activities --period 2026Q4 --by zone,kind,topic --no-header
fh-stats activities --period 2026Q4 --by month -f json
fh-stats activities --by category
--- stdout
kind	activities	attendance
drill	1	10
patrol	1	6
publicity	1	1
training	1	2
Z1	publicity	anti-fraud	1	1
Z1	training	fire	1	2
Z2	patrol		1	6
{"month":"2026-10","activities":1,"attendance":2}
{"month":"2026-11","activities":2,"attendance":7}
--- stderr
fh-stats: unknown key 'category' (use kind, topic, zone, group, team, month, week, station, trade)
--- exit
1
