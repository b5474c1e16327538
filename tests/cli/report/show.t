show gives a report with its whole history and its photos, as tables or one JSON object.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
printf '\377\330\377\340JFIF' > a.jpg
fh-report add --category fire --by S0001 --via app --photo a.jpg --where 北大街12号 消防通道被堵 >/dev/null
fh-report assign 7 王警官
fh-report --as 王警官 handle 7 --note 已清理
--- run
fh-report show 7
fh-report show 7 -f json
--- stdout
field	value
id	7
reported_at	2026-11-23 10:00
category	fire
category_label	消防隐患
family	hazard
zone	Z1
group	G001
status	handled
severity	normal
via	app
member	S0001
member_name	老街茶馆
place	北大街12号
lat	
lon	
text	消防通道被堵
officer	王警官
handled_at	2026-11-23 10:00
closed_at	2026-11-23 10:00
duplicate_of	
activity	
deadline_days	3
deadline_at	2026-11-26 10:00
notes	已清理

at	actor	action	officer	note
2026-11-23 10:00	tester	filed		
2026-11-23 10:00	tester	assigned	王警官	
2026-11-23 10:00	王警官	handled		已清理

seq	media_type	size	sha256	name
1	image/jpeg	8	6f18bea31ace0455d61ac9394b95b48b03747c26ba414b8bc1cac0f216187442	a.jpg
{"id":7,"reported_at":"2026-11-23 10:00","category":"fire","category_label":"消防隐患","family":"hazard","zone":"Z1","group":"G001","status":"handled","severity":"normal","via":"app","member":"S0001","member_name":"老街茶馆","place":"北大街12号","lat":null,"lon":null,"text":"消防通道被堵","officer":"王警官","handled_at":"2026-11-23 10:00","closed_at":"2026-11-23 10:00","duplicate_of":null,"activity":null,"deadline_days":3,"deadline_at":"2026-11-26 10:00","notes":"已清理","events":[{"at":"2026-11-23 10:00","actor":"tester","action":"filed","officer":null,"note":null},{"at":"2026-11-23 10:00","actor":"tester","action":"assigned","officer":"王警官","note":null},{"at":"2026-11-23 10:00","actor":"王警官","action":"handled","officer":null,"note":"已清理"}],"photos":[{"seq":1,"media_type":"image/jpeg","size":8,"sha256":"6f18bea31ace0455d61ac9394b95b48b03747c26ba414b8bc1cac0f216187442","name":"a.jpg"}]}
