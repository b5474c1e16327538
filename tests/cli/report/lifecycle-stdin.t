Ids come from stdin with -: the first column of each line, a header line skipped, repeats counted once, in one transaction.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report assign - 6 王警官
fh sql "SELECT id, status, officer FROM reports WHERE status = 'assigned' ORDER BY id"
fh sql "SELECT count(*) AS events FROM report_events WHERE action = 'assigned'"
echo 1 | fh-report assign - 2>&1; echo "exit $?"
: | fh-report handle - --note x; echo "exit $?"
--- stdin
id	reported_at
3	2026-11-21 10:00

5	x
3
--- stdout
id	status	officer
3	assigned	王警官
5	assigned	王警官
6	assigned	王警官
events
3
fh-report: assign needs report ids (or -) and an OFFICER (see 'fh-report --help')
exit 2
exit 0
