Illegal moves are errors naming the report and its status; one bad id fails them all and nothing changes.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report handle 1 --note 已清理 >/dev/null
fh-report dismiss 2 --reason 重复 >/dev/null
--- run
fh-report handle 2 --note x; echo "exit $?"
fh-report assign 3 1 王警官; echo "exit $?"
fh-report dismiss 1 --reason x; echo "exit $?"
fh-report reopen 3; echo "exit $?"
fh-report assign 3 99 王警官; echo "exit $?"
fh-report dismiss 3 --reason 重复 --duplicate-of 3; echo "exit $?"
fh-report dismiss 3 --reason 重复 --duplicate-of 42; echo "exit $?"
fh-report handle 3 --note x --at "2026-11-01 09:00"; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-report: report 2 is dismissed: it cannot be handled (reopen it first)
fh-report: report 1 is handled: it cannot be assigned (reopen it first)
fh-report: report 1 is handled: it cannot be dismissed (reopen it first)
fh-report: report 3 is open: it cannot be reopened (it is not handled or dismissed)
fh-report: no report 99
fh-report: report 3 cannot be a duplicate of itself
fh-report: no report 42 to be a duplicate of
fh-report: report 3 cannot be handled at 2026-11-01 09:00, before it was filed (2026-11-21 10:00)
--- unchanged
