With the station's verification setting off (the default) a handled report counts as closed in reports_v; with it on, only once verified.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report handle 1 3 --note 已处理
--- run
fh config get verification
fh sql --no-header "SELECT id, status, closed FROM reports_v WHERE id IN (1, 3)"
fh config set verification true
fh-report verify 1
fh sql --no-header "SELECT id, status, closed FROM reports_v WHERE id IN (1, 3)"
fh config get verification
fh config set verification yes; echo "exit $?"
--- stdout
false
1	handled	1
3	handled	1
1	closed	1
3	handled	0
true
exit 1
--- stderr
fh: verification: verification must be true or false, not 'yes'
