import reads JSON Lines (by the .jsonl extension) and prints the new ids in input order.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
fh-report import "$DATA/report/reports.jsonl"
fh sql "SELECT id, reported_at, category, zone, \"group\", member, place, lat, lon, severity, via, text FROM reports_v ORDER BY id"
fh sql "SELECT count(*) AS events, min(actor) AS actor, min(at) AS at FROM report_events WHERE action = 'filed'"
--- stdout
1
2
3
4
5
6
id	reported_at	category	zone	group	member	place	lat	lon	severity	via	text
1	2026-11-10 09:00	fire	Z1	G001	S0001	北大街12号	30.8912	121.0231	normal		消防通道被杂物堵塞
2	2026-11-18 18:30	traffic	Z2		M0001	南街路口			high	wechat	电动车乱停放影响通行
3	2026-11-21 10:00	dispute	Z2	G101	S0101				normal		邻里因占道经营发生纠纷
4	2026-11-10 15:00	fire	Z1	G002	S0002	北大街14号	30.8913	121.0232	normal		楼道里有人给电动车充电
5	2026-11-22 20:00	lost-item	Z1			古镇入口			normal	walk-in	游客遗失钱包
6	2026-11-23 08:00	fraud	Z1	G002	S0002				normal		店主接到冒充客服的诈骗电话，未受骗
events	actor	at
6	tester	2026-11-10 09:00
