fh-report note records progress as a 'noted' event of each report, whatever its status, and keeps it for search; it shows in fh-report show and fh audit.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report handle 4 --note 已处理 >/dev/null
--- run
fh-report --as 王警官 note 2 4 2 已联系车主，约定明天挪车
fh-report show 2 -f tsv | awk 'NF == 0 { b++; next } b == 1'
fh-report list --search 挪车 -f tsv | cut -f 1,6
fh audit -f tsv | tail -n 1 | cut -f 3-
--- stdout
at	actor	action	officer	note
2026-11-18 18:30	tester	filed		
2026-11-23 10:00	王警官	noted		已联系车主，约定明天挪车
id	status
4	handled
2	open
王警官	fh-report --as 王警官 note 2 4 2 ***	update reports 2; insert report_events 8; update reports 4; insert report_events 9
