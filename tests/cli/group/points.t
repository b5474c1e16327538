Volunteer points computed from the data by the default rules, plus the ledger; the figures worked out by hand from tests/data/points-station.sh (clock 2026-11-23):
S0001: leads G001 from 2026-01-01, 4 quarters x 5 = 20 (2026Q4: 5); fire report 1 filed 1 + handled 2; training 2.  Q4 10, all 25.
S0002: dispute open 1 (the dismissed one 0); training 2; patrol 1.  4.
S0003: training 2; publicity led 3; drill 2026-09-10 2 (not Q4).  Q4 5, all 7.
S0004: patrol 1; award 10; redeem 4.  7 (earned 1, awarded 10, redeemed 4).
S0005: leads G002 from 2026-01-15: 4 quarters x 5 = 20, Q4 5.
S0007: leads G003 from 2026-08-20: Q3 and Q4, 10 (Q4 5); safety report filed 1 + handled 2; the cancelled patrol 0.  Q4 8, all 13.
S0008: only the cancelled patrol: not listed.
Groups (current members, all time): G001 25+4+7 = 36, G002 7+20 = 27, G003 13.
--- setup
. "$DATA/points-station.sh"
--- run
fh-group points --period 2026Q4 -f table
fh-group points
fh-group points --by group --period 2026Q4
fh-group points --by group
fh-group points --zone Z2
fh-group points --group G002,G003 --period 2026-11
fh-group points show S0001 -f table
fh-group points show S0004 --period 2026-11
fh-group points show S0008
--- stdout
member  zone  group  points  earned  awarded  redeemed  name
S0001   Z1    G001       10      10        0         0  老街茶馆
S0007   Z2    G003        8       8        0         0  南栅书店
S0004   Z1    G002        7       1       10         4  王家
S0003   Z1    G001        5       5        0         0  丁蹄店
S0005   Z1    G002        5       5        0         0  枫泾豆腐干
S0002   Z1    G001        4       4        0         0  阿婆粽子
member	zone	group	points	earned	awarded	redeemed	name
S0001	Z1	G001	25	25	0	0	老街茶馆
S0005	Z1	G002	20	20	0	0	枫泾豆腐干
S0007	Z2	G003	13	13	0	0	南栅书店
S0003	Z1	G001	7	7	0	0	丁蹄店
S0004	Z1	G002	7	1	10	4	王家
S0002	Z1	G001	4	4	0	0	阿婆粽子
group	zone	members	points	name
G001	Z1	3	19	
G002	Z1	2	12	
G003	Z2	1	8	南大街组
group	zone	members	points	name
G001	Z1	3	36	
G002	Z1	2	27	
G003	Z2	1	13	南大街组
member	zone	group	points	earned	awarded	redeemed	name
S0007	Z2	G003	13	13	0	0	南栅书店
member	zone	group	points	earned	awarded	redeemed	name
S0004	Z1	G002	7	1	10	4	王家
date        source          points  reference
2026-01-01  lead                 5  G001 2026Q1
2026-04-01  lead                 5  G001 2026Q2
2026-07-01  lead                 5  G001 2026Q3
2026-10-01  lead                 5  G001 2026Q4
2026-11-02  report_filed         1  report 1
2026-11-03  hazard_handled       2  report 1
2026-11-05  training             2  activity 1
date	source	points	reference
2026-11-06	patrol	1	activity 2
2026-11-10	award	10	见义勇为
2026-11-20	redeem	-4	兑换灭火器
date	source	points	reference
