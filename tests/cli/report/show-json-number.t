fh-report show -f json and fh sql -f json write the same number the same way: the shortest text that reads back as the stored value (one number writer, lib/io/out.c).
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report show 1 -f json | grep -o '"lat":[^,]*,"lon":[^,]*'
fh sql -f json "SELECT lat, lon FROM reports WHERE id = 1"
fh sql -f json "SELECT 0.1 + 0.2 AS x, 2.5 AS y"
--- stdout
"lat":30.8912,"lon":121.0231
{"lat":30.8912,"lon":121.0231}
{"x":0.30000000000000004,"y":2.5}
