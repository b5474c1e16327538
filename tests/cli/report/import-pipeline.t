fh output feeds fh commands: reports listed as JSON or TSV are assigned by id.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report list --category fire -f json | fh-report assign - 王警官
fh-report list -f table --zone Z2 | fh-report assign - 李警官
fh-report list -f csv --status open | fh-report handle - --note 已处理
fh sql "SELECT id, status, officer FROM reports ORDER BY id"
--- stdout
id	status	officer
1	assigned	王警官
2	assigned	李警官
3	assigned	李警官
4	assigned	王警官
5	handled	
6	handled	
