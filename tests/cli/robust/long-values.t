Overlong values are bounded by the station's limits (fh-config(5)): with
the limits raised, a 1 MB name or report text imports, is stored whole and
shown in full; with the defaults, the same files are refused.
--- setup
printf 'line_max_bytes: 2097152\ntext_max_bytes: 2097152\nfield_max_bytes: 2097152\n' >limits.yaml
fh init --config limits.yaml
fh init --db default.db
fh-group zone add Z1 北区块
fh-group --db default.db zone add Z1 北区块
name=$(yes 名 | head -n 350000 | tr -d '\n')
text=$(yes 长 | head -n 350000 | tr -d '\n')
printf 'members:\n  - code: S0001\n    name: %s\n    zone: Z1\n' "$name" > long.yaml
printf 'code,name,zone\nS0002,%s,Z1\n' "$(yes x | head -n 1048576 | tr -d '\n')" > long.csv
printf '{"category":"fire","text":"%s"}\n' "$text" > long.jsonl
--- run
fh-group --db default.db import long.yaml 2>&1; fh-report --db default.db import long.jsonl 2>&1
fh-group import long.yaml && fh-group import long.csv && fh-report import long.jsonl
fh sql --no-header "SELECT code, length(name), length(CAST(name AS BLOB)) FROM members"
fh sql --no-header "SELECT length(text), length(CAST(text AS BLOB)) FROM reports"
fh-group member show S0002 -f csv | tr -d '\r' | awk -F, '$1 == "name" { print length($2) }'
fh-report list --search 长长长 -f json | wc -c
--- stdout
fh-group: long.yaml:3: line longer than the limit of 1048576 bytes (line_max_bytes in fh-config(5))
fh-report: long.jsonl:1: line longer than the limit of 1048576 bytes (line_max_bytes in fh-config(5))
1
S0001	350000	1050000
S0002	1048576	1048576
350000	1050000
1048576
1050186
