The agenda counts a verified (closed) report as handled, and marks a report overdue only past its extended deadline.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report handle 1 --note 已清理
fh-report verify 1 --note 核查通过
fh-report extend 4 --days 14 --reason 等待物业配合
fh-meeting plan --quarter 2026Q4 --zone Z1 >/dev/null
--- run
fh-meeting agenda --zone Z1 --quarter 2026Q4 -f json > a.json
sed -n '/"open_reports"/,$p' a.json | grep -o '"id": [0-9]*\|"overdue": [a-z]*' | paste -d' ' - -
sed -n '/"reports_by_category"/,/}/p' a.json | grep '"found"\|"handled"\|"open"'
--- stdout
"id": 4 "overdue": false
"id": 5 "overdue": false
"id": 6 "overdue": false
      "found": 2,
      "handled": 1,
      "open": 1
