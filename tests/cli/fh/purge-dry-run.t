--dry-run says what a purge would change, per table, and changes nothing:
not the rows, not the audit trail.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group member leave S0002 --on 2024-05-01
fh-report add --category dispute --by S0002 --at "2024-03-01 09:00" --where 北大街14号 "邻居纠纷，李四电话13900139001"
fh-report handle 1 --note "已调解" --at "2024-03-02 10:00"
--- run
fh purge --dry-run --left-before 2025-01-01 --reports-before 2026-01-01
fh purge --dry-run S0001 -f json
--- stdout
table	rows
members	1
reports	1
report_events	1
{"table":"members","rows":1}
{"table":"leader_terms","rows":1}
--- unchanged
