add without --category or TEXT, or with an unknown option, is wrong usage.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
fh-report add 消防通道被堵; echo "exit $?"
fh-report add --category fire; echo "exit $?"
fh-report add --category fire --colour red x; echo "exit $?"
fh-report add --category; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
--- stderr
fh-report: add needs --category (see 'fh-report --help')
fh-report: add needs the report's TEXT (see 'fh-report --help')
fh-report: unknown option '--colour' (see 'fh-report --help')
fh-report: unknown option '--category' (see 'fh-report --help')
--- unchanged
