add prints the new id alone; --by lends the member's zone and group; a filed event is written by the actor.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
fh-report add --category fire --by S0001 --where 北大街12号 --lat 30.8912 --lon 121.0231 --severity high --via wechat 消防通道被杂物堵塞
fh-report add --category lost-person --zone Z2 --at "2026-11-22 18:05" 老人走失 已找回
fh-report --as 王警官 add 楼道堆放杂物 --category safety --group G002 --activity 1
fh sql "SELECT id, reported_at, category, zone, \"group\", status, severity, via, member, place, lat, lon, text, activity_id FROM reports_v ORDER BY id"
fh sql "SELECT report_id, at, actor, action FROM report_events_v ORDER BY event"
--- stdout
1
2
3
id	reported_at	category	zone	group	status	severity	via	member	place	lat	lon	text	activity_id
1	2026-11-23 10:00	fire	Z1	G001	open	high	wechat	S0001	北大街12号	30.8912	121.0231	消防通道被杂物堵塞	
2	2026-11-22 18:05	lost-person	Z2		open	normal						老人走失 已找回	
3	2026-11-23 10:00	safety	Z1	G002	open	normal						楼道堆放杂物	1
report_id	at	actor	action
1	2026-11-23 10:00	tester	filed
2	2026-11-22 18:05	tester	filed
3	2026-11-23 10:00	王警官	filed
