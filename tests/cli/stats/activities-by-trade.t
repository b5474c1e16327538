activities --by trade counts each activity under the trades of the members recorded as attending it, with those members as its attendance; one without members recorded keeps its head count under no trade.  In 2026Q4: the training of 10-15 (S0001, S0002, the rider M0001, the courier M0002), the patrol of 11-05 (a head count of 6), the publicity of 11-10 (S0003, M0001) and a training of 11-18 (the riders M0001, M0003).  No trade: 3 activities, 2 + 6 + 1 = 9; courier: 1, 1; rider: 3, 1 + 1 + 2 = 4.  Without --by trade each activity counts once, as before.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh-group member add M0001 --name 赵骑手 --zone Z1 --kind mobile --trade rider
fh-group member add M0002 --name 钱快递 --zone Z2 --kind mobile --trade courier
fh-group member add M0003 --name 孙骑手 --zone Z2 --kind mobile --trade 外卖配送员
fh-activity attend 1 M0001 M0002
fh-activity attend 3 M0001
fh-activity add --kind training --topic anti-fraud --zone Z2 --on 2026-11-18 --attendees M0001,M0003
--- run
fh-stats activities --period 2026Q4 --by trade
fh-stats activities --period 2026Q4 --by trade,kind --no-header
fh-stats activities --period 2026Q4 --no-header
--- stdout
trade	activities	attendance
	3	9
courier	1	1
rider	3	4
	patrol	1	6
	publicity	1	1
	training	1	2
courier	training	1	1
rider	publicity	1	1
rider	training	2	3
patrol	1	6
publicity	1	2
training	2	6
