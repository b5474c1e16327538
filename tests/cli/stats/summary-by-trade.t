summary --by trade counts reports by the reporter's trade (issue 17).  In 2026-11: the shops' reports 4 (dismissed), 5 and 6 (handled in 1.5 and 2.5 hours) and 7 (assigned) have no trade: found 4, handled 2, open 1, 66.7 % of the 3 not dismissed, median 2.0 hours; the courier M0002's fraud, handled in half an hour: 1, 1, 100.0 %, 0.5; the riders M0001 and M0003: 12 handled in 2 hours, 13 open, 15 dismissed: found 3, handled 1, open 1, 50.0 %, 2.0.  A Chinese table shows the trades' labels.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh-group member add M0001 --name 赵骑手 --zone Z1 --kind mobile --trade rider
fh-group member add M0002 --name 钱快递 --zone Z2 --kind mobile --trade 快递员
fh-group member add M0003 --name 孙骑手 --zone Z2 --kind mobile --trade rider
fh-report add --category fire --by M0001 --at "2026-11-10 09:00" 电动车占用消防通道
fh-report add --category suspicious --by M0001 --at "2026-11-12 22:00" 小区门口有可疑人员徘徊
fh-report add --category fraud --by M0002 --at "2026-11-15 10:00" 劝阻一起刷单诈骗
fh-report add --category traffic --by M0003 --at "2026-11-16 08:00" 路口积水
fh-report handle 12 --note 已清理 --at "2026-11-10 11:00"
fh-report handle 14 --note 已劝阻 --at "2026-11-15 10:30"
fh-report dismiss 15 --reason 重复上报
--- run
fh-stats summary --period 2026-11 --by trade
fh-stats summary --period 2026-11 --by trade,family --no-header
LC_ALL=zh_CN.UTF-8 fh-stats summary --period 2026-11 --by trade -f table
--- stdout
trade	found	handled	open	dismissed	handled_pct	median_hours_to_handle
	4	2	1	1	66.7	2.0
courier	1	1	0	0	100.0	0.5
rider	3	1	1	1	50.0	2.0
	hazard	1	0	1	0	0.0	
	incident	2	1	0	1	100.0	1.5
	service	1	1	0	0	100.0	2.5
courier	incident	1	1	0	0	100.0	0.5
rider	hazard	2	1	0	1	100.0	2.0
rider	incident	1	0	1	0	0.0	
职业        发现  已处置  未处置  已驳回  处置率%  处置用时中位数（小时）
               4       2       1       1     66.7                     2.0
快递员         1       1       0       0    100.0                     0.5
外卖配送员     3       1       1       1     50.0                     2.0
