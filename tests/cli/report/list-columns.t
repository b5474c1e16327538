list starts with id, reported_at, category, zone, group, status, oldest first; age in days to now, or to when closed.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report list
fh-report handle 1 --note 已清理 --at "2026-11-12 09:00"
fh-report list --no-header --status handled
--- stdout
id	reported_at	category	zone	group	status	severity	member	place	text	officer	age_days
1	2026-11-10 09:00	fire	Z1	G001	open	normal	S0001	北大街12号	消防通道被杂物堵塞		13
4	2026-11-10 15:00	fire	Z1	G002	open	normal	S0002	北大街14号	楼道里有人给电动车充电		12
2	2026-11-18 18:30	traffic	Z2		open	high	M0001	南街路口	电动车乱停放影响通行		4
3	2026-11-21 10:00	dispute	Z2	G101	open	normal	S0101		邻里因占道经营发生纠纷		2
5	2026-11-22 20:00	lost-item	Z1		open	normal		古镇入口	游客遗失钱包		0
6	2026-11-23 08:00	fraud	Z1	G002	open	normal	S0002		店主接到冒充客服的诈骗电话，未受骗		0
1	2026-11-10 09:00	fire	Z1	G001	handled	normal	S0001	北大街12号	消防通道被杂物堵塞		2
