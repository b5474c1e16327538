Ids read with - from JSON Lines (fh-report list -f json) are parsed as JSON: the "id" key wherever it stands, a number or a string of digits; a line without one, or that is not JSON, is refused with its line number.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report list -f json --category fire | fh-report assign - 王警官
printf '{"note":"see \\"id\\":5", "id": "2"}\n' | fh-report assign - 王警官
fh sql "SELECT id, status FROM reports WHERE status = 'assigned' ORDER BY id"
--- stdout
id	status
1	assigned
2	assigned
4	assigned
