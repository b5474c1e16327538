import backfills a report's life cycle (an officer from the officers list, --new adding one) from status, officer, handled_at, note, reason and duplicate_of, in JSON Lines, YAML and CSV: the events are written in order through the life-cycle moves (assigned at the filing time, handled at handled_at, closed = handled then verified, dismissed as a duplicate of an earlier report), so the time to handle is real.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh config set officers 王警官
cat > year.jsonl <<'END'
{"category":"consult","zone":"Z1","at":"2026-11-01 09:00","text":"咨询办理居住证","status":"handled","handled_at":"2026-11-01 09:30","note":"当场解答"}
{"category":"fire","by":"S0001","at":"2026-11-02 09:00","text":"灭火器过期","status":"closed","officer":"王警官","handled_at":"2026-11-04 09:00","note":"已更换"}
{"category":"fire","by":"S0001","at":"2026-11-02 10:00","text":"灭火器过期了","status":"dismissed","reason":"重复上报","duplicate_of":2}
END
cat > more.yaml <<'END'
- category: dispute
  by: S0101
  at: 2026-11-04 10:00
  text: 邻里纠纷
  status: assigned
  officer: 李警官
- category: lost-item
  zone: Z1
  at: 2026-11-05 10:00
  text: 遗失钥匙
  status: open
END
--- run
fh-report import year.jsonl
fh-report import --new more.yaml
fh-report import --format-in csv -
fh sql "SELECT id, status, officer, handled_at, closed_at, duplicate_of FROM reports_v ORDER BY id"
fh sql "SELECT report_id, at, action, officer, note FROM report_events_v WHERE action <> 'filed' ORDER BY event"
fh-stats summary --by family
fh config get officers
fh check
--- stdin
category,zone,at,text,status,handled_at,note,reason,duplicate_of
lost-item,Z1,2026-11-06 10:00,拾到钱包,handled,2026-11-06 12:00,已归还失主,,
lost-item,Z1,2026-11-06 11:00,拾到钱包一个,dismissed,,,同一钱包,6
--- stdout
1
2
3
4
5
6
7
id	status	officer	handled_at	closed_at	duplicate_of
1	handled		2026-11-01 09:30	2026-11-01 09:30	
2	closed	王警官	2026-11-04 09:00	2026-11-04 09:00	
3	dismissed			2026-11-02 10:00	2
4	assigned	李警官			
5	open				
6	handled		2026-11-06 12:00	2026-11-06 12:00	
7	dismissed			2026-11-06 11:00	6
report_id	at	action	officer	note
1	2026-11-01 09:30	handled		当场解答
2	2026-11-02 09:00	assigned	王警官	
2	2026-11-04 09:00	handled		已更换
2	2026-11-04 09:00	verified		
3	2026-11-02 10:00	dismissed		重复上报
4	2026-11-04 10:00	assigned	李警官	
6	2026-11-06 12:00	handled		已归还失主
7	2026-11-06 11:00	dismissed		同一钱包
family	found	handled	open	dismissed	handled_pct	median_hours_to_handle
hazard	2	1	0	1	100.0	48.0
incident	1	0	1	0	0.0	
service	4	2	1	1	66.7	1.3
王警官,李警官
