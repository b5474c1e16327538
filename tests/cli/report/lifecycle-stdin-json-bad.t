A JSON Lines row read with - that has no "id", a bad id, or is not JSON is refused with its line number, and nothing changes.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
printf '{"id":1}\n{"paid":2}\n' | fh-report assign - 王警官; echo "exit $?"
printf '{"id":"x1"}\n' | fh-report assign - 王警官; echo "exit $?"
printf '{"id":1\n' | fh-report assign - 王警官; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
--- stderr
fh-report: stdin:2: no "id" in the line
fh-report: stdin:1: invalid report id 'x1'
fh-report: stdin:1: not a JSON object
--- unchanged
