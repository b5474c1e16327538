import needs one file; --format-in takes yaml, jsonl or csv; a missing file is an error.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
fh-report import; echo "exit $?"
fh-report import a b; echo "exit $?"
fh-report import --format-in xml x; echo "exit $?"
fh-report import nothing.yaml; echo "exit $?"
--- stdout
exit 2
exit 2
exit 1
exit 1
--- stderr
fh-report: import needs one FILE (or - for standard input) (see 'fh-report --help')
fh-report: import needs one FILE (or - for standard input) (see 'fh-report --help')
fh-report: unknown input format 'xml' (use yaml, jsonl or csv)
fh-report: cannot open 'nothing.yaml': No such file or directory
--- unchanged
