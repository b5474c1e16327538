Life-cycle commands need ids, an officer, a note or a reason; ids are whole numbers.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report assign 王警官; echo "exit $?"
fh-report assign x 王警官; echo "exit $?"
fh-report handle 1; echo "exit $?"
fh-report handle --note x; echo "exit $?"
fh-report handle 1 --note x --at tomorrow; echo "exit $?"
fh-report dismiss 1; echo "exit $?"
fh-report dismiss 1 --reason x --duplicate-of y; echo "exit $?"
fh-report reopen; echo "exit $?"
echo "abc" | fh-report reopen -; echo "exit $?"
--- stdout
exit 2
exit 1
exit 2
exit 2
exit 1
exit 2
exit 1
exit 2
exit 1
--- stderr
fh-report: assign needs report ids (or -) and an OFFICER (see 'fh-report --help')
fh-report: invalid report id 'x'
fh-report: handle needs --note saying what was done (see 'fh-report --help')
fh-report: handle needs report ids (or -) (see 'fh-report --help')
fh-report: invalid time 'tomorrow' (expected YYYY-MM-DD HH:MM)
fh-report: dismiss needs --reason saying why (see 'fh-report --help')
fh-report: invalid report id 'y'
fh-report: reopen needs report ids (or -) (see 'fh-report --help')
fh-report: stdin:1: invalid report id 'abc'
--- unchanged
