verify --reject sends a report back to the officer who had it: it is
assigned again, the officer stays, and the rejected event in show and in
report_events_v names that officer; the audit trail records the change.
A report handled without being assigned has no officer to go back to:
it goes back to open, to be dispatched, not to an assigned status with
nobody on it; fh check finds both consistent.
--- setup
fh init
fh config set verification true
fh config set officers 王警官
fh-report add --category fire 消防通道堵塞
fh-report add --category fire 灭火器过期
fh-report assign 1 王警官
fh-report handle 1 2 --note 已清理
--- run
fh-report verify 1 2 --reject --note 未清理干净
fh-report list --no-header | cut -f1,6,11
fh-report show 1 | sed -n '/^at/,/^$/p'
fh sql "SELECT report_id, action, officer, note FROM report_events_v WHERE report_id = 2 ORDER BY event"
fh sql "SELECT command, changes FROM audit_v WHERE command LIKE '%verify%'"
fh check
fh-report assign 2 王警官
fh-report handle 2 --note 已更换
fh-report verify 2 --note 核查通过
fh-report list --no-header | cut -f1,6,11
--- stdout
1	assigned	王警官
2	open	
at	actor	action	officer	note
2026-11-23 10:00	tester	filed		
2026-11-23 10:00	tester	assigned	王警官	
2026-11-23 10:00	tester	handled		已清理
2026-11-23 10:00	tester	rejected	王警官	未清理干净

report_id	action	officer	note
2	filed		
2	handled		已清理
2	rejected		未清理干净
command	changes
fh-report verify 1 2 --reject --note ***	update reports 1; insert report_events 6; update reports 2; insert report_events 7
1	assigned	王警官
2	closed	王警官
