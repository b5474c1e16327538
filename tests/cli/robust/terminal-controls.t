Terminal control characters never reach a terminal through fh: an
argument holding ESC, BEL or BS is refused, a YAML "\e" or JSON "\u001b"
in a report is refused, a value already in the database is shown escaped
in a table, and an error message quoting an argument with a newline stays
one line.
--- setup
fh init
fh-group zone add Z1 北区块
printf -- '- category: fire\n  where: "\\e[31m"\n  text: ok\n' >esc.yaml
printf '{"category":"fire","text":"a\\u001b]0;pwned\\u0007"}\n' >esc.jsonl
--- run
fh-report add --category fire "$(printf 'a\033[2Jb')"; echo "esc $?"
fh-group zone add Z2 "$(printf 'bell\a')"; echo "bel $?"
fh --as "$(printf 'me\b\b')" check; echo "bs $?"
fh-report import esc.yaml; echo "yaml $?"
fh-report import esc.jsonl; echo "jsonl $?"
fh-report show "$(printf '1\nfh-report: all good')"; echo "newline $?"
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z9', 'a' || char(27) || '[31m' || char(7) || char(155))"
fh-group zone list -f table
--- stdout
esc 2
bel 2
bs 2
yaml 1
jsonl 1
newline 1
zone  name                 groups  members
Z1    北区块                    0        0
Z9    a\x1b[31m\x07\u009b       0        0
--- stderr
fh-report: argument 4 contains a control character
fh-group: argument 4 contains a control character
fh: argument 2 contains a control character
fh-report: esc.yaml:2:10: where contains a control character
fh-report: esc.jsonl:1:27: text contains a control character
fh-report: invalid report id '1\nfh-report: all good'
