A report cannot become a duplicate of one that is, directly or through a
chain of duplicates, a duplicate of it: the chain must end in a report
that stays.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report dismiss 3 --reason 重复 --duplicate-of 2 >/dev/null
fh-report dismiss 4 --reason 重复 --duplicate-of 3 >/dev/null
--- run
fh-report dismiss 2 --reason 重复 --duplicate-of 3; echo "exit $?"
fh-report dismiss 2 5 --reason 重复 --duplicate-of 4; echo "exit $?"
--- stdout
exit 1
exit 1
--- stderr
fh-report: report 2 cannot be a duplicate of 3, which is a duplicate of it
fh-report: report 2 cannot be a duplicate of 4, which is a duplicate of it
--- unchanged
