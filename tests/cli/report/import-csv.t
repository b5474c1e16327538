import reads CSV with a header row, from stdin with --format-in, and quoted fields.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
fh-report import --format-in csv -
fh sql "SELECT id, category, zone, member, place, text FROM reports_v"
--- stdin
category,by,at,where,text
consult,S0101,2026-11-23 09:00,"南街,5号",游客问路
lead,,2026-11-23 09:30,,"可疑车辆 多次出现"
--- stdout
1
2
id	category	zone	member	place	text
1	consult	Z2	S0101	南街,5号	游客问路
2	lead				可疑车辆 多次出现
