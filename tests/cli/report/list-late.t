--late lists open or assigned reports past their own category's deadline (hazards 3 days, incidents 7, services 1) and exits 3 if any.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
sqlite3 fh.db "UPDATE categories SET deadline_days = 1 WHERE code = 'dispute'"
--- run
fh-report list --late --no-header | cut -f1,3,12
fh-report list --late >/dev/null; echo "exit $?"
fh-report list --late --category fraud >/dev/null; echo "exit $?"
--- stdout
1	fire	13
4	fire	12
2	traffic	4
3	dispute	2
exit 3
exit 0
