assign, handle, dismiss and reopen change the status, officer and times, and each leaves an event; notes are kept for search.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report assign 1 4 王警官
fh-report --as 王警官 handle 1 --note 杂物已清理 --at "2026-11-11 10:00"
fh-report assign 4 李警官
fh-report dismiss 2 --reason 重复上报 --duplicate-of 4
fh-report handle 3 6 --note 已调解
fh-report reopen 3
fh sql "SELECT id, status, officer, handled_at, closed_at, duplicate_of FROM reports_v ORDER BY id"
fh sql "SELECT report_id, at, actor, action, officer, note FROM report_events_v WHERE action <> 'filed' ORDER BY event"
fh sql "SELECT id, notes FROM reports WHERE notes IS NOT NULL ORDER BY id"
fh check
--- stdout
id	status	officer	handled_at	closed_at	duplicate_of
1	handled	王警官	2026-11-11 10:00	2026-11-11 10:00	
2	dismissed			2026-11-23 10:00	4
3	open				
4	assigned	李警官			
5	open				
6	handled		2026-11-23 10:00	2026-11-23 10:00	
report_id	at	actor	action	officer	note
1	2026-11-23 10:00	tester	assigned	王警官	
4	2026-11-23 10:00	tester	assigned	王警官	
1	2026-11-11 10:00	王警官	handled		杂物已清理
4	2026-11-23 10:00	tester	assigned	李警官	
2	2026-11-23 10:00	tester	dismissed		重复上报
3	2026-11-23 10:00	tester	handled		已调解
6	2026-11-23 10:00	tester	handled		已调解
3	2026-11-23 10:00	tester	reopened		
id	notes
1	杂物已清理
2	重复上报
3	已调解
6	已调解
