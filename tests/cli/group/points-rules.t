The points rules are the station's settings (fh-config(5)): fh config list shows the defaults, fh config set changes one within its range, and every total follows at once, past periods too; a rule set to 0 gives no items.
--- setup
. "$DATA/points-station.sh"
--- run
fh config list | grep '^points\.'
fh config set points.patrol 4
fh config set points.lead 0
fh config get points.lead
fh-group points --period 2026Q4
fh-group points show S0005; echo "S0005 items: $?"
fh config set points.patrol 1001; echo "exit $?"
fh config set points.top 101; echo "exit $?"
fh config set points.parade 1; echo "exit $?"
fh config get points.patrol
--- stdout
points.report_filed	1
points.hazard_handled	2
points.lead	5
points.training	2
points.drill	2
points.patrol	1
points.publicity_led	3
points.top	5
0
member	zone	group	points	earned	awarded	redeemed	name
S0004	Z1	G002	10	4	10	4	王家
S0002	Z1	G001	7	7	0	0	阿婆粽子
S0001	Z1	G001	5	5	0	0	老街茶馆
S0003	Z1	G001	5	5	0	0	丁蹄店
S0007	Z2	G003	3	3	0	0	南栅书店
date	source	points	reference
S0005 items: 0
exit 1
exit 1
exit 1
4
--- stderr
fh: points.patrol: a rule's points must be a whole number from 0 to 1000, not '1001'
fh: points.top: points.top must be a whole number from 0 to 100, not '101'
fh: points.parade: unknown key 'parade'
--- locales
C.UTF-8
