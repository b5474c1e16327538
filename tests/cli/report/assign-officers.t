assign takes one of the station's officers (fh config set officers, or --new to add one as it assigns), so that "fh-report assign 70 84" does not make report 84's number an officer; an unknown officer changes nothing.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report assign 1 4; echo "exit $?"
fh-report assign 1 王警官; echo "exit $?"
fh-report assign --new 1 王警官; echo "exit $?"
fh-report assign 4 王警官; echo "exit $?"
fh config set officers '王警官, 李警官'
fh config get officers
fh-report assign 5 李警官; echo "exit $?"
fh-report assign --new 6 李警官; echo "exit $?"
fh config get officers
fh config set officers 'a,,b'; echo "exit $?"
fh-report assign --new 6 'x,y'; echo "exit $?"
fh sql --no-header "SELECT id, officer FROM reports WHERE officer IS NOT NULL ORDER BY id"
--- stdout
exit 1
exit 1
exit 0
exit 0
王警官,李警官
exit 0
exit 0
王警官,李警官
exit 0
exit 1
1	王警官
4	王警官
5	李警官
6	李警官
--- stderr
fh-report: unknown officer (see 'fh config get officers'; --new adds one)
fh-report: unknown officer (see 'fh config get officers'; --new adds one)
fh-report: an officer's name must not be empty nor hold a comma
