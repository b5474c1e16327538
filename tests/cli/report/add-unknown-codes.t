Unknown members, zones, groups and activities are errors naming the code.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
fh-report add --category fire --by S9999 x; echo "exit $?"
fh-report add --category fire --zone Z9 x; echo "exit $?"
fh-report add --category fire --group G999 x; echo "exit $?"
fh-report add --category fire --activity 42 x; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-report: unknown member 'S9999'
fh-report: unknown zone 'Z9'
fh-report: unknown group 'G999'
fh-report: unknown activity 42
--- unchanged
