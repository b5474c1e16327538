verify closes a handled report (by the station, or as the leader of the reporter's group); verify --reject sends it back to assigned and counts as rework, as does reopen after handling; extend moves the deadline that --late and --overdue use. Every step is an event, kept in show and the audit trail, and the figures count a closed report as handled.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
sqlite3 fh.db "INSERT INTO leader_terms(group_id, member_id, started_on) VALUES (1, 1, '2026-01-01')"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report list --late --no-header | cut -f1 | paste -sd' '
fh-report extend 4 --days 14 --reason 等待物业配合
fh-report extend 4 --days 1 --reason 再等一天
fh-report list --late --no-header | cut -f1 | paste -sd' '
fh-report list --overdue 12 --no-header | cut -f1 | paste -sd' '
fh-report assign 1 6 王警官
fh-report handle 1 --note 已清理 --at "2026-11-12 09:00"
fh-report handle 6 --note 已劝导
fh-report --as S0001 verify 1 --note 核查通过
fh-report verify 6 --reject --note 未整改到位
fh-report handle 6 --note 已整改
fh-report reopen 6
fh-report list --status closed --no-header | cut -f1,6
fh sql "SELECT id, status, handled_at, closed_at, deadline_at, reworked, extended, extended_days, closed FROM reports_v WHERE id IN (1, 4, 6) ORDER BY id"
fh sql "SELECT report_id, action, officer, note, days FROM report_events_v WHERE action <> 'filed' ORDER BY event"
fh-report show 4 | sed -n '/^at/,$p'
fh sql "SELECT command, changes FROM audit_v WHERE command LIKE '%verify%' OR command LIKE '%extend%' ORDER BY id"
fh-stats summary --by family
fh check
--- stdout
1 4 2
1 2
1
1	closed
id	status	handled_at	closed_at	deadline_at	reworked	extended	extended_days	closed
1	closed	2026-11-12 09:00	2026-11-23 10:00	2026-11-13 09:00	0	0	0	1
4	open			2026-11-28 15:00	0	2	15	0
6	open			2026-11-30 08:00	2	0	0	0
report_id	action	officer	note	days
4	extended		等待物业配合	14
4	extended		再等一天	1
1	assigned	王警官		
6	assigned	王警官		
1	handled		已清理	
6	handled		已劝导	
1	verified		核查通过	
6	rejected	王警官	未整改到位	
6	handled		已整改	
6	reopened			
at	actor	action	officer	note
2026-11-10 15:00	tester	filed		
2026-11-23 10:00	tester	extended		+14: 等待物业配合
2026-11-23 10:00	tester	extended		+1: 再等一天

seq	media_type	size	sha256	name
command	changes
fh-report extend 4 --days 14 --reason ***	update reports 4; insert report_events 7
fh-report extend 4 --days 1 --reason ***	update reports 4; insert report_events 8
fh-report --as S0001 verify 1 --note ***	update reports 1; insert report_events 13
fh-report verify 6 --reject --note ***	update reports 6; insert report_events 14
family	found	handled	open	dismissed	handled_pct	median_hours_to_handle
hazard	3	1	2	0	33.3	48.0
incident	2	0	2	0	0.0	
service	1	0	1	0	0.0	
