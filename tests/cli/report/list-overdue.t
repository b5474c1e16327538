--overdue DAYS lists open or assigned reports filed more than DAYS ago and exits 3 if any, for cron.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report handle 1 --note 已清理 >/dev/null
fh-report assign 4 王警官 >/dev/null
--- run
fh-report list --overdue 3 --no-header | cut -f1,6
fh-report list --overdue 3 >/dev/null; echo "exit $?"
fh-report list --overdue 30 --no-header | wc -l
fh-report list --overdue 30 >/dev/null; echo "exit $?"
fh-report list --overdue 3 --family hazard --no-header | cut -f1
--- stdout
4	assigned
2	open
exit 3
0
exit 0
4
2
