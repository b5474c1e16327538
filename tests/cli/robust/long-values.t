Overlong values are accepted and stored whole: fh sets no length limit of
its own (SQLite's is 1 GB), so a 1 MB name or report text imports, and is
shown in full.  See fh-roster(5) and fh-report-import(5).
--- setup
fh init
fh-group zone add Z1 北区块
name=$(yes 名 | head -n 350000 | tr -d '\n')
text=$(yes 长 | head -n 350000 | tr -d '\n')
printf 'members:\n  - code: S0001\n    name: %s\n    zone: Z1\n' "$name" > long.yaml
printf 'code,name,zone\nS0002,%s,Z1\n' "$(yes x | head -n 1048576 | tr -d '\n')" > long.csv
printf '{"category":"fire","text":"%s"}\n' "$text" > long.jsonl
--- run
fh-group import long.yaml && fh-group import long.csv && fh-report import long.jsonl
fh sql --no-header "SELECT code, length(name), length(CAST(name AS BLOB)) FROM members"
fh sql --no-header "SELECT length(text), length(CAST(text AS BLOB)) FROM reports"
fh-group member show S0002 -f csv | tr -d '\r' | awk -F, '$1 == "name" { print length($2) }'
fh-report list --search 长长长 -f json | wc -c
--- stdout
1
S0001	350000	1050000
S0002	1048576	1048576
350000	1050000
1048576
1050186
