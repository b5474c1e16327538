show needs one existing report id.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report show 99; echo "exit $?"
fh-report show; echo "exit $?"
fh-report show x; echo "exit $?"
fh-report show 1 -f yaml; echo "exit $?"
--- stdout
exit 1
exit 2
exit 1
exit 1
--- stderr
fh-report: no report 99
fh-report: show needs one report ID (see 'fh-report --help')
fh-report: invalid report id 'x'
fh-report: unknown format 'yaml' (use table, tsv, csv or json)
