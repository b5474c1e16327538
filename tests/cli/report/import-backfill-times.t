Every event of an imported report carries the time of what it records:
the filed event the report's own time (at), not the time of the import,
so a backfilled history reads in order (filed, assigned at the filing
time, handled at handled_at, verified); a plain import's filed events
too.  The audit trail keeps when the import ran (the clock, 2026-11-23).
--- setup
fh init
fh config set officers 王警官
sqlite3 fh.db < "$DATA/report/roster.sql"
cat > year.jsonl <<'END'
{"category":"fire","by":"S0001","at":"2026-11-02 09:00","text":"灭火器过期","status":"closed","officer":"王警官","handled_at":"2026-11-04 09:00","note":"已更换"}
{"category":"fire","by":"S0001","at":"2026-11-02 10:00","text":"灭火器过期了","status":"dismissed","reason":"重复上报","duplicate_of":1}
{"category":"lost-item","zone":"Z1","at":"2026-11-05 10:00","text":"遗失钥匙"}
END
--- run
fh-report import year.jsonl
fh-report show 1 | sed -n '/^at/,/^$/p'
fh sql "SELECT report_id, at, action FROM report_events_v WHERE report_id > 1 ORDER BY event"
fh sql "SELECT at, command FROM audit_v WHERE command LIKE 'fh-report import%'"
--- stdout
1
2
3
at	actor	action	officer	note
2026-11-02 09:00	tester	filed		
2026-11-02 09:00	tester	assigned	王警官	
2026-11-04 09:00	tester	handled		已更换
2026-11-04 09:00	tester	verified		

report_id	at	action
2	2026-11-02 10:00	filed
3	2026-11-05 10:00	filed
2	2026-11-02 10:00	dismissed
at	command
2026-11-23 10:00	fh-report import year.jsonl
