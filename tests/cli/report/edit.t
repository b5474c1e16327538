fh-report edit corrects reports under the rules of add: one 'edited' event per changed report lists each old and new value; a new member moves the zone and group; it shows in fh-report show and fh audit; a report left the same gets no event.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report edit 1 3 1 --category lost-item --where 南门 --text "游客遗失背包"
fh-report edit 3 --by S0001
fh-report edit 5 --lat 30.1 --lon 120.5 --at "2026-11-22 19:00" --severity high --via phone
fh-report edit 6 --category fraud
printf '2\n' | fh-report --as 王警官 edit - --where ''
fh sql "SELECT report_id, at, actor, action, note FROM report_events_v WHERE action = 'edited' ORDER BY event"
fh sql "SELECT id, category, zone, \"group\", member, reported_at, place, lat, lon, severity, via, text FROM reports_v WHERE id IN (1, 3, 5) ORDER BY id"
fh-report show 3 -f tsv | awk 'NF == 0 { b++; next } b == 1'
fh audit -f tsv | tail -n 2 | cut -f 4-
fh check
--- stdout
report_id	at	actor	action	note
1	2026-11-23 10:00	tester	edited	category 'fire' -> 'lost-item'; where '北大街12号' -> '南门'; text '消防通道被杂物堵塞' -> '游客遗失背包'
3	2026-11-23 10:00	tester	edited	category 'dispute' -> 'lost-item'; where '' -> '南门'; text '邻里因占道经营发生纠纷' -> '游客遗失背包'
3	2026-11-23 10:00	tester	edited	by 'S0101' -> 'S0001'; zone 'Z2' -> 'Z1'; group 'G101' -> 'G001'
5	2026-11-23 10:00	tester	edited	at '2026-11-22 20:00' -> '2026-11-22 19:00'; lat '' -> '30.1'; lon '' -> '120.5'; severity 'normal' -> 'high'; via 'walk-in' -> 'phone'
2	2026-11-23 10:00	王警官	edited	where '南街路口' -> ''
id	category	zone	group	member	reported_at	place	lat	lon	severity	via	text
1	lost-item	Z1	G001	S0001	2026-11-10 09:00	南门	30.8912	121.0231	normal		游客遗失背包
3	lost-item	Z1	G001	S0001	2026-11-21 10:00	南门			normal		游客遗失背包
5	lost-item	Z1			2026-11-22 19:00	古镇入口	30.1	120.5	high	phone	游客遗失钱包
at	actor	action	officer	note
2026-11-21 10:00	tester	filed		
2026-11-23 10:00	tester	edited		category 'dispute' -> 'lost-item'; where '' -> '南门'; text '邻里因占道经营发生纠纷' -> '游客遗失背包'
2026-11-23 10:00	tester	edited		by 'S0101' -> 'S0001'; zone 'Z2' -> 'Z1'; group 'G101' -> 'G001'
fh-report edit 6 --category fraud	
fh-report --as 王警官 edit - --where ''	update reports 2; insert report_events 11
